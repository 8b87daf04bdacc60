import { z } from 'zod';
import type { JobContext } from '../binding/binding.js';
import { canonicalBytes } from '../binding/jcs.js';
import { RUNTIME_EVENT_TYPE, parseRuntimeEventLog, type TdxEvent } from '../evidence/formats/tdx-eventlog.js';
import { runtimeEventDigest } from '../evidence/verify/tdx-eventlog.js';
import { InputError } from '../util/errors.js';

/**
 * The two runtime events of the execution tier, measured into RTMR3 (docs/execution.md).
 *
 * Each is a dstack-style runtime event (type 0x08000001): its name is `compute-receipt.begin` or
 * `compute-receipt.seal`, its payload the RFC 8785 bytes of the JSON below, and its digest
 * SHA-384(le32(type) || ":" || name || ":" || payload), the value written to the RTMR. So any verifier
 * that replays dstack's runtime events replays ours too. The event log is dstack's JSON form: a list
 * of {imr, event_type, digest, event, event_payload}.
 */

export const EXECUTION_VERSION = 'compute-receipt/execution/v1' as const;
export const BEGIN_EVENT = 'compute-receipt.begin' as const;
export const SEAL_EVENT = 'compute-receipt.seal' as const;
/** Any event whose name starts with this belongs to some compute-receipt job. */
export const EVENT_PREFIX = 'compute-receipt.';
export const RTMR3 = 3;

const sha256 = z.string().regex(/^sha256:[0-9a-f]{64}$/);
const hex = (n: number) => z.string().regex(new RegExp(`^[0-9a-f]{${n * 2}}$`));
const nullableStr = z.string().max(1024).nullable();
const JobSchema = z.strictObject({
  id: nullableStr,
  repository: nullableStr,
  run_id: nullableStr,
  run_attempt: nullableStr,
  sha: nullableStr,
  workflow_ref: nullableStr,
});

export const BeginPayloadSchema = z.strictObject({
  v: z.literal(EXECUTION_VERSION),
  phase: z.literal('begin'),
  session: hex(32),
  job: JobSchema,
  workload_digest: sha256,
  workload_manifest_digest: sha256.nullable(),
  input_commitment: z.string().regex(/^(sha256|hmac-sha256):[0-9a-f]{64}$/),
  input_manifest_digest: sha256,
  oidc_token_digest: sha256.nullable(),
  nonce: z.string().regex(/^([0-9a-f]{2})+$/).max(1024).nullable(),
  /**
   * GPUs attested at begin (NVIDIA evidence whose nonce is derived from this payload without `gpu`,
   * verified by the agent then): each GPU's device id (its certificate's `NVIDIA:` identity), or null
   * when the certificate names none. Absent when no GPU evidence was asked for.
   */
  gpu: z.array(z.strictObject({ device_id: z.string().max(512).nullable() })).max(64).optional(),
});

export const SealPayloadSchema = z.strictObject({
  v: z.literal(EXECUTION_VERSION),
  phase: z.literal('seal'),
  session: hex(32),
  job: JobSchema,
  begin_event_digest: hex(48),
  output_digest: sha256,
  output_manifest_digest: sha256,
  exit_status: z.number().int().min(-2147483648).max(2147483647).nullable(),
});

export type BeginPayload = z.infer<typeof BeginPayloadSchema>;
export type SealPayload = z.infer<typeof SealPayloadSchema>;

/** One entry of the event log, in dstack's JSON form. */
export interface LogEntry {
  imr: number;
  event_type: number;
  digest: string;
  event: string;
  event_payload: string;
}

export interface MeasuredEvent {
  name: typeof BEGIN_EVENT | typeof SEAL_EVENT;
  payload: Buffer;
  /** SHA-384 event digest, 48 bytes: what is written to the RTMR. */
  digest: Buffer;
  entry: LogEntry;
}

export function measuredEvent(name: MeasuredEvent['name'], payload: BeginPayload | SealPayload): MeasuredEvent {
  const bytes = canonicalBytes(payload);
  const digest = Buffer.from(runtimeEventDigest(RUNTIME_EVENT_TYPE, name, bytes.toString('hex')), 'hex');
  return {
    name,
    payload: bytes,
    digest,
    entry: { imr: RTMR3, event_type: RUNTIME_EVENT_TYPE, digest: digest.toString('hex'), event: name, event_payload: bytes.toString('hex') },
  };
}

