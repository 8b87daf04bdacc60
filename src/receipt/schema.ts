import { z } from 'zod';

/**
 * The compute receipt, version 1 (DESIGN §7). Top-level field names follow the receipt model:
 * workload_digest, input_commitment, runtime_measurement, benchmark_result, attestation_result,
 * verifier_policy_id, policy_decision, output_digest, allowed_claim, blocked_claims.
 *
 * The schema is strict (unknown keys are rejected) and exported as JSON Schema to
 * schema/receipt.v1.json; a test proves the committed file is current.
 */

export const SCHEMA_VERSION = 'compute-receipt/v1' as const;

const sha256Digest = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'sha256:<64 lowercase hex>');
const commitment = z.string().regex(/^(sha256|hmac-sha256):[0-9a-f]{64}$/, 'sha256: or hmac-sha256: + 64 lowercase hex');
const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`), `${bytes * 2} lowercase hex`);

/**
 * Text fields: no C0/C1 control characters and no unpaired surrogates. `multiline` text (detail
 * strings, sentences from the user's text) may hold line breaks and tabs, nothing else.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_EXCEPT_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const text = (max = 4096) =>
  z
    .string()
    .max(max)
    .refine((s) => !CONTROL.test(s), 'must not contain control characters')
    .refine((s) => !LONE_SURROGATE.test(s), 'must be valid Unicode');
const multiline = (max = 65536) =>
  z
    .string()
    .max(max)
    .refine((s) => !CONTROL_EXCEPT_BREAKS.test(s), 'must not contain control characters other than line breaks and tabs')
    .refine((s) => !LONE_SURROGATE.test(s), 'must be valid Unicode');
const nullableText = (max = 1024) => text(max).nullable();

/** RFC 3339 date-time with a time zone (`Z` or `±hh:mm`), and a real calendar time. */
export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
export function isRfc3339(s: string): boolean {
  if (!RFC3339.test(s)) return false;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return false;
  // Date.parse rolls over 2026-02-31; the fields must survive the round trip in UTC when the zone is Z.
  const [, mo, d] = /^\d{4}-(\d{2})-(\d{2})/.exec(s)!;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  const year = Number(s.slice(0, 4));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}
const timestamp = z.string().refine(isRfc3339, 'must be an RFC 3339 date-time, e.g. 2026-01-31T12:00:00.000Z');

/** A path inside the receipt directory, as the tool names them: '/'-separated, no '.' or '..' segment. */
const relPath = text(512).refine(
  (s) => s !== '' && !s.startsWith('/') && !s.includes('\\') && s.split('/').every((p) => p !== '' && p !== '.' && p !== '..'),
  "must be a relative path inside the receipt directory ('/'-separated, no '.' or '..' segments)",
);
/** Identifiers the tool builds itself (check ids, policy ids): a short restricted charset. */
const policyId = z.string().max(64).regex(/^[a-z0-9][a-z0-9._-]*$/, 'must match [a-z0-9][a-z0-9._-]*');
const checkId = z.string().max(200).regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'must match [A-Za-z0-9][A-Za-z0-9._:-]*');
/** A job id given by the caller or CI: printable, no control characters, at most 256 characters. */
export const JOB_ID_MAX = 256;
const jobId = text(JOB_ID_MAX).min(1);

export const SerializationSchema = z.strictObject({
  method: z.enum(['files', 'shards', 'image']),
  hash_type: z.literal('sha256'),
  // path-components: model_signing's order; utf8-bytes: receipts written before it, still replayed.
  order: z.enum(['path-components', 'utf8-bytes']),
  shard_size: z.number().int().positive().optional(),
  allow_symlinks: z.boolean(),
  ignore_paths: z.array(text(1024).min(1)).max(10_000),
});

/** `<role>.manifest.json` as the producer writes it (read strictly by verify). */
export const ManifestFileSchema = z.strictObject({
  serialization: SerializationSchema,
  resources: z
    .array(
      z.strictObject({
        name: text(4096).min(1),
        algorithm: z.enum(['sha256', 'hmac-sha256']),
        digest: hex(32),
      }),
    )
    .min(1)
    .max(10_000_000),
});

export const ManifestRefSchema = z.strictObject({
  path: relPath,
  digest: sha256Digest,
});

export const WorkloadSignatureSchema = z.strictObject({
  method: z.enum(['key', 'certificate', 'sigstore']),
  bundle: ManifestRefSchema,
  media_type: text(256).min(1),
  status: z.enum(['verified', 'failed', 'unavailable']),
  signer: text(4096).min(1),
  issuer: nullableText(4096),
  key_fingerprint: sha256Digest.nullable(),
  subject_digest: sha256Digest,
  covers_workload: z.boolean(),
  detail: multiline(),
  material: z.array(ManifestRefSchema).max(3),
});

export const JobSchema = z.strictObject({
  id: jobId.nullable(),
  repository: z.string().max(256).regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'must be owner/name').nullable(),
  run_id: z.string().max(32).regex(/^[0-9]+$/, 'must be decimal digits').nullable(),
  run_attempt: z.string().max(16).regex(/^[0-9]+$/, 'must be decimal digits').nullable(),
  sha: z.string().regex(/^([0-9a-f]{40}|[0-9a-f]{64})$/, 'must be a 40- or 64-hex commit id').nullable(),
  workflow_ref: nullableText(1024),
});

export const BindingSchema = z.strictObject({
  v: z.literal('compute-receipt/binding/v1'),
  job: JobSchema,
  workload_digest: sha256Digest,
  workload_manifest_digest: sha256Digest.nullable(),
  input_commitment: commitment,
  input_manifest_digest: sha256Digest,
  output_digest: sha256Digest,
  output_manifest_digest: sha256Digest,
  benchmark_digest: sha256Digest.nullable(),
  oidc_token_digest: sha256Digest.nullable(),
  nonce: z.string().max(1024).regex(/^([0-9a-f]{2})+$/, 'even-length lowercase hex').nullable(),
  report_data: hex(64),
  gpu_nonce: hex(32),
  // Two-phase flow only (docs/execution.md).
  execution: z.strictObject({ begin_event_digest: hex(48), seal_event_digest: hex(48) }).optional(),
});

const OutcomeSchema = z.enum(['pass', 'hold', 'deny']);

export const CheckSchema = z.strictObject({
  id: checkId,
  outcome: OutcomeSchema,
  observed: z.string().max(65536).refine((s) => !CONTROL_EXCEPT_BREAKS.test(s), 'must not contain control characters').nullable(),
  expected: z.string().max(65536).refine((s) => !CONTROL_EXCEPT_BREAKS.test(s), 'must not contain control characters').nullable(),
  detail: multiline(),
  waiver: multiline(4096).optional(),
});

export const EvidenceEntrySchema = z.strictObject({
  kind: z.enum(['tdx', 'sev-snp', 'nvidia-gpu', 'simulated']).nullable(),
  format: z.string().max(64).regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a format name'),
  source: text(4096),
  file: relPath,
  digest: sha256Digest,
  verified: z.boolean(),
  status: z.enum(['verified', 'failed', 'unsupported', 'unavailable']),
  binding_matches: z.boolean().nullable(),
  detail: multiline(),
  aux: z.array(z.strictObject({ file: relPath, digest: sha256Digest })).max(1000),
});

/** The two-phase flow's events (docs/execution.md): present when create sealed a begin state. */
export const ExecutionSchema = z.strictObject({
  v: z.literal('compute-receipt/execution/v1'),
  session: hex(32),
  event_log: relPath,
  begin: z.strictObject({ index: z.number().int().nonnegative(), digest: hex(48) }).nullable(),
  seal: z.strictObject({ index: z.number().int().nonnegative(), digest: hex(48), exit_status: z.number().int().nullable() }).nullable(),
  other_events: z
    .array(z.strictObject({ index: z.number().int().nonnegative(), rtmr: z.number().int().min(0).max(3), type: z.string().regex(/^0x[0-9a-f]{8}$/), name: nullableText(1024), digest: z.string().regex(/^([0-9a-f]{96})?$/) }))
    .max(100_000),
  tier_reason: multiline(),
});

export const StorageKindSchema = z.enum(['ephemeral', 'persistent-provider-local', 'unknown']);

export const ClaimTierSchema = z.enum(['none', 'denied', 'simulated', 'environment', 'execution']);

const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export const ReceiptSchema = z.strictObject({
  schema_version: z.literal(SCHEMA_VERSION),
  receipt_id: z.string().regex(/^cr_[0-9a-f]{32}$/, 'cr_ + 32 lowercase hex'),
  job_id: jobId,
  issued_at: timestamp,
  issued_at_self_reported: z.literal(true),
  producer: z.strictObject({
    name: z.literal('compute-receipt'),
    version: z.string().max(64).regex(/^[0-9A-Za-z.+-]+$/, 'must be a version string'),
  }),

  workload_digest: sha256Digest,
  workload: z.strictObject({
    kind: z.enum(['directory', 'file', 'image']),
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
  input: z.strictObject({
    scheme: z.enum(['sha256', 'hmac-sha256']),
    serialization: SerializationSchema,
    files: count,
    bytes: count,
    manifest: ManifestRefSchema,
  }),

  output_digest: sha256Digest,
  outputs: z.strictObject({
    serialization: SerializationSchema,
    files: count,
    bytes: count,
    manifest: ManifestRefSchema,
  }),

  binding: BindingSchema,

  runtime_measurement: z.strictObject({
    type: z.enum(['tdx', 'sev-snp', 'nvidia-gpu', 'simulated', 'none']),
    measurement_digest: sha256Digest.nullable(),
    values: z.record(z.string().max(64).regex(/^[a-z0-9_]+$/), z.string().max(4096).regex(/^[0-9A-Za-z._:+-]*$/, 'must be a hex or version value')),
  }),

  benchmark_result: z
    .strictObject({
      id: text(1024).min(1),
      digest: sha256Digest,
      file: relPath,
      claim_limit: z.literal('capacity context only; not per-job proof'),
    })
    .nullable(),

  attestation_result: z.strictObject({
    verifier: z.strictObject({
      name: z.literal('compute-receipt'),
      version: z.string().max(64).regex(/^[0-9A-Za-z.+-]+$/, 'must be a version string'),
    }),
    evidence_digest: sha256Digest.nullable(),
    claim_limit: z.literal('runtime or environment evidence only'),
    trust_roots: z.union([z.literal('shipped'), z.strictObject({ custom: sha256Digest })]),
    evidence: z.array(EvidenceEntrySchema).max(1000),
  }),

  verifier_policy_id: policyId,
  policy_decision: z.strictObject({
    status: OutcomeSchema,
    reason: multiline(),
    policy_id: policyId,
    policy_version: z.number().int().positive(),
    policy_digest: sha256Digest,
    policy_file: relPath,
    decision_ceiling: OutcomeSchema,
    appraised_by: z.enum(['self', 'verifier']),
    checks: z.array(CheckSchema).max(100_000),
  }),

  deployment: z.strictObject({
    self_reported: z.literal(true),
    runner: z.record(z.string().max(64).regex(/^[a-z_]+$/), text(1024)),
    provider: nullableText(1024),
    storage: z.strictObject({ kind: StorageKindSchema, note: text(1024) }),
    /** The host's GPU inventory from nvidia-smi (self-reported like everything under deployment). */
    gpu_inventory: z
      .strictObject({
        source: z.literal('nvidia-smi'),
        driver_version: nullableText(256),
        cuda_version: nullableText(256),
        cc_mode: nullableText(64),
        gpus: z
          .array(
            z.strictObject({
              bus_id: nullableText(256),
              name: nullableText(256),
              architecture: nullableText(256),
              uuid: nullableText(256),
              serial: nullableText(256),
              vbios_version: nullableText(256),
            }),
          )
          .max(1024),
      })
      .optional(),
  }),

  execution: ExecutionSchema.optional(),
  claim_tier: ClaimTierSchema,
  allowed_claim: multiline(),
  blocked_claims: z.array(multiline()).max(100_000),
  struck_claims: z
    .array(
      z.strictObject({
        sentence: multiline(),
        category: text(64).min(1),
        rule: text(200).min(1),
        rewrite: multiline(),
        why: multiline(),
        source: text(4096),
        line: z.number().int().positive(),
      }),
    )
    .max(100_000),
});

export type Receipt = z.infer<typeof ReceiptSchema>;
export type ReceiptCheck = z.infer<typeof CheckSchema>;
export type EvidenceEntry = z.infer<typeof EvidenceEntrySchema>;
export type StorageKind = z.infer<typeof StorageKindSchema>;
export type ClaimTier = z.infer<typeof ClaimTierSchema>;
export type ReceiptSerialization = z.infer<typeof SerializationSchema>;

/** JSON Schema (draft 2020-12) of the receipt, as committed in schema/receipt.v1.json. */
export function receiptJsonSchema(): Record<string, unknown> {
  const js = z.toJSONSchema(ReceiptSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $id: 'urn:compute-receipt:schema:receipt:v1',
    title: 'compute receipt v1',
    ...js,
  };
}
