import { resolve } from 'node:path';
import type { Binding } from '../binding/binding.js';
import type { SourceDeps } from '../evidence/sources/deps.js';
import type { Rtmr3Device } from '../evidence/sources/rtmr3.js';
import type { AuxFile } from '../evidence/types.js';
import type { RunDeps } from '../run.js';
import { InputError, q } from '../util/errors.js';
import type { ExecutionDigests } from './appraise.js';
import { appendAndExtend, openRegister, readEventLog } from './begin.js';
import { SEAL_EVENT, encodeEventLog, measuredEvent, sealPayload } from './events.js';
import { readBeginState, type BeginState } from './state.js';

/**
 * The seal half of the two-phase flow, as `create --begin-state` runs it (docs/execution.md): after
 * the outputs are hashed and before the quote is taken, extend RTMR3 with `compute-receipt.seal`
 * (outputs, the begin event's digest, the exit status) and append it to the event log. The quote
 * then binds both event digests through the binding.
 */

/** The aux name the event log travels under with the quote (the TDX verifier replays it). */
export const EVENT_LOG_AUX = 'execution-rtmr3-events.json';

export interface Begun {
  state: BeginState;
  device: Rtmr3Device;
  shown: string;
}

export async function loadBegin(path: string, deps: RunDeps): Promise<Begun> {
  const state = await readBeginState(resolve(deps.cwd, path), path);
  return { state, device: openRegister(state.register, deps.sourceDeps), shown: path };
}

/**
 * Create with a begin state hashes the trees begin hashed (unless told other paths) and always the
 * way begin hashed them (symlinks, ignores, serialization), so the seal can be compared with begin.
 */
export function withBeginDefaults<T extends { workload: string[]; inputs: string[]; allowSymlinks?: boolean; ignorePaths?: string[]; serialization?: 'files' | 'shards' }>(opts: T, s: BeginState): T {
  return {
    ...opts,
    workload: opts.workload.length ? opts.workload : s.workload,
    inputs: opts.inputs.length ? opts.inputs : s.inputs,
    allowSymlinks: s.allow_symlinks,
    ignorePaths: s.ignore_paths,
    serialization: s.serialization,
  };
}

export interface Sealed {
  digests: ExecutionDigests;
  /** The whole event log after the seal, to travel with the quote. */
  log: AuxFile;
  /** What the evidence sources need (a simulated quote reports the simulated register). */
  sourceDeps: Partial<SourceDeps>;
}

export async function sealEvent(b: Begun, binding: Binding, exitStatus: number | null): Promise<Sealed> {
  const s = b.state;
  const before = await readEventLog(s.event_log);
  const session = s.begin_payload.session;
  if (!before.some((e) => e.event === 'compute-receipt.begin' && e.digest === s.begin_event_digest)) {
    throw new InputError('CONFIG_INVALID', `begin state ${q(b.shown)}: its begin event is not in the event log ${q(s.event_log)}`);
  }
  const sealedAlready = before.some((e) => {
    if (e.event !== SEAL_EVENT) return false;
    try {
      return (JSON.parse(Buffer.from(e.event_payload, 'hex').toString('utf8')) as { session?: unknown }).session === session;
    } catch {
      return false;
    }
  });
  if (sealedAlready) throw new InputError('USAGE', `begin state ${q(b.shown)} is already sealed: one seal per begin (a second seal would keep the job from the execution tier)`);
  const ev = measuredEvent(
    SEAL_EVENT,
    sealPayload({
      session,
      job: binding.job,
      begin_event_digest: s.begin_event_digest,
      output_digest: binding.output_digest,
      output_manifest_digest: binding.output_manifest_digest,
      exit_status: exitStatus,
    }),
  );
  await appendAndExtend(b.device, s.event_log, before, ev.entry, ev.digest);
  const device = b.device;
  return {
    digests: { begin_event_digest: s.begin_event_digest, seal_event_digest: ev.digest.toString('hex') },
    log: { name: EVENT_LOG_AUX, bytes: Buffer.from(encodeEventLog([...before, ev.entry])) },
    sourceDeps: device.kind === 'simulated-rtmr3' ? { simulatedRtmr3: () => device.read() } : {},
  };
}
