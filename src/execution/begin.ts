import { createHash, randomBytes } from 'node:crypto';
import { canonicalBytes } from '../binding/jcs.js';
import { loadTrustRoots, parseEvidenceSpec, verifyEvidence } from '../evidence/index.js';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { jsonDigest, normalizeNonce, sha256Prefixed, type JobContext } from '../binding/binding.js';
import { jobContextFromEnv } from '../binding/job.js';
import { buildManifest, digestTree, inputCommitment, parseImageRef } from '../digest/index.js';
import { SimulatedRtmr3, SysfsRtmr3, TDX_MEASUREMENTS_DIR, replayRtmr, type Rtmr3Device } from '../evidence/sources/rtmr3.js';
import type { SourceDeps } from '../evidence/sources/deps.js';
import { writeAtomic } from '../receipt/write.js';
import { resolveAll, type RunDeps } from '../run.js';
import { InputError, q } from '../util/errors.js';
import { tracked } from '../util/progress.js';
import { readRegularFile } from '../util/read-file.js';
import { BEGIN_EVENT, type BeginPayload, beginPayload, decodeEventLog, encodeEventLog, eventDigest, isOurs, measuredEvent, toEntry, type LogEntry } from './events.js';
import { STATE_VERSION, writeBeginState, type BeginState } from './state.js';

/**
 * `begin`, the first half of the two-phase flow (docs/execution.md): after the workload and inputs
 * are staged and before the workload runs, hash them, extend RTMR3 with the `compute-receipt.begin`
 * event, append it to the event log and write the state that `create --begin-state` seals.
 */
export interface BeginOptions {
  workload: string[];
  inputs: string[];
  /** `simulated` selects the simulated RTMR3; anything else the kernel's (TDX, Linux 6.16+). */
  evidence: string[];
  state: string;
  /** The RTMR3 event log; default `rtmr3-events.json` beside the state file. */
  eventLog?: string;
  jobId?: string;
  nonce?: string;
  inputKey?: Buffer;
  oidcToken?: string;
  allowSymlinks?: boolean;
  ignorePaths?: string[];
  serialization?: 'files' | 'shards';
  /** GPU evidence at begin is verified against these roots (`--trust-roots`), fetching only with `network`. */
  trustRootsDir?: string;
  network?: boolean;
}

export interface BeginResult {
  state: BeginState;
  statePath: string;
  eventLogPath: string;
  /** What a reader should know (an event log that does not replay, another job in this boot). */
  warnings: string[];
}

export const EVENT_LOG_NAME = 'rtmr3-events.json';
export const SIMULATED_RTMR3_NAME = 'simulated-rtmr3';

/** The register a begin state names, rebuilt for seal. */
export function openRegister(r: BeginState['register'], sd: Partial<SourceDeps> | undefined): Rtmr3Device {
  return r.kind === 'simulated-rtmr3' ? new SimulatedRtmr3(r.file) : new SysfsRtmr3(r.dir, sd?.measurementsFs);
}

/** The event log at `path` (none yet: empty). */
export async function readEventLog(path: string): Promise<LogEntry[]> {
  if (!existsSync(path)) return [];
  const bytes = await readRegularFile(path, { maxBytes: 64 * 1024 * 1024, what: 'RTMR3 event log', shown: path });
  return decodeEventLog(bytes, `RTMR3 event log ${q(path)}`).map(toEntry);
}

/**
 * Append one event and extend the register, in the order that never leaves a log claiming an
 * extension that did not happen: the log is written first and put back if the kernel refuses.
 */
export async function appendAndExtend(device: Rtmr3Device, logPath: string, before: LogEntry[], entry: LogEntry, digest: Buffer): Promise<void> {
  const old = existsSync(logPath);
  await writeAtomic(logPath, encodeEventLog([...before, entry]));
  try {
    await device.extend(digest);
  } catch (e) {
    if (old) await writeAtomic(logPath, encodeEventLog(before));
    else await writeAtomic(logPath, encodeEventLog(before)).catch(() => undefined);
    throw e;
  }
}

