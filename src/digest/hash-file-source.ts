/**
 * The one implementation of "hash a byte range of one file, and prove the file did not change
 * meanwhile", as plain JS source using only node: builtins. It runs in worker threads (created
 * with `eval: true`, because ncc bundles everything into one file: there is no worker file on
 * disk) and, for small trees, in the main thread via `new Function`. Keeping it a string, not a
 * compiled function's toString(), means bundlers and coverage instrumentation cannot rewrite it
 * into something that no longer runs on its own.
 *
 * hashBatch(fs, crypto, paths, nums, out, buf, progress, slot)
 *     -> { done, error: null | { k, code, reason } }
 *   paths: the batch's paths; nums: BigInt64Array, NUMS_PER_JOB values per job:
 *     [size, mtimeNs, dev, ino, start, end] (identity from the walk's lstat/stat, and the range);
 *   out: Uint8Array receiving 32 raw digest bytes per job; buf: the reused read buffer (no
 *   allocation per chunk; memory stays bounded whatever the file size); progress: a Float64Array
 *   (shared with the main thread) where slot holds bytes hashed and slot+1 jobs done.
 *   The batch stops at its first error.
 *
 * Every file is opened with O_NOFOLLOW (a name swapped for a symlink after the walk fails) and
 * O_NONBLOCK (one swapped for a FIFO cannot block the open or the read). Afterwards an fstat of
 * the open file must show a regular file with the walk's size, mtime, device and inode, and
 * exactly the range's bytes must have been read: a file that changed between the walk and the
 * end of its hashing is an error.
 *
 * Syscalls per file: a whole file that fits the buffer is one open, one read of up to size + 1
 * bytes (more than size: it grew), one fstat and one close (the walk already has its identity,
 * so no fstat before the read; an empty file is not read at all). A larger file or a shard also
 * gets an fstat before its first read, so a file that changed since the walk fails before
 * gigabytes are read.
 */
export const NUMS_PER_JOB = 6;

export const HASH_FILE_SOURCE = String.raw`
var NUMS_PER_JOB = 6;
function hashBatch(fs, crypto, paths, nums, out, buf, progress, slot) {
  var C = fs.constants;
  var FLAGS = C.O_RDONLY | (C.O_NOFOLLOW || 0) | (C.O_NONBLOCK || 0);
  var BIG = { bigint: true };
  var oneShot = typeof crypto.hash === 'function';
  var EMPTY = crypto.createHash('sha256').digest();
  function fail(k, code, reason) { return { done: k, error: { k: k, code: code, reason: reason } }; }
  function fromErrno(k, e) {
    switch (e && e.code) {
      case 'ENOENT': return fail(k, 'FILE_CHANGED', 'file vanished while being hashed');
      case 'ELOOP': return fail(k, 'SYMLINK', 'file became a symlink while being hashed');
      case 'EACCES': case 'EPERM': return fail(k, 'PATH_UNREADABLE', 'file is not readable');
      case 'EISDIR': return fail(k, 'PATH_KIND', 'not a regular file');
      case 'EAGAIN': case 'ESPIPE': return fail(k, 'PATH_KIND', 'not a regular file');
      default: return fail(k, 'PATH_UNREADABLE', 'cannot read file (' + ((e && e.code) || String(e)) + ')');
    }
  }
  // null when the open file still is the walked one, else the reason.
  function changed(st, o) {
    if (!st.isFile()) return 'kind';
    return st.size === nums[o] && st.mtimeNs === nums[o + 1] && st.dev === nums[o + 2] && st.ino === nums[o + 3] ? null : 'changed';
  }
  for (var k = 0; k < paths.length; k++) {
    var o = k * NUMS_PER_JOB;
    var size = Number(nums[o]), start = Number(nums[o + 4]), end = Number(nums[o + 5]);
    var whole = start === 0 && end === size;
    var fd = -1;
    var r = null;
    try {
      fd = fs.openSync(paths[k], FLAGS);
      var digest = null;
      if (whole && size < buf.length) {
        // Whole small file: read until size + 1 bytes or end of file (one read when it did not grow).
        var got = 0;
        while (got <= size && size > 0) {
          var n = fs.readSync(fd, buf, got, size + 1 - got, got);
          if (n === 0) break;
          got += n;
          if (got === size) break;
        }
        var c = changed(fs.fstatSync(fd, BIG), o);
        if (c === 'kind') r = fail(k, 'PATH_KIND', 'not a regular file');
        else if (got > size) r = fail(k, 'FILE_CHANGED', 'file grew while being hashed');
        else if (got < size) r = fail(k, 'FILE_CHANGED', 'file shrank while being hashed');
        else if (c) r = fail(k, 'FILE_CHANGED', 'file changed while being hashed');
        else if (size === 0) digest = EMPTY;
        else {
          var view = buf.subarray(0, size);
          digest = oneShot ? crypto.hash('sha256', view, 'buffer') : crypto.createHash('sha256').update(view).digest();
          progress[slot] += size;
        }
      } else {
        var c0 = changed(fs.fstatSync(fd, BIG), o);
        if (c0 === 'kind') r = fail(k, 'PATH_KIND', 'not a regular file');
        else if (c0) r = fail(k, 'FILE_CHANGED', 'file changed between listing and hashing');
        else {
          var h = crypto.createHash('sha256');
          var pos = start;
          while (pos < end) {
            var want = end - pos < buf.length ? end - pos : buf.length;
            var m = fs.readSync(fd, buf, 0, want, pos);
            if (m === 0) break;
            h.update(m === buf.length ? buf : buf.subarray(0, m));
            pos += m;
            progress[slot] += m;
          }
          var c1 = changed(fs.fstatSync(fd, BIG), o);
          if (pos !== end) r = fail(k, 'FILE_CHANGED', 'file shrank while being hashed');
          else if (c1) r = fail(k, 'FILE_CHANGED', 'file changed while being hashed');
          else digest = h.digest();
        }
      }
      if (digest) {
        out.set(digest, k * 32);
        progress[slot + 1] += 1;
      }
    } catch (e) {
      r = fromErrno(k, e);
    } finally {
      if (fd >= 0) try { fs.closeSync(fd); } catch (e) { /* already failed */ }
    }
    if (r) return r;
  }
  return { done: paths.length, error: null };
}
`;

