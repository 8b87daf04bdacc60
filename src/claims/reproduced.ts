/**
 * The claim of the tier `reproduced` (DESIGN §6), written by `compare`. It says that distinct jobs
 * recorded the same outputs from the same workload and inputs, and what that distinctness rests on
 * (verified job identities, self-reported runners and providers). It never says that the outputs
 * are correct, nor that another run would produce them; both are named as not shown.
 */

export type CompareTier = 'reproduced' | 'none' | 'denied';

/** What the distinctness of one kind rests on: something the verifier checked, the producer's word, or nothing. */
export type Basis = 'verified' | 'self-reported' | 'none';

export interface ReproducedFacts {
  status: 'pass' | 'hold' | 'deny';
  /** The deciding check ids (hold or deny). */
  deciding: string[];
  policyId: string;
  policyDigest: string;
  /** Job labels of the distinct jobs, in receipt order. */
  jobs: string[];
  workloadDigest: string;
  inputCommitment: string;
  outputDigest: string;
  /** Output files the policy allowed to differ and that did, each with the policy's reason. */
  allowed: { name: string; reason: string }[];
  /** The digest of the outputs without the allowed-to-differ files (when any were left out). */
  comparedOutputDigest: string | null;
  receipts: number;
  basis: { jobs: Basis; runners: Basis; providers: Basis };
}

/** The standing claims compare always blocks, quoted as blocked, never as true. */
export const REPRODUCTION_BLOCKED_CLAIMS: readonly string[] = [
  'Matching outputs from two runs prove that the outputs are correct.',
  'Two matching runs prove that every other run will produce the same outputs.',
];

function short(d: string): string {
  const i = d.indexOf(':');
  return i >= 0 ? `${d.slice(0, i + 1)}${d.slice(i + 1, i + 13)}` : d;
}

function list(xs: string[]): string {
  if (xs.length <= 2) return xs.join(' and ');
  return `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

export function compareTier(status: ReproducedFacts['status']): CompareTier {
  return status === 'pass' ? 'reproduced' : status === 'deny' ? 'denied' : 'none';
}

function basisText(b: ReproducedFacts['basis']): string {
  const jobs =
    b.jobs === 'verified'
      ? 'the jobs are distinct by their verified OIDC identities (run id and run attempt)'
      : 'the jobs are distinct by their job context, which is self-reported';
  const runners =
    b.runners === 'verified'
      ? 'the runners are distinct by verified TEE platform identifiers'
      : b.runners === 'self-reported'
        ? 'the runners are distinct by self-report only'
        : 'distinct runners were not shown';
  const providers = b.providers === 'self-reported' ? 'the providers are distinct by self-report only' : 'distinct providers were not shown';
  return `${jobs}; ${runners}; ${providers}`;
}

/** The allowed claim for a comparison: never wider than what was compared and verified. */
export function reproducedClaim(f: ReproducedFacts): string {
  const p = `${f.policyId}@${short(f.policyDigest)}`;
  switch (compareTier(f.status)) {
    case 'reproduced': {
      const out = f.allowed.length && f.comparedOutputDigest
        ? `outputs ${short(f.comparedOutputDigest)} (every output file except ${list(f.allowed.map((a) => JSON.stringify(a.name)))}, which policy ${p} allows to differ: ${list([...new Set(f.allowed.map((a) => a.reason))])})`
        : `outputs ${short(f.outputDigest)}`;
      const jobs = list(f.jobs);
      return (
        `${jobs.charAt(0).toUpperCase()}${jobs.slice(1)} recorded the same ${out} ` +
        `from workload ${short(f.workloadDigest)} and inputs ${short(f.inputCommitment)}, compared under policy ${p}; ` +
        `${basisText(f.basis)}. ` +
        'This does not show that the outputs are correct, and it does not show that any other run would produce them.'
      );
    }
    case 'denied':
      return (
        `The verifier compared ${f.receipts} receipts under policy ${p} and the comparison was denied ` +
        `(${f.deciding.join(', ')}); no reproduction claim is allowed.`
      );
    case 'none':
      return (
        `The verifier compared ${f.receipts} receipts under policy ${p} and the comparison was held ` +
        `(${f.deciding.join(', ')}); no reproduction claim is allowed.`
      );
  }
}
