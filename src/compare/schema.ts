import { z } from 'zod';
import { CheckSchema, ClaimTierSchema, JobSchema } from '../receipt/schema.js';

/**
 * compare.json, version 1: the comparison receipt `compare` writes (RFC 8785 canonical JSON). It
 * names each input receipt by the SHA-256 of its receipt.json bytes, says for the workload, the
 * inputs and the outputs whether they were equal and on what basis, which files differ by name,
 * what the jobs' independence rests on, every check, the decision and the claim. Strict, and
 * exported as JSON Schema to schema/compare.v1.json (a test keeps the file current).
 */

export const COMPARE_SCHEMA_VERSION = 'compute-receipt/compare/v1' as const;

const sha256Digest = z.string().regex(/^sha256:[0-9a-f]{64}$/, 'sha256:<64 lowercase hex>');
const anyDigest = z.string().regex(/^(sha256|hmac-sha256):[0-9a-f]{64}$/, 'sha256: or hmac-sha256: + 64 lowercase hex');
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_EXCEPT_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const text = (max = 4096) => z.string().max(max).refine((s) => !CONTROL.test(s), 'must not contain control characters');
const multiline = (max = 65536) => z.string().max(max).refine((s) => !CONTROL_EXCEPT_BREAKS.test(s), 'must not contain control characters other than line breaks and tabs');
const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const Outcome = z.enum(['pass', 'hold', 'deny']);
const Basis = z.enum(['verified', 'self-reported', 'none']);
/** At most this many names per list; the count says how many there were. */
export const NAMES_MAX = 1000;
const names = z.array(text(4096)).max(NAMES_MAX);

const DifferenceSchema = z.strictObject({
  /** 1-based index of the receipt compared with receipt 1 (the reference). */
  receipt: z.number().int().min(2),
  matching: count,
  differing: names,
  differing_count: count,
  only_in_reference: names,
  only_in_reference_count: count,
  only_in_receipt: names,
  only_in_receipt_count: count,
});

const RoleSchema = z.strictObject({
  /** equal: every receipt has the same files with the same digests; differ; not-compared (held, see detail). */
  result: z.enum(['equal', 'differ', 'not-compared']),
  /** How the values compared were derived (re-hashed files, or the saved manifests checked against the bound digests). */
  basis: text(1024),
  /** Receipt 1's digest or commitment (as the verifier re-derived it), or null for none. */
  digest: anyDigest.nullable(),
  files: count.nullable(),
  /** Files of receipt 1 equal in every receipt (allowed-to-differ files not counted). */
  matching: count.nullable(),
  differences: z.array(DifferenceSchema).max(1000),
  detail: multiline(),
});

export const CompareSchema = z.strictObject({
  schema_version: z.literal(COMPARE_SCHEMA_VERSION),
  /** The verifier's clock when it compared. */
  compared_at: z.string().max(64),
  producer: z.strictObject({ name: z.literal('compute-receipt'), version: z.string().max(64).regex(/^[0-9A-Za-z.+-]+$/) }),
  policy: z.strictObject({ policy_id: text(64), policy_version: z.number().int().positive(), policy_digest: sha256Digest }),
  receipts: z
    .array(
      z.strictObject({
        /** SHA-256 of the receipt.json bytes: this names the receipt. */
        digest: sha256Digest,
        receipt_id: text(256),
        job: JobSchema,
        job_label: text(2048),
        /** The saved OIDC token: verified by the verifier, failed, unavailable (no key set), or none saved. */
        oidc: z.enum(['verified', 'failed', 'unavailable', 'none']),
        /** The OIDC-verified run (repository, run id, run attempt), when verified. */
        oidc_run: text(512).nullable(),
        /** Platform identifiers from verified TEE evidence (SNP chip id, TDX PCK PPID / FMSPC). */
        platforms: z.array(text(512)).max(100),
        runner: z.record(z.string().max(64).regex(/^[a-z_]+$/), text(1024)),
        provider: text(1024).nullable(),
        /** Job context, runner and provider are the producer's word unless `oidc_run` / `platforms` say otherwise. */
        self_reported: z.array(z.enum(['job', 'runner', 'provider'])).max(3),
        verify: z.strictObject({
          ok: z.boolean(),
          mismatches: count,
          decision: Outcome,
          claim_tier: ClaimTierSchema,
          allowed_claim: multiline(),
        }),
      }),
    )
    .min(1)
    .max(1000),
  workload: RoleSchema,
  inputs: RoleSchema,
  outputs: RoleSchema.extend({
    /** The outputs digest without the files the policy allows to differ (null when none were left out). */
    compared_digest: sha256Digest.nullable(),
    allowed_to_differ: z
      .array(z.strictObject({ name: text(4096), reason: multiline(1024), receipts: z.array(z.number().int().min(2)).max(1000) }))
      .max(NAMES_MAX),
  }),
  independence: z.strictObject({
    min_receipts: count,
    distinct_receipts: count,
    jobs: z.strictObject({ required: z.enum(['verified', 'self-reported']), basis: Basis, verified: count, self_reported: count }),
    runners: z.strictObject({ required: z.enum(['verified', 'self-reported', 'not-required']), basis: Basis, verified: count, self_reported: count }),
    providers: z.strictObject({ required: z.enum(['self-reported', 'not-required']), basis: Basis, verified: count, self_reported: count }),
  }),
  checks: z.array(CheckSchema).max(10_000),
  decision: z.strictObject({ status: Outcome, reason: multiline() }),
  claim_tier: z.enum(['reproduced', 'none', 'denied']),
  allowed_claim: multiline(),
  blocked_claims: z.array(multiline()).max(100),
});

export type CompareReceipt = z.infer<typeof CompareSchema>;
export type RoleComparison = z.infer<typeof RoleSchema>;

/** JSON Schema (draft 2020-12) of compare.json, as committed in schema/compare.v1.json. */
export function compareJsonSchema(): Record<string, unknown> {
  const js = z.toJSONSchema(CompareSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $id: 'urn:compute-receipt:schema:compare:v1', title: 'compute-receipt comparison v1', ...js };
}
