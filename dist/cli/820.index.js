export const id = 820;
export const ids = [820];
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


/***/ })

};
