export const id = 443;
export const ids = [443];
export const modules = {

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

/***/ 30443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ checkOutPath),
/* harmony export */   Kz: () => (/* binding */ cleanLeftovers),
/* harmony export */   b$: () => (/* binding */ checkOut),
/* harmony export */   h9: () => (/* binding */ writeReceiptDir),
/* harmony export */   writeAtomic: () => (/* binding */ writeAtomic)
/* harmony export */ });
/* unused harmony exports RECEIPT, WRITTEN_LIST, STAGING_MARK, firstForeign */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _digest_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23820);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70017);
/* harmony import */ var _util_read_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(45201);








const RECEIPT = 'receipt.json';
/** Every file create wrote into a receipt directory: exactly what a later run may replace. */
const WRITTEN_LIST = '.compute-receipt-files.json';
/** Present in a staging directory while a live run writes it: which process, on which host. */
const STAGING_MARK = '.compute-receipt-staging.json';
const WRITER = 'compute-receipt';
const LEFTOVER = /^(staging|old)-[0-9a-f]{12}$/;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
function within(parent, child) {
    return child.startsWith(parent.endsWith(node_path__WEBPACK_IMPORTED_MODULE_4__.sep) ? parent : parent + node_path__WEBPACK_IMPORTED_MODULE_4__.sep);
}
/** realpath of the longest existing prefix, with the rest appended (the output may not exist yet). */
function realOf(p) {
    const rest = [];
    let cur = p;
    for (;;) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(cur), ...rest.reverse());
        }
        catch {
            const up = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(cur);
            if (up === cur)
                return p;
            rest.push((0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(cur));
            cur = up;
        }
    }
}
function lstatOrNull(p, shown) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(p);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            return null;
        if (code === 'ENOTDIR')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('PATH_KIND', `output path ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__.q)(shown)}: a part of it is not a directory`);
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('PATH_UNREADABLE', `output path ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__.q)(shown)} cannot be checked (${code ?? String(e)})`);
    }
}
/**
 * Refuse an output path create must not write to, before anything is hashed and again before the
 * write: empty, a symlink, not a directory, the working directory or one of its parents, or a path
 * that is, contains or lies inside a hashed path (its receipt could never verify, and replacing it
 * would delete what was hashed).
 */
function checkOutPath(out, shown, guard) {
    if (out === '')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('USAGE', 'empty path for --out');
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(out);
    const st = lstatOrNull(target, shown);
    if (st?.isSymbolicLink()) {
        let to = '';
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(target);
        }
        catch {
            to = ' that points to nothing';
        }
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('OUT_UNSAFE', `--out ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__.q)(shown)} is a symlink${to}; give a directory path that is not a symlink`);
    }
    if (st && !st.isDirectory())
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('PATH_KIND', `--out ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__.q)(shown)} exists and is not a directory`);
    if (!guard)
        return;
    const real = realOf(target);
    const cwd = realOf((0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(guard.cwd));
    if (real === cwd || within(real, cwd)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('OUT_UNSAFE', `--out ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__.q)(shown)} is ${real === cwd ? 'the working directory' : 'a parent of the working directory'}; give a directory of its own, such as compute-receipt`);
    }
    for (const h of guard.hashed) {
        const hr = realOf(h.path);
        const how = real === hr ? 'is' : within(hr, real) && !ignoredIn(h, hr, real) ? 'lies inside' : within(real, hr) ? 'contains' : null;
        if (how) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('OUT_UNSAFE', `--out ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__.q)(shown)} ${how} the hashed ${h.flag} path ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__.q)(h.shown)}; write the receipt outside what is hashed`);
        }
    }
}
/** Whether `real` (inside the tree rooted at `root`) is left out of the tree by an ignore path. */
function ignoredIn(h, root, real) {
    const rel = real.slice(root.length).split(node_path__WEBPACK_IMPORTED_MODULE_4__.sep).filter(Boolean);
    if (_digest_names_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_IGNORES */ .a$.includes(rel[0]))
        return true;
    const name = [...(h.prefixed ? [(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(root)] : []), ...rel].join('/');
    return (h.ignore ?? []).some((raw) => {
        const i = raw.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
        return i !== '' && (name === i || name.startsWith(i + '/'));
    });
}
/** The files a receipt directory's list names, or null when it has no valid list. */
function writtenList(dir) {
    let j;
    try {
        j = JSON.parse((0,_util_read_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readRegularFileSync */ .cG)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, WRITTEN_LIST), { maxBytes: 1024 * 1024, what: 'file list', noFollow: true }).toString('utf8'));
    }
    catch {
        return null;
    }
    const files = j?.files;
    if (j?.written_by !== WRITER || !Array.isArray(files))
        return null;
    if (!files.every((f) => typeof f === 'string' && safeRel(f)))
        return null;
    return new Set(files);
}
function safeRel(p) {
    return p !== '' && !(0,node_path__WEBPACK_IMPORTED_MODULE_4__.isAbsolute)(p) && !p.includes('\\') && p.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}
