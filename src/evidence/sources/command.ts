import { stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { CollectedEvidence, EvidenceSource, SourceSupport } from '../types.js';
import { InputError, q } from '../../util/errors.js';
import { firstLine, realExec, type Exec } from './deps.js';
import { MAX_EVIDENCE_BYTES, readEvidenceFile } from './file.js';

export interface CommandSourceOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  exec?: Exec;
  timeoutMs?: number;
  maxStdoutBytes?: number;
}

export const COMMAND_TIMEOUT_MS = 120_000;

/**
 * `command:CMD`: runs CMD with `/bin/sh -c` in the working directory, with REPORT_DATA_HEX (128 hex)
 * and GPU_NONCE_HEX (64 hex) added to its environment. Its stdout is the evidence (binary, hex or
 * base64 text: the sniffer decides) or, when stdout is one line naming an existing file, that file.
 */
export class CommandSource implements EvidenceSource {
  readonly kind: string;
  private readonly exec: Exec;
  constructor(
    readonly command: string,
    private readonly opts: CommandSourceOptions,
  ) {
    this.kind = `command:${command}`;
    this.exec = opts.exec ?? realExec;
  }

  async isSupported(): Promise<SourceSupport> {
    return { supported: true, reason: `runs ${q(this.command)} with /bin/sh -c` };
  }

  async collect(reportData: Buffer, gpuNonce: Buffer): Promise<CollectedEvidence[]> {
    const timeoutMs = this.opts.timeoutMs ?? COMMAND_TIMEOUT_MS;
    const maxStdoutBytes = this.opts.maxStdoutBytes ?? MAX_EVIDENCE_BYTES;
    const name = `evidence command ${q(this.command)}`;
    const r = await this.exec('/bin/sh', ['-c', this.command], {
      cwd: this.opts.cwd,
      env: { ...this.opts.env, REPORT_DATA_HEX: reportData.toString('hex'), GPU_NONCE_HEX: gpuNonce.toString('hex') },
      timeoutMs,
      maxStdoutBytes,
    });
    if (r.spawnError !== null) throw new InputError('EVIDENCE_MALFORMED', `${name} could not start: ${r.spawnError}`);
    if (r.timedOut) throw new InputError('EVIDENCE_MALFORMED', `${name} timed out after ${Math.round(timeoutMs / 1000)} s`);
    if (r.overflow) throw new InputError('EVIDENCE_MALFORMED', `${name} printed more than ${maxStdoutBytes} bytes`);
    if (r.code !== 0) {
      throw new InputError('EVIDENCE_MALFORMED', `${name} exited with code ${r.code ?? 'signal'}: ${firstLine(r.stderr)}`);
    }
    const path = await this.pathOnStdout(r.stdout);
    const bytes = path !== null ? await readEvidenceFile(path, this.opts.cwd) : r.stdout;
    if (bytes.length === 0 || bytes.toString('latin1').trim() === '') {
      throw new InputError('EVIDENCE_MALFORMED', `${name} printed no evidence`);
    }
    return [{ source: this.kind, bytes }];
  }

  /** The stdout names a file when it is one line (ignoring a final newline) and that file exists. */
  private async pathOnStdout(stdout: Buffer): Promise<string | null> {
    if (stdout.length === 0 || stdout.length > 4096) return null;
    const text = stdout.toString('utf8').replace(/\r?\n$/, '');
    if (text === '' || /[\r\n\0]/.test(text)) return null;
    try {
      const st = await stat(isAbsolute(text) ? text : resolve(this.opts.cwd, text));
      return st.isFile() ? text : null;
    } catch {
      return null;
    }
  }
}
