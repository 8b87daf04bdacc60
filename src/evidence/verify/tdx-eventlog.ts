import { createHash } from 'node:crypto';
import type { AuxFile, VerifyStep } from '../types.js';
import type { TdxQuote } from '../formats/tdx-quote.js';
import { hex } from '../formats/reader.js';
import { isCcelTable, isTcg2Log, parseCcelTable, parseRuntimeEventLog, parseTcg2Log, RUNTIME_EVENT_TYPE, type TdxEvent } from '../formats/tdx-eventlog.js';

/**
 * Event-log replay against RTMR0-3 (no policy). An event log is unsigned: it means something only
 * when replaying it gives exactly the registers the verified quote reports.
 *
 * Replay: each RTMR starts at 48 zero bytes; for each event of that register, in order,
 * RTMR = SHA-384(RTMR || digest). A runtime event (type 0x08000001) is recomputed from its name and
 * payload, SHA-384(le32(type) || ":" || name || ":" || payload), and that recomputed digest is what
 * is extended, so a changed payload byte changes the replay; a recorded digest that differs is a
 * mismatch by itself. Boot events (from the CCEL) are extended with their recorded SHA-384.
 *
 * Which registers a log speaks for: the CCEL for RTMR0-2 (and RTMR3 when it holds RTMR3 events); a
 * runtime log for RTMR3 and any register it holds events for; a quote carried with its own log
 * (`{quote, event_log}`) for all four. Where a runtime log and the CCEL both hold events for one
 * register, the runtime log's are used. A mismatch does not fail the quote (the quote verified);
 * it is the `event_log_replay` claim, which a policy can require.
 */

export interface EventLogResult {
  /** Aux file names read as event logs (the collateral reader skips them). */
  used: string[];
  steps: VerifyStep[];
  claims: Record<string, unknown>;
}

export function runtimeEventDigest(type: number, name: string, payloadHex: string): string {
  const t = Buffer.alloc(4);
  t.writeUInt32LE(type >>> 0);
  return createHash('sha384').update(Buffer.concat([t, Buffer.from(`:${name}:`, 'utf8'), Buffer.from(payloadHex, 'hex')])).digest('hex');
}

function isJsonList(b: Uint8Array): boolean {
  const t = Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, 64)).toString('utf8').trimStart();
  return t.startsWith('[');
}

/** Replay `events` into four registers; returns the registers and the problems found on the way. */
export function replay(events: readonly TdxEvent[]): { rtmr: Buffer[]; problems: string[] } {
  const rtmr = [0, 1, 2, 3].map(() => Buffer.alloc(48));
  const problems: string[] = [];
  events.forEach((e, i) => {
    let digest = e.digest;
    if (e.source === 'runtime' && e.type === RUNTIME_EVENT_TYPE) {
      const want = runtimeEventDigest(e.type, e.name ?? '', e.data);
      if (digest !== '' && digest !== want) problems.push(`event ${i} (${e.name}) records digest ${digest} but its payload hashes to ${want}`);
      digest = want;
    }
    if (digest.length !== 96) {
      problems.push(`event ${i} (RTMR${e.rtmr}, type 0x${e.type.toString(16)}) has no SHA-384 digest to extend`);
      return;
    }
    rtmr[e.rtmr] = createHash('sha384').update(rtmr[e.rtmr]!).update(Buffer.from(digest, 'hex')).digest();
  });
  return { rtmr, problems };
}

export function verifyTdxEventLogs(q: TdxQuote, aux: readonly AuxFile[], inline: TdxEvent[] | null): EventLogResult {
  const used: string[] = [];
  const steps: VerifyStep[] = [];
  let ccel: TdxEvent[] | null = null;
  const runtime: TdxEvent[] = [];
  const covered = new Set<number>();
  const sources: string[] = [];
  const bad: string[] = [];

  const table = aux.find((a) => isCcelTable(a.bytes));
  const data = aux.find((a) => isTcg2Log(a.bytes));
  if (table) used.push(table.name);
  if (data) {
    used.push(data.name);
    try {
      const t = table ? parseCcelTable(table.bytes) : null;
      if (t && t.ccType !== 2) bad.push(`${table!.name}: CC type ${t.ccType} is not TDX (2)`);
      ccel = parseTcg2Log(data.bytes).events;
      sources.push(`CCEL ${data.name} (${ccel.length} events${t ? `, ACPI table ${table!.name}` : ''})`);
      [0, 1, 2].forEach((r) => covered.add(r));
      if (ccel.some((e) => e.rtmr === 3)) covered.add(3);
    } catch (e) {
      bad.push(`${data.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  for (const a of aux) {
    if (!isJsonList(a.bytes) || used.includes(a.name)) continue;
    used.push(a.name);
    try {
      const events = parseRuntimeEventLog(Buffer.from(a.bytes).toString('utf8'), a.name);
      runtime.push(...events);
      covered.add(3);
      for (const e of events) covered.add(e.rtmr);
      sources.push(`runtime log ${a.name} (${events.length} events)`);
    } catch (e) {
      bad.push(e instanceof Error ? e.message : String(e));
    }
  }
  if (inline) {
    runtime.push(...inline);
    [0, 1, 2, 3].forEach((r) => covered.add(r));
    sources.push(`event log carried with the quote (${inline.length} events)`);
  }
  if (ccel === null && runtime.length === 0 && !inline && bad.length === 0) return { used, steps, claims: {} };

  const fromRuntime = new Set(runtime.map((e) => e.rtmr));
  const events = [...(ccel ?? []).filter((e) => !fromRuntime.has(e.rtmr)), ...runtime];
  const { rtmr, problems } = replay(events);
  problems.unshift(...bad);
  const regs = [...covered].sort();
  const compared = regs.map((r) => ({ r, ok: rtmr[r]!.equals(q.body.rtmr[r]!) }));
  for (const c of compared) if (!c.ok) problems.push(`RTMR${c.r} replays to ${hex(rtmr[c.r]!)}, the quote says ${hex(q.body.rtmr[c.r]!)}`);
  const match = problems.length === 0 && regs.length > 0;
  steps.push({
    id: 'event_log',
    ok: match,
    detail: match
      ? `${sources.join(' + ')} replays to RTMR${regs.join(', RTMR')} of the quote`
      : `event log does not replay to the quote: ${problems.join('; ')}`,
  });
  return {
    used,
    steps,
    claims: {
      event_log_replay: match ? 'match' : 'mismatch',
      event_log_rtmrs: regs.map((r) => `rtmr${r}`),
      event_log_events: events.map((e) => ({
        rtmr: e.rtmr,
        type: `0x${e.type.toString(16).padStart(8, '0')}`,
        name: e.name,
        digest: e.source === 'runtime' && e.type === RUNTIME_EVENT_TYPE ? runtimeEventDigest(e.type, e.name ?? '', e.data) : e.digest,
        ...(e.source === 'runtime' ? { payload: e.data } : {}),
      })),
    },
  };
}
