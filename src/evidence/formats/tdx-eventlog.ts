import { z } from 'zod';
import { ByteReader } from './reader.js';
import { InputError } from '../../util/errors.js';

/**
 * TDX event logs: bytes -> typed events, no crypto.
 *
 * - The CCEL: the ACPI "CCEL" table (36-byte header, CC type, subtype, LAML, LASA) and its log area,
 *   a TCG2 crypto-agile event log (TCG PC Client Platform Firmware Profile): first a SHA-1-format
 *   Spec ID event (EV_NO_ACTION) naming the digest algorithms and sizes, then TCG_PCR_EVENT2 records
 *   {index u32, type u32, digest count u32, (alg u16, digest)*, size u32, data}. For a TD the index
 *   is the CC measurement register: 1..4 = RTMR0..3 (0 = MRTD, never extended by a log). The log area
 *   is padded with 0xFF (or zeros) after the last event.
 * - Runtime event logs in dstack's JSON form: a list of {imr, event_type, digest, event,
 *   event_payload} (imr 0..3 = RTMR0..3), either alone or in an object `{quote, event_log}` where
 *   event_log is that list or a JSON string of it.
 */

export const SHA384_ALG = 0x000c;
export const EV_NO_ACTION = 0x00000003;
/** dstack's runtime event type: digest = SHA-384(le32(type) || ":" || event || ":" || payload). */
export const RUNTIME_EVENT_TYPE = 0x08000001;

export interface TdxEvent {
  /** 0..3 = RTMR0..3. */
  rtmr: number;
  type: number;
  /** SHA-384 digest as recorded (lowercase hex; empty when the log left it blank). */
  digest: string;
  /** Runtime events: the event name. */
  name: string | null;
  /** The event data (CCEL) or payload (runtime), lowercase hex. */
  data: string;
  source: 'ccel' | 'runtime';
}

export interface CcelTable {
  length: number;
  revision: number;
  ccType: number;
  ccSubtype: number;
  /** Log area minimum length. */
  laml: bigint;
  /** Log area start address. */
  lasa: bigint;
}

export function isCcelTable(b: Uint8Array): boolean {
  return b.byteLength >= 56 && Buffer.from(b.buffer, b.byteOffset, 4).toString('latin1') === 'CCEL';
}

export function parseCcelTable(bytes: Uint8Array): CcelTable {
  const r = new ByteReader(bytes, 'CCEL ACPI table');
  const sig = r.bytes(4, 'signature').toString('latin1');
  if (sig !== 'CCEL') throw r.malformed(`signature ${JSON.stringify(sig)} is not CCEL`);
  const length = r.u32('length');
  if (length < 56 || length > bytes.byteLength) throw r.malformed(`length ${length} does not fit ${bytes.byteLength} bytes`);
  const revision = r.u8('revision');
  r.bytes(1 + 6 + 8 + 4 + 4 + 4, 'header');
  const ccType = r.u8('cc_type');
  const ccSubtype = r.u8('cc_subtype');
  r.bytes(2, 'reserved');
  return { length, revision, ccType, ccSubtype, laml: r.bytes(8, 'laml').readBigUInt64LE(0), lasa: r.bytes(8, 'lasa').readBigUInt64LE(0) };
}

/** Whether bytes start like a TCG2 log: index 0, EV_NO_ACTION, 20 zero bytes, "Spec ID Event03". */
export function isTcg2Log(b: Uint8Array): boolean {
  if (b.byteLength < 48) return false;
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  return buf.readUInt32LE(4) === EV_NO_ACTION && buf.subarray(32, 47).toString('latin1') === 'Spec ID Event03';
}

export interface Tcg2Log {
  algorithms: { id: number; size: number }[];
  events: TdxEvent[];
}

