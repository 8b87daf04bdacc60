export const id = 20;
export const ids = [20];
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
