/**
 * The one implementation of "hash one file, and prove it did not change meanwhile", as plain JS
 * source using only node: builtins. It runs in worker threads (created with `eval: true`, because
 * ncc bundles everything into one file: there is no worker file on disk) and, for small trees, in
 * the main thread via `new Function`. Keeping it a string, not a compiled function's toString(),
 * means bundlers and coverage instrumentation cannot rewrite it into something that no longer runs
 * on its own.
 *
 * hashFile(fs, crypto, job, buf) -> { i, digest } | { i, error: { code, reason } }
 *   job: { i, path, size, mtimeNs, dev, ino } (bigints from the walk's lstat/stat, as strings)
 *   buf: a reused chunk buffer; memory stays bounded whatever the file size.
 * The file is opened with O_NOFOLLOW (a name swapped for a symlink after the walk fails) and
 * O_NONBLOCK (one swapped for a FIFO cannot block the open); fstat before and after reading must
 * match the walk's size, mtime, device and inode, and exactly `size` bytes must be read.
 */
export const HASH_FILE_SOURCE = String.raw`
function hashFile(fs, crypto, job, buf) {
  var C = fs.constants;
  var flags = C.O_RDONLY | (C.O_NOFOLLOW || 0) | (C.O_NONBLOCK || 0);
  var fd;
  function fail(code, reason) { return { i: job.i, error: { code: code, reason: reason } }; }
  function fromErrno(e) {
    switch (e && e.code) {
      case 'ENOENT': return fail('FILE_CHANGED', 'file vanished while being hashed');
      case 'ELOOP': return fail('SYMLINK', 'file became a symlink while being hashed');
      case 'EACCES': case 'EPERM': return fail('PATH_UNREADABLE', 'file is not readable');
      case 'EISDIR': return fail('PATH_KIND', 'not a regular file');
      default: return fail('PATH_UNREADABLE', 'cannot read file (' + ((e && e.code) || String(e)) + ')');
    }
  }
  function same(st) {
    return String(st.size) === job.size && String(st.mtimeNs) === job.mtimeNs &&
      String(st.dev) === job.dev && String(st.ino) === job.ino;
  }
  try {
    fd = fs.openSync(job.path, flags);
  } catch (e) {
    return fromErrno(e);
  }
  try {
    var before = fs.fstatSync(fd, { bigint: true });
    if (!before.isFile()) return fail('PATH_KIND', 'not a regular file');
    if (!same(before)) return fail('FILE_CHANGED', 'file changed between listing and hashing');
    var h = crypto.createHash('sha256');
    var left = Number(job.size);
    while (left > 0) {
      var n = fs.readSync(fd, buf, 0, left < buf.length ? left : buf.length, null);
      if (n === 0) break;
      h.update(n === buf.length ? buf : buf.subarray(0, n));
      left -= n;
    }
    if (left !== 0) return fail('FILE_CHANGED', 'file shrank while being hashed');
    if (fs.readSync(fd, buf, 0, 1, null) !== 0) return fail('FILE_CHANGED', 'file grew while being hashed');
    if (!same(fs.fstatSync(fd, { bigint: true }))) return fail('FILE_CHANGED', 'file changed while being hashed');
    return { i: job.i, digest: h.digest('hex') };
  } catch (e) {
    return fromErrno(e);
  } finally {
    try { fs.closeSync(fd); } catch (e) { /* already failed */ }
  }
}
`;

/** Worker body: hash each batch of jobs in order, stopping a batch at its first error. */
export function workerSource(chunkSize: number): string {
  return `'use strict';
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
${HASH_FILE_SOURCE}
const buf = Buffer.allocUnsafeSlow(${Math.trunc(chunkSize)});
parentPort.on('message', (jobs) => {
  const results = [];
  for (const job of jobs) {
    const r = hashFile(fs, crypto, job, buf);
    results.push(r);
    if (r.error) break;
  }
  parentPort.postMessage(results);
});
`;
}
