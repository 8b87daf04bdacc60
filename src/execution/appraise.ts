import type { Binding } from '../binding/binding.js';
import { RUNTIME_EVENT_TYPE, type TdxEvent } from '../evidence/formats/tdx-eventlog.js';
import type { VerifiedEvidence } from '../evidence/types.js';
import type { Policy } from '../policy/schema.js';
import type { Check } from '../policy/types.js';
import { EXECUTION_VERSION, RTMR3, decodeEventLog, isOurs, readOurEvent, sameJob, type ReadEvent } from './events.js';

/**
 * The verifier's side of the execution tier (docs/execution.md), shared by `create` (self-appraisal)
 * and `verify`: no I/O, no trust in the receipt. The events examined are the ones the TDX verifier
 * replayed to the quoted RTMR3 (its `event_log_events` claim, payloads recomputed into digests), so
 * what is checked is exactly what the quote vouches for.
 */

export interface ExecutionDigests {
  begin_event_digest: string;
  seal_event_digest: string;
}

export interface ExecutionSection {
  v: typeof EXECUTION_VERSION;
  session: string;
  event_log: string;
  begin: { index: number; digest: string } | null;
  seal: { index: number; digest: string; exit_status: number | null } | null;
  other_events: { index: number; rtmr: number; type: string; name: string | null; digest: string }[];
  tier_reason: string;
}

export interface LogView {
  /** RTMR3 events in log order (index = position in the replayed RTMR3 sequence). */
  events: TdxEvent[];
  /** compute-receipt events of any job, read back. */
  ours: ReadEvent[];
  /** This job's events (payload session equal), in order. */
  mine: Extract<ReadEvent, { ok: true }>[];
  begin: Extract<ReadEvent, { ok: true; phase: 'begin' }> | null;
  seal: Extract<ReadEvent, { ok: true; phase: 'seal' }> | null;
}

export function viewOf(events: readonly TdxEvent[], session: string): LogView {
  const rt = events.filter((e) => e.rtmr === RTMR3);
  const ours = rt.map((e, i) => (isOurs(e) ? readOurEvent(e, i) : null)).filter((x): x is ReadEvent => x !== null);
  const mine = ours.filter((e): e is Extract<ReadEvent, { ok: true }> => e.ok && e.payload.session === session);
  const begin = (mine.find((e) => e.phase === 'begin') ?? null) as LogView['begin'];
  const seal = (mine.find((e) => e.phase === 'seal') ?? null) as LogView['seal'];
  return { events: rt, ours, mine, begin, seal };
}

/** The log file's events, for the binding (before any evidence is verified); null when unreadable. */
export function viewOfLogBytes(bytes: Uint8Array | null, session: string): LogView | null {
  if (!bytes) return null;
  try {
    return viewOf(decodeEventLog(bytes, 'event log'), session);
  } catch {
    return null;
  }
}

export function bindingDigests(v: LogView | null): ExecutionDigests | null {
  return v?.begin && v.seal ? { begin_event_digest: v.begin.digest, seal_event_digest: v.seal.digest } : null;
}

/** The replayed events from a verified quote's claims (runtime events carry their payload). */
export function replayedEvents(e: VerifiedEvidence): TdxEvent[] | null {
  const list = e.claims['event_log_events'];
  if (!Array.isArray(list)) return null;
  return list.map((x) => {
    const o = x as { rtmr: number; type: string; name: string | null; digest: string; payload?: string };
    return { rtmr: o.rtmr, type: Number(o.type), name: o.name, digest: o.digest, data: o.payload ?? '', source: o.payload === undefined ? 'ccel' : 'runtime' } as TdxEvent;
  });
}

/** The quote the execution flow is judged against: a verified TDX (or simulated) quote bound to this job. */
export function executionQuote(evidence: readonly VerifiedEvidence[]): VerifiedEvidence | null {
  return evidence.find((e) => (e.kind === 'tdx' || e.kind === 'simulated') && e.status === 'verified' && e.bindingMatches === true) ?? null;
}

const check = (id: string, outcome: Check['outcome'], observed: string | null, expected: string, detail: string): Check => ({ id, outcome, observed, expected, detail });

/**
 * Every execution check, each named (docs/execution.md). Tampering or a misbehaving job denies;
 * a check that cannot be evaluated (no verified quote with a replayed log) holds, never passes.
 */
