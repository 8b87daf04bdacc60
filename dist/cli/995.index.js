export const id = 995;
export const ids = [995];
export const modules = {

/***/ 63764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _r: () => (/* binding */ NAMES_MAX),
/* harmony export */   bs: () => (/* binding */ CompareSchema),
/* harmony export */   te: () => (/* binding */ COMPARE_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony export compareJsonSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _receipt_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66785);


/**
 * compare.json, version 1: the comparison receipt `compare` writes (RFC 8785 canonical JSON). It
 * names each input receipt by the SHA-256 of its receipt.json bytes, says for the workload, the
 * inputs and the outputs whether they were equal and on what basis, which files differ by name,
 * what the jobs' independence rests on, every check, the decision and the claim. Strict, and
 * exported as JSON Schema to schema/compare.v1.json (a test keeps the file current).
 */
const COMPARE_SCHEMA_VERSION = 'compute-receipt/compare/v1';
const sha256Digest = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^sha256:[0-9a-f]{64}$/, 'sha256:<64 lowercase hex>');
const anyDigest = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^(sha256|hmac-sha256):[0-9a-f]{64}$/, 'sha256: or hmac-sha256: + 64 lowercase hex');
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_EXCEPT_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const text = (max = 4096) => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(max).refine((s) => !CONTROL.test(s), 'must not contain control characters');
const multiline = (max = 65536) => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(max).refine((s) => !CONTROL_EXCEPT_BREAKS.test(s), 'must not contain control characters other than line breaks and tabs');
const count = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const Outcome = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pass', 'hold', 'deny']);
const Basis = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['verified', 'self-reported', 'none']);
/** At most this many names per list; the count says how many there were. */
const NAMES_MAX = 1000;
const names = zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(text(4096)).max(NAMES_MAX);
const DifferenceSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** 1-based index of the receipt compared with receipt 1 (the reference). */
    receipt: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(2),
    matching: count,
    differing: names,
    differing_count: count,
    only_in_reference: names,
    only_in_reference_count: count,
    only_in_receipt: names,
    only_in_receipt_count: count,
});
const RoleSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** equal: every receipt has the same files with the same digests; differ; not-compared (held, see detail). */
    result: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['equal', 'differ', 'not-compared']),
    /** How the values compared were derived (re-hashed files, or the saved manifests checked against the bound digests). */
    basis: text(1024),
    /** Receipt 1's digest or commitment (as the verifier re-derived it), or null for none. */
    digest: anyDigest.nullable(),
    files: count.nullable(),
    /** Files of receipt 1 equal in every receipt (allowed-to-differ files not counted). */
    matching: count.nullable(),
    differences: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(DifferenceSchema).max(1000),
    detail: multiline(),
});
const CompareSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(COMPARE_SCHEMA_VERSION),
    /** The verifier's clock when it compared. */
    compared_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(64),
    producer: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('compute-receipt'), version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(64).regex(/^[0-9A-Za-z.+-]+$/) }),
    policy: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ policy_id: text(64), policy_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(), policy_digest: sha256Digest }),
    receipts: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        /** SHA-256 of the receipt.json bytes: this names the receipt. */
        digest: sha256Digest,
        receipt_id: text(256),
        job: _receipt_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .JobSchema */ .nu,
        job_label: text(2048),
        /** The saved OIDC token: verified by the verifier, failed, unavailable (no key set), or none saved. */
        oidc: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['verified', 'failed', 'unavailable', 'none']),
        /** The OIDC-verified run (repository, run id, run attempt), when verified. */
        oidc_run: text(512).nullable(),
        /** Platform identifiers from verified TEE evidence (SNP chip id, TDX PCK PPID / FMSPC). */
        platforms: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(text(512)).max(100),
        runner: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().max(64).regex(/^[a-z_]+$/), text(1024)),
        provider: text(1024).nullable(),
        /** Job context, runner and provider are the producer's word unless `oidc_run` / `platforms` say otherwise. */
        self_reported: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['job', 'runner', 'provider'])).max(3),
        verify: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
            ok: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
            mismatches: count,
            decision: Outcome,
            claim_tier: _receipt_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .ClaimTierSchema */ .cn,
            allowed_claim: multiline(),
        }),
    }))
        .min(1)
        .max(1000),
    workload: RoleSchema,
    inputs: RoleSchema,
    outputs: RoleSchema.extend({
        /** The outputs digest without the files the policy allows to differ (null when none were left out). */
        compared_digest: sha256Digest.nullable(),
        allowed_to_differ: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ name: text(4096), reason: multiline(1024), receipts: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(2)).max(1000) }))
            .max(NAMES_MAX),
    }),
    independence: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        min_receipts: count,
        distinct_receipts: count,
        jobs: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ required: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['verified', 'self-reported']), basis: Basis, verified: count, self_reported: count }),
        runners: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ required: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['verified', 'self-reported', 'not-required']), basis: Basis, verified: count, self_reported: count }),
        providers: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ required: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['self-reported', 'not-required']), basis: Basis, verified: count, self_reported: count }),
    }),
    checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_receipt_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .CheckSchema */ .Yr).max(10_000),
    decision: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ status: Outcome, reason: multiline() }),
    claim_tier: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['reproduced', 'none', 'denied']),
    allowed_claim: multiline(),
    blocked_claims: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(multiline()).max(100),
});
/** JSON Schema (draft 2020-12) of compare.json, as committed in schema/compare.v1.json. */
function compareJsonSchema() {
    const js = z.toJSONSchema(CompareSchema, { target: 'draft-2020-12' });
    return { $id: 'urn:compute-receipt:schema:compare:v1', title: 'compute-receipt comparison v1', ...js };
}


/***/ }),

/***/ 71444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeCompare: () => (/* binding */ writeCompare)
/* harmony export */ });
/* unused harmony export COMPARE_FILE */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _binding_jcs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43069);
/* harmony import */ var _binding_binding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26200);
/* harmony import */ var _receipt_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30443);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63764);





const COMPARE_FILE = 'compare.json';
/**
 * Write compare.json (RFC 8785 canonical JSON) into `out` the way the receipt directory is written
 * (src/receipt/write.ts): staged and renamed, compare.json last, and an existing directory replaced
 * only when it holds nothing but what compute-receipt wrote there. The output may not lie inside a
 * compared receipt's directory. Returns the path and the SHA-256 of the bytes written.
 */
async function writeCompare(out, r, cwd, shown = out) {
    // The value was built by compare; a schema failure here is a bug, never the user's input.
    const parsed = _schema_js__WEBPACK_IMPORTED_MODULE_3__/* .CompareSchema */ .bs.parse(r.compare);
    const json = (0,_binding_jcs_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalize */ .d)(parsed) + '\n';
    const path = await (0,_receipt_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeReceiptDir */ .h9)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, out), [], json, {
        shown,
        last: COMPARE_FILE,
        guard: {
            cwd,
            hashed: r.sides.map((s, i) => ({ flag: `receipt ${i + 1}`, path: s.verify.receipt_dir, shown: s.path })),
        },
    });
    return { path, digest: (0,_binding_binding_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Prefixed */ .rc)(json) };
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


/***/ })

};