export function beginPayload(p: Omit<BeginPayload, 'v' | 'phase'>): BeginPayload {
  return { v: EXECUTION_VERSION, phase: 'begin', ...p };
}

export function sealPayload(p: Omit<SealPayload, 'v' | 'phase'>): SealPayload {
  return { v: EXECUTION_VERSION, phase: 'seal', ...p };
}

/** The log as text: one canonical JSON list, newline-terminated. */
export function encodeEventLog(entries: readonly LogEntry[]): string {
  return '[' + entries.map((e) => JSON.stringify({ imr: e.imr, event_type: e.event_type, digest: e.digest, event: e.event, event_payload: e.event_payload })).join(',\n') + ']\n';
}

/** Parse an event log (dstack's JSON list). Throws InputError EVIDENCE_MALFORMED. */
export function decodeEventLog(bytes: Uint8Array, what: string): TdxEvent[] {
  return parseRuntimeEventLog(Buffer.from(bytes).toString('utf8'), what);
}

export function toEntry(e: TdxEvent): LogEntry {
  return { imr: e.rtmr, event_type: e.type, digest: e.digest, event: e.name ?? '', event_payload: e.data };
}

/** A compute-receipt event read back from a log: its recomputed digest and its parsed payload (or why not). */
export type ReadEvent =
  | { index: number; name: string; digest: string; ok: true; phase: 'begin'; payload: BeginPayload }
  | { index: number; name: string; digest: string; ok: true; phase: 'seal'; payload: SealPayload }
  | { index: number; name: string; digest: string; ok: false; why: string };

/** Whether a logged event claims to be a compute-receipt event (by name). */
export function isOurs(e: TdxEvent): boolean {
  return e.source === 'runtime' && (e.name ?? '').startsWith(EVENT_PREFIX);
}

/** The digest a runtime event extends (recomputed from name and payload; never the recorded one). */
export function eventDigest(e: TdxEvent): string {
  return e.type === RUNTIME_EVENT_TYPE && e.source === 'runtime' ? runtimeEventDigest(e.type, e.name ?? '', e.data) : e.digest;
}

export function readOurEvent(e: TdxEvent, index: number): ReadEvent {
  const name = e.name ?? '';
  const digest = eventDigest(e);
  const base = { index, name, digest };
  if (e.rtmr !== RTMR3) return { ...base, ok: false, why: `extends RTMR${e.rtmr}, not RTMR3` };
  if (e.type !== RUNTIME_EVENT_TYPE) return { ...base, ok: false, why: `event type 0x${e.type.toString(16)} is not a runtime event` };
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(e.data, 'hex').toString('utf8'));
  } catch {
    return { ...base, ok: false, why: 'payload is not JSON' };
  }
  if (!Buffer.from(e.data, 'hex').equals(canonicalBytes(value))) return { ...base, ok: false, why: 'payload is not RFC 8785 canonical JSON' };
  if (name === BEGIN_EVENT) {
    const r = BeginPayloadSchema.safeParse(value);
    return r.success ? { ...base, ok: true, phase: 'begin', payload: r.data } : { ...base, ok: false, why: `begin payload: ${r.error.issues[0]!.path.join('.')} ${r.error.issues[0]!.message}` };
  }
  if (name === SEAL_EVENT) {
    const r = SealPayloadSchema.safeParse(value);
    return r.success ? { ...base, ok: true, phase: 'seal', payload: r.data } : { ...base, ok: false, why: `seal payload: ${r.error.issues[0]!.path.join('.')} ${r.error.issues[0]!.message}` };
  }
  return { ...base, ok: false, why: `unknown compute-receipt event ${JSON.stringify(name.slice(0, 80))}` };
}

/** A job context as the events record it. */
export function sameJob(a: JobContext, b: JobContext): boolean {
  return canonicalBytes(a).equals(canonicalBytes(b));
}

export function malformedLog(what: string, why: string): InputError {
  return new InputError('EVIDENCE_MALFORMED', `${what}: ${why}`);
}
