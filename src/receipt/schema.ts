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
const nullableString = z.string().nullable();

export const SerializationSchema = z.strictObject({
  method: z.enum(['files', 'shards', 'image']),
  hash_type: z.literal('sha256'),
  // path-components: model_signing's order; utf8-bytes: receipts written before it, still replayed.
  order: z.enum(['path-components', 'utf8-bytes']),
  shard_size: z.number().int().positive().optional(),
  allow_symlinks: z.boolean(),
  ignore_paths: z.array(z.string()),
});

export const ManifestRefSchema = z.strictObject({
  path: z.string(),
  digest: sha256Digest,
});

export const JobSchema = z.strictObject({
  id: nullableString,
  repository: nullableString,
  run_id: nullableString,
  run_attempt: nullableString,
  sha: nullableString,
  workflow_ref: nullableString,
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
  nonce: z.string().regex(/^[0-9a-f]+$/).nullable(),
  report_data: hex(64),
  gpu_nonce: hex(32),
});

const OutcomeSchema = z.enum(['pass', 'hold', 'deny']);

export const CheckSchema = z.strictObject({
  id: z.string(),
  outcome: OutcomeSchema,
  observed: nullableString,
  expected: nullableString,
  detail: z.string(),
  waiver: z.string().optional(),
});

export const EvidenceEntrySchema = z.strictObject({
  kind: z.enum(['tdx', 'sev-snp', 'nvidia-gpu', 'simulated']).nullable(),
  format: z.string(),
  source: z.string(),
  file: z.string(),
  digest: sha256Digest,
  verified: z.boolean(),
  status: z.enum(['verified', 'failed', 'unsupported', 'unavailable']),
  binding_matches: z.boolean().nullable(),
  detail: z.string(),
  aux: z.array(z.strictObject({ file: z.string(), digest: sha256Digest })),
});

export const StorageKindSchema = z.enum(['ephemeral', 'persistent-provider-local', 'unknown']);

export const ClaimTierSchema = z.enum(['none', 'denied', 'simulated', 'environment', 'execution']);

export const ReceiptSchema = z.strictObject({
  schema_version: z.literal(SCHEMA_VERSION),
  receipt_id: z.string().regex(/^cr_[0-9a-f]{32}$/),
  job_id: z.string(),
  issued_at: z.string(),
  issued_at_self_reported: z.literal(true),
  producer: z.strictObject({ name: z.literal('compute-receipt'), version: z.string() }),

  workload_digest: sha256Digest,
  workload: z.strictObject({
    kind: z.enum(['directory', 'file', 'image']),
    name: z.string(),
    serialization: SerializationSchema,
    files: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
    manifest: ManifestRefSchema.nullable(),
    statement: z.string().nullable(),
  }),

  input_commitment: commitment,
  input: z.strictObject({
    scheme: z.enum(['sha256', 'hmac-sha256']),
    serialization: SerializationSchema,
    files: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
    manifest: ManifestRefSchema,
  }),

  output_digest: sha256Digest,
  outputs: z.strictObject({
    serialization: SerializationSchema,
    files: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
    manifest: ManifestRefSchema,
  }),

  binding: BindingSchema,

  runtime_measurement: z.strictObject({
    type: z.enum(['tdx', 'sev-snp', 'nvidia-gpu', 'simulated', 'none']),
    measurement_digest: sha256Digest.nullable(),
    values: z.record(z.string(), z.string()),
  }),

  benchmark_result: z
    .strictObject({
      id: z.string(),
      digest: sha256Digest,
      file: z.string(),
      claim_limit: z.literal('capacity context only; not per-job proof'),
    })
    .nullable(),

  attestation_result: z.strictObject({
    verifier: z.strictObject({ name: z.string(), version: z.string() }),
    evidence_digest: sha256Digest.nullable(),
    claim_limit: z.literal('runtime or environment evidence only'),
    trust_roots: z.union([z.literal('shipped'), z.strictObject({ custom: sha256Digest })]),
    evidence: z.array(EvidenceEntrySchema),
  }),

  verifier_policy_id: z.string(),
  policy_decision: z.strictObject({
    status: OutcomeSchema,
    reason: z.string(),
    policy_id: z.string(),
    policy_version: z.number().int(),
    policy_digest: sha256Digest,
    policy_file: z.string(),
    decision_ceiling: OutcomeSchema,
    appraised_by: z.enum(['self', 'verifier']),
    checks: z.array(CheckSchema),
  }),

  deployment: z.strictObject({
    self_reported: z.literal(true),
    runner: z.record(z.string(), z.string()),
    provider: z.string().nullable(),
    storage: z.strictObject({ kind: StorageKindSchema, note: z.string() }),
  }),

  claim_tier: ClaimTierSchema,
  allowed_claim: z.string(),
  blocked_claims: z.array(z.string()),
  struck_claims: z.array(
    z.strictObject({
      sentence: z.string(),
      category: z.string(),
      rule: z.string(),
      rewrite: z.string(),
      why: z.string(),
      source: z.string(),
      line: z.number().int(),
    }),
  ),
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