/** The evidence specs that can attest GPUs at begin (a TDX quote there would say nothing the seal's does not). */
export function gpuSpecs(specs: string[]): string[] {
  return specs.filter((s) => s === 'nvidia' || s.startsWith('command:'));
}

/**
 * GPU evidence at begin, with a nonce derived from the begin payload (without its `gpu` field):
 * GPU nonce = SHA-256(JCS(payload)), report_data = SHA-512(JCS(payload)). The agent verifies it and
 * records each GPU's device id in the begin event; evidence that does not verify or is not bound to
 * that nonce stops begin (exit 2), so an event never records an unverified GPU.
 */
async function gpuAtBegin(opts: BeginOptions, draft: BeginPayload, deps: RunDeps): Promise<BeginPayload['gpu'] | null> {
  const specs = gpuSpecs(opts.evidence);
  if (specs.length === 0) return null;
  const bytes = canonicalBytes(draft);
  const gn = createHash('sha256').update(bytes).digest();
  const rd = createHash('sha512').update(bytes).digest();
  const roots = loadTrustRoots(opts.trustRootsDir ? resolve(deps.cwd, opts.trustRootsDir) : undefined);
  const sd = { cwd: deps.cwd, env: deps.env, ...(deps.sourceDeps ?? {}) } as SourceDeps;
  const out: NonNullable<BeginPayload['gpu']> = [];
  for (const spec of specs) {
    for (const c of await parseEvidenceSpec(spec, sd).collect(rd, gn)) {
      const v = await verifyEvidence({ bytes: c.bytes, formatHint: c.formatHint, aux: c.aux ?? [] }, `begin-${spec}`, { reportData: rd, gpuNonce: gn, trustRoots: roots, network: opts.network ?? false, at: deps.now() });
      if (v.kind !== 'nvidia-gpu') continue;
      if (v.status !== 'verified' || v.bindingMatches !== true) throw new InputError('EVIDENCE_MALFORMED', `begin: GPU evidence from ${spec} did not verify (${v.detail})`);
      const gpus = Array.isArray(v.claims['gpus']) ? (v.claims['gpus'] as Record<string, unknown>[]) : [];
      for (const g of gpus) out.push({ device_id: typeof g['device_id'] === 'string' ? g['device_id'] : null });
    }
  }
  return out;
}

/** Whether the log replays to the register's value; and whether it already holds compute-receipt events. */
export function logFacts(entries: LogEntry[], rtmr3: Buffer): { replays: boolean; jobs: number } {
  const events = decodeEventLog(Buffer.from(encodeEventLog(entries)), 'event log');
  const ours = events.filter((e) => e.rtmr === 3);
  const replays = replayRtmr(ours.map((e) => Buffer.from(eventDigest(e), 'hex'))).equals(rtmr3);
  return { replays, jobs: ours.filter((e) => isOurs(e) && e.name === BEGIN_EVENT).length };
}

