/**
 * Rules over verified TDX quotes (reference values, TD attributes, TCB status). The claims are the
 * verifier's: lowercase hex for byte fields (`td_attributes` is the 8 bytes as they sit in the quote,
 * little-endian), booleans `debug` and `sept_ve_disable`, and `tcb_status` once collateral was used.
 */
import { TD_ATTRIBUTE_BITS, TDX_MEASUREMENTS, type Policy, type TdAttributeName } from '../schema.js';
import { allowList, boolClaim, forbidTrue, hexClaim, malformed, missing, perSubject, stringClaim, type Claim, type Finding, type Rule, type RuleContext } from './common.js';

type TdxBlock = NonNullable<Policy['tdx']>;

/** One TD attribute: the verifier's boolean when it gave one (debug, sept_ve_disable), else the bit. */
function attribute(ctx: RuleContext, claims: Record<string, unknown>, name: TdAttributeName): Claim<boolean> {
  if (name === 'debug' || name === 'sept_ve_disable') {
    const b = claims[name];
    if (typeof b === 'boolean') return { ok: true, value: b };
    if (b !== undefined && b !== null) return { ok: false, finding: malformed(name, b, 'true or false') };
  }
  const raw = claims['td_attributes'];
  if (raw === undefined || raw === null) return { ok: false, finding: missing(ctx, 'td_attributes') };
  const hex = hexClaim(ctx, claims, 'td_attributes', 8);
  if (!hex.ok) return hex;
  const bit = TD_ATTRIBUTE_BITS[name];
  const byte = parseInt(hex.value.slice((bit >> 3) * 2, (bit >> 3) * 2 + 2), 16);
  return { ok: true, value: (byte & (1 << (bit & 7))) !== 0 };
}

type EventPin = NonNullable<TdxBlock['event_log']>['events'][number];
interface LoggedEvent {
  rtmr: number;
  type: string;
  name: string | null;
  digest: string;
  payload?: string;
}

function pinMatches(p: EventPin, e: LoggedEvent): boolean {
  return (
    p.rtmr === e.rtmr &&
    (p.name === undefined || p.name === e.name) &&
    (p.type === undefined || Number(e.type) === p.type) &&
    (p.digest === undefined || p.digest === e.digest) &&
    (p.payload === undefined || p.payload === e.payload)
  );
}

function describePin(p: EventPin): string {
  const parts = [`RTMR${p.rtmr}`, p.name !== undefined ? JSON.stringify(p.name) : null, p.type !== undefined ? `type 0x${p.type.toString(16)}` : null];
  if (p.digest !== undefined) parts.push(`digest ${p.digest.slice(0, 16)}…`);
  if (p.payload !== undefined) parts.push(`payload ${p.payload.length > 32 ? `${p.payload.slice(0, 32)}…` : p.payload}`);
  return parts.filter((x) => x !== null).join(' ');
}

/**
 * `tdx.event_log.replay`: the verifier replayed an event log to the quote's RTMRs (claim
 * `event_log_replay`). No log at all denies: the policy asked for one. `tdx.event_log.events`: each
 * pinned event appears in that log, which counts only when it replays.
 */
function eventLogRules(block: NonNullable<TdxBlock['event_log']>, ctx: RuleContext): Rule[] {
  const replayed = (claims: Record<string, unknown>): { ok: true; events: LoggedEvent[] } | { ok: false; finding: Finding } => {
    const r = claims['event_log_replay'];
    if (r === undefined || r === null) return { ok: false, finding: { outcome: 'deny', observed: 'none', detail: 'no event log was presented with the quote' } };
    if (r !== 'match' && r !== 'mismatch') return { ok: false, finding: malformed('event_log_replay', r, 'match or mismatch') };
    if (r === 'mismatch') return { ok: false, finding: { outcome: 'deny', observed: 'mismatch', detail: 'the event log does not replay to the RTMRs of the verified quote' } };
    const events = claims['event_log_events'];
    if (!Array.isArray(events)) return { ok: false, finding: missing(ctx, 'event_log_events') };
    return { ok: true, events: events as LoggedEvent[] };
  };
  const rules: Rule[] = [
    perSubject('tdx.event_log.replay', 'match', (s) => {
      const r = replayed(s.claims);
      if (!r.ok) return r.finding;
      const regs = Array.isArray(s.claims['event_log_rtmrs']) ? (s.claims['event_log_rtmrs'] as string[]).join(', ') : 'the RTMRs';
      return { outcome: 'pass', observed: 'match', detail: `the event log replays to ${regs} of the verified quote` };
    }),
  ];
  if (block.events.length > 0) {
    rules.push(
      perSubject('tdx.event_log.events', block.events.map(describePin).join('; '), (s) => {
        const r = replayed(s.claims);
        if (!r.ok) return { ...r.finding, detail: `pinned events not evaluated: ${r.finding.detail}` };
        const absent = block.events.filter((p) => !r.events.some((e) => pinMatches(p, e)));
        return absent.length === 0
          ? { outcome: 'pass', observed: `${block.events.length} pinned event(s) found`, detail: 'every pinned event is in the event log that replays' }
          : { outcome: 'deny', observed: `missing: ${absent.map(describePin).join('; ')}`, detail: 'a pinned event is not in the event log that replays' };
      }),
    );
  }
  return rules;
}

