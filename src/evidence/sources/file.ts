import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CollectedEvidence, EvidenceSource, SourceSupport } from '../types.js';
import { InputError, q } from '../../util/errors.js';
import { READ_LIMITS, readRegularFile } from '../../util/read-file.js';

export const MAX_EVIDENCE_BYTES = READ_LIMITS.evidence;

/** Read an evidence file: PATH_MISSING / PATH_KIND / PATH_UNREADABLE / EVIDENCE_MALFORMED (empty, too big). */
export async function readEvidenceFile(path: string, cwd: string): Promise<Buffer> {
  const bytes = await readRegularFile(resolve(cwd, path), { maxBytes: MAX_EVIDENCE_BYTES, what: 'evidence file', shown: path });
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