export function executionChecks(session: string, binding: Binding, evidence: readonly VerifiedEvidence[]): { checks: Check[]; view: LogView | null } {
  const q = executionQuote(evidence);
  const replay = q?.claims['event_log_replay'];
  const regs = Array.isArray(q?.claims['event_log_rtmrs']) ? (q!.claims['event_log_rtmrs'] as string[]) : [];
  const events = q ? replayedEvents(q) : null;
  if (!q || !events || replay !== 'match' || !regs.includes('rtmr3')) {
    const why = !q
      ? 'no verified TDX quote bound to this job'
      : replay === undefined
        ? 'no RTMR3 event log travelled with the quote'
        : replay !== 'match'
          ? 'the event log does not replay to the RTMRs of the quote (an event dropped, changed, added or reordered)'
          : 'the replayed log does not cover RTMR3';
    // With a verified quote, a log that does not replay (or none) is evidence against the events; without one, nothing can be judged.
    const outcome = q ? 'deny' : 'hold';
    return {
      checks: [check('execution.replay', outcome, replay === undefined ? 'none' : String(replay), 'the RTMR3 event log replays to the quoted RTMR3', `${why}; the begin and seal events cannot be trusted`)],
      view: null,
    };
  }
  const checks: Check[] = [
    check('execution.replay', 'pass', `match (${regs.join(', ')})`, 'the RTMR3 event log replays to the quoted RTMR3', `${events.filter((e) => e.rtmr === RTMR3).length} RTMR3 event(s) replay to the RTMR3 of the verified quote`),
  ];
  const v = viewOf(events, session);

  const bad = v.ours.filter((e): e is Extract<ReadEvent, { ok: false }> => !e.ok);
  checks.push(
    bad.length === 0
      ? check('execution.event_log', 'pass', `${v.ours.length} compute-receipt event(s)`, 'every compute-receipt event well-formed', 'every compute-receipt event in the log has a well-formed RFC 8785 payload')
      : check('execution.event_log', 'deny', bad.map((b) => `event ${b.index} (${b.name}): ${b.why}`).join('; '), 'every compute-receipt event well-formed', 'a compute-receipt event in the replayed log is malformed'),
  );

  // Exactly one begin, then one seal, of this job; the seal names the begin.
  const seq = v.mine.map((e) => e.phase).join(', ') || 'none';
  const orderProblems: string[] = [];
  const begins = v.mine.filter((e) => e.phase === 'begin').length;
  const seals = v.mine.filter((e) => e.phase === 'seal').length;
  if (begins === 0) orderProblems.push(seals > 0 ? 'a seal without a begin' : 'no begin event of this job');
  if (begins > 1) orderProblems.push(`${begins} begin events`);
  if (seals === 0) orderProblems.push('no seal event of this job');
  if (seals > 1) orderProblems.push(`${seals} seal events`);
  if (begins >= 1 && seals >= 1 && v.mine[0]!.phase !== 'begin') orderProblems.push('the seal comes before the begin');
  if (v.begin && v.seal && v.seal.payload.begin_event_digest !== v.begin.digest) orderProblems.push("the seal does not name this begin event's digest");
  checks.push(
    orderProblems.length === 0
      ? check('execution.order', 'pass', seq, 'begin, seal', `one begin (event ${v.begin!.index}) then one seal (event ${v.seal!.index}) of session ${session.slice(0, 16)}…`)
      : check('execution.order', 'deny', seq, 'begin, seal', `${orderProblems.join('; ')}: the job's events are not exactly one begin then one seal`),
  );

  const foreign = v.ours.filter((e) => !(e.ok && e.payload.session === session));
  const sessions = [...new Set(foreign.map((e) => (e.ok ? e.payload.session.slice(0, 16) + '…' : `unreadable event ${e.index}`)))];
  checks.push(
    foreign.length === 0
      ? check('execution.single_job', 'pass', 'one job', 'no other compute-receipt job in this boot', 'no other compute-receipt job extended RTMR3 in this boot')
      : check('execution.single_job', 'deny', `${foreign.length} event(s) of another job (${sessions.join(', ')})`, 'no other compute-receipt job in this boot', 'another compute-receipt job ran in the same boot of the TD: the runner was not ephemeral'),
  );

  const diff = (pairs: [string, unknown, unknown][]) => pairs.filter(([, a, b]) => JSON.stringify(a) !== JSON.stringify(b)).map(([k]) => k);
  if (v.begin) {
    const p = v.begin.payload;
    const d = diff([
      ['workload_digest', p.workload_digest, binding.workload_digest],
      ['workload_manifest_digest', p.workload_manifest_digest, binding.workload_manifest_digest],
      ['input_commitment', p.input_commitment, binding.input_commitment],
      ['input_manifest_digest', p.input_manifest_digest, binding.input_manifest_digest],
      ['oidc_token_digest', p.oidc_token_digest, binding.oidc_token_digest],
      ['nonce', p.nonce, binding.nonce],
    ]);
    if (!sameJob(p.job, binding.job)) d.unshift('job');
    checks.push(
      d.length === 0
        ? check('execution.begin_digests', 'pass', 'equal', 'begin event digests equal the re-derived workload and inputs', 'the workload, inputs, job, OIDC token digest and nonce measured at begin equal the re-derived ones')
        : check('execution.begin_digests', 'deny', `differ: ${d.join(', ')}`, 'begin event digests equal the re-derived workload and inputs', 'what begin measured is not what this receipt commits to (the workload or inputs changed after begin, or the begin is another job\'s)'),
    );
  } else checks.push(check('execution.begin_digests', 'deny', 'no begin event', 'begin event digests equal the re-derived workload and inputs', 'not evaluated: no begin event of this job in the replayed log'));
  if (v.seal) {
    const p = v.seal.payload;
    const d = diff([
      ['output_digest', p.output_digest, binding.output_digest],
      ['output_manifest_digest', p.output_manifest_digest, binding.output_manifest_digest],
    ]);
    if (!sameJob(p.job, binding.job)) d.unshift('job');
    checks.push(
      d.length === 0
        ? check('execution.seal_digests', 'pass', 'equal', 'seal event digests equal the re-derived outputs', 'the outputs and job measured at seal equal the re-derived ones')
        : check('execution.seal_digests', 'deny', `differ: ${d.join(', ')}`, 'seal event digests equal the re-derived outputs', 'what seal measured is not what this receipt commits to'),
    );
  } else checks.push(check('execution.seal_digests', 'deny', 'no seal event', 'seal event digests equal the re-derived outputs', 'not evaluated: no seal event of this job in the replayed log'));

  const g = gpuCheck(v.begin?.payload.gpu, evidence);
  if (g) checks.push(g);

  const want = bindingDigests(v);
  const got = binding.execution ?? null;
  checks.push(
    want && got && want.begin_event_digest === got.begin_event_digest && want.seal_event_digest === got.seal_event_digest
      ? check('execution.binding', 'pass', 'equal', "the binding's begin and seal digests equal the replayed events'", 'the quote is bound to the begin and seal events that RTMR3 replays')
      : check('execution.binding', 'deny', got ? `${got.begin_event_digest.slice(0, 16)}…, ${got.seal_event_digest.slice(0, 16)}…` : 'none', "the binding's begin and seal digests equal the replayed events'", 'the binding names begin and seal events other than the ones RTMR3 replays'),
  );
  return { checks, view: v };
}

