export const id = 820;
export const ids = [820];
export const modules = {

/***/ 7820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a$: () => (/* reexport */ DEFAULT_IGNORES),
  DJ: () => (/* reexport */ DEFAULT_ORDER),
  nO: () => (/* reexport */ RESOURCE_ORDERS),
  u1: () => (/* reexport */ buildManifest),
  MP: () => (/* reexport */ compareNames),
  digestTree: () => (/* reexport */ digestTree),
  cU: () => (/* reexport */ inputCommitment),
  RN: () => (/* reexport */ omsStatement),
  Q: () => (/* reexport */ parseImageRef),
  U0: () => (/* reexport */ sha256sums)
});

// UNUSED EXPORTS: IN_TOTO_STATEMENT_V1, OMS_PREDICATE_TYPE, compareUtf8

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/digest/hash-file-source.ts
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
const HASH_FILE_SOURCE = String.raw `
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
function workerSource(chunkSize) {
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

;// CONCATENATED MODULE: ./src/digest/names.ts

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
/** Compare two names under `order` (JS `<` compares UTF-16 units, which is neither order). */
function compareNames(a, b, order) {
    return Buffer.compare(orderKey(a, order), orderKey(b, order));
}
/** Compare two names by their UTF-8 bytes (= code-point order of the whole name). */
function compareUtf8(a, b) {
    return compareNames(a, b, 'utf8-bytes');
}
/** Sort items by their names under `order`, returning a new array. */
function sortByName(items, nameOf, order) {
    return [...items]
        .map((x) => ({ x, k: orderKey(nameOf(x), order) }))
        .sort((p, q) => Buffer.compare(p.k, q.k))
        .map((p) => p.x);
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
    return (0,errors.q)(name).replace(/[\u007f-\u009f]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
/** Raw directory-entry bytes shown safely: printable ASCII as is, anything else as \xHH. */
function displayBytes(bytes) {
    let s = '';
    for (const b of bytes) {
        s += b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c ? String.fromCharCode(b) : '\\x' + b.toString(16).padStart(2, '0');
    }
    return '"' + s + '"';
}
/** Decode one directory entry name; reject invalid UTF-8 and control characters. */
function decodeEntryName(raw, parentDisplay) {
    let name;
    try {
        name = UTF8.decode(raw);
    }
    catch {
        throw new errors/* InputError */.dz('NAME_INVALID', `file name is not valid UTF-8: ${displayBytes(raw)} in ${displayName(parentDisplay)}`);
    }
    checkName(name, parentDisplay);
    return name;
}
/** Reject names with control characters or unpaired surrogates (not representable in UTF-8). */
function checkName(name, context) {
    const where = context === undefined ? '' : ` in ${displayName(context)}`;
    if (LONE_SURROGATE.test(name)) {
        throw new errors/* InputError */.dz('NAME_INVALID', `file name is not valid UTF-8: ${displayName(name)}${where}`);
    }
    if (CONTROL.test(name)) {
        throw new errors/* InputError */.dz('NAME_INVALID', `file name contains a control character: ${displayName(name)}${where}`);
    }
}

;// CONCATENATED MODULE: ./src/digest/hash-files.ts







/**
 * Read size per chunk. Small enough to stay in L2 between the copy from the page cache and the
 * hash (measured: 256 KiB beats 1-4 MiB), large enough that syscalls do not matter.
 */
const CHUNK_SIZE = 256 * 1024;
/**
 * Below this many bytes and files in all, worker start-up (~50 ms) costs more than it saves
 * (a small file costs ~25 us to open, stat, read and hash; 32 MiB about 25-90 ms on one core).
 */
const INLINE_MAX_BYTES = 32 * 1024 * 1024;
const INLINE_MAX_FILES = 2048;
/**
 * Small files travel to workers in batches of at most this many bytes or files, and smaller
 * when the tree is small, so that every worker gets several batches (BATCHES_PER_WORKER).
 */
const BATCH_BYTES = 8 * 1024 * 1024;
const BATCH_FILES = 512;
const BATCHES_PER_WORKER = 4;
let inlineHashFile;
/** SHA-256 (hex) of every file, in the order given. Throws the first file's InputError. */
async function hashFiles(files, opts = {}) {
    const chunk = opts.chunkSize ?? CHUNK_SIZE;
    const asked = opts.concurrency;
    const concurrency = asked !== undefined && Number.isFinite(asked) && asked >= 1 ? Math.trunc(asked) : (0,external_node_os_.availableParallelism)();
    let total = 0n;
    for (const f of files)
        total += f.size;
    if (files.length === 0)
        return [];
    const engine = opts.engine ?? 'auto';
    const inline = engine === 'inline' || (engine === 'auto' && total <= BigInt(INLINE_MAX_BYTES) && files.length <= INLINE_MAX_FILES);
    return inline ? hashInline(files, chunk) : hashInWorkers(files, Math.min(concurrency, files.length), chunk, opts.onWorker);
}
function wire(f, i) {
    return { i, path: f.path, size: String(f.size), mtimeNs: String(f.mtimeNs), dev: String(f.dev), ino: String(f.ino) };
}
function toError(files, r) {
    return new errors/* InputError */.dz(r.error.code, `${r.error.reason}: ${displayName(files[r.i].display)}`);
}
function hashInline(files, chunk) {
    inlineHashFile ??= new Function(`${HASH_FILE_SOURCE}\nreturn hashFile;`)();
    const buf = Buffer.allocUnsafeSlow(chunk);
    return files.map((f, i) => {
        const r = inlineHashFile(external_node_fs_, external_node_crypto_, wire(f, i), buf);
        if ('error' in r)
            throw toError(files, r);
        return r.digest;
    });
}
/**
 * Worker pool: files are handed out largest first (so one big file does not start last and
 * become the tail). A batch closes once it holds 8 MiB or 512 files (less for small trees, so
 * each worker gets several), so large files go one per message and small ones together. Each
 * worker holds one batch at a time and gets the next when it reports back: no big file waits
 * behind another while a core is free, and the message round trip (~0.1 ms) is small against a
 * batch. Memory is one chunk buffer per worker plus the job list.
 * Every worker is terminated when the pool settles, success or error.
 */
async function hashInWorkers(files, nWorkers, chunk, onWorker) {
    const order = files.map((_, i) => i).sort((a, b) => (files[b].size > files[a].size ? 1 : files[b].size < files[a].size ? -1 : a - b));
    const digests = new Array(files.length);
    let done = 0;
    let total = 0n;
    for (const f of files)
        total += f.size;
    const slots = BigInt(nWorkers * BATCHES_PER_WORKER);
    const maxBytes = total / slots < BigInt(BATCH_BYTES) ? total / slots : BigInt(BATCH_BYTES);
    const maxFiles = Math.max(1, Math.min(BATCH_FILES, Math.ceil(files.length / Number(slots))));
    const batches = [];
    for (let next = 0; next < order.length;) {
        const batch = [];
        let bytes = 0n;
        while (next < order.length && batch.length < maxFiles && (batch.length === 0 || bytes < maxBytes)) {
            const i = order[next++];
            batch.push(wire(files[i], i));
            bytes += files[i].size;
        }
        batches.push(batch);
    }
    let nextBatch = 0;
    nWorkers = Math.min(nWorkers, batches.length);
    const src = workerSource(chunk);
    const workers = [];
    try {
        await new Promise((resolve, reject) => {
            let settled = false;
            const fail = (e) => {
                if (!settled) {
                    settled = true;
                    reject(e);
                }
            };
            const feed = (w) => {
                if (nextBatch < batches.length)
                    w.postMessage(batches[nextBatch++]);
            };
            for (let k = 0; k < nWorkers; k++) {
                const w = new external_node_worker_threads_.Worker(src, { eval: true });
                workers.push(w);
                onWorker?.(w);
                w.on('message', (results) => {
                    if (settled)
                        return;
                    for (const r of results) {
                        if ('error' in r)
                            return fail(toError(files, r));
                        digests[r.i] = r.digest;
                        done++;
                    }
                    if (done === files.length) {
                        settled = true;
                        resolve();
                    }
                    else
                        feed(w);
                });
                w.on('error', (e) => fail(new Error(`hash worker failed: ${e instanceof Error ? e.message : String(e)}`)));
                w.on('exit', (code) => fail(new Error(`hash worker exited early (code ${code})`)));
            }
            for (const w of workers)
                feed(w);
        });
    }
    finally {
        await Promise.all(workers.map((w) => w.terminate()));
    }
    return digests;
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/digest/walk-tree.ts





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
                throw new errors/* InputError */.dz('USAGE', `cannot prefix resource names with the basename of ${displayName(r.given)}`);
            const other = seen.get(r.base);
            if (other !== undefined) {
                throw new errors/* InputError */.dz('DUPLICATE_ROOT', `two paths share the basename ${displayName(r.base)}: ${displayName(other)} and ${displayName(r.given)}`);
            }
            seen.set(r.base, r.given);
        }
        checkName(r.base, r.given);
    }
    const files = [];
    let kind = 'directory';
    for (const r of roots) {
        const { st, real } = statRoot(r.given, r.abs, opts);
        if (st.isFile()) {
            if (!multi)
                kind = 'file';
            if (!opts.ignore.has(r.base))
                files.push(fileOf(r.base, real, r.given, st));
        }
        else if (st.isDirectory()) {
            if (multi && opts.ignore.has(r.base))
                continue;
            const walker = new DirWalker(opts, real, files);
            await walker.walk(r.abs, multi ? r.base : '', external_node_path_.normalize(r.given), [idOf(st)], true);
        }
        else {
            throw new errors/* InputError */.dz('PATH_KIND', `not a regular file or directory: ${displayName(r.given)}`);
        }
    }
    if (files.length === 0) {
        throw new errors/* InputError */.dz('TREE_EMPTY', `no files to hash in ${roots.map((r) => displayName(r.given)).join(', ')}`);
    }
    return {
        files: sortByName(files, (f) => f.name, opts.order),
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
            return new errors/* InputError */.dz('PATH_MISSING', `no such file or directory: ${displayName(display)}`);
        case 'EACCES':
        case 'EPERM':
            return new errors/* InputError */.dz('PATH_UNREADABLE', `permission denied: ${displayName(display)}`);
        case 'ELOOP':
            return new errors/* InputError */.dz('SYMLINK', `symlink loop: ${displayName(display)}`);
        default:
            return new errors/* InputError */.dz('PATH_UNREADABLE', `cannot read ${displayName(display)} (${code ?? String(e)})`);
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
            throw new errors/* InputError */.dz('SYMLINK', `symlinks are not allowed: ${displayName(given)}`);
        try {
            const real = (0,external_node_fs_.realpathSync)(abs);
            return { st: (0,external_node_fs_.statSync)(real, { bigint: true }), real };
        }
        catch (e) {
            const code = e.code;
            if (code === 'ELOOP')
                throw new errors/* InputError */.dz('SYMLINK', `symlink loop: ${displayName(given)}`);
            if (code === 'ENOENT')
                throw new errors/* InputError */.dz('PATH_MISSING', `symlink points to nothing: ${displayName(given)}`);
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
    constructor(opts, 
    /** realpath of the root: allowed symlinks must resolve inside it. */
    rootReal, out) {
        this.opts = opts;
        this.rootReal = rootReal;
        this.out = out;
    }
    /**
     * @param dir path to read (through symlinked directories as walked)
     * @param rel resource-name prefix of this directory ('' at the root of a single path)
     * @param display the directory as the user would name it, for messages
     * @param ancestors dev:ino of every directory on the way down, to catch symlinked cycles
     */
    async walk(dir, rel, display, ancestors, top) {
        let raw;
        try {
            raw = (0,external_node_fs_.readdirSync)(dir, { encoding: 'buffer' });
        }
        catch (e) {
            throw fsError(e, display);
        }
        // The raw entry bytes are the UTF-8 name: sort by them directly.
        raw.sort(Buffer.compare);
        const subdirs = [];
        for (const b of raw) {
            const name = decodeEntryName(b, display);
            if (top && DEFAULT_IGNORES.includes(name))
                continue;
            const full = rel === '' ? name : `${rel}/${name}`;
            if (this.opts.ignore.has(full))
                continue;
            // Plain concatenation: dir and display are already normalized (path.join is measurably slow here).
            const abs = dir.endsWith(external_node_path_.sep) ? dir + name : dir + external_node_path_.sep + name;
            const disp = display.endsWith(external_node_path_.sep) ? display + name : display + external_node_path_.sep + name;
            const id = this.visit(abs, full, disp, ancestors);
            if (id !== null)
                subdirs.push({ abs, full, disp, id });
        }
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
                throw new errors/* InputError */.dz('SYMLINK', `symlinks are not allowed: ${displayName(disp)}`);
            let real;
            try {
                real = (0,external_node_fs_.realpathSync)(abs);
            }
            catch (e) {
                const code = e.code;
                if (code === 'ELOOP')
                    throw new errors/* InputError */.dz('SYMLINK', `symlink loop: ${displayName(disp)}`);
                if (code === 'ENOENT')
                    throw new errors/* InputError */.dz('SYMLINK', `symlink points to nothing: ${displayName(disp)}`);
                throw fsError(e, disp);
            }
            if (real !== this.rootReal && !real.startsWith(this.rootReal.endsWith(external_node_path_.sep) ? this.rootReal : this.rootReal + external_node_path_.sep)) {
                throw new errors/* InputError */.dz('SYMLINK', `symlink points outside the root: ${displayName(disp)}`);
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
            this.out.push(fileOf(full, openPath, disp, st));
            return null;
        }
        if (st.isDirectory()) {
            const id = idOf(st);
            if (ancestors.includes(id))
                throw new errors/* InputError */.dz('SYMLINK', `symlink loop: ${displayName(disp)}`);
            return id;
        }
        throw new errors/* InputError */.dz('PATH_KIND', `not a regular file or directory: ${displayName(disp)}`);
    }
}

;// CONCATENATED MODULE: ./src/digest/digest-tree.ts





/**
 * Tree digest of one or more paths (DESIGN §2, OMS v1.0 "files" serialization): every regular
 * file's SHA-256, sorted by name in model_signing's order (`path-components`, or the older
 * `utf8-bytes` when a receipt that recorded it is replayed), and the root = SHA-256 over the raw
 * 32-byte file digests in that order.
 */
async function digestTree(paths, opts = {}) {
    return digestTreeWith(paths, opts, {});
}
async function digestTreeWith(paths, opts, hooks) {
    const allowSymlinks = opts.allowSymlinks ?? false;
    const user = (opts.ignorePaths ?? []).map(normalizeIgnore);
    const order = opts.order ?? DEFAULT_ORDER;
    const walked = await walkTree(paths, { allowSymlinks, ignore: new Set(user), order });
    await hooks.afterWalk?.(walked.files);
    const digests = await hashFiles(walked.files, { concurrency: opts.concurrency, engine: hooks.engine, chunkSize: hooks.chunkSize, onWorker: hooks.onWorker });
    const rootHash = (0,external_node_crypto_.createHash)('sha256');
    const resources = [];
    let bytes = 0;
    walked.files.forEach((f, k) => {
        const hex = digests[k];
        rootHash.update(Buffer.from(hex, 'hex'));
        const size = Number(f.size);
        resources.push({ name: f.name, size, sha256: hex });
        bytes += size;
    });
    const root = rootHash.digest();
    const serialization = {
        method: 'files',
        hash_type: 'sha256',
        order,
        allow_symlinks: allowSymlinks,
        ignore_paths: sortUtf8(new Set([...DEFAULT_IGNORES, ...user])),
    };
    return {
        digest: 'sha256:' + root.toString('hex'),
        root,
        kind: walked.kind,
        name: walked.name,
        serialization,
        resources,
        files: resources.length,
        bytes,
    };
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
        throw new errors/* InputError */.dz('USAGE', `ignore path must be a relative path inside the tree: ${displayName(p)}`);
    }
    checkName(s);
    return s;
}

;// CONCATENATED MODULE: ./src/digest/parse-image-ref.ts


// registry[:port]/path[:tag], as OCI references spell it (lowercase repository, tag chars).
const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._\-/:]*[A-Za-z0-9_])?$/;
const HEX64 = /^[0-9a-f]{64}$/;
/**
 * A workload given as a container image pinned by digest, `name@sha256:<64 hex>`: returns the
 * name and `sha256:<hex>`. Anything containing '@sha256:' that is not exactly that is a usage
 * error (it is never silently treated as a path); anything else is a path: null.
 */
function parseImageRef(ref) {
    const at = ref.indexOf('@sha256:');
    if (at < 0)
        return null;
    const name = ref.slice(0, at);
    const hex = ref.slice(at + '@sha256:'.length);
    if (!NAME.test(name) || name.includes('//') || !HEX64.test(hex)) {
        throw new errors/* InputError */.dz('USAGE', `malformed image reference (expected name@sha256:<64 lowercase hex>): ${displayName(ref)}`);
    }
    return { name, digest: `sha256:${hex}` };
}

;// CONCATENATED MODULE: ./src/digest/build-manifest.ts
/** The plain manifest of a tree: one sha256 entry per resource, in resource order. */
function buildManifest(tree) {
    return {
        serialization: { ...tree.serialization, ignore_paths: [...tree.serialization.ignore_paths] },
        resources: tree.resources.map((r) => ({ name: r.name, algorithm: 'sha256', digest: r.sha256 })),
    };
}

;// CONCATENATED MODULE: ./src/digest/input-commitment.ts


/**
 * The inputs' commitment and manifest (DESIGN §2). With a key, every manifest entry is
 * HMAC-SHA256(key, raw 32-byte file digest) and nothing returned carries a plain file digest
 * (nor the plain root), so the inputs cannot be confirmed by guessing them without the key.
 */
function inputCommitment(tree, key) {
    if (key === undefined)
        return { commitment: tree.digest, scheme: 'sha256', manifest: buildManifest(tree) };
    if (!Buffer.isBuffer(key) || key.length === 0)
        throw new TypeError('input key must be a non-empty Buffer');
    const mac = (data) => (0,external_node_crypto_.createHmac)('sha256', key).update(data).digest('hex');
    return {
        commitment: 'hmac-sha256:' + mac(tree.root),
        scheme: 'hmac-sha256',
        manifest: {
            serialization: { ...tree.serialization, ignore_paths: [...tree.serialization.ignore_paths] },
            resources: tree.resources.map((r) => ({ name: r.name, algorithm: 'hmac-sha256', digest: mac(Buffer.from(r.sha256, 'hex')) })),
        },
    };
}

;// CONCATENATED MODULE: ./src/digest/sha256sums.ts
/**
 * GNU coreutils `sha256sum` lines, `<hex>  <name>\n`, replayable with `sha256sum -c` from the
 * tree root (the common parent for a multi-path tree). A name with a backslash, newline or
 * carriage return uses GNU's escaped form: the line starts with '\' and those characters are
 * written '\\', '\n', '\r'.
 */
function sha256sums(manifest) {
    let out = '';
    for (const r of manifest.resources) {
        if (r.algorithm !== 'sha256')
            throw new TypeError(`SHA256SUMS needs plain sha256 entries, got ${r.algorithm}`);
        if (/[\\\n\r]/.test(r.name)) {
            const name = r.name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
            out += `\\${r.digest}  ${name}\n`;
        }
        else {
            out += `${r.digest}  ${r.name}\n`;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/digest/oms-statement.ts

const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
const OMS_PREDICATE_TYPE = 'https://model_signing/signature/v1.0';
/**
 * The manifest as an OpenSSF Model Signing v1.0 in-toto Statement (what OMS tools compare):
 * subject = the tree's name and root digest; predicate = {serialization, resources}. OMS
 * verifiers read method, hash_type, allow_symlinks and ignore_paths and ignore other keys, so
 * `order` travels along. The subject digest is recomputed from the resources and must equal the
 * tree's root: a manifest that does not belong to the tree is a TypeError.
 */
function omsStatement(tree, manifest) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    const resources = manifest.resources.map((r) => {
        if (r.algorithm !== 'sha256')
            throw new TypeError(`an OMS statement needs plain sha256 entries, got ${r.algorithm}`);
        h.update(Buffer.from(r.digest, 'hex'));
        return { name: r.name, algorithm: 'sha256', digest: r.digest };
    });
    const root = h.digest('hex');
    if (root !== tree.root.toString('hex'))
        throw new TypeError('manifest does not match the tree digest');
    return {
        _type: IN_TOTO_STATEMENT_V1,
        subject: [{ name: tree.name, digest: { sha256: root } }],
        predicateType: OMS_PREDICATE_TYPE,
        predicate: {
            serialization: { ...manifest.serialization, ignore_paths: [...manifest.serialization.ignore_paths] },
            resources,
        },
    };
}

;// CONCATENATED MODULE: ./src/digest/index.ts









/***/ })

};
