import { relative } from 'node:path';
import type { RunDeps } from '../run.js';
import { READ_LIMITS, readRegularFile } from '../util/read-file.js';
import { InputError, q } from '../util/errors.js';
import { type Parsed, list, oneOf, parse, str } from './args.js';
import { clean } from './render.js';
import { SERIALIZATIONS, optionsOf } from './spec.js';

/** `begin`: the first half of the two-phase flow (docs/execution.md). */
export async function cmdBegin(argv: string[], deps: RunDeps, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const { values: v } = parse('begin', argv, optionsOf('begin'), false);
  const state = str(v['state']);
  if (!state) throw new InputError('USAGE', 'begin needs --state FILE (create --begin-state FILE seals it)');
  const serialization = oneOf('serialization', str(v['serialization']), SERIALIZATIONS, 'files');
  const { begin } = await import('../execution/begin.js');
  const r = await begin(
    {
      workload: list(v['workload']),
      inputs: list(v['inputs']),
      evidence: list(v['evidence']),
      state,
      eventLog: str(v['event-log']),
      jobId: str(v['job-id']),
      nonce: str(v['nonce']),
      inputKey: await inputKeyOf(v, deps.env),
      allowSymlinks: v['allow-symlinks'] === true,
      ignorePaths: list(v['ignore']),
      serialization,
      trustRootsDir: str(v['trust-roots']),
      network: v['network'] === true,
    },
    deps,
  );
  for (const w of r.warnings) err(`compute-receipt: warning: ${clean(w)}\n`);
  if (v['json']) {
    out(JSON.stringify({ state: r.statePath, event_log: r.eventLogPath, register: r.state.register.kind, begin_event_digest: r.state.begin_event_digest, begin: r.state.begin_payload, warnings: r.warnings }, null, 2) + '\n');
  } else {
    const rel = (p: string) => clean(relative(deps.cwd, p) || p);
    out(`begin: measured workload ${clean(r.state.begin_payload.workload_digest)} and inputs ${clean(r.state.begin_payload.input_commitment)}\n`);
    out(`  RTMR3 (${r.state.register.kind === 'simulated-rtmr3' ? 'simulated, no hardware' : 'TDX'}) extended with compute-receipt.begin ${r.state.begin_event_digest.slice(0, 24)}…\n`);
    out(`  event log ${rel(r.eventLogPath)}; state ${rel(r.statePath)}\n`);
    out(`next: run the workload, then: compute-receipt create --begin-state ${rel(r.statePath)} --outputs P ...\n`);
  }
  return 0;
}

/** The input key: from a file, or COMPUTE_RECEIPT_INPUT_KEY; never from argv. */
async function inputKeyOf(v: Parsed['values'], env: NodeJS.ProcessEnv): Promise<Buffer | undefined> {
  const f = str(v['input-key-file']);
  if (f) {
    const k = await readRegularFile(f, { maxBytes: READ_LIMITS.inputKey, what: 'input key file', shown: f });
    if (k.length === 0) throw new InputError('USAGE', `input key file ${q(f)} is empty`);
    return k;
  }
  const e = env['COMPUTE_RECEIPT_INPUT_KEY'];
  return e ? Buffer.from(e, 'utf8') : undefined;
}