/** The first entry (in name order) of `dir` that its list does not name, or null when everything is ours. */
function firstForeign(dir) {
    const listed = writtenList(dir) ?? new Set();
    const dirs = new Set();
    for (const f of listed) {
        const parts = f.split('/');
        for (let i = 1; i < parts.length; i++)
            dirs.add(parts.slice(0, i).join('/'));
    }
    const visit = (rel) => {
        let names;
        try {
            names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(rel === '' ? dir : (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, ...rel.split('/'))).sort();
        }
        catch {
            return rel || '.';
        }
        for (const n of names) {
            const r = rel === '' ? n : `${rel}/${n}`;
            let st;
            try {
                st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, ...r.split('/')));
            }
            catch {
                return r;
            }
            if (st.isFile() && listed.has(r))
                continue;
            if (st.isDirectory() && dirs.has(r)) {
                const inner = visit(r);
                if (inner !== null)
                    return inner;
                continue;
            }
            return r;
        }
        return null;
    };
    return visit('');
}
function refuseForeign(target, shown) {
    if (lstatOrNull(target, shown) === null)
        return;
    const foreign = firstForeign(target);
    if (foreign !== null) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('OUT_UNSAFE', `--out ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__.q)(shown)} holds ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__.q)(foreign)}, which compute-receipt did not write; it replaces only its own receipt directories (move that away or choose another --out)`);
    }
}
/** Everything create checks about the output before it hashes anything (and again before writing). */
function checkOut(out, shown, guard) {
    checkOutPath(out, shown, guard);
    refuseForeign((0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(out), shown);
}
/** Remove the files a directory's list names, then its emptied directories; anything else stays. */
async function removeWritten(dir) {
    const listed = writtenList(dir) ?? new Set();
    const dirs = new Set();
    for (const f of listed) {
        if (f === WRITTEN_LIST)
            continue;
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, ...f.split('/'))).isFile())
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, ...f.split('/')));
        }
        catch {
            /* already gone */
        }
        const parts = f.split('/');
        for (let i = 1; i < parts.length; i++)
            dirs.add(parts.slice(0, i).join('/'));
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, WRITTEN_LIST)).catch(() => undefined);
    for (const d of [...dirs].sort((a, b) => b.length - a.length))
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rmdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, ...d.split('/'))).catch(() => undefined);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rmdir)(dir).catch(() => undefined);
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        return e.code === 'EPERM';
    }
}
function stagingMark(dir) {
    try {
        const j = JSON.parse((0,_util_read_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readRegularFileSync */ .cG)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, STAGING_MARK), { maxBytes: 4096, what: 'staging mark', noFollow: true }).toString('utf8'));
        if (j.written_by !== WRITER || !Number.isSafeInteger(j.pid) || typeof j.host !== 'string')
            return null;
        return { pid: j.pid, host: j.host };
    }
    catch {
        return null;
    }
}
/**
 * Clean what killed runs left beside `target`: staging directories whose writer is gone, and old
 * receipt directories (put back when `target` is missing, else emptied of their listed files).
 * Only names of the form `.<base>.compute-receipt-(staging|old)-<12 hex>` are considered.
 */
