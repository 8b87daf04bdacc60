import { normalizeNonce, type JobContext } from '../binding/binding.js';
import { jobLabel } from '../binding/job.js';
import type { AuxFile } from '../evidence/types.js';
import type { OutFile } from '../receipt/write.js';
import type { EvidenceWithSource } from '../run.js';
import { InputError, q } from '../util/errors.js';
import { sameJob } from './events.js';
import type { Begun } from './seal.js';

export { begin, type BeginOptions, type BeginResult } from './begin.js';
export { loadBegin, sealEvent, withBeginDefaults, EVENT_LOG_AUX, type Begun } from './seal.js';
export { executionChecks, executionSection, executionTier, viewOfLogBytes, bindingDigests, type ExecutionSection } from './appraise.js';

/** How the claims name a policy: id@sha256:<12 hex>. */
export function policyLabel(p: { policy_id: string; policy_digest: string }): string {
  return `${p.policy_id}@${p.policy_digest.slice(0, 19)}`;
}

/** The nonce begin bound; create may repeat it, never change it. */
export function beginNonce(b: Begun, given: string | undefined): string | null {
  const n = normalizeNonce(given ?? null);
  if (n !== null && n !== b.state.begin_payload.nonce) throw new InputError('USAGE', `--nonce differs from the nonce begin bound (begin state ${q(b.shown)})`);
  return b.state.begin_payload.nonce;
}

/** The job begin recorded; create must be the same job. */
export function beginJob(b: Begun, here: JobContext): JobContext {
  const then = b.state.begin_payload.job;
  if (!sameJob(here, then)) throw new InputError('USAGE', `begin state ${q(b.shown)} belongs to ${jobLabel(then)}, not ${jobLabel(here)}`);
  return then;
}

/** Where the event log sits in the receipt directory: beside the quote that replays it, else its own file. */
export function eventLogFile(items: EvidenceWithSource[], log: AuxFile, files: OutFile[]): string {
  for (const it of items) {
    if (it.verified.kind !== 'tdx' && it.verified.kind !== 'simulated') continue;
    const a = it.aux.find((x) => x.file.endsWith(`-${log.name}`));
    if (a) return a.file;
  }
  files.push({ path: 'execution/rtmr3-events.json', bytes: log.bytes });
  return 'execution/rtmr3-events.json';
}
