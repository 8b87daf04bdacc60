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
 * the open file must show a regular file with the known size, mtime, device and inode, and
 * exactly the range's bytes must have been read: a file that changed between the moment its
 * identity was taken and the end of its hashing is an error.
 *
 * hashBatch hashes the files whose identity is already known: in the "files" serialization the
 * ones statHashBatch (below) left for later, being at least as large as the read buffer; a
 * file given as a root or reached through an allowed symlink; every shard. Syscalls: a whole
 * file that fits the buffer is one open, one read of up to size + 1 bytes (more than size: it
 * grew), one fstat and one close (an empty file is not read at all). A larger file or a shard
 * also gets an fstat before its first read, so a file that changed fails before gigabytes are
 * read.
 */
export const NUMS_PER_JOB = 6;

export const HASH_FILE_SOURCE = String.raw`
var NUMS_PER_JOB = 6;
var BIG = { bigint: true };
var EMPTY = null;
function hashFail(code, reason) { return { code: code, reason: reason }; }
function fromErrno(e) {
  switch (e && e.code) {
    case 'ENOENT': return hashFail('FILE_CHANGED', 'file vanished while being hashed');
    case 'ELOOP': return hashFail('SYMLINK', 'file became a symlink while being hashed');
    case 'EACCES': case 'EPERM': return hashFail('PATH_UNREADABLE', 'file is not readable');
    case 'EISDIR': return hashFail('PATH_KIND', 'not a regular file');
    case 'EAGAIN': case 'ESPIPE': return hashFail('PATH_KIND', 'not a regular file');
    default: return hashFail('PATH_UNREADABLE', 'cannot read file (' + ((e && e.code) || String(e)) + ')');
  }
}
// Read a whole small file into buf: up to size + 1 bytes (more than size: it grew), stopping at end
// of file; one read when it did not change. Returns the bytes read.
function readWhole(fs, fd, buf, size) {
  var got = 0;
  while (got <= size && size > 0) {
    var n = fs.readSync(fd, buf, got, size + 1 - got, got);
    if (n === 0) break;
    got += n;
    if (got === size) break;
  }
  return got;
}
// SHA-256 of the first size bytes of buf (a whole small file just read), counted as hashed bytes.
function digestWhole(crypto, buf, size, progress, slot) {
  if (size === 0) return EMPTY || (EMPTY = crypto.createHash('sha256').digest());
  var view = buf.subarray(0, size);
  progress[slot] += size;
  return typeof crypto.hash === 'function' ? crypto.hash('sha256', view, 'buffer') : crypto.createHash('sha256').update(view).digest();
}
// null when the open file still is the walked one ([size, mtimeNs, dev, ino] at id[o]), else why not.
function changed(st, id, o) {
  if (!st.isFile()) return 'kind';
  return st.size === id[o] && st.mtimeNs === id[o + 1] && st.dev === id[o + 2] && st.ino === id[o + 3] ? null : 'changed';
}
// Hash bytes [start, end) of the file at path, whose identity is id[o..o+3], into out at outAt.
// null on success, else { code, reason }.
function hashOne(fs, crypto, path, id, o, start, end, out, outAt, buf, progress, slot) {
  var C = fs.constants;
  var FLAGS = C.O_RDONLY | (C.O_NOFOLLOW || 0) | (C.O_NONBLOCK || 0);
  var size = Number(id[o]);
  var fd = -1;
  var r = null;
  try {
    fd = fs.openSync(path, FLAGS);
    var digest = null;
    if (start === 0 && end === size && size < buf.length) {
      // Whole small file: read until size + 1 bytes or end of file (one read when it did not grow).
      var got = readWhole(fs, fd, buf, size);
      var c = changed(fs.fstatSync(fd, BIG), id, o);
      if (c === 'kind') r = hashFail('PATH_KIND', 'not a regular file');
      else if (got > size) r = hashFail('FILE_CHANGED', 'file grew while being hashed');
      else if (got < size) r = hashFail('FILE_CHANGED', 'file shrank while being hashed');
      else if (c) r = hashFail('FILE_CHANGED', 'file changed while being hashed');
      else digest = digestWhole(crypto, buf, size, progress, slot);
    } else {
      var c0 = changed(fs.fstatSync(fd, BIG), id, o);
      if (c0 === 'kind') r = hashFail('PATH_KIND', 'not a regular file');
      else if (c0) r = hashFail('FILE_CHANGED', 'file changed between listing and hashing');
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
        var c1 = changed(fs.fstatSync(fd, BIG), id, o);
        if (pos !== end) r = hashFail('FILE_CHANGED', 'file shrank while being hashed');
        else if (c1) r = hashFail('FILE_CHANGED', 'file changed while being hashed');
        else digest = h.digest();
      }
    }
    if (digest) {
      out.set(digest, outAt);
      progress[slot + 1] += 1;
    }
  } catch (e) {
    r = fromErrno(e);
  } finally {
    if (fd >= 0) try { fs.closeSync(fd); } catch (e) { /* already failed */ }
  }
  return r;
}
function hashBatch(fs, crypto, paths, nums, out, buf, progress, slot) {
  for (var k = 0; k < paths.length; k++) {
    var o = k * NUMS_PER_JOB;
    var r = hashOne(fs, crypto, paths[k], nums, o, Number(nums[o + 4]), Number(nums[o + 5]), out, k * 32, buf, progress, slot);
    if (r) return { done: k, error: { k: k, code: r.code, reason: r.reason } };
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
 * statHashBatch(fs, crypto, paths, nums, out, hashed, buf, progress, slot, maxWhole) -> errs
 *   The "files" serialization's first pass over a batch of files the walk listed by directory
 *   entry type: open each (O_NOFOLLOW, O_NONBLOCK) and fstat it; its identity [size, mtimeNs, dev,
 *   ino] goes into nums (STAT_NUMS per path). One that is not a regular file any more fails with
 *   'KIND', a symlink with 'SYMLINK', other open failures with the errno code (as statBatch). A
 *   file smaller than maxWhole (a BigInt: the read buffer's size) is hashed at once: one read of
 *   up to size + 1 bytes (none when empty), digest into out at k * 32, hashed[k] = 1; it must read
 *   exactly size bytes, else { k, code, reason }. Larger files are closed and left for the caller
 *   to schedule (largest first) and hash with hashOne against this identity.
 *   Syscalls per small file: open, fstat, read, close (an empty file: no read). A change while or
 *   after the file is read is caught by the caller's lstat of every file once the tree is hashed,
 *   which must show this identity again.
 */
export const STAT_HASH_SOURCE = String.raw`
function statHashBatch(fs, crypto, paths, nums, out, hashed, buf, progress, slot, maxWhole) {
  var C = fs.constants;
  var FLAGS = C.O_RDONLY | (C.O_NOFOLLOW || 0) | (C.O_NONBLOCK || 0);
  var errs = [];
  for (var k = 0; k < paths.length; k++) {
    var fd = -1;
    try {
      try {
        fd = fs.openSync(paths[k], FLAGS);
      } catch (e) {
        var code = (e && e.code) || String(e);
        errs.push({ k: k, code: code === 'ELOOP' ? 'SYMLINK' : code === 'ENXIO' || code === 'EISDIR' ? 'KIND' : code });
        continue;
      }
      var st = fs.fstatSync(fd, BIG);
      if (!st.isFile()) { errs.push({ k: k, code: 'KIND' }); continue; }
      var o = k * 4;
      nums[o] = st.size; nums[o + 1] = st.mtimeNs; nums[o + 2] = st.dev; nums[o + 3] = st.ino;
      if (st.size >= maxWhole) continue;
      var size = Number(st.size);
      var got = readWhole(fs, fd, buf, size);
      if (got > size) { errs.push({ k: k, code: 'FILE_CHANGED', reason: 'file grew while being hashed' }); continue; }
      if (got < size) { errs.push({ k: k, code: 'FILE_CHANGED', reason: 'file shrank while being hashed' }); continue; }
      var digest = digestWhole(crypto, buf, size, progress, slot);
      out.set(digest, k * 32);
      hashed[k] = 1;
      progress[slot + 1] += 1;
    } catch (e) {
      var r = fromErrno(e);
      errs.push({ k: k, code: r.code, reason: r.reason });
    } finally {
      if (fd >= 0) try { fs.closeSync(fd); } catch (e) { /* already failed */ }
    }
  }
  return errs;
}
`;

/**
 * Worker body. workerData: { chunkSize, progress (SharedArrayBuffer of Float64), slot }.
 * Message in: { id, op: 'hash' | 'stat' | 'stathash', paths (joined by NUL: names cannot hold one), nums }.
 * Message out: hash { id, done, digests (Uint8Array, transferred), error }; stat { id, nums, errs };
 * stathash { id, nums, errs, digests, hashed }.
 */
export const WORKER_SOURCE = `'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
${HASH_FILE_SOURCE}
${STAT_SOURCE}
${STAT_HASH_SOURCE}
const buf = Buffer.allocUnsafeSlow(workerData.chunkSize);
const maxWhole = BigInt(workerData.chunkSize);
const progress = new Float64Array(workerData.progress);
parentPort.on('message', (m) => {
  const paths = m.paths.split('\\0');
  if (m.op === 'stat') {
    const nums = new BigInt64Array(paths.length * 4);
    const errs = statBatch(fs, paths, nums);
    parentPort.postMessage({ id: m.id, nums: nums, errs: errs }, [nums.buffer]);
    return;
  }
  if (m.op === 'stathash') {
    const nums = new BigInt64Array(paths.length * 4);
    const digests = new Uint8Array(paths.length * 32);
    const hashed = new Uint8Array(paths.length);
    const errs = statHashBatch(fs, crypto, paths, nums, digests, hashed, buf, progress, workerData.slot, maxWhole);
    parentPort.postMessage({ id: m.id, nums: nums, errs: errs, digests: digests, hashed: hashed }, [nums.buffer, digests.buffer, hashed.buffer]);
    return;
  }
  const out = new Uint8Array(paths.length * 32);
  const r = hashBatch(fs, crypto, paths, m.nums, out, buf, progress, workerData.slot);
  parentPort.postMessage({ id: m.id, done: r.done, digests: out, error: r.error }, [out.buffer]);
});
`;