async function cleanLeftovers(target) {
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target);
    const prefix = `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(target)}.compute-receipt-`;
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(parent).sort();
    }
    catch {
        return;
    }
    for (const name of names) {
        const m = name.startsWith(prefix) ? LEFTOVER.exec(name.slice(prefix.length)) : null;
        if (!m)
            continue;
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(parent, name);
        try {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(p).isDirectory())
                continue;
        }
        catch {
            continue;
        }
        const mark = stagingMark(p);
        if (mark) {
            if (mark.host !== (0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)() || alive(mark.pid))
                continue;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(p, { recursive: true, force: true });
            continue;
        }
        if (m[1] === 'old' && writtenList(p) !== null && firstForeign(p) === null && lstatOrNull(target, target) === null) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(p, target);
            continue;
        }
        await removeWritten(p);
    }
}
/** Defer SIGINT/SIGTERM/SIGHUP while the directory is written; the write stops cleanly, then the signal is re-raised. */
function deferSignals() {
    let pending = null;
    const handler = (sig) => {
        pending ??= sig;
    };
    for (const s of SIGNALS)
        process.on(s, handler);
    return {
        pending: () => pending,
        release: () => {
            for (const s of SIGNALS)
                process.off(s, handler);
            if (pending) {
                process.kill(process.pid, pending);
                process.exit(128 + (pending === 'SIGINT' ? 2 : pending === 'SIGTERM' ? 15 : 1));
            }
        },
    };
}
class Interrupted extends Error {
}
/**
 * Write the receipt directory so a reader only ever sees the old complete directory or the new
 * complete one: files, then the list, then receipt.json go to a staging directory beside `out`,
 * which is swapped in. Returns the path of the new receipt.json.
 */
async function writeReceiptDir(out, files, receiptJson, opts = {}) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(out);
    const shown = opts.shown ?? out;
    const names = files.map((f) => f.path);
    const last = opts.last ?? RECEIPT;
    for (const n of names) {
        if (!safeRel(n) || n === last || n === WRITTEN_LIST || n === STAGING_MARK)
            throw new Error(`writeReceiptDir: bad file path ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_6__.q)(n)}`);
    }
    if (new Set(names).size !== names.length)
        throw new Error('writeReceiptDir: a file path is given twice');
    checkOutPath(target, shown, opts.guard);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target), { recursive: true });
    await cleanLeftovers(target);
    refuseForeign(target, shown);
    const existed = lstatOrNull(target, shown) !== null;
    const tag = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex');
    const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(target)}.compute-receipt-staging-${tag}`);
    const old = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(target)}.compute-receipt-old-${tag}`);
    const list = JSON.stringify({ written_by: WRITER, files: [...names, last, WRITTEN_LIST].sort() }) + '\n';
    const signals = deferSignals();
    const stopIfSignalled = () => {
        if (signals.pending())
            throw new Interrupted();
    };
    try {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(staging);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(staging, STAGING_MARK), JSON.stringify({ written_by: WRITER, pid: process.pid, host: (0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)() }), { flag: 'wx' });
            for (const f of files) {
                stopIfSignalled();
                await writeAtomic((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(staging, ...f.path.split('/')), f.bytes);
            }
            await writeAtomic((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(staging, WRITTEN_LIST), list);
            await writeAtomic((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(staging, last), receiptJson);
            stopIfSignalled();
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(staging, STAGING_MARK));
            // From here the swap runs to its end; a signal is acted on after it (signals.release).
            if (existed)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(target, old);
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(staging, target);
            }
            catch (e) {
                if (existed)
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(old, target);
                throw e;
            }
        }
        catch (e) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true });
            // Interrupted: release() below ends the process by the signal that came.
            if (!(e instanceof Interrupted))
                throw e;
        }
        if (existed)
            await removeWritten(old);
    }
    finally {
        signals.release();
    }
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(target, last);
}
/** Write to a temporary name in the same directory, then rename over the final name. */
async function writeAtomic(path, bytes) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), { recursive: true });
    const tmp = `${path}.tmp-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(tmp, bytes, { flag: 'wx', mode: 0o644 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, path);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true });
        throw e;
    }
}


/***/ })

};
