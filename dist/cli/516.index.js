export const id = 516;
export const ids = [516];
export const modules = {

/***/ 31786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jX: () => (/* binding */ SHARD_SIZE),
  hW: () => (/* binding */ digestTree)
});

// UNUSED EXPORTS: digestTreeWith

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/digest/hash-file-source.ts
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
const NUMS_PER_JOB = 6;
const HASH_FILE_SOURCE = String.raw `
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
const STAT_NUMS = 4;
const STAT_SOURCE = String.raw `
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
const STAT_HASH_SOURCE = String.raw `
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
const WORKER_SOURCE = `'use strict';
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./src/digest/names.ts
var names = __webpack_require__(23820);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/digest/walk-tree.ts







/** Size of a file listed by its directory entry type, until its lstat comes back. */
const UNKNOWN_SIZE = -1n;
/** Files listed by entry type are stat'ed in batches of this many. */
const STAT_BATCH = 1024;
/**
 * A directory with at most this many entries is "sparse": its files are identified first (ahead
 * of those of larger directories still queued), so that large files, which in model trees sit in
 * directories of few entries (weights beside tokenizer or data directories of thousands), are
 * found, and start hashing, early instead of after every small file listed before them.
 */
const SPARSE_DIR = 64;
let inlineStatBatch;
/** lstat on this thread, with the same code the workers run. */
function statPathsInline(paths) {
    inlineStatBatch ??= new Function(`${STAT_SOURCE}\nreturn statBatch;`)();
    const nums = new BigInt64Array(paths.length * STAT_NUMS);
    return { nums, errs: inlineStatBatch(external_node_fs_, paths, nums) };
}
/**
 * List the regular files of one or more roots (DESIGN §2), validating every name and rejecting
 * what cannot be hashed (symlinks unless allowed, FIFOs, sockets, devices) without opening it.
 * Files are returned sorted by name in `opts.order`. Errors are deterministic: the
 * first offender in walk order (entries visited in code-point order).
 *
 * The file-system calls are synchronous (measured: 2-4x faster than fs/promises for a tree of
 * many small files, where the walk costs as much as the hashing); the walk yields to the event
 * loop after each directory so it never blocks for long.
 */
async function walkTree(paths, opts) {
    if (paths.length === 0)
        throw new errors/* InputError */.dz('USAGE', 'no path to hash');
    const roots = paths.map((p) => {
        if (typeof p !== 'string' || p === '')
            throw new errors/* InputError */.dz('USAGE', 'empty path to hash');
        const abs = external_node_path_.resolve(p);
        return { given: p, abs, base: external_node_path_.basename(abs) };
    });
    const multi = roots.length > 1;
    const seen = new Map();
    for (const r of roots) {
        if (multi) {
            if (r.base === '')
                throw new errors/* InputError */.dz('USAGE', `cannot prefix resource names with the basename of ${(0,names/* displayName */.QC)(r.given)}`);
            const other = seen.get(r.base);
            if (other !== undefined) {
                throw new errors/* InputError */.dz('DUPLICATE_ROOT', `two paths share the basename ${(0,names/* displayName */.QC)(r.base)}: ${(0,names/* displayName */.QC)(other)} and ${(0,names/* displayName */.QC)(r.given)}`);
            }
            seen.set(r.base, r.given);
        }
        (0,names/* checkName */.I3)(r.base, r.given);
    }
    const files = [];
    const ident = new Identifier(opts);
    const store = new DigestStore();
    let kind = 'directory';
    for (const r of roots) {
        const { st, real } = statRoot(r.given, r.abs, opts);
        if (st.isFile()) {
            if (!multi)
                kind = 'file';
            if (!opts.ignore.has(r.base)) {
                const f = fileOf(r.base, real, r.given, st);
                files.push(f);
                opts.onFile?.(f);
            }
        }
        else if (st.isDirectory()) {
            if (multi && opts.ignore.has(r.base))
                continue;
            const walker = new DirWalker(opts, real, files, ident, store);
            await walker.walk(r.abs, multi ? r.base : '', external_node_path_.normalize(r.given), [idOf(st)], true);
        }
        else {
            throw new errors/* InputError */.dz('PATH_KIND', `not a regular file or directory: ${(0,names/* displayName */.QC)(r.given)}`);
        }
    }
    opts.onListed?.();
    await ident.finish();
    if (files.length === 0) {
        throw new errors/* InputError */.dz('TREE_EMPTY', `no files to hash in ${roots.map((r) => (0,names/* displayName */.QC)(r.given)).join(', ')}`);
    }
    return {
        files: (0,names/* sortByName */.VV)(files, (f) => f.name, opts.order),
        kind,
        name: roots.map((r) => r.base).join(','),
    };
}
function idOf(st) {
    return `${st.dev}:${st.ino}`;
}
function fileOf(name, openPath, display, st) {
    return { name, path: openPath, display, size: st.size, mtimeNs: st.mtimeNs, dev: st.dev, ino: st.ino };
}
function fsError(e, display) {
    const code = e?.code;
    switch (code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return new errors/* InputError */.dz('PATH_MISSING', `no such file or directory: ${(0,names/* displayName */.QC)(display)}`);
        case 'EACCES':
        case 'EPERM':
            return new errors/* InputError */.dz('PATH_UNREADABLE', `permission denied: ${(0,names/* displayName */.QC)(display)}`);
        case 'ELOOP':
            return new errors/* InputError */.dz('SYMLINK', `symlink loop: ${(0,names/* displayName */.QC)(display)}`);
        default:
            return new errors/* InputError */.dz('PATH_UNREADABLE', `cannot read ${(0,names/* displayName */.QC)(display)} (${code ?? String(e)})`);
    }
}
/** lstat a top-level path; follow it only if it is an allowed symlink. */
function statRoot(given, abs, opts) {
    let st;
    try {
        st = (0,external_node_fs_.lstatSync)(abs, { bigint: true });
    }
    catch (e) {
        throw fsError(e, given);
    }
    if (st.isSymbolicLink()) {
        if (!opts.allowSymlinks)
            throw new errors/* InputError */.dz('SYMLINK', `symlinks are not allowed: ${(0,names/* displayName */.QC)(given)}`);
        try {
            const real = (0,external_node_fs_.realpathSync)(abs);
            return { st: (0,external_node_fs_.statSync)(real, { bigint: true }), real };
        }
        catch (e) {
            const code = e.code;
            if (code === 'ELOOP')
                throw new errors/* InputError */.dz('SYMLINK', `symlink loop: ${(0,names/* displayName */.QC)(given)}`);
            if (code === 'ENOENT')
                throw new errors/* InputError */.dz('PATH_MISSING', `symlink points to nothing: ${(0,names/* displayName */.QC)(given)}`);
            throw fsError(e, given);
        }
    }
    try {
        return { st, real: (0,external_node_fs_.realpathSync)(abs) };
    }
    catch (e) {
        throw fsError(e, given);
    }
}
class DirWalker {
    opts;
    rootReal;
    out;
    ident;
    store;
    constructor(opts, 
    /** realpath of the root: allowed symlinks must resolve inside it. */
    rootReal, out, ident, store) {
        this.opts = opts;
        this.rootReal = rootReal;
        this.out = out;
        this.ident = ident;
        this.store = store;
    }
    /**
     * @param dir path to read (through symlinked directories as walked)
     * @param rel resource-name prefix of this directory ('' at the root of a single path)
     * @param display the directory as the user would name it, for messages
     * @param ancestors dev:ino of every directory on the way down, to catch symlinked cycles
     */
    async walk(dir, rel, display, ancestors, top) {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
            // Names come decoded as UTF-8, with U+FFFD for bytes that are not: where one appears, the
            // raw names decide (invalid UTF-8 is rejected). No Buffer per entry otherwise.
            if (entries.some((d) => d.name.includes('\ufffd'))) {
                for (const r of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true, encoding: 'buffer' }))
                    (0,names/* decodeEntryName */.KJ)(r.name, display);
            }
        }
        catch (e) {
            if (e instanceof errors/* InputError */.dz)
                throw e;
            throw fsError(e, display);
        }
        // Code-point order = the order of the names' UTF-8 bytes.
        entries.sort((a, b) => (0,names/* compareCodePoints */.OP)(a.name, b.name));
        const sparse = entries.length <= SPARSE_DIR;
        const subdirs = [];
        const parent = {
            abs: dir.endsWith(external_node_path_.sep) ? dir : dir + external_node_path_.sep,
            display: display.endsWith(external_node_path_.sep) ? display : display + external_node_path_.sep,
            store: this.store,
        };
        for (const d of entries) {
            const name = d.name;
            (0,names/* checkName */.I3)(name, display);
            if (top && names/* DEFAULT_IGNORES */.a$.includes(name))
                continue;
            const full = rel === '' ? name : `${rel}/${name}`;
            if (this.opts.ignore.has(full))
                continue;
            if (d.isFile()) {
                // A regular file by its entry type: its identity comes later, in a batch (maybe on a
                // worker): statPaths lstats it, or opens, fstats and hashes it (files serialization).
                const f = new ListedFile(full, parent, name, this.out.length);
                this.out.push(f);
                this.ident.add(f, sparse);
                continue;
            }
            // Plain concatenation: dir and display are already normalized (path.join is measurably slow here).
            const abs = parent.abs + name;
            const disp = parent.display + name;
            const id = this.visit(abs, full, disp, ancestors);
            if (id !== null)
                subdirs.push({ abs, full, disp, id });
        }
        this.ident.flush(false);
        await (0,promises_.setImmediate)();
        for (const d of subdirs) {
            ancestors.push(d.id);
            await this.walk(d.abs, d.full, d.disp, ancestors, false);
            ancestors.pop();
        }
    }
    /** Record a file; for a directory, return its dev:ino so the caller descends into it. */
    visit(abs, full, disp, ancestors) {
        let st;
        try {
            st = (0,external_node_fs_.lstatSync)(abs, { bigint: true });
        }
        catch (e) {
            throw fsError(e, disp);
        }
        let openPath = abs;
        if (st.isSymbolicLink()) {
            if (!this.opts.allowSymlinks)
                throw new errors/* InputError */.dz('SYMLINK', `symlinks are not allowed: ${(0,names/* displayName */.QC)(disp)}`);
            let real;
            try {
                real = (0,external_node_fs_.realpathSync)(abs);
            }
            catch (e) {
                const code = e.code;
                if (code === 'ELOOP')
                    throw new errors/* InputError */.dz('SYMLINK', `symlink loop: ${(0,names/* displayName */.QC)(disp)}`);
                if (code === 'ENOENT')
                    throw new errors/* InputError */.dz('SYMLINK', `symlink points to nothing: ${(0,names/* displayName */.QC)(disp)}`);
                throw fsError(e, disp);
            }
            if (real !== this.rootReal && !real.startsWith(this.rootReal.endsWith(external_node_path_.sep) ? this.rootReal : this.rootReal + external_node_path_.sep)) {
                throw new errors/* InputError */.dz('SYMLINK', `symlink points outside the root: ${(0,names/* displayName */.QC)(disp)}`);
            }
            try {
                st = (0,external_node_fs_.statSync)(real, { bigint: true });
            }
            catch (e) {
                throw fsError(e, disp);
            }
            openPath = real;
        }
        if (st.isFile()) {
            const f = fileOf(full, openPath, disp, st);
            this.out.push(f);
            this.opts.onFile?.(f);
            return null;
        }
        if (st.isDirectory()) {
            const id = idOf(st);
            if (ancestors.includes(id))
                throw new errors/* InputError */.dz('SYMLINK', `symlink loop: ${(0,names/* displayName */.QC)(disp)}`);
            return id;
        }
        throw new errors/* InputError */.dz('PATH_KIND', `not a regular file or directory: ${(0,names/* displayName */.QC)(disp)}`);
    }
}
const NONE = 0;
const QUEUED = 1;
const HASHED = 2;
/**
 * What the batches found out about the files listed by entry type, by walk index, in chunks of
 * 4,096 files (one allocation per chunk, nothing per file): the identity, and the digest of a file
 * hashed while the tree was listed, with a state byte.
 */
