export const id = 444;
export const ids = [444];
export const modules = {

/***/ 26200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ BINDING_VERSION),
/* harmony export */   TI: () => (/* binding */ reportData),
/* harmony export */   hJ: () => (/* binding */ normalizeNonce),
/* harmony export */   jW: () => (/* binding */ jsonDigest),
/* harmony export */   ox: () => (/* binding */ gpuNonce),
/* harmony export */   rc: () => (/* binding */ sha256Prefixed)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _jcs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43069);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);



const BINDING_VERSION = 'compute-receipt/binding/v1';
/** SHA-512 of JCS(binding): exactly 64 bytes, the TDX REPORTDATA / SNP REPORT_DATA / configfs inblob. */
function reportData(binding) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha512').update((0,_jcs_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalBytes */ .M)(binding)).digest();
}
/** SHA-256 of JCS(binding): exactly 32 bytes, the NVIDIA SPDM nonce. */
function gpuNonce(binding) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,_jcs_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalBytes */ .M)(binding)).digest();
}
/** "sha256:" + SHA-256(JCS(value)): the digest of a manifest (or any JSON value). */
function jsonDigest(value) {
    return 'sha256:' + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,_jcs_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalBytes */ .M)(value)).digest('hex');
}
function sha256Prefixed(bytes) {
    return 'sha256:' + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
const HEX = /^[0-9a-f]*$/;
/** A relying party's nonce: lowercase hex, even length, 8..128 bytes. Uppercase is folded. */
function normalizeNonce(nonce) {
    if (nonce === undefined || nonce === null || nonce === '')
        return null;
    const n = nonce.trim().toLowerCase();
    if (!HEX.test(n) || n.length % 2 !== 0 || n.length < 16 || n.length > 256) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('USAGE', 'nonce must be 8 to 128 bytes of hex (16 to 256 hex digits)');
    }
    return n;
}


/***/ }),

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

/***/ 66785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ ReceiptSchema),
/* harmony export */   VS: () => (/* binding */ ManifestFileSchema),
/* harmony export */   Yr: () => (/* binding */ CheckSchema),
/* harmony export */   cn: () => (/* binding */ ClaimTierSchema),
/* harmony export */   f$: () => (/* binding */ SCHEMA_VERSION),
/* harmony export */   nu: () => (/* binding */ JobSchema)
/* harmony export */ });
/* unused harmony exports RFC3339, isRfc3339, JOB_ID_MAX, SerializationSchema, ManifestRefSchema, WorkloadSignatureSchema, BindingSchema, EvidenceEntrySchema, ExecutionSchema, StorageKindSchema, receiptJsonSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);

/**
 * The compute receipt, version 1 (DESIGN §7). Top-level field names follow the receipt model:
 * workload_digest, input_commitment, runtime_measurement, benchmark_result, attestation_result,
 * verifier_policy_id, policy_decision, output_digest, allowed_claim, blocked_claims.
 *
 * The schema is strict (unknown keys are rejected) and exported as JSON Schema to
 * schema/receipt.v1.json; a test proves the committed file is current.
 */
