import { access, readdir } from 'node:fs/promises';
import { constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { CollectedEvidence, EvidenceSource, SourceSupport } from '../types.js';
import { InputError } from '../../util/errors.js';
import { firstLine, realExec, type Exec } from './deps.js';
import { parseNvidiaEvidenceList } from '../formats/nvidia-evidence-list.js';

export const NVATTEST = 'nvattest';
export const NVATTEST_TIMEOUT_MS = 120_000;

export interface NvidiaSourceOptions {
  env: NodeJS.ProcessEnv;
  exec?: Exec;
  /** Where GPU device nodes live, default /dev. */
  devDir?: string;
  binary?: string;
}

/**
 * `nvidia`: NVIDIA's attestation CLI (`nvattest`, NVIDIA Attestation SDK) on the runner:
 * `nvattest collect-evidence --device gpu --nonce <GPU nonce hex> --format json`. SDK 1.x/2.x print
 * text unless given the global `--format json`; later CLIs print JSON and may not know the flag, so a
 * failure with it is retried once without it. The JSON is `{"evidences": [{arch, nonce, evidence
 * (base64 SPDM), certificate (base64 PEM chain), driver_version, vbios_version}], "result_code": 0}`:
 * each GPU becomes one piece of evidence, its chain an aux file.
 */
export class NvidiaSource implements EvidenceSource {
  readonly kind = 'nvidia';
  private readonly exec: Exec;
  private readonly binary: string;
  private readonly devDir: string;

  constructor(private readonly opts: NvidiaSourceOptions) {
    this.exec = opts.exec ?? realExec;
    this.binary = opts.binary ?? NVATTEST;
    this.devDir = opts.devDir ?? '/dev';
  }

  async isSupported(): Promise<SourceSupport> {
    const bin = await findOnPath(this.binary, this.opts.env['PATH'] ?? '');
    if (bin === null) return { supported: false, reason: `${this.binary} is not on PATH` };
    let gpus: string[] = [];
    try {
      gpus = (await readdir(this.devDir)).filter((n) => /^nvidia\d+$/.test(n));
    } catch {
      gpus = [];
    }
    if (gpus.length === 0) return { supported: false, reason: `no ${this.devDir}/nvidia<N> GPU device` };
    return { supported: true, reason: `${bin} with ${gpus.length} GPU ${gpus.length === 1 ? 'device' : 'devices'}` };
  }

  async collect(_reportData: Buffer, gpuNonce: Buffer): Promise<CollectedEvidence[]> {
    if (gpuNonce.length !== 32) throw new TypeError('nvidia: gpuNonce must be exactly 32 bytes');
    const base = ['collect-evidence', '--device', 'gpu', '--nonce', gpuNonce.toString('hex')];
    const run = (args: string[]) =>
      this.exec(this.binary, args, { env: this.opts.env, timeoutMs: NVATTEST_TIMEOUT_MS, maxStdoutBytes: 64 * 1024 * 1024 });
    let r = await run([...base, '--format', 'json']);
    if (r.code !== 0 && !r.timedOut && r.spawnError === null) r = await run(base);
    const name = `${this.binary} collect-evidence`;
    if (r.spawnError !== null) throw new InputError('EVIDENCE_MALFORMED', `${name} could not start: ${r.spawnError}`);
    if (r.timedOut) throw new InputError('EVIDENCE_MALFORMED', `${name} timed out`);
    if (r.code !== 0) throw new InputError('EVIDENCE_MALFORMED', `${name} exited with code ${r.code ?? 'signal'}: ${firstLine(r.stderr)}`);
    return parseNvattestOutput(r.stdout, this.kind);
  }
}

/** nvattest's stdout (JSON, possibly after log lines) -> one CollectedEvidence per GPU. */
export function parseNvattestOutput(stdout: Buffer, source = 'nvidia'): CollectedEvidence[] {
  const text = stdout.toString('utf8');
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  let doc: unknown;
  try {
    if (start === -1 || end < start) throw new Error('no JSON object');
    doc = JSON.parse(text.slice(start, end + 1));
  } catch {
    throw new InputError('EVIDENCE_MALFORMED', 'nvattest collect-evidence did not print a JSON document');
  }
  const rc = (doc as { result_code?: unknown }).result_code;
  if (rc !== undefined && rc !== 0) {
    const msg = (doc as { result_message?: unknown }).result_message;
    throw new InputError('EVIDENCE_MALFORMED', `nvattest collect-evidence failed: result_code ${String(rc)} ${JSON.stringify(String(msg ?? ''))}`);
  }
  const entries = parseNvidiaEvidenceList(doc);
  return entries.map((e, i) => ({
    source,
    bytes: e.evidence,
    formatHint: 'nvidia-spdm' as const,
    ...(e.certificateChain.length > 0 ? { aux: [{ name: `gpu${i}-cert-chain.pem`, bytes: e.certificateChain }] } : {}),
  }));
}

async function findOnPath(binary: string, path: string): Promise<string | null> {
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue;
    const p = join(dir, binary);
    try {
      await access(p, constants.X_OK);
      return p;
    } catch {
      // keep looking
    }
  }
  return null;
}