class DigestStore {
    digests = [];
    states = [];
    /**
     * [size, mtimeNs, dev, ino] per file, copied out of the batch replies (which are not kept), as
     * 32-bit halves: copied and compared without a BigInt per field.
     */
    ids = [];
    known = [];
    static CHUNK = 4096;
    /** Int32 values per file: STAT_NUMS 64-bit fields. */
    static W = STAT_NUMS * 2;
    chunkOf(i) {
        const c = Math.floor(i / DigestStore.CHUNK);
        while (this.digests.length <= c) {
            this.digests.push(Buffer.alloc(DigestStore.CHUNK * 32));
            this.states.push(new Uint8Array(DigestStore.CHUNK));
            this.ids.push(new Int32Array(DigestStore.CHUNK * DigestStore.W));
            this.known.push(new Uint8Array(DigestStore.CHUNK));
        }
        return c;
    }
    /** File i's identity: the STAT_NUMS fields at `src[at / 2]` of a reply, seen as 32-bit halves. */
    identify(i, src, at) {
        const c = this.chunkOf(i);
        const d = this.ids[c];
        const o = (i % DigestStore.CHUNK) * DigestStore.W;
        for (let k = 0; k < DigestStore.W; k++)
            d[o + k] = src[at + k];
        this.known[c][i % DigestStore.CHUNK] = 1;
    }
    /** Field f of file i's identity, or `unknown` before it is known. */
    identity(i, f, unknown) {
        const c = Math.floor(i / DigestStore.CHUNK);
        if (c >= this.known.length || this.known[c][i % DigestStore.CHUNK] !== 1)
            return unknown;
        const o = (i % DigestStore.CHUNK) * DigestStore.W + 2 * f;
        return int64(this.ids[c], o);
    }
    /** File i's size as a number (-1 before it is known). */
    sizeOf(i) {
        const c = Math.floor(i / DigestStore.CHUNK);
        if (c >= this.known.length || this.known[c][i % DigestStore.CHUNK] !== 1)
            return -1;
        return uint64Number(this.ids[c], (i % DigestStore.CHUNK) * DigestStore.W);
    }
    /** Whether file i's identity is known and equals the STAT_NUMS fields at `src[at / 2]`. */
    same(i, src, at) {
        const c = Math.floor(i / DigestStore.CHUNK);
        if (c >= this.known.length || this.known[c][i % DigestStore.CHUNK] !== 1)
            return false;
        const d = this.ids[c];
        const o = (i % DigestStore.CHUNK) * DigestStore.W;
        for (let k = 0; k < DigestStore.W; k++)
            if (d[o + k] !== src[at + k])
                return false;
        return true;
    }
    stateOf(i) {
        const c = Math.floor(i / DigestStore.CHUNK);
        return c < this.states.length ? this.states[c][i % DigestStore.CHUNK] : NONE;
    }
    queue(i) {
        this.states[this.chunkOf(i)][i % DigestStore.CHUNK] = QUEUED;
    }
    set(i, src, at) {
        const c = this.chunkOf(i);
        const d = this.digests[c];
        const o = (i % DigestStore.CHUNK) * 32;
        for (let k = 0; k < 32; k++)
            d[o + k] = src[at + k];
        this.states[c][i % DigestStore.CHUNK] = HASHED;
    }
    /** Copy file i's digest to `to` at `at`; false when it has none. */
    copyDigest(i, to, at) {
        if (this.stateOf(i) !== HASHED)
            return false;
        const o = (i % DigestStore.CHUNK) * 32;
        this.digests[Math.floor(i / DigestStore.CHUNK)].copy(to, at, o, o + 32);
        return true;
    }
}
/** Where the low and the high half of a 64-bit value are, in the platform's byte order. */
const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HI = 1 - LO;
/** The 64-bit integer whose halves are at Int32 index o. */
function int64(a, o) {
    return (BigInt(a[o + HI]) << 32n) | BigInt(a[o + LO] >>> 0);
}
/** The same, as a number, for a non-negative value below 2^53 (a file size). */
function uint64Number(a, o) {
    return a[o + HI] * 4294967296 + (a[o + LO] >>> 0);
}
/** A view of a reply's [size, mtimeNs, dev, ino] fields as 32-bit halves (two per field). */
function halves(nums) {
    return new Int32Array(nums.buffer, nums.byteOffset, nums.length * 2);
}
/**
 * A file listed by its directory entry type. Its paths are derived from its directory when
 * needed, not stored, and its identity (size, mtime, device, inode) and digest live in the tree's
 * DigestStore at its walk index: a tree of 100,000 files keeps one name and one number per file,
 * not three strings and four BigInts.
 */