export function tdxRules(block: TdxBlock, ctx: RuleContext): Rule[] {
  const rules: Rule[] = [];
  if (block.debug === 'forbid') {
    rules.push(
      forbidTrue(
        'tdx.debug',
        (c) => (c['debug'] === undefined && c['td_attributes'] !== undefined ? attribute(ctx, c, 'debug') : boolClaim(ctx, c, 'debug')),
        'the TD runs in debug mode: the host can read and change its memory and state',
        'the TD is not a debug TD',
      ),
    );
  }
  for (const m of TDX_MEASUREMENTS) {
    const allowed = block[m];
    if (allowed !== undefined) rules.push(allowList(ctx, `tdx.${m}`, allowed, (c) => hexClaim(ctx, c, m, 48), m.toUpperCase()));
  }
  const attrs = block.td_attributes;
  if (attrs) {
    for (const name of [...attrs.forbid, ...attrs.require]) {
      const want = attrs.require.includes(name);
      rules.push(
        perSubject(`tdx.td_attributes.${name}`, want ? 'set' : 'clear', (s) => {
          const a = attribute(ctx, s.claims, name);
          if (!a.ok) return a.finding;
          const observed = a.value ? 'set' : 'clear';
          return a.value === want
            ? { outcome: 'pass', observed, detail: `TD attribute ${name} is ${observed}, as the policy ${want ? 'requires' : 'asks'}` }
            : { outcome: 'deny', observed, detail: `TD attribute ${name} is ${observed}; the policy ${want ? 'requires' : 'forbids'} it` };
        }),
      );
    }
  }
  if (block.xfam !== undefined) rules.push(allowList(ctx, 'tdx.xfam', block.xfam, (c) => hexClaim(ctx, c, 'xfam', 8), 'XFAM'));
  const min = block.min_tcb;
  if (min?.tee_tcb_svn !== undefined) {
    const want = Buffer.from(min.tee_tcb_svn, 'hex');
    rules.push(
      perSubject('tdx.min_tcb.tee_tcb_svn', `each byte at least ${min.tee_tcb_svn}`, (s) => {
        const c = hexClaim(ctx, s.claims, 'tee_tcb_svn', 16);
        if (!c.ok) return c.finding;
        const got = Buffer.from(c.value, 'hex');
        const low = [...want].map((w, i) => (got[i]! < w ? i : -1)).filter((i) => i >= 0);
        return low.length === 0
          ? { outcome: 'pass', observed: c.value, detail: 'every TEE_TCB_SVN component is at or above the minimum' }
          : { outcome: 'deny', observed: c.value, detail: `TEE_TCB_SVN component(s) ${low.join(', ')} below the minimum` };
      }),
    );
  }
  for (const [key, claim, what] of [
    ['pce_svn', 'pck_pce_svn', "the PCK certificate's PCE SVN"],
    ['qe_svn', 'qe_svn', 'the QE SVN'],
  ] as const) {
    const floor = min?.[key];
    if (floor === undefined) continue;
    rules.push(
      perSubject(`tdx.min_tcb.${key}`, `at least ${floor}`, (s) => {
        const v = s.claims[claim];
        if (v === undefined || v === null) return missing(ctx, claim);
        if (typeof v !== 'number') return malformed(claim, v, 'a number');
        return v >= floor
          ? { outcome: 'pass', observed: String(v), detail: `${what} ${v} is at least ${floor}` }
          : { outcome: 'deny', observed: String(v), detail: `${what} ${v} is below the minimum ${floor}` };
      }),
    );
  }
  if (block.event_log) rules.push(...eventLogRules(block.event_log, ctx));
  const tcb = block.tcb_status;
  if (tcb) {
    const expected = [...tcb.pass.map((s) => `${s} (pass)`), ...tcb.hold.map((s) => `${s} (hold)`)].join(', ') || null;
    rules.push(
      perSubject('tdx.tcb_status', expected, (s) => {
        const c = stringClaim(ctx, s.claims, 'tcb_status');
        if (!c.ok) {
          return c.finding.observed === null
            ? { ...c.finding, detail: 'not evaluated: no TCB status (the verifier had no TCB collateral)' }
            : c.finding;
        }
        if (tcb.pass.includes(c.value)) return { outcome: 'pass', observed: c.value, detail: `TCB status ${c.value} passes this policy` };
        if (tcb.hold.includes(c.value)) return { outcome: 'hold', observed: c.value, detail: `TCB status ${c.value} holds under this policy` };
        return { outcome: 'deny', observed: c.value, detail: `TCB status ${c.value} is not listed by this policy` };
      }),
    );
  }
  return rules;
}
