export const id = 444;
export const ids = [444];
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

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMPARE_FILE: () => (/* binding */ COMPARE_FILE),
/* harmony export */   writeCompare: () => (/* binding */ writeCompare)
/* harmony export */ });
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


/***/ })

};