export async function begin(opts: BeginOptions, deps: RunDeps): Promise<BeginResult> {
  if (!opts.state) throw new InputError('USAGE', 'begin needs --state FILE (where the begin state is written for create --begin-state)');
  if (opts.workload.length === 0) throw new InputError('USAGE', 'missing --workload (a path, or an image reference name@sha256:<hex>)');
  if (opts.inputs.length === 0) throw new InputError('USAGE', 'missing --inputs (the input files or directory of the job)');
  const statePath = resolve(deps.cwd, opts.state);
  if (existsSync(statePath)) throw new InputError('USAGE', `begin state ${q(opts.state)} already exists: one begin per job (remove it only if no workload ran since)`);
  const eventLogPath = resolve(deps.cwd, opts.eventLog ?? join(dirname(opts.state), EVENT_LOG_NAME));
  const sd = deps.sourceDeps;
  const simulated = opts.evidence.includes('simulated');
  let device: Rtmr3Device;
  if (simulated) device = new SimulatedRtmr3(join(dirname(statePath), SIMULATED_RTMR3_NAME));
  else {
    const sysfs = new SysfsRtmr3(sd?.measurementsDir ?? TDX_MEASUREMENTS_DIR, sd?.measurementsFs);
    const s = await sysfs.supported();
    if (!s.supported) {
      throw new InputError('PATH_MISSING', `begin: RTMR3 cannot be extended here: ${s.reason}; without it (SEV-SNP, older kernels) run create alone, which reaches the environment tier at most`);
    }
    device = sysfs;
  }
  const nonce = normalizeNonce(opts.nonce ?? null);
  const job: JobContext = jobContextFromEnv(deps.env, opts.jobId ?? null);
  const digestOpts = { allowSymlinks: opts.allowSymlinks ?? false, ignorePaths: opts.ignorePaths ?? [], method: opts.serialization ?? 'files' };

  // Hash exactly as create does (DESIGN §2), so seal's re-hash can be compared with these digests.
  const image = opts.workload.length === 1 ? parseImageRef(opts.workload[0]!) : null;
  let workloadDigest: string;
  let workloadManifestDigest: string | null = null;
  let workloadPaths: string[];
  if (image) {
    workloadDigest = image.digest;
    workloadPaths = [opts.workload[0]!];
  } else {
    workloadPaths = resolveAll(deps.cwd, opts.workload, '--workload');
    const tree = await tracked(deps.progress, 'workload', (p) => digestTree(workloadPaths, { ...digestOpts, ...p }));
    workloadDigest = tree.digest;
    workloadManifestDigest = jsonDigest(buildManifest(tree));
  }
  const inputPaths = resolveAll(deps.cwd, opts.inputs, '--inputs');
  const inTree = await tracked(deps.progress, 'inputs', (p) => digestTree(inputPaths, { ...digestOpts, ...p }));
  const ic = inputCommitment(inTree, opts.inputKey);

  const draft = beginPayload({
    session: randomBytes(32).toString('hex'),
    job,
    workload_digest: workloadDigest,
    workload_manifest_digest: workloadManifestDigest,
    input_commitment: ic.commitment,
    input_manifest_digest: jsonDigest(ic.manifest),
    oidc_token_digest: opts.oidcToken ? sha256Prefixed(opts.oidcToken) : null,
    nonce,
  });
  const gpu = await gpuAtBegin(opts, draft, deps);
  const payload = gpu ? { ...draft, gpu } : draft;
  const ev = measuredEvent(BEGIN_EVENT, payload);
  const before = await readEventLog(eventLogPath);
  const rtmr3Before = await device.read();
  const warnings: string[] = [];
  const facts = logFacts(before, rtmr3Before);
  if (!facts.replays) {
    warnings.push(`the event log ${eventLogPath} does not replay to the current RTMR3 (${before.length} event(s)): something else extended RTMR3 without logging it here, so this job cannot reach the execution tier`);
  }
  if (facts.jobs > 0) warnings.push(`RTMR3 already records ${facts.jobs} compute-receipt job(s) in this boot: the execution tier needs one job per boot (an ephemeral runner)`);
  await appendAndExtend(device, eventLogPath, before, ev.entry, ev.digest);

  const state: BeginState = {
    v: STATE_VERSION,
    register: device.kind === 'simulated-rtmr3' ? { kind: 'simulated-rtmr3', file: device.where } : { kind: 'tdx-rtmr3', dir: (device as SysfsRtmr3).dir },
    event_log: eventLogPath,
    begin_event_digest: ev.digest.toString('hex'),
    begin_payload: payload,
    rtmr3_before: rtmr3Before.toString('hex'),
    workload: workloadPaths,
    inputs: inputPaths,
    allow_symlinks: digestOpts.allowSymlinks,
    ignore_paths: digestOpts.ignorePaths,
    serialization: digestOpts.method,
    oidc_token: opts.oidcToken ?? null,
    created_at: deps.now().toISOString(),
  };
  await writeBeginState(statePath, state);
  return { state, statePath, eventLogPath, warnings };
}
