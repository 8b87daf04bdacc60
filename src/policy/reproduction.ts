/**
 * The policy block `reproduction` (DESIGN §6, tier `reproduced`): what `compare` needs before it
 * allows the claim that distinct jobs recorded the same outputs. Kept apart from the appraisal rules
 * because it is read by `compare` only; `create` and `verify` ignore it.
 */
import { z } from 'zod';

/** How the distinctness of a kind must be shown: by something the verifier checked, or the producer's word. */
export const DISTINCT_JOBS = ['verified', 'self-reported'] as const;
export const DISTINCT_RUNNERS = ['verified', 'self-reported', 'not-required'] as const;
export const DISTINCT_PROVIDERS = ['self-reported', 'not-required'] as const;

export interface AllowDiffer {
  /** A file name as the outputs manifest names it, or a folder ending in `/` (every file under it). */
  path: string;
  /** Why it may differ; copied into compare.json and shown wherever the result is. */
  reason: string;
}

export interface Reproduction {
  /** Distinct receipts needed (at least 2). */
  min_receipts: number;
  distinct: {
    /** Jobs must always be distinct; `verified` counts only jobs whose OIDC tokens verified (run id / run attempt). */
    jobs: (typeof DISTINCT_JOBS)[number];
    /** `verified`: TEE evidence names different platforms (SNP chip id, TDX PCK PPID or FMSPC). */
    runners: (typeof DISTINCT_RUNNERS)[number];
    providers: (typeof DISTINCT_PROVIDERS)[number];
  };
  /** Output files allowed to differ between the receipts, each with its reason. */
  allow_differ: AllowDiffer[];
}

const oneOf = (values: readonly string[]) => `must be one of ${values.join(', ')}`;

export const reproductionSchema = z.strictObject({
  min_receipts: z
    .number({ error: 'must be an integer of at least 2' })
    .int({ error: 'must be an integer of at least 2' })
    .min(2, { error: 'must be an integer of at least 2' })
    .max(1000, { error: 'must be at most 1000' })
    .default(2),
  distinct: z
    .strictObject({
      jobs: z.enum(DISTINCT_JOBS, { error: oneOf(DISTINCT_JOBS) }).default('self-reported'),
      runners: z.enum(DISTINCT_RUNNERS, { error: oneOf(DISTINCT_RUNNERS) }).default('not-required'),
      providers: z.enum(DISTINCT_PROVIDERS, { error: oneOf(DISTINCT_PROVIDERS) }).default('not-required'),
    })
    .prefault({}),
  allow_differ: z
    .array(
      z.strictObject({
        path: z
          .string({ error: 'must be a file name in the outputs, or a folder ending in /' })
          .min(1, { error: 'must be a file name in the outputs, or a folder ending in /' })
          .max(1024, { error: 'must be at most 1024 characters' })
          .refine((p) => !p.startsWith('/') && p.replace(/\/$/, '').split('/').every((x) => x !== '' && x !== '.' && x !== '..') && !/[\u0000-\u001f\u007f-\u009f]/.test(p), {
            error: "must be a relative name ('/'-separated, no '.' or '..' parts, no control characters)",
          }),
        reason: z.string({ error: 'must be a reason (a non-empty string)' }).trim().min(1, { error: 'must be a reason (a non-empty string)' }).max(1024, { error: 'must be at most 1024 characters' }),
      }),
      { error: 'must be a list of {path, reason}' },
    )
    .max(1000, { error: 'must list at most 1000 files' })
    .default([]),
});

/** Whether an output name is covered by an allow_differ entry (exact name, or under a folder ending in `/`). */
export function allowedToDiffer(name: string, allow: AllowDiffer[]): AllowDiffer | null {
  return allow.find((a) => (a.path.endsWith('/') ? name.startsWith(a.path) : name === a.path)) ?? null;
}