class ListedFile {
    name;
    parent;
    base;
    idx;
    constructor(name, parent, base, 
    /** Its place in walk order: where the digest store keeps its digest. */
    idx) {
        this.name = name;
        this.parent = parent;
        this.base = base;
        this.idx = idx;
    }
    /** Take this file's [size, mtimeNs, dev, ino] from a stat batch's reply (halves(), at an Int32 index). */
    identify(ids, at) {
        this.parent.store.identify(this.idx, ids, at);
    }
    /** Whether its identity is known and equals the fields of a stat reply (halves(), at an Int32 index). */
    sameIdentity(ids, at) {
        return this.parent.store.same(this.idx, ids, at);
    }
    /** Its size as a number (-1 before it is known). */
    get bytes() {
        return this.parent.store.sizeOf(this.idx);
    }
    /** Copy its digest to `to` at `at`; false when it has none. */
    copyDigest(to, at) {
        return this.parent.store.copyDigest(this.idx, to, at);
    }
    /** Keep this file's digest: 32 bytes of `digests` at `at`. */
    digested(digests, at) {
        this.parent.store.set(this.idx, digests, at);
    }
    /** Handed to the pool for hashing, as soon as its size was known. */
    get queued() {
        return this.parent.store.stateOf(this.idx) === QUEUED;
    }
    set queued(v) {
        if (v)
            this.parent.store.queue(this.idx);
    }
    get hashed() {
        return this.parent.store.stateOf(this.idx) === HASHED;
    }
    get size() {
        return this.parent.store.identity(this.idx, 0, UNKNOWN_SIZE);
    }
    get mtimeNs() {
        return this.parent.store.identity(this.idx, 1, 0n);
    }
    get dev() {
        return this.parent.store.identity(this.idx, 2, 0n);
    }
    get ino() {
        return this.parent.store.identity(this.idx, 3, 0n);
    }
    get path() {
        return this.parent.abs + this.base;
    }
    get display() {
        return this.parent.display + this.base;
    }
}
/**
 * Gets the identity (size, mtime, device, inode) of files listed by entry type, in batches,
 * while the walk goes on. Failures are reported after the walk, the first in walk order, so
 * errors stay deterministic (an error of the walk itself comes first).
 */
class Identifier {
    opts;
    /** Files of directories with many entries, and of directories with few (see SPARSE_DIR). */
    pending = [];
    sparse = [];
    inFlight = [];
    constructor(opts) {
        this.opts = opts;
    }
    add(f, sparse) {
        (sparse ? this.sparse : this.pending).push(f);
        this.opts.onFile?.(f);
    }
    flush(all) {
        this.flushList(this.pending, all, false);
        this.flushList(this.sparse, all, true);
    }
    flushList(pending, all, first) {
        const size = this.opts.statBatch ?? STAT_BATCH;
        while (pending.length >= (all ? 1 : size)) {
            const batch = pending.splice(0, size);
            const apply = (r) => {
                const failed = new Map(r.errs.map((e) => [e.k, e]));
                let first = null;
                const ids = halves(r.nums);
                batch.forEach((f, k) => {
                    const at = f.idx;
                    const e = failed.get(k);
                    if (e === undefined) {
                        f.identify(ids, k * STAT_NUMS * 2);
                        if (r.hashed?.[k] === 1)
                            f.digested(r.digests, k * 32);
                        else
                            this.opts.onIdentified?.(f, at);
                    }
                    else if (first === null || at < first.at) {
                        const error = e.reason === undefined ? statError(e.code, f.display, this.opts.allowSymlinks) : new errors/* InputError */.dz(e.code, `${e.reason}: ${(0,names/* displayName */.QC)(f.display)}`);
                        first = { at, error };
                    }
                });
                return first;
            };
            const paths = batch.map((f) => f.path);
            const stat = this.opts.statPaths ?? statPathsInline;
            const p = Promise.resolve()
                .then(() => stat(paths, first))
                .then(apply);
            p.catch(() => undefined);
            this.inFlight.push(p);
        }
    }
    async finish() {
        this.flush(true);
        let first = null;
        for (const r of await Promise.all(this.inFlight))
            if (r && (first === null || r.at < first.at))
                first = r;
        if (first)
            throw first.error;
    }
}
function statError(code, display, allowSymlinks) {
    if (code === 'SYMLINK') {
        return allowSymlinks
            ? new errors/* InputError */.dz('FILE_CHANGED', `file became a symlink while being listed: ${(0,names/* displayName */.QC)(display)}`)
            : new errors/* InputError */.dz('SYMLINK', `symlinks are not allowed: ${(0,names/* displayName */.QC)(display)}`);
    }
    if (code === 'KIND')
        return new errors/* InputError */.dz('PATH_KIND', `not a regular file or directory: ${(0,names/* displayName */.QC)(display)}`);
    const e = Object.assign(new Error(code), { code });
    return fsError(e, display);
}

;// CONCATENATED MODULE: ./src/digest/hash-files.ts








/**
 * Read size per chunk. Small enough to stay in L2 between the copy from the page cache and the
 * hash (measured: 256 KiB beats 1-4 MiB), large enough that syscalls do not matter. A whole file
 * smaller than this is read with one read call.
 */
const CHUNK_SIZE = 256 * 1024;
/**
 * Below this many bytes and files in all, worker start-up (~30-50 ms) costs more than it saves
 * (a small file costs ~10 us to open, read, stat and hash; 32 MiB about 25-90 ms on one core).
 */
const INLINE_MAX_BYTES = 32 * 1024 * 1024;
const INLINE_MAX_FILES = 2048;
/**
 * Jobs travel to workers in batches: a batch closes once it holds BATCH_BYTES or BATCH_FILES
 * jobs (fewer when the work is small, so that every worker gets at least BATCHES_PER_WORKER
 * batches). A large file or shard goes alone; small files go together, so 100,000 files cost
 * about a hundred messages, not 100,000.
 */
const BATCH_BYTES = 8 * 1024 * 1024;
const BATCH_FILES = 1024;
const BATCHES_PER_WORKER = 8;
const PROGRESS_INTERVAL_MS = 250;
let inlineHashBatch;
let inlineStatHash;
let inlineBuf;
/**
 * The stat-and-hash step of a batch of listed files on this thread (small trees), with the
 * workers' code: identities, failures, and the digests of the files smaller than the read buffer.
 */
