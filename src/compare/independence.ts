/**
 * Independence of the compared receipts, stated by what was verified (DESIGN §6, tier `reproduced`):
 * jobs by the OIDC identity the verifier checked (run id and run attempt) or else by the job
 * context the producer wrote; runners by platform identifiers in verified TEE evidence or else by
 * the runner facts the producer wrote; providers only ever by the producer's word.
 */
import { canonicalize } from '../binding/jcs.js';
import type { JobContext } from '../binding/binding.js';
import type { VerifiedEvidence } from '../evidence/types.js';

/** The job as the producer wrote it; null when it names no job at all (then it cannot be told apart). */
export function selfReportedJob(job: JobContext): string | null {
  if (job.id === null && job.run_id === null) return null;
  return canonicalize({ repository: job.repository, run_id: job.run_id, run_attempt: job.run_attempt, id: job.id });
}

/** The run an OIDC token the verifier verified names: repository, run id and attempt. */
export function verifiedRun(claims: Record<string, unknown> | undefined): string | null {
  if (!claims) return null;
  const s = (k: string) => (typeof claims[k] === 'string' ? (claims[k] as string) : null);
  const run = s('run_id');
  if (run === null) return null;
  const attempt = s('run_attempt');
  return `${s('repository') ?? '?'} run ${run}${attempt ? ` attempt ${attempt}` : ''}`;
}

const ZERO = /^0*$/;

/**
 * Platform identifiers from evidence that verified and matched the binding: an SEV-SNP CHIP_ID
 * (unless masked), an Intel PCK certificate's PPID. FMSPC names a platform family, not one platform:
 * it is used only when no PPID is present, and then equal FMSPCs count as one platform.
 */
export function platformIds(evidence: VerifiedEvidence[]): string[] {
  const ids: string[] = [];
  for (const e of evidence) {
    if (e.status !== 'verified' || e.bindingMatches !== true || e.kind === 'simulated' || e.claims['simulated'] === true) continue;
    const c = e.claims;
    if (e.kind === 'sev-snp' && typeof c['chip_id'] === 'string' && c['mask_chip_id'] !== true && !ZERO.test(c['chip_id'])) ids.push(`sev-snp chip_id ${c['chip_id']}`);
    if (e.kind === 'tdx') {
      if (typeof c['ppid'] === 'string' && !ZERO.test(c['ppid'])) ids.push(`tdx ppid ${c['ppid']}`);
      else if (typeof c['fmspc'] === 'string') ids.push(`tdx fmspc ${c['fmspc']}`);
    }
  }
  return [...new Set(ids)].sort();
}

/** The runner as the producer wrote it; null when it wrote nothing. */
export function selfReportedRunner(runner: Record<string, string>): string | null {
  return Object.keys(runner).length ? canonicalize(runner) : null;
}

/**
 * How many of the receipts are distinct by a key: receipts with no key count for nothing, and
 * receipts sharing a key count once. For platforms (several ids per receipt), two receipts are one
 * platform when they share any id.
 */
export function distinctCount(keys: (string | null)[]): number {
  return new Set(keys.filter((k): k is string => k !== null)).size;
}

export function distinctPlatforms(ids: string[][]): number {
  // Union-find over receipts that share an identifier; receipts with none count for nothing.
  const groups: Set<string>[] = [];
  for (const own of ids) {
    if (!own.length) continue;
    const mine = new Set(own);
    for (let i = groups.length - 1; i >= 0; i--) {
      if ([...groups[i]!].some((x) => mine.has(x))) {
        for (const x of groups[i]!) mine.add(x);
        groups.splice(i, 1);
      }
    }
    groups.push(mine);
  }
  return groups.length;
}