/**
 * `execution.gpu`: the same GPUs attested at begin and at seal. At begin the agent recorded the
 * device ids of the GPU evidence it verified (nonce from the begin payload) in the begin event, which
 * RTMR3 vouches for; at seal they come from the verified GPU evidence bound to this binding. Present
 * only when either point has GPU evidence; a mismatch denies, what cannot be compared holds.
 */
function gpuCheck(atBegin: { device_id: string | null }[] | undefined, evidence: readonly VerifiedEvidence[]): Check | null {
  const sealGpus = evidence
    .filter((e) => e.kind === 'nvidia-gpu' && e.status === 'verified' && e.bindingMatches === true)
    .flatMap((e) => (Array.isArray(e.claims['gpus']) ? (e.claims['gpus'] as Record<string, unknown>[]) : []))
    .map((x) => (typeof x['device_id'] === 'string' ? x['device_id'] : null));
  if (atBegin === undefined && sealGpus.length === 0) return null;
  const expected = 'the same GPUs (device ids) attested at begin and at seal';
  const show = (ids: (string | null)[]) => ids.map((i) => i ?? '(no device id)').join(', ') || 'none';
  if (atBegin === undefined || atBegin.length === 0) return check('execution.gpu', 'hold', `begin: none; seal: ${show(sealGpus)}`, expected, 'not evaluated: no GPU was attested at begin (give --evidence nvidia to begin too)');
  const b = atBegin.map((x) => x.device_id);
  if (sealGpus.length === 0) return check('execution.gpu', 'hold', `begin: ${show(b)}; seal: none`, expected, 'not evaluated: no verified GPU evidence bound to this job at seal');
  if (b.includes(null) || sealGpus.includes(null)) return check('execution.gpu', 'hold', `begin: ${show(b)}; seal: ${show(sealGpus)}`, expected, 'not evaluated: a GPU certificate names no device id');
  const same = JSON.stringify([...b].sort()) === JSON.stringify([...sealGpus].sort());
  return same
    ? check('execution.gpu', 'pass', show(b), expected, `${b.length} GPU(s), the same device ids at begin and at seal`)
    : check('execution.gpu', 'deny', `begin: ${show(b)}; seal: ${show(sealGpus)}`, expected, 'the GPUs attested at seal are not the ones attested at begin');
}