function statHashInline(paths, chunk, counters, slot = 0) {
    inlineStatHash ??= new Function(`${HASH_FILE_SOURCE}\n${STAT_SOURCE}\n${STAT_HASH_SOURCE}\nreturn statHashBatch;`)();
    if (inlineBuf?.length !== chunk)
        inlineBuf = Buffer.allocUnsafeSlow(chunk);
    const nums = new BigInt64Array(paths.length * STAT_NUMS);
    const digests = new Uint8Array(paths.length * 32);
    const hashed = new Uint8Array(paths.length);
    const errs = inlineStatHash(external_node_fs_, external_node_crypto_, paths, nums, digests, hashed, inlineBuf, counters, slot, BigInt(chunk));
    return { nums, errs, digests, hashed };
}
/** One task of the pool run on this thread (its main lane), with the workers' code: the worker's reply. */
function runOnThisThread(msg, chunk, counters, slot) {
    const paths = msg.paths.split('\0');
    if (msg.op === 'stat')
        return { id: -1, ...statPathsInline(paths) };
    if (msg.op === 'stathash')
        return { id: -1, ...statHashInline(paths, chunk, counters, slot) };
    inlineHashBatch ??= new Function(`${HASH_FILE_SOURCE}\nreturn hashBatch;`)();
    if (inlineBuf?.length !== chunk)
        inlineBuf = Buffer.allocUnsafeSlow(chunk);
    const out = new Uint8Array(paths.length * 32);
    const r = inlineHashBatch(external_node_fs_, external_node_crypto_, paths, msg.nums, out, inlineBuf, counters, slot);
    return { id: -1, done: r.done, digests: out, error: r.error };
}
/** Whether a set of jobs is small enough to hash on the calling thread. */
function fitsInline(jobs, bytes) {
    return bytes <= INLINE_MAX_BYTES && jobs <= INLINE_MAX_FILES;
}
function concurrencyOf(asked) {
    return asked !== undefined && Number.isFinite(asked) && asked >= 1 ? Math.trunc(asked) : (0,external_node_os_.availableParallelism)();
}
/**
 * SHA-256 of every range, in the order given, as 32 raw bytes each (job k at k * 32). Throws
 * the first failing job's InputError (naming the file as walked).
 */
async function hashRanges(jobs, opts = {}, pool) {
    let total = 0;
    for (const j of jobs)
        total += j.end - j.start;
    const engine = opts.engine ?? 'auto';
    const progress = new Progress(opts.before?.total ?? jobs.length, opts.before?.bytesTotal ?? total, opts, pool);
    const pending = opts.before?.pending;
    if (jobs.length === 0) {
        await pending;
        return progress.finish(Buffer.alloc(0));
    }
    const inline = engine === 'inline' || (engine === 'auto' && fitsInline(jobs.length, total) && !pool?.started);
    if (inline) {
        const out = hashInline(jobs, opts.chunkSize ?? CHUNK_SIZE, progress);
        await pending;
        return progress.finish(out);
    }
    const own = pool === undefined;
    const p = pool ?? new HashPool(Math.min(concurrencyOf(opts.concurrency), jobs.length), opts);
    try {
        const out = await p.run(jobs, total, progress);
        await pending;
        return progress.finish(out);
    }
    finally {
        if (own)
            await p.close();
    }
}
/** Progress counters, reported on a timer; workers add to their own slots of a shared array. */
class Progress {
    total;
    bytesTotal;
    opts;
    pool;
    /** [bytes, jobs] per worker slot; a pool points this at its shared counters. */
    counters;
    timer;
    constructor(total, bytesTotal, opts, 
    /** A pool that already works on this tree: its counters count too. */
    pool) {
        this.total = total;
        this.bytesTotal = bytesTotal;
        this.opts = opts;
        this.pool = pool;
        this.counters = new Float64Array(2);
        if (opts.onProgress) {
            this.timer = setInterval(() => this.report(), opts.progressIntervalMs ?? PROGRESS_INTERVAL_MS);
            this.timer.unref();
        }
    }
    report() {
        let bytes = 0;
        let done = 0;
        const all = [this.counters, ...(this.opts.before?.counters ?? [])];
        if (this.pool?.started && this.counters.buffer !== this.pool.counters.buffer)
            all.push(this.pool.counters);
        for (const c of all) {
            for (let i = 0; i < c.length; i += 2) {
                bytes += c[i];
                done += c[i + 1];
            }
        }
        this.opts.onProgress?.({ phase: 'hash', unit: this.opts.unit ?? 'files', done, total: this.total, bytesDone: bytes, bytesTotal: this.bytesTotal });
    }
    /** Stop reporting, after a last report. */
    finish(v) {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
        this.report();
        return v;
    }
    stop() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
    }
}
function packBatch(jobs, ids, from, to) {
    const nums = new BigInt64Array((to - from) * NUMS_PER_JOB);
    const paths = new Array(to - from);
    for (let k = from; k < to; k++) {
        const j = jobs[ids[k]];
        const o = (k - from) * NUMS_PER_JOB;
        paths[k - from] = j.file.path;
        nums[o] = j.file.size;
        nums[o + 1] = j.file.mtimeNs;
        nums[o + 2] = j.file.dev;
        nums[o + 3] = j.file.ino;
        nums[o + 4] = BigInt(j.start);
        nums[o + 5] = BigInt(j.end);
    }
    return { paths: paths.join('\0'), nums };
}
function toError(job, e) {
    return new errors/* InputError */.dz(e.code, `${e.reason}: ${(0,names/* displayName */.QC)(job.file.display)}`);
}
function hashInline(jobs, chunk, progress) {
    inlineHashBatch ??= new Function(`${HASH_FILE_SOURCE}\nreturn hashBatch;`)();
    const buf = Buffer.allocUnsafeSlow(chunk);
    const out = Buffer.allocUnsafe(jobs.length * 32);
    const ids = Int32Array.from(jobs, (_, k) => k);
    // One job per call keeps the packed arrays small; the cost is a few objects per file.
    const STEP = 256;
    for (let from = 0; from < jobs.length; from += STEP) {
        const to = Math.min(jobs.length, from + STEP);
        const { paths, nums } = packBatch(jobs, ids, from, to);
        const view = out.subarray(from * 32, to * 32);
        const r = inlineHashBatch(external_node_fs_, external_node_crypto_, paths.split('\0'), nums, view, buf, progress.counters, 0);
        if (r.error) {
            progress.stop();
            throw toError(jobs[from + r.error.k], r.error);
        }
    }
    return out;
}
/** The calling thread, as one of the pool's lanes. */
const MAIN = 'main';
/**
 * Worker pool of `size` lanes, sized from os.availableParallelism() unless told otherwise: a queue
 * of tasks, each a batch of files to stat, to stat and hash, or of ranges to hash; a free lane
 * takes the next task, so every core stays busy until the work runs out. Tasks carry a priority: a
 * large file goes before everything queued with less (so one big file does not start last and
 * become the tail). A worker holds at most two short tasks (batches of small files; the next one
 * is already there when it finishes one, so no worker waits on a round trip to the main thread)
 * and never anything behind a long one. Memory: one read buffer per lane, the job list, and at
 * most two batches in flight per worker. Workers may be started early (start()), e.g. while the
 * tree is still being walked. close() terminates every worker and fails what is still queued.
 *
 * With `mainLane`, the calling thread is one of the lanes: `size - 1` workers start, and once
 * it has listed the tree (openMainLane()) the calling thread runs short tasks between its other
 * work (the replies), one at a time (a batch of small files: a few milliseconds). A worker costs 50-90 ms of CPU to start, and on a
 * machine of few cores the calling thread would otherwise take a core's share of time for little
 * work. A long task (a large file, a shard) would stall the calling thread, and with it every
 * worker's next task: once one waits with no worker free, the last worker starts (grow()) and the
 * calling thread stops taking tasks.
 */
