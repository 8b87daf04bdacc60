/** Values the appraisal produces: one Check per rule, then one Decision. */
import type { VerifiedEvidence } from '../evidence/types.js';
import type { Outcome } from './schema.js';
import type { WorkloadSignatureFacts } from '../provenance/index.js';

export type { Outcome } from './schema.js';

export interface Check {
  /** Stable id (see check-ids.ts); appears in receipts and gate messages. */
  id: string;
  outcome: Outcome;
  /** What the evidence showed, as text; null when nothing could be observed. */
  observed: string | null;
  /** What the policy asks for, as text; null when the rule has no value to show. */
  expected: string | null;
  detail: string;
  /** The waiver's reason (`any:`) when a waiver named this check; copied into the receipt. */
  waiver?: string;
}

export interface AppraisalInput {
  evidence: VerifiedEvidence[];
  /** `sha256:<hex>` */
  workloadDigest: string;
  trustRoots: 'shipped' | 'custom';
  benchmarkPresent: boolean;
  /** Reasons a verifier could not run (no network, no collateral ...), if any. */
  verifierUnavailable?: string[];
  /**
   * The paths each tree left out beyond the default ignores (the producer's `ignore_paths`): the
   * policy's `allowed_ignores` decides whether that is acceptable.
   */
  ignorePaths?: Partial<Record<TreeRole, string[]>>;
  /** The workload's model_signing signature as verified and compared (no policy applied), or null when none was given. */
  workloadSignature?: WorkloadSignatureFacts | null;
  /** How many GPUs the host listed (`nvidia-smi -q -x`, self-reported), or null when no inventory was recorded. */
  listedGpus?: number | null;
}

export type TreeRole = 'workload' | 'inputs' | 'outputs';

export interface Decision {
  status: Outcome;
  /** One sentence naming the deciding check ids. */
  reason: string;
  /** True when decision_ceiling lowered the status. */
  capped: boolean;
}

const SEVERITY: Record<Outcome, number> = { pass: 0, hold: 1, deny: 2 };

/** The more severe of two outcomes. */
export function worse(a: Outcome, b: Outcome): Outcome {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

/** The less severe of two outcomes. */
export function better(a: Outcome, b: Outcome): Outcome {
  return SEVERITY[a] <= SEVERITY[b] ? a : b;
}