/** Whether the execution tier is reached, and why (or why not), from the whole appraisal. */
export function executionTier(checks: readonly Check[], policy: Policy, policyLabel: string, evidence: readonly VerifiedEvidence[]): { eligible: boolean; reason: string } {
  const failed = checks.filter((c) => c.id.startsWith('execution.') && c.outcome !== 'pass');
  if (failed.length) return { eligible: false, reason: `the execution checks did not all pass (${failed.map((c) => c.id).join(', ')})` };
  if (!checks.some((c) => c.id === 'execution.order')) return { eligible: false, reason: 'no begin and seal events were replayed' };
  const q = executionQuote(evidence);
  if (!q || q.kind !== 'tdx') {
    if (evidence.some((e) => e.kind === 'sev-snp')) return { eligible: false, reason: 'SEV-SNP has no runtime-extendable register: begin and seal cannot be measured' };
    return { eligible: false, reason: q?.kind === 'simulated' ? 'simulated evidence: begin and seal were replayed from a simulated RTMR3, no hardware claim' : 'no verified Intel TDX quote' };
  }
  const pins = ['mr_td', 'rtmr0', 'rtmr1', 'rtmr2'] as const;
  const unpinned = pins.filter((k) => !(policy.tdx?.[k]?.length));
  if (unpinned.length) return { eligible: false, reason: `policy ${policyLabel} does not pin the measured image (${unpinned.map((k) => `tdx.${k}`).join(', ')} not set)` };
  const notPass = pins.filter((k) => checks.find((c) => c.id === `tdx.${k}`)?.outcome !== 'pass');
  if (notPass.length) return { eligible: false, reason: `the measured image does not match policy ${policyLabel} (${notPass.map((k) => `tdx.${k}`).join(', ')})` };
  return { eligible: true, reason: `begin and seal of this job replayed from RTMR3 of a verified TDX quote whose MRTD and RTMR0-2 policy ${policyLabel} pins` };
}

/** The receipt's `execution` section from the replayed view (or from the log file when none replayed). */
export function executionSection(session: string, eventLog: string, v: LogView | null, tierReason: string): ExecutionSection {
  const mine = new Set([v?.begin?.index, v?.seal?.index].filter((x): x is number => x !== undefined));
  return {
    v: EXECUTION_VERSION,
    session,
    event_log: eventLog,
    begin: v?.begin ? { index: v.begin.index, digest: v.begin.digest } : null,
    seal: v?.seal ? { index: v.seal.index, digest: v.seal.digest, exit_status: v.seal.payload.exit_status } : null,
    other_events: (v?.events ?? [])
      .map((e, index) => ({ e, index }))
      .filter(({ index }) => !mine.has(index))
      .map(({ e, index }) => ({
        index,
        rtmr: e.rtmr,
        type: `0x${e.type.toString(16).padStart(8, '0')}`,
        name: e.name,
        digest: e.source === 'runtime' && e.type === RUNTIME_EVENT_TYPE ? readOurEventDigest(e) : e.digest,
      })),
    tier_reason: tierReason,
  };
}

function readOurEventDigest(e: TdxEvent): string {
  return readOurEvent(e, 0).digest;
}