class HashPool {
    size;
    opts;
    workers = [];
    /** Tasks sent to each lane and not answered yet, oldest first. */
    sent = new Map();
    queue = [];
    chunk;
    progressBuf;
    nextId = 0;
    closing = false;
    /** Whether the calling thread takes tasks (see mainLane), and whether it is free to yet. */
    mainActive;
    mainOpen = false;
    started = false;
    constructor(size, opts = {}, mainLane = false) {
        this.size = size;
        this.opts = opts;
        this.chunk = opts.chunkSize ?? CHUNK_SIZE;
        this.mainActive = mainLane && size >= 2;
        // [bytes, jobs] per lane: the workers' slots, then the calling thread's.
        this.progressBuf = new SharedArrayBuffer(16 * (Math.max(1, size) + 1));
    }
    /** [bytes, jobs] per lane, added to by the lanes since the pool started. */
    get counters() {
        return new Float64Array(this.progressBuf);
    }
    /** Workers started so far. */
    get workerCount() {
        return this.workers.length;
    }
    start() {
        if (this.started)
            return;
        this.started = true;
        if (this.mainActive)
            this.sent.set(MAIN, []);
        const n = this.mainActive ? this.size - 1 : this.size;
        for (let k = 0; k < n; k++)
            this.spawn();
    }
    /**
     * Let the calling thread take tasks from now on (see mainLane): once the tree is listed. While
     * it lists the tree it feeds the workers, and taking tasks would starve them.
     */
    openMainLane() {
        if (this.mainOpen)
            return;
        this.mainOpen = true;
        this.pump();
    }
    /** Start the last worker and let the calling thread stop taking tasks (see mainLane). */
    grow() {
        if (!this.started || !this.mainActive || this.closing)
            return;
        this.mainActive = false;
        while (this.workers.length < this.size)
            this.spawn();
    }
    spawn() {
        const k = this.workers.length;
        const w = new external_node_worker_threads_.Worker(WORKER_SOURCE, {
            eval: true,
            workerData: { chunkSize: this.chunk, progress: this.progressBuf, slot: 2 * k },
            // A worker keeps nothing between batches: a small young generation keeps its memory small.
            resourceLimits: { maxYoungGenerationSizeMb: 4 },
        });
        this.workers.push(w);
        this.sent.set(w, []);
        w.on('message', (m) => {
            const t = this.sent.get(w)?.shift();
            this.pump();
            t?.resolve(m);
        });
        w.on('error', (e) => this.failAll(new Error(`hash worker failed: ${e instanceof Error ? e.message : String(e)}`)));
        w.on('exit', (code) => {
            if (!this.closing)
                this.failAll(new Error(`hash worker exited early (code ${code})`));
        });
        this.opts.onWorker?.(w);
    }
    /** Run the calling thread's task, once the event loop has run what waited before it. */
    runMain() {
        const q = this.sent.get(MAIN);
        const t = q?.[0];
        if (t === undefined || this.closing)
            return;
        let reply;
        try {
            reply = runOnThisThread(t.build().msg, this.chunk, this.counters, 2 * this.size);
        }
        catch (e) {
            q.shift();
            this.failAll(e instanceof Error ? e : new Error(String(e)));
            t.reject(e instanceof Error ? e : new Error(String(e)));
            return;
        }
        q.shift();
        this.pump();
        t.resolve(reply);
    }
    /** Queue one task; its promise settles with the worker's reply. */
    exec(build, priority = 0, short = true) {
        if (this.closing)
            return Promise.reject(new Error('hash pool is closed'));
        this.start();
        return new Promise((resolve, reject) => {
            const t = { build, resolve: resolve, reject, priority, short };
            let at = this.queue.length;
            while (at > 0 && this.queue[at - 1].priority < priority)
                at--;
            this.queue.splice(at, 0, t);
            this.pump();
        });
    }
    pump() {
        while (this.queue.length > 0) {
            const head = this.queue[0];
            // An idle worker first; then the calling thread, for a short task; else a worker busy
            // with a single short task, for a short task.
            let lane;
            let second;
            for (const x of this.workers) {
                const q = this.sent.get(x);
                if (q.length === 0) {
                    lane = x;
                    break;
                }
                if (second === undefined && q.length === 1 && q[0].short && head.short)
                    second = x;
            }
            if (lane === undefined && this.mainActive) {
                if (!head.short) {
                    // A long task with no worker free: it gets a worker of its own (see mainLane).
                    this.grow();
                    continue;
                }
                if (this.mainOpen && this.sent.get(MAIN).length === 0)
                    lane = MAIN;
            }
            lane ??= second;
            if (lane === undefined)
                return;
            const t = this.queue.shift();
            this.sent.get(lane).push(t);
            if (lane === MAIN) {
                setImmediate(() => this.runMain());
                continue;
            }
            const { msg, transfer } = t.build();
            lane.postMessage({ id: this.nextId++, ...msg }, transfer);
        }
    }
    failAll(e) {
        for (const t of this.queue.splice(0))
            t.reject(e);
        for (const q of this.sent.values())
            for (const t of q.splice(0))
                t.reject(e);
    }
    /** lstat the given files in a worker: [size, mtimeNs, dev, ino] per file, and the failures. */
    stat(paths) {
        return this.exec(() => ({ msg: { op: 'stat', paths: paths.join('\0') }, transfer: [] }));
    }
    /** lstat the given files in a worker and hash at once those smaller than the read buffer. */
    statHash(paths, priority = 0) {
        return this.exec(() => ({ msg: { op: 'stathash', paths: paths.join('\0') }, transfer: [] }), priority);
    }
    /**
     * Hash whole files whose identity is known, as one task (`priority`: ahead of everything queued
     * with less). 32 digest bytes per file, or the first failure (index and error).
     */
    hashFiles(files, priority, short) {
        const jobs = files.map((file) => ({ file, start: 0, end: Number(file.size) }));
        const ids = Int32Array.from(jobs, (_, k) => k);
        return this.exec(() => {
            const { paths, nums } = packBatch(jobs, ids, 0, jobs.length);
            return { msg: { op: 'hash', paths, nums }, transfer: [nums.buffer] };
        }, priority, short).then((m) => m.error
            ? { digests: null, failed: { k: m.error.k, error: toError(jobs[m.error.k], m.error) } }
            : { digests: Buffer.from(m.digests.buffer, m.digests.byteOffset, m.digests.byteLength), failed: null });
    }
    async run(jobs, total, progress) {
        this.start();
        // The counters also hold what the pool did before (files hashed while the tree was listed).
        progress.counters = this.counters;
        const order = Int32Array.from(jobs, (_, k) => k).sort((a, b) => {
            const d = jobs[b].end - jobs[b].start - (jobs[a].end - jobs[a].start);
            return d !== 0 ? d : a - b;
        });
        const slots = this.size * BATCHES_PER_WORKER;
        const maxBytes = Math.max(64 * 1024, Math.min(BATCH_BYTES, Math.ceil(total / slots)));
        const maxFiles = Math.max(1, Math.min(BATCH_FILES, Math.ceil(jobs.length / slots)));
        const out = Buffer.allocUnsafe(jobs.length * 32);
        const batches = [];
        for (let next = 0; next < order.length;) {
            let bytes = 0;
            const from = next;
            while (next < order.length && next - from < maxFiles && (next === from || bytes < maxBytes)) {
                const j = jobs[order[next]];
                bytes += j.end - j.start;
                next++;
            }
            const to = next;
            const first = jobs[order[from]];
            batches.push(this.exec(() => {
                const { paths, nums } = packBatch(jobs, order, from, to);
                return { msg: { op: 'hash', paths, nums }, transfer: [nums.buffer] };
            }, 0, first.end - first.start < BATCH_BYTES).then((m) => {
                if (m.error)
                    throw toError(jobs[order[from + m.error.k]], m.error);
                for (let k = 0; k < m.done; k++)
                    out.set(m.digests.subarray(k * 32, k * 32 + 32), order[from + k] * 32);
            }));
        }
        try {
            await Promise.all(batches);
        }
        catch (e) {
            progress.stop();
            // Nothing queued behind a failure is worth doing.
            this.failAll(e);
            throw e;
        }
        return out;
    }
    async close() {
        this.closing = true;
        this.failAll(new Error('hash pool is closed'));
        const ws = this.workers.splice(0);
        await Promise.all(ws.map((w) => w.terminate()));
    }
}

