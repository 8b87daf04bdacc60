import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CollectedEvidence, EvidenceSource, SourceSupport } from '../types.js';
import { InputError, q } from '../../util/errors.js';

export const MAX_EVIDENCE_BYTES = 64 * 1024 * 1024;

/** Read an evidence file: PATH_MISSING / PATH_KIND / PATH_UNREADABLE / EVIDENCE_MALFORMED (empty, too big). */
export async function readEvidenceFile(path: string, cwd: string): Promise<Buffer> {
  const abs = resolve(cwd, path);
  let st;
  try {
    st = await stat(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError('PATH_MISSING', `evidence file ${q(path)} does not exist`);
    throw new InputError('PATH_UNREADABLE', `evidence file ${q(path)} cannot be read (${code ?? 'error'})`);
  }
  // Checked before opening, so a FIFO or device is never opened.
  if (!st.isFile()) throw new InputError('PATH_KIND', `evidence file ${q(path)} is not a regular file`);
  if (st.size > MAX_EVIDENCE_BYTES) throw new InputError('EVIDENCE_MALFORMED', `evidence file ${q(path)} is larger than 64 MiB`);
  let bytes: Buffer;
  try {
    bytes = await readFile(abs);
  } catch (e) {
    throw new InputError('PATH_UNREADABLE', `evidence file ${q(path)} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.length === 0) throw new InputError('EVIDENCE_MALFORMED', `evidence file ${q(path)} is empty`);
  return bytes;
}

/** `file:PATH`: evidence collected by an earlier step, relative to the working directory; sniffed later. */
export class FileSource implements EvidenceSource {
  readonly kind: string;
  constructor(
    readonly path: string,
    private readonly cwd: string,
  ) {
    this.kind = `file:${path}`;
  }
  async isSupported(): Promise<SourceSupport> {
    try {
      const st = await stat(resolve(this.cwd, this.path));
      return st.isFile()
        ? { supported: true, reason: `reads ${q(this.path)}` }
        : { supported: false, reason: `${q(this.path)} is not a regular file` };
    } catch {
      return { supported: false, reason: `${q(this.path)} does not exist` };
    }
  }
  async collect(): Promise<CollectedEvidence[]> {
    return [{ source: this.kind, bytes: await readEvidenceFile(this.path, this.cwd) }];
  }
}
