import { access, readdir } from 'node:fs/promises';
import { constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { CollectedEvidence, EvidenceSource, SourceSupport } from '../types.js';
import { InputError } from '../../util/errors.js';
import { firstLine, realExec, type Exec, type ExecResult } from './deps.js';
import { parseNvidiaEvidenceList } from '../formats/nvidia-evidence-list.js';
import { isEatTokenSetShape } from '../formats/nras-eat.js';

export const NVATTEST = 'nvattest';
export const NVATTEST_TIMEOUT_MS = 120_000;

export interface NvidiaSourceOptions {
  env: NodeJS.ProcessEnv;
  exec?: Exec;
  /** Where GPU device nodes live, default /dev. */
  devDir?: string;
  binary?: string;
  /**
   * Also ask NVIDIA's Remote Attestation Service for a token set (`nvidia-nras`): nvattest sends the
   * GPU evidence to NRAS itself. Off unless the source is chosen by name.
   */
  nras?: boolean;
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
  readonly kind: 'nvidia' | 'nvidia-nras';
  private readonly exec: Exec;
  private readonly binary: string;
  private readonly devDir: string;

  constructor(private readonly opts: NvidiaSourceOptions) {
    this.exec = opts.exec ?? realExec;
    this.binary = opts.binary ?? NVATTEST;
    this.devDir = opts.devDir ?? '/dev';
    this.kind = opts.nras ? 'nvidia-nras' : 'nvidia';
  }

  /**
   * What the source needs, each missing piece named: the attestation CLI on PATH, the NVIDIA driver
   * (`/dev/nvidiactl`), GPU devices (`/dev/nvidia<N>`), and confidential-computing mode on, as
   * `nvidia-smi conf-compute -f` reports it (when nvidia-smi is on PATH; without it the mode is not
   * checked here, and the GPU's own evidence still decides).
   */
  async isSupported(): Promise<SourceSupport> {
    const path = this.opts.env['PATH'] ?? '';
    const bin = await findOnPath(this.binary, path);
    let dev: string[] = [];
    try {
      dev = await readdir(this.devDir);
    } catch {
      dev = [];
    }
    const gpus = dev.filter((n) => /^nvidia\d+$/.test(n));
    const missing: string[] = [];
    if (bin === null) missing.push(`${this.binary} is not on PATH`);
    if (!dev.includes('nvidiactl')) missing.push(`the NVIDIA driver is not loaded (no ${this.devDir}/nvidiactl)`);
    if (gpus.length === 0) missing.push(`no ${this.devDir}/nvidia<N> GPU device`);
    if (missing.length) return { supported: false, reason: missing.join('; ') };
    const cc = await this.ccMode(path);
    if (cc.on === false) return { supported: false, reason: `confidential computing mode is off (${cc.detail})` };
    return { supported: true, reason: `${bin} with ${gpus.length} GPU ${gpus.length === 1 ? 'device' : 'devices'}; ${cc.detail}` };
  }

  private async ccMode(path: string): Promise<{ on: boolean | null; detail: string }> {
    const smi = await findOnPath(NVIDIA_SMI, path);
    if (smi === null) return { on: null, detail: 'CC mode not checked: nvidia-smi is not on PATH' };
    const r = await this.exec(smi, ['conf-compute', '-f'], { env: this.opts.env, timeoutMs: 30_000, maxStdoutBytes: 1024 * 1024 });
    if (r.code !== 0) return { on: null, detail: `CC mode not checked: nvidia-smi conf-compute -f failed (${r.spawnError ?? `exit ${r.code ?? 'signal'}`})` };
    return parseCcMode(r.stdout.toString('utf8'));
  }

  async collect(_reportData: Buffer, gpuNonce: Buffer): Promise<CollectedEvidence[]> {
    if (gpuNonce.length !== 32) throw new TypeError('nvidia: gpuNonce must be exactly 32 bytes');
    const base = ['collect-evidence', '--device', 'gpu', '--nonce', gpuNonce.toString('hex')];
    const r = await this.nvattest(base, 'collect-evidence', 64 * 1024 * 1024, () => true);
    if (r.code !== 0) throw new InputError('EVIDENCE_MALFORMED', `${this.binary} collect-evidence exited with code ${r.code ?? 'signal'}: ${firstLine(r.stderr)}`);
    const spdm = parseNvattestOutput(r.stdout, this.kind);
    if (!this.opts.nras) return spdm;
    return [...spdm, await this.collectNras(gpuNonce)];
  }

  /**
   * `nvattest <base...> --format json`; a failure is retried once without `--format` (for CLIs that
   * do not know it) when `retry` says so. A program that could not start or timed out is an error;
   * the exit code is the caller's to judge.
   */
  private async nvattest(base: string[], what: string, maxStdoutBytes: number, retry: (r: ExecResult) => boolean): Promise<ExecResult> {
    const run = (args: string[]) => this.exec(this.binary, args, { env: this.opts.env, timeoutMs: NVATTEST_TIMEOUT_MS, maxStdoutBytes });
    let r = await run([...base, '--format', 'json']);
    if (r.code !== 0 && !r.timedOut && r.spawnError === null && retry(r)) r = await run(base);
    const name = `${this.binary} ${what}`;
    if (r.spawnError !== null) throw new InputError('EVIDENCE_MALFORMED', `${name} could not start: ${r.spawnError}`);
    if (r.timedOut) throw new InputError('EVIDENCE_MALFORMED', `${name} timed out`);
    return r;
  }

  /**
   * `nvattest attest --device gpu --verifier remote --nonce <GPU nonce hex> --format json`: nvattest
   * collects fresh evidence under the same nonce, sends it to NRAS and prints `{result_code,
   * result_message, claims, detached_eat}`. The detached EAT (NRAS's signed token set) is the
   * evidence; the `claims` nvattest decoded are not kept, since the verifier decodes and checks the
   * tokens itself. A token set whose overall result is false is still kept: the policy denies on it.
   * A CLI that printed its JSON understood `--format`: no retry without it.
   */
  private async collectNras(gpuNonce: Buffer): Promise<CollectedEvidence> {
    const base = ['attest', '--device', 'gpu', '--verifier', 'remote', '--nonce', gpuNonce.toString('hex')];
    const r = await this.nvattest(base, 'attest --verifier remote', 16 * 1024 * 1024, (x) => jsonDocument(x.stdout) === null);
    return { source: this.kind, bytes: parseNvattestAttestOutput(r.stdout, r.code, firstLine(r.stderr)), formatHint: 'nras-eat' };
  }
}

/** The JSON object nvattest printed (possibly after log lines), or null when there is none. */
function jsonDocument(stdout: Buffer): unknown {
  const text = stdout.toString('utf8');
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start === -1 || end < start) return null;
  try {
    return JSON.parse(text.slice(start, end + 1));
  } catch {
    return null;
  }
}