/**
 * statBatch(fs, paths, nums) -> [{ k, code }] (failures only)
 *   The identity of files the walk listed by directory entry type alone: lstat each path (no
 *   symlink followed) into nums, STAT_NUMS values per path: [size, mtimeNs, dev, ino]. A path
 *   that is no longer a regular file, or cannot be stat'ed, is a failure with code 'SYMLINK',
 *   'KIND', or the errno code.
 */
export const STAT_NUMS = 4;

export const STAT_SOURCE = String.raw`
function statBatch(fs, paths, nums) {
  var BIG = { bigint: true };
  var errs = [];
  for (var k = 0; k < paths.length; k++) {
    try {
      var st = fs.lstatSync(paths[k], BIG);
      if (st.isSymbolicLink()) { errs.push({ k: k, code: 'SYMLINK' }); continue; }
      if (!st.isFile()) { errs.push({ k: k, code: 'KIND' }); continue; }
      var o = k * 4;
      nums[o] = st.size; nums[o + 1] = st.mtimeNs; nums[o + 2] = st.dev; nums[o + 3] = st.ino;
    } catch (e) {
      errs.push({ k: k, code: (e && e.code) || String(e) });
    }
  }
  return errs;
}
`;

/**
 * Worker body. workerData: { chunkSize, progress (SharedArrayBuffer of Float64), slot }.
 * Message in: { id, op: 'hash' | 'stat', paths (joined by NUL: names cannot hold one), nums }.
 * Message out: hash { id, done, digests (Uint8Array, transferred), error }; stat { id, nums, errs }.
 */
export const WORKER_SOURCE = `'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
${HASH_FILE_SOURCE}
${STAT_SOURCE}
const buf = Buffer.allocUnsafeSlow(workerData.chunkSize);
const progress = new Float64Array(workerData.progress);
parentPort.on('message', (m) => {
  const paths = m.paths.split('\\0');
  if (m.op === 'stat') {
    const nums = new BigInt64Array(paths.length * 4);
    const errs = statBatch(fs, paths, nums);
    parentPort.postMessage({ id: m.id, nums: nums, errs: errs }, [nums.buffer]);
    return;
  }
  const out = new Uint8Array(paths.length * 32);
  const r = hashBatch(fs, crypto, paths, m.nums, out, buf, progress, workerData.slot);
  parentPort.postMessage({ id: m.id, done: r.done, digests: out, error: r.error }, [out.buffer]);
});
`;