;// CONCATENATED MODULE: ./src/digest/digest-tree.ts







/** Bytes per shard in the "shards" serialization (as OMS model_signing). */
const SHARD_SIZE = 1_000_000_000;
/**
 * Files mode: listed files are stat'ed and (when smaller than the read buffer) hashed in batches
 * of this many. Small enough that a large file found in a batch waits little for a free worker,
 * large enough that messages cost little (100,000 files: about 400 round trips).
 */
const STAT_HASH_BATCH = 256;
/**
 * Tree digest of one or more paths (DESIGN §2, OMS v1.0 "files" or "shards" serialization):
 * every resource's SHA-256, files sorted by name in model_signing's order (`path-components`, or
 * the older `utf8-bytes` when a receipt that recorded it is replayed), a file's shards by start
 * offset, and the root = SHA-256 over the raw 32-byte digests in that order.
 */
async function digestTree(paths, opts = {}) {
    return digestTreeWith(paths, opts, {});
}
async function digestTreeWith(paths, opts, hooks) {
    const allowSymlinks = opts.allowSymlinks ?? false;
    const method = opts.method ?? 'files';
    if (method !== 'files' && method !== 'shards')
        throw new errors/* InputError */.dz('USAGE', `unknown serialization method ${(0,names/* displayName */.QC)(String(method))}`);
    const shardSize = opts.shardSize ?? SHARD_SIZE;
    if (!Number.isSafeInteger(shardSize) || shardSize < 1)
        throw new errors/* InputError */.dz('USAGE', `shard size must be a positive integer (got ${(0,names/* displayName */.QC)(String(shardSize))})`);
    const user = (opts.ignorePaths ?? []).map(normalizeIgnore);
    const order = opts.order ?? names/* DEFAULT_ORDER */.DJ;
    const engine = hooks.engine ?? 'auto';
    const forcePool = engine === 'workers' || engine === 'lanes';
    const asked = opts.concurrency;
    const concurrency = asked !== undefined && Number.isFinite(asked) && asked >= 1 ? Math.trunc(asked) : (0,external_node_os_.availableParallelism)();
    const unit = method === 'shards' ? 'shards' : 'files';
    // Walk; once the tree is clearly too big to hash inline, start the workers while walking.
    // In the files serialization the listing's lstat batches hash the small files at once (same
    // checks as later hashing), and larger files go to the pool as soon as their size is known,
    // the largest ahead: hashing overlaps the walk instead of waiting for it.
    const chunk = hooks.chunkSize ?? CHUNK_SIZE;
    const filesMode = method === 'files';
    let pool;
    // Once every directory is listed, this thread may hash too (HashPool, mainLane).
    let listed = false;
    let found = 0;
    let foundBytes = 0;
    // Files-mode batches wait until it is known where they run: on the pool once it starts, on
    // this thread once the listing ends without one (hashing inline while listing would hold up
    // the listing, and with it the discovery of the large files).
    let openGate;
    const gate = new Promise((resolve) => (openGate = resolve));
    const startPool = () => {
        if (pool === undefined && engine !== 'inline' && (forcePool || !fitsInline(found, foundBytes))) {
            // The calling thread is one of the lanes (HashPool, mainLane) unless a test forces workers.
            pool = new HashPool(concurrency, hooks, engine !== 'workers');
            pool.start();
            if (listed)
                pool.openMainLane();
            if (!hooks.afterList)
                openGate();
        }
    };
    const onListed = () => {
        listed = true;
        pool?.openMainLane();
        if (hooks.afterList)
            void Promise.resolve(hooks.afterList()).then(openGate, openGate);
        else
            openGate();
    };
    if (forcePool)
        startPool();
    const onFile = (f) => {
        found++;
        if (f.size >= 0n)
            foundBytes += Number(f.size);
        startPool();
    };
    // Files hashed on this thread while listing ([bytes, files]); the pool counts its own.
    const walkCounters = new Float64Array(2);
    const early = [];
    let medium = [];
    let mediumBytes = 0;
    const dispatch = (batch, priority, short) => {
        early.push(pool.hashFiles(batch.map((x) => ((x.f.queued = true), x.f)), priority, short).then((r) => {
            if (r.failed)
                return { at: batch[r.failed.k].at, error: r.failed.error };
            batch.forEach((x, k) => x.f.digested(r.digests, k * 32));
            return null;
        }, (e) => ({ at: -1, error: e })));
    };
    const flushMedium = () => {
        if (medium.length > 0)
            dispatch(medium, 0, true);
        medium = [];
        mediumBytes = 0;
    };
    const onIdentified = (f, at) => {
        const size = Number(f.size);
        if (pool === undefined || !(f instanceof ListedFile))
            return; // hashed after the walk
        if (size >= BATCH_BYTES) {
            dispatch([{ f, at }], size, false);
        }
        else {
            medium.push({ f, at });
            mediumBytes += size;
            if (mediumBytes >= BATCH_BYTES)
                flushMedium();
        }
    };
    const walkTimer = opts.onProgress
        ? setInterval(() => opts.onProgress({ phase: 'walk', unit, done: found, total: null, bytesDone: 0, bytesTotal: foundBytes }), opts.progressIntervalMs ?? PROGRESS_INTERVAL_MS)
        : undefined;
    walkTimer?.unref();
    try {
        let walked;
        try {
            const statPaths = filesMode
                ? (ps, first) => gate.then(async () => {
                    const r = pool?.started ? await pool.statHash(ps, first ? 1 : 0) : statHashInline(ps, chunk, walkCounters);
                    // Sizes are known now: a tree of few but large enough files moves to the pool.
                    const ids = halves(r.nums);
                    for (let k = 0; k < ps.length; k++)
                        foundBytes += uint64Number(ids, k * STAT_NUMS * 2);
                    startPool();
                    return r;
                })
                : (ps) => (pool?.started ? pool.stat(ps) : statPathsInline(ps));
            walked = await walkTree(paths, {
                allowSymlinks,
                ignore: new Set(user),
                order,
                onFile,
                statPaths,
                ...(filesMode ? { statBatch: STAT_HASH_BATCH, onIdentified, onListed } : {}),
            });
        }
        finally {
            if (walkTimer)
                clearInterval(walkTimer);
            if (pool?.started)
                flushMedium();
        }
        listed = true;
        pool?.openMainLane();
        await hooks.afterWalk?.(walked.files);
        // Files mode: only what the listing did not hash, and is not being hashed already, is a job
        // now (no object per file for the rest); shards mode: every shard.
        const jobs = [];
        let bytes = 0;
        for (const f of walked.files) {
            const size = sizeOf(f);
            bytes += size;
            if (filesMode) {
                if (!(f instanceof ListedFile && (f.hashed || f.queued)))
                    jobs.push({ file: f, start: 0, end: size });
                continue;
            }
            if (f.name.includes(':')) {
                throw new errors/* InputError */.dz('NAME_INVALID', `a name with ':' cannot be serialized as shards (OMS shard names are <name>:<start>:<end>): ${(0,names/* displayName */.QC)(f.display)}`);
            }
            // OMS: shards [0, s), [s, 2s), ... the last one ending at the file's size; no shard for an empty file.
            for (let start = 0; start < size; start += shardSize) {
                const end = Math.min(size, start + shardSize);
                jobs.push({ file: f, start, end });
            }
        }
        const resourceCount = filesMode ? walked.files.length : jobs.length;
        if (resourceCount === 0) {
            throw new errors/* InputError */.dz('TREE_EMPTY', `no bytes to hash as shards (every file is empty) in ${paths.map((p) => (0,names/* displayName */.QC)(p)).join(', ')}`);
        }
        if (forcePool && pool === undefined)
            pool = new HashPool(Math.max(1, Math.min(concurrency, jobs.length)), hooks);
        const settled = Promise.all(early).then((rs) => {
            let first = null;
            for (const r of rs)
                if (r && (first === null || r.at < first.at))
                    first = r;
            return first;
        });
        const restRaw = await hashRanges(jobs, {
            engine,
            chunkSize: hooks.chunkSize,
            concurrency,
            onProgress: opts.onProgress,
            progressIntervalMs: opts.progressIntervalMs,
            unit,
            ...(filesMode ? { before: { total: resourceCount, bytesTotal: bytes, counters: [walkCounters], pending: settled } } : {}),
        }, pool);
        const failed = await settled;
        if (failed)
            throw failed.error;
        await hooks.afterHash?.(walked.files);
        await confirmUnchanged(walked.files, (ps) => (pool?.started ? pool.stat(ps) : statPathsInline(ps)), pool?.started ? 2 * pool.size : 1);
        // The root over the raw digests in resource order; in files mode most of them are read where
        // the listing kept them, through a small staging buffer (nothing allocated per file but the
        // resource and its hex digest).
        const rootHash = (0,external_node_crypto_.createHash)('sha256');
        const resources = new Array(resourceCount);
        if (filesMode) {
            const STAGE = 4096;
            const stage = Buffer.allocUnsafe(Math.min(resourceCount, STAGE) * 32);
            let r = 0;
            let s = 0;
            for (let k = 0; k < resourceCount; k++) {
                const f = walked.files[k];
                if (!(f instanceof ListedFile && f.copyDigest(stage, s * 32))) {
                    restRaw.copy(stage, s * 32, r * 32, r * 32 + 32);
                    r++;
                }
                resources[k] = { name: f.name, size: sizeOf(f), sha256: stage.toString('hex', s * 32, s * 32 + 32) };
                if (++s === STAGE) {
                    rootHash.update(stage);
                    s = 0;
                }
            }
            rootHash.update(stage.subarray(0, s * 32));
        }
        else {
            for (let k = 0; k < resourceCount; k++) {
                const j = jobs[k];
                const d = restRaw.subarray(k * 32, k * 32 + 32);
                rootHash.update(d);
                resources[k] = { name: `${j.file.name}:${j.start}:${j.end}`, size: j.end - j.start, sha256: d.toString('hex') };
            }
        }
        const root = rootHash.digest();
        const serialization = {
            method,
            hash_type: 'sha256',
            order,
            ...(method === 'shards' ? { shard_size: shardSize } : {}),
            allow_symlinks: allowSymlinks,
            ignore_paths: (0,names/* sortUtf8 */.MY)(new Set([...names/* DEFAULT_IGNORES */.a$, ...user])),
        };
        return {
            digest: 'sha256:' + root.toString('hex'),
            root,
            kind: walked.kind,
            name: walked.name,
            serialization,
            resources,
            files: walked.files.length,
            bytes,
        };
    }
    finally {
        await pool?.close();
    }
}
/**
 * Every hashed file must still be where the walk found it, unchanged, once hashing is done: a
 * file deleted or renamed meanwhile (the hash reads through an open descriptor, which outlives
 * both) would leave a manifest naming a file that is gone, and one changed after its hashing a
 * manifest that no longer describes the tree. The paths are lstat'ed again, in batches (on every
 * worker at once when there is a pool), and must show the listing's device, inode, size and mtime.
 */
