import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The real vectors, read in place: $COMPUTE_RECEIPT_VECTORS or ../shared/vectors from the repo root. */
export const VECTORS = process.env['COMPUTE_RECEIPT_VECTORS']
  ? resolve(process.env['COMPUTE_RECEIPT_VECTORS'])
  : resolve(repoRoot, '..', 'shared', 'vectors');

export const haveVectors = existsSync(join(VECTORS, 'INDEX.md'));
if (!haveVectors) {
  console.warn(`real attestation vectors not found at ${VECTORS} (set COMPUTE_RECEIPT_VECTORS): vector tests are skipped`);
}

export function vector(rel: string): Buffer {
  return readFileSync(join(VECTORS, rel));
}

/**
 * The "Output of the checker scripts" section of a vector README as key -> value, per quote
 * (`##### name` sections; a README without sections gives one entry under '').
 */
export function checkerOutput(readmeRel: string): Map<string, Map<string, string>> {
  const text = readFileSync(join(VECTORS, readmeRel), 'utf8');
  const start = text.indexOf('=== Output of the checker');
  const out = new Map<string, Map<string, string>>();
  let current = new Map<string, string>();
  out.set('', current);
  for (const line of text.slice(start).split('\n').slice(1)) {
    const section = /^#####\s+(.+?)\s*$/.exec(line);
    if (section) {
      current = new Map();
      out.set(section[1]!, current);
      continue;
    }
    const kv = /^\s*([a-z_0-9]+)\s+(\S+)\s*$/.exec(line);
    if (kv && !current.has(kv[1]!)) current.set(kv[1]!, kv[2]!);
  }
  return out;
}