const SCHEMA_VERSION = 'compute-receipt/v1';
const sha256Digest = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^sha256:[0-9a-f]{64}$/, 'sha256:<64 lowercase hex>');
const commitment = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^(sha256|hmac-sha256):[0-9a-f]{64}$/, 'sha256: or hmac-sha256: + 64 lowercase hex');
const hex = (bytes) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`), `${bytes * 2} lowercase hex`);
/**
 * Text fields: no C0/C1 control characters and no unpaired surrogates. `multiline` text (detail
 * strings, sentences from the user's text) may hold line breaks and tabs, nothing else.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_EXCEPT_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const text = (max = 4096) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .max(max)
    .refine((s) => !CONTROL.test(s), 'must not contain control characters')
    .refine((s) => !LONE_SURROGATE.test(s), 'must be valid Unicode');
const multiline = (max = 65536) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .max(max)
    .refine((s) => !CONTROL_EXCEPT_BREAKS.test(s), 'must not contain control characters other than line breaks and tabs')
    .refine((s) => !LONE_SURROGATE.test(s), 'must be valid Unicode');
const nullableText = (max = 1024) => text(max).nullable();
/** RFC 3339 date-time with a time zone (`Z` or `±hh:mm`), and a real calendar time. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
function isRfc3339(s) {
    if (!RFC3339.test(s))
        return false;
    const t = Date.parse(s);
    if (Number.isNaN(t))
        return false;
    // Date.parse rolls over 2026-02-31; the fields must survive the round trip in UTC when the zone is Z.
    const [, mo, d] = /^\d{4}-(\d{2})-(\d{2})/.exec(s);
    const month = Number(mo);
    const day = Number(d);
    if (month < 1 || month > 12 || day < 1)
        return false;
    const year = Number(s.slice(0, 4));
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return day <= days;
}
const timestamp = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().refine(isRfc3339, 'must be an RFC 3339 date-time, e.g. 2026-01-31T12:00:00.000Z');
/** A path inside the receipt directory, as the tool names them: '/'-separated, no '.' or '..' segment. */
const relPath = text(512).refine((s) => s !== '' && !s.startsWith('/') && !s.includes('\\') && s.split('/').every((p) => p !== '' && p !== '.' && p !== '..'), "must be a relative path inside the receipt directory ('/'-separated, no '.' or '..' segments)");
/** Identifiers the tool builds itself (check ids, policy ids): a short restricted charset. */
const policyId = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(64).regex(/^[a-z0-9][a-z0-9._-]*$/, 'must match [a-z0-9][a-z0-9._-]*');
const checkId = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(200).regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'must match [A-Za-z0-9][A-Za-z0-9._:-]*');
/** A job id given by the caller or CI: printable, no control characters, at most 256 characters. */
const JOB_ID_MAX = 256;
const jobId = text(JOB_ID_MAX).min(1);
const SerializationSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    method: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['files', 'shards', 'image']),
    hash_type: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('sha256'),
    // path-components: model_signing's order; utf8-bytes: receipts written before it, still replayed.
    order: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['path-components', 'utf8-bytes']),
    shard_size: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().optional(),
    allow_symlinks: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    ignore_paths: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(text(1024).min(1)).max(10_000),
});
/** `<role>.manifest.json` as the producer writes it (read strictly by verify). */
const ManifestFileSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    serialization: SerializationSchema,
    resources: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        name: text(4096).min(1),
        algorithm: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['sha256', 'hmac-sha256']),
        digest: hex(32),
    }))
        .min(1)
        .max(10_000_000),
});
const ManifestRefSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    path: relPath,
    digest: sha256Digest,
});
const WorkloadSignatureSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    method: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['key', 'certificate', 'sigstore']),
    bundle: ManifestRefSchema,
    media_type: text(256).min(1),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['verified', 'failed', 'unavailable']),
    signer: text(4096).min(1),
    issuer: nullableText(4096),
    key_fingerprint: sha256Digest.nullable(),
    subject_digest: sha256Digest,
    covers_workload: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    detail: multiline(),
    material: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ManifestRefSchema).max(3),
});
const JobSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    id: jobId.nullable(),
    repository: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(256).regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'must be owner/name').nullable(),
    run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(32).regex(/^[0-9]+$/, 'must be decimal digits').nullable(),
    run_attempt: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(16).regex(/^[0-9]+$/, 'must be decimal digits').nullable(),
    sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^([0-9a-f]{40}|[0-9a-f]{64})$/, 'must be a 40- or 64-hex commit id').nullable(),
    workflow_ref: nullableText(1024),
});
const BindingSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    v: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('compute-receipt/binding/v1'),
    job: JobSchema,
    workload_digest: sha256Digest,
    workload_manifest_digest: sha256Digest.nullable(),
    input_commitment: commitment,
    input_manifest_digest: sha256Digest,
    output_digest: sha256Digest,
    output_manifest_digest: sha256Digest,
    benchmark_digest: sha256Digest.nullable(),
    oidc_token_digest: sha256Digest.nullable(),
    nonce: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(1024).regex(/^([0-9a-f]{2})+$/, 'even-length lowercase hex').nullable(),
    report_data: hex(64),
    gpu_nonce: hex(32),
    // Two-phase flow only (docs/execution.md).
    execution: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ begin_event_digest: hex(48), seal_event_digest: hex(48) }).optional(),
});
const OutcomeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'hold', 'deny']);
const CheckSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    id: checkId,
    outcome: OutcomeSchema,
    observed: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(65536).refine((s) => !CONTROL_EXCEPT_BREAKS.test(s), 'must not contain control characters').nullable(),
    expected: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(65536).refine((s) => !CONTROL_EXCEPT_BREAKS.test(s), 'must not contain control characters').nullable(),
    detail: multiline(),
    waiver: multiline(4096).optional(),
});
const EvidenceEntrySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['tdx', 'sev-snp', 'nvidia-gpu', 'simulated']).nullable(),
    format: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(64).regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a format name'),
    source: text(4096),
    file: relPath,
    digest: sha256Digest,
    verified: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['verified', 'failed', 'unsupported', 'unavailable']),
    binding_matches: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().nullable(),
    detail: multiline(),
    aux: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ file: relPath, digest: sha256Digest })).max(1000),
});
/** The two-phase flow's events (docs/execution.md): present when create sealed a begin state. */
const ExecutionSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    v: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('compute-receipt/execution/v1'),
    session: hex(32),
    event_log: relPath,
    begin: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ index: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(), digest: hex(48) }).nullable(),
    seal: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ index: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(), digest: hex(48), exit_status: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable() }).nullable(),
    other_events: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ index: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(), rtmr: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0).max(3), type: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^0x[0-9a-f]{8}$/), name: nullableText(1024), digest: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^([0-9a-f]{96})?$/) }))
        .max(100_000),
    tier_reason: multiline(),
});
const StorageKindSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['ephemeral', 'persistent-provider-local', 'unknown']);
const ClaimTierSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['none', 'denied', 'simulated', 'environment', 'execution']);
const count = zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const ReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(SCHEMA_VERSION),
    receipt_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^cr_[0-9a-f]{32}$/, 'cr_ + 32 lowercase hex'),
    job_id: jobId,
    issued_at: timestamp,
    issued_at_self_reported: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(true),
    producer: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        name: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('compute-receipt'),
        version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(64).regex(/^[0-9A-Za-z.+-]+$/, 'must be a version string'),
    }),
    workload_digest: sha256Digest,
    workload: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        kind: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['directory', 'file', 'image']),
        name: text(4096),
        serialization: SerializationSchema,
        files: count,
        bytes: count,
        manifest: ManifestRefSchema.nullable(),
        statement: relPath.nullable(),
        /** The workload's OpenSSF model_signing signature, when one was given (docs/model-signing.md). */
        signature: WorkloadSignatureSchema.optional(),
    }),
    input_commitment: commitment,
    input: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        scheme: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['sha256', 'hmac-sha256']),
        serialization: SerializationSchema,
        files: count,
        bytes: count,
        manifest: ManifestRefSchema,
    }),
    output_digest: sha256Digest,
    outputs: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        serialization: SerializationSchema,
        files: count,
        bytes: count,
        manifest: ManifestRefSchema,
    }),
    binding: BindingSchema,
    runtime_measurement: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        type: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['tdx', 'sev-snp', 'nvidia-gpu', 'simulated', 'none']),
        measurement_digest: sha256Digest.nullable(),
        values: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(64).regex(/^[a-z0-9_]+$/), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(4096).regex(/^[0-9A-Za-z._:+-]*$/, 'must be a hex or version value')),
    }),
    benchmark_result: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        id: text(1024).min(1),
        digest: sha256Digest,
        file: relPath,
        claim_limit: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('capacity context only; not per-job proof'),
    })
        .nullable(),
    attestation_result: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        verifier: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
            name: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('compute-receipt'),
            version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(64).regex(/^[0-9A-Za-z.+-]+$/, 'must be a version string'),
        }),
        evidence_digest: sha256Digest.nullable(),
        claim_limit: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('runtime or environment evidence only'),
        trust_roots: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('shipped'), zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ custom: sha256Digest })]),
        evidence: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(EvidenceEntrySchema).max(1000),
    }),
    verifier_policy_id: policyId,
    policy_decision: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        status: OutcomeSchema,
        reason: multiline(),
        policy_id: policyId,
        policy_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive(),
        policy_digest: sha256Digest,
        policy_file: relPath,
        decision_ceiling: OutcomeSchema,
        appraised_by: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['self', 'verifier']),
        checks: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(CheckSchema).max(100_000),
    }),
    deployment: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        self_reported: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(true),
        runner: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(64).regex(/^[a-z_]+$/), text(1024)),
        provider: nullableText(1024),
        storage: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: StorageKindSchema, note: text(1024) }),
        /** The host's GPU inventory from nvidia-smi (self-reported like everything under deployment). */
        gpu_inventory: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
            source: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('nvidia-smi'),
            driver_version: nullableText(256),
            cuda_version: nullableText(256),
            cc_mode: nullableText(64),
            gpus: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
                bus_id: nullableText(256),
                name: nullableText(256),
                architecture: nullableText(256),
                uuid: nullableText(256),
                serial: nullableText(256),
                vbios_version: nullableText(256),
            }))
                .max(1024),
        })
            .optional(),
    }),
    execution: ExecutionSchema.optional(),
    claim_tier: ClaimTierSchema,
    allowed_claim: multiline(),
    blocked_claims: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(multiline()).max(100_000),
    struck_claims: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        sentence: multiline(),
        category: text(64).min(1),
        rule: text(200).min(1),
        rewrite: multiline(),
        why: multiline(),
        source: text(4096),
        line: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive(),
    }))
        .max(100_000),
});
/** JSON Schema (draft 2020-12) of the receipt, as committed in schema/receipt.v1.json. */
function receiptJsonSchema() {
    const js = z.toJSONSchema(ReceiptSchema, { target: 'draft-2020-12' });
    return {
        $id: 'urn:compute-receipt:schema:receipt:v1',
        title: 'compute receipt v1',
        ...js,
    };
}


/***/ })

};