export function parseTcg2Log(bytes: Uint8Array): Tcg2Log {
  const r = new ByteReader(bytes, 'TCG2 event log');
  r.u32('spec_id.pcr_index');
  const type = r.u32('spec_id.event_type');
  if (type !== EV_NO_ACTION) throw r.malformed('the first event is not the Spec ID event (EV_NO_ACTION)');
  r.bytes(20, 'spec_id.digest');
  const size = r.u32('spec_id.event_size');
  const s = r.sub(size, 'spec_id.event', 'TCG2 Spec ID event');
  if (s.bytes(16, 'signature').toString('latin1') !== 'Spec ID Event03\0') throw s.malformed('signature is not "Spec ID Event03"');
  s.bytes(4 + 4, 'platform_class, version');
  const count = s.u32('number_of_algorithms');
  if (count === 0 || count > 16) throw s.malformed(`${count} digest algorithms`);
  const algorithms: { id: number; size: number }[] = [];
  for (let i = 0; i < count; i++) algorithms.push({ id: s.u16(`algorithm[${i}].id`), size: s.u16(`algorithm[${i}].size`) });
  const sizes = new Map(algorithms.map((a) => [a.id, a.size]));
  if (!sizes.has(SHA384_ALG)) throw s.malformed('the log records no SHA-384 digests');

  const events: TdxEvent[] = [];
  while (r.remaining >= 8) {
    const rest = r.buf.subarray(r.offset);
    // After the last event the log area is padding (0xFF, or zeros).
    if (rest.every((x) => x === 0xff) || rest.every((x) => x === 0)) break;
    const index = r.u32(`event[${events.length}].index`);
    const evType = r.u32(`event[${events.length}].type`);
    if (index === 0xffffffff || evType === 0xffffffff) break;
    const n = r.u32(`event[${events.length}].digest_count`);
    if (n === 0 || n > 16) throw r.malformed(`event ${events.length}: ${n} digests`);
    let sha384 = '';
    for (let i = 0; i < n; i++) {
      const alg = r.u16(`event[${events.length}].digest[${i}].alg`);
      const len = sizes.get(alg);
      if (len === undefined) throw r.malformed(`event ${events.length}: digest algorithm 0x${alg.toString(16)} is not declared by the Spec ID event`);
      const d = r.bytes(len, `event[${events.length}].digest[${i}]`);
      if (alg === SHA384_ALG) sha384 = d.toString('hex');
    }
    const data = r.bytes(r.u32(`event[${events.length}].size`), `event[${events.length}].data`);
    if (index < 1 || index > 4) {
      if (evType === EV_NO_ACTION) continue;
      throw r.malformed(`event ${events.length}: measurement register index ${index} is not RTMR0..3 (1..4)`);
    }
    if (evType === EV_NO_ACTION) continue;
    if (sha384 === '') throw r.malformed(`event ${events.length}: no SHA-384 digest`);
    events.push({ rtmr: index - 1, type: evType, digest: sha384, name: null, data: data.toString('hex'), source: 'ccel' });
  }
  return { algorithms, events };
}

const runtimeEvent = z.object({
  imr: z.number().int().min(0).max(3),
  event_type: z.number().int().min(0).max(0xffffffff),
  digest: z.string().regex(/^([0-9a-fA-F]{96})?$/, { error: 'must be 96 hex digits or empty' }),
  event: z.string().default(''),
  event_payload: z.string().regex(/^([0-9a-fA-F]{2})*$/, { error: 'must be hex' }).default(''),
});

/** A JSON runtime event log (a list, or a JSON string of one). Throws InputError EVIDENCE_MALFORMED. */
export function parseRuntimeEventLog(v: unknown, what = 'event log'): TdxEvent[] {
  let list = v;
  if (typeof list === 'string') {
    try {
      list = JSON.parse(list);
    } catch {
      throw new InputError('EVIDENCE_MALFORMED', `${what}: not valid JSON`);
    }
  }
  const r = z.array(runtimeEvent).safeParse(list);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new InputError('EVIDENCE_MALFORMED', `${what} at ${i.path.join('.') || '(top)'}: ${i.message}`);
  }
  return r.data.map((e) => ({
    rtmr: e.imr,
    type: e.event_type,
    digest: e.digest.toLowerCase(),
    name: e.event,
    data: e.event_payload.toLowerCase(),
    source: 'runtime' as const,
  }));
}

/** Whether parsed JSON is a quote with its event log, `{quote: "<hex>", event_log: ...}`. */
export function isQuoteWithEventLog(v: unknown): v is { quote: string; event_log: unknown } {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && typeof (v as Record<string, unknown>)['quote'] === 'string' && 'event_log' in v;
}