/**
 * `nvattest attest` stdout -> the NRAS token set as JSON bytes. nvattest exits non-zero when the
 * overall result is false or a relying-party policy fails, and still prints the tokens: those are
 * kept (an unfavourable result is still a result). No token set is an error naming result_code.
 */
export function parseNvattestAttestOutput(stdout: Buffer, code: number | null = 0, stderrLine = ''): Buffer {
  const doc = jsonDocument(stdout);
  if (doc === null) {
    const why = code !== 0 ? ` (exit ${code ?? 'signal'}${stderrLine ? `: ${stderrLine}` : ''})` : '';
    throw new InputError('EVIDENCE_MALFORMED', `nvattest attest did not print a JSON document${why}`);
  }
  const d = doc as { result_code?: unknown; result_message?: unknown; detached_eat?: unknown };
  if (!isEatTokenSetShape(d.detached_eat)) {
    const rc = d.result_code === undefined ? '' : ` (result_code ${String(d.result_code)} ${JSON.stringify(String(d.result_message ?? ''))})`;
    throw new InputError('EVIDENCE_MALFORMED', `nvattest attest printed no NRAS token set${rc}`);
  }
  return Buffer.from(JSON.stringify(d.detached_eat));
}

export const NVIDIA_SMI = 'nvidia-smi';

/**
 * `nvidia-smi conf-compute -f` prints `CC status: ON` (or `OFF`; some drivers say `CC State`,
 * `DEVTOOLS` for the developer mode, which is not a production CC mode). Self-reported by the
 * host: it gates collection, it proves nothing.
 */
export function parseCcMode(text: string): { on: boolean | null; detail: string } {
  const m = /CC\s+(?:status|state)\s*:\s*([A-Za-z-]+)/i.exec(text);
  if (!m) return { on: null, detail: 'CC mode not checked: nvidia-smi conf-compute -f printed no CC status' };
  const v = m[1]!.toUpperCase();
  return { on: v === 'ON', detail: `CC mode ${v} (nvidia-smi conf-compute -f, self-reported)` };
}

/** nvattest's stdout (JSON, possibly after log lines) -> one CollectedEvidence per GPU. */
export function parseNvattestOutput(stdout: Buffer, source = 'nvidia'): CollectedEvidence[] {
  const doc = jsonDocument(stdout);
  if (doc === null) throw new InputError('EVIDENCE_MALFORMED', 'nvattest collect-evidence did not print a JSON document');
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

export async function findOnPath(binary: string, path: string): Promise<string | null> {
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
