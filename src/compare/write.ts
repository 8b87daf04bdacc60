import { resolve } from 'node:path';
import { canonicalize } from '../binding/jcs.js';
import { sha256Prefixed } from '../binding/binding.js';
import { writeReceiptDir } from '../receipt/write.js';
import type { CompareResult } from './compare.js';
import { CompareSchema } from './schema.js';

export const COMPARE_FILE = 'compare.json';

/**
 * Write compare.json (RFC 8785 canonical JSON) into `out` the way the receipt directory is written
 * (src/receipt/write.ts): staged and renamed, compare.json last, and an existing directory replaced
 * only when it holds nothing but what compute-receipt wrote there. The output may not lie inside a
 * compared receipt's directory. Returns the path and the SHA-256 of the bytes written.
 */
export async function writeCompare(out: string, r: CompareResult, cwd: string, shown = out): Promise<{ path: string; digest: string }> {
  // The value was built by compare; a schema failure here is a bug, never the user's input.
  const parsed = CompareSchema.parse(r.compare);
  const json = canonicalize(parsed) + '\n';
  const path = await writeReceiptDir(resolve(cwd, out), [], json, {
    shown,
    last: COMPARE_FILE,
    guard: {
      cwd,
      hashed: r.sides.map((s, i) => ({ flag: `receipt ${i + 1}`, path: s.verify.receipt_dir, shown: s.path })),
    },
  });
  return { path, digest: sha256Prefixed(json) };
}