async function confirmUnchanged(files, statPaths, lanes) {
    const BATCH = 1024;
    const errors = [];
    let next = 0;
    // A few batches at a time (two per worker: each has the next one at hand), not all at once:
    // 100,000 paths in flight together would cost megabytes.
    const lane = async () => {
        while (next < files.length) {
            const i = next;
            next += BATCH;
            const batch = files.slice(i, i + BATCH);
            const r = await statPaths(batch.map((f) => f.path));
            errors[i / BATCH] = check(batch, r);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, lanes) }, lane));
    // The first failure in name order, whichever batch answered first.
    for (const e of errors)
        if (e)
            throw e;
}
function check(batch, r) {
    const failed = r.errs.length > 0 ? new Map(r.errs.map((e) => [e.k, e.code])) : null;
    const ids = halves(r.nums);
    for (let k = 0; k < batch.length; k++) {
        const f = batch[k];
        const code = failed?.get(k);
        const o = k * STAT_NUMS; // size, mtimeNs, dev, ino
        if (code === undefined) {
            if (f instanceof ListedFile ? f.sameIdentity(ids, o * 2) : r.nums[o + 2] === f.dev && r.nums[o + 3] === f.ino && r.nums[o] === f.size && r.nums[o + 1] === f.mtimeNs)
                continue;
        }
        const shown = (0,names/* displayName */.QC)(f.display);
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return new errors/* InputError */.dz('FILE_CHANGED', `file was deleted or renamed while being hashed: ${shown}`);
        if (code === 'SYMLINK')
            return new errors/* InputError */.dz('SYMLINK', `file became a symlink while being hashed: ${shown}`);
        if (code === 'KIND')
            return new errors/* InputError */.dz('PATH_KIND', `file became something other than a regular file while being hashed: ${shown}`);
        if (code !== undefined)
            return new errors/* InputError */.dz('FILE_CHANGED', `file was replaced while being hashed (${code}): ${shown}`);
        if (r.nums[o + 2] !== f.dev || r.nums[o + 3] !== f.ino)
            return new errors/* InputError */.dz('FILE_CHANGED', `file was replaced while being hashed: ${shown}`);
        return new errors/* InputError */.dz('FILE_CHANGED', `file changed while being hashed: ${shown}`);
    }
    return null;
}
/** A file's size as a number (a listed file's without a BigInt). */
function sizeOf(f) {
    return f instanceof ListedFile ? f.bytes : Number(f.size);
}
/** An ignore path is an exact resource name: '/'-separated, relative, no '.' or '..' parts. */
function normalizeIgnore(p) {
    if (typeof p !== 'string')
        throw new errors/* InputError */.dz('USAGE', 'ignore path must be a string');
    let s = p;
    while (s.startsWith('./'))
        s = s.slice(2);
    s = s.replace(/\/+$/, '');
    const parts = s.split('/');
    if (s === '' || s.startsWith('/') || parts.some((x) => x === '' || x === '.' || x === '..')) {
        throw new errors/* InputError */.dz('USAGE', `ignore path must be a relative path inside the tree: ${(0,names/* displayName */.QC)(p)}`);
    }
    (0,names/* checkName */.I3)(s);
    return s;
}


/***/ }),

/***/ 23820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ DEFAULT_ORDER),
/* harmony export */   Di: () => (/* binding */ parseShardName),
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   KJ: () => (/* binding */ decodeEntryName),
/* harmony export */   MY: () => (/* binding */ sortUtf8),
/* harmony export */   OP: () => (/* binding */ compareCodePoints),
/* harmony export */   QC: () => (/* binding */ displayName),
/* harmony export */   V9: () => (/* binding */ resourcesInOrder),
/* harmony export */   VV: () => (/* binding */ sortByName),
/* harmony export */   a$: () => (/* binding */ DEFAULT_IGNORES),
/* harmony export */   zq: () => (/* binding */ compareUtf8)
/* harmony export */ });
/* unused harmony exports RESOURCE_ORDERS, orderKey, compareNames, displayBytes, compareComponents */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** C0 controls, DEL and C1 controls: never allowed in a resource name. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Files at the top of each directory root that are never hashed (as in OMS). */
const DEFAULT_IGNORES = ['.git', '.gitattributes', '.github', '.gitignore'];
const RESOURCE_ORDERS = ['path-components', 'utf8-bytes'];
const DEFAULT_ORDER = 'path-components';
/**
 * The sort key of a name under `order`: its UTF-8 bytes (byte order = code-point order), with '/'
 * mapped to 0x00 for `path-components`. Names never hold NUL (control characters are rejected), so
 * 0x00 sorts below every byte of a component, and comparing keys equals comparing component lists:
 * a component that is a prefix of another ends first.
 */
function orderKey(name, order) {
    const b = Buffer.from(name, 'utf8');
    if (order === 'path-components') {
        for (let i = b.indexOf(0x2f); i >= 0; i = b.indexOf(0x2f, i + 1))
            b[i] = 0;
    }
    return b;
}
/**
 * Compare two names under `order` (JS `<` compares UTF-16 units, which is neither order). Works on
 * the strings themselves: sorting 100,000 names allocates nothing per comparison.
 */
function compareNames(a, b, order) {
    return order === 'path-components' ? compareComponents(a, b) : compareCodePoints(a, b);
}
/** Compare two names by their UTF-8 bytes (= code-point order of the whole name). */
function compareUtf8(a, b) {
    return compareNames(a, b, 'utf8-bytes');
}
/** Sort items by their names under `order`, returning a new array. */
function sortByName(items, nameOf, order) {
    const cmp = order === 'path-components' ? compareComponents : compareCodePoints;
    return [...items].sort((p, q) => cmp(nameOf(p), nameOf(q)));
}
/** Sort names by UTF-8 bytes, returning a new array. */
function sortUtf8(names) {
    return sortByName(names, (s) => s, 'utf8-bytes');
}
/**
 * Render a user-supplied name for a one-line message: JSON-quoted, with C1 controls escaped too
 * (JSON leaves them raw, and 0x9b is a terminal CSI).
 */
function displayName(name) {
    return (0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__.q)(name).replace(/[\u007f-\u009f]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
/** Raw directory-entry bytes shown safely: printable ASCII as is, anything else as \xHH. */
function displayBytes(bytes) {
    let s = '';
    for (const b of bytes) {
        s += b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c ? String.fromCharCode(b) : '\\x' + b.toString(16).padStart(2, '0');
    }
    return '"' + s + '"';
}
/**
 * Compare two strings by Unicode code point (= UTF-8 byte order) without encoding them. UTF-16
 * unit order differs only where a surrogate (an astral character) meets U+E000..U+FFFF.
 */
function compareCodePoints(a, b) {
    return compareUnits(a, b, false);
}
/**
 * Compare two names as lists of '/'-separated components, each by code point: the order of
 * `orderKey(…, 'path-components')` ('/' sorts below every other character), without encoding.
 */
function compareComponents(a, b) {
    return compareUnits(a, b, true);
}
function compareUnits(a, b, slashFirst) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        let x = a.charCodeAt(i);
        let y = b.charCodeAt(i);
        if (x !== y) {
            if (slashFirst && x === 0x2f)
                return -1;
            if (slashFirst && y === 0x2f)
                return 1;
            if (x >= 0xd800 && y >= 0xd800) {
                x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
                y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
            }
            return x - y;
        }
    }
    return a.length - b.length;
}
/** Decode one directory entry name; reject invalid UTF-8 and control characters. */
function decodeEntryName(raw, parentDisplay) {
    let name;
    try {
        name = UTF8.decode(raw);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('NAME_INVALID', `file name is not valid UTF-8: ${displayBytes(raw)} in ${displayName(parentDisplay)}`);
    }
    checkName(name, parentDisplay);
    return name;
}
/** Reject names with control characters or unpaired surrogates (not representable in UTF-8). */
function checkName(name, context) {
    const where = () => (context === undefined ? '' : ` in ${displayName(context)}`);
    if (LONE_SURROGATE.test(name)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('NAME_INVALID', `file name is not valid UTF-8: ${displayName(name)}${where()}`);
    }
    if (CONTROL.test(name)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('NAME_INVALID', `file name contains a control character: ${displayName(name)}${where()}`);
    }
}
/**
 * Whether resource names are strictly in the tree's order (so no duplicates either) for a
 * serialization method and a recorded order: files by name in that order; shards
 * (`<name>:<start>:<end>`) by file name in that order, then by start offset as a number (as OMS
 * model_signing sorts them), each shard name well formed and non-empty. An unknown order is false.
 */
function resourcesInOrder(method, order, names) {
    if (!RESOURCE_ORDERS.includes(order))
        return false;
    const o = order;
    if (method !== 'shards') {
        for (let i = 1; i < names.length; i++)
            if (compareNames(names[i - 1], names[i], o) >= 0)
                return false;
        return true;
    }
    let prev = null;
    for (const n of names) {
        const s = parseShardName(n);
        if (!s)
            return false;
        if (prev) {
            const c = compareNames(prev.file, s.file, o);
            if (c > 0 || (c === 0 && prev.start >= s.start))
                return false;
        }
        prev = { file: s.file, start: s.start };
    }
    return true;
}
/** `<name>:<start>:<end>` -> its parts; null unless start < end are canonical decimal integers. */
function parseShardName(n) {
    const m = /^(.+):(0|[1-9][0-9]{0,15}):([1-9][0-9]{0,15})$/.exec(n);
    if (!m)
        return null;
    const start = Number(m[2]);
    const end = Number(m[3]);
    if (!Number.isSafeInteger(end) || start >= end)
        return null;
    return { file: m[1], start, end };
}


/***/ }),

/***/ 29425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ resolveAll)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);



/**
 * Paths relative to the working directory (absolute ones stay as they are). An empty path is
 * refused (it would name the working directory), and so is a path that ends in "/" (or "/.") but
 * names a file: the kernel's own answer for the path as given decides. Kept apart from run.ts so
 * `hash` does not load the whole receipt pipeline.
 */
function resolveAll(cwd, paths, flag) {
    return paths.map((p) => {
        if (typeof p !== 'string' || p === '')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('USAGE', `empty path given${flag ? ` for ${flag}` : ''}`);
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, p);
        if (/[\\/]\.?$/.test(p)) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(p) ? p : cwd + node_path__WEBPACK_IMPORTED_MODULE_1__.sep + p);
            }
            catch (e) {
                if (e.code === 'ENOTDIR')
                    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('PATH_KIND', `${flag ?? 'path'} ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__.q)(p)} ends with "/" but is not a directory`);
            }
        }
        return abs;
    });
}


/***/ })

};
