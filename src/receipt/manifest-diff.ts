import type { Manifest } from '../digest/index.js';
import { compareUtf8, parseShardName } from '../digest/index.js';

/**
 * What changed between the manifest a receipt recorded and the one the verifier re-derived from the
 * files, file by file, the way `sha256sum -c` reports it: a file whose bytes differ is FAILED, a
 * file only on disk is added, a file only in the receipt is missing, and a missing file whose
 * digest equals an added one's is renamed. The root digest covers bytes, not names; the manifest
 * digest covers both, so a rename is a change too.
 */
export type FileChangeStatus = 'FAILED' | 'added' | 'missing' | 'renamed';

export interface FileChange {
  /** The file's name in the manifest (relative to the tree root, `/` separators): the new name for a rename. */
  name: string;
  status: FileChangeStatus;
  /** A rename's old name. */
  from?: string;
  /** The receipt's digest (FAILED, missing, renamed). */
  expected?: string;
  /** The re-derived digest (FAILED, added, renamed). */
  actual?: string;
}

/** One digest per name; shards (`name:start:end`) are folded back into their file. */
function byFile(m: Manifest): Map<string, string> {
  const out = new Map<string, string[]>();
  const shards = m.serialization.method === 'shards';
  for (const r of m.resources) {
    const name = shards ? (parseShardName(r.name)?.file ?? r.name) : r.name;
    const list = out.get(name) ?? [];
    list.push(`${r.algorithm}:${r.digest}`);
    out.set(name, list);
  }
  return new Map([...out].map(([k, v]) => [k, v.join(',')]));
}

export function diffManifests(expected: Manifest, actual: Manifest): FileChange[] {
  const e = byFile(expected);
  const a = byFile(actual);
  const changes: FileChange[] = [];
  const missing: string[] = [];
  const added: string[] = [];
  for (const [name, d] of e) {
    const got = a.get(name);
    if (got === undefined) missing.push(name);
    else if (got !== d) changes.push({ name, status: 'FAILED', expected: d, actual: got });
  }
  for (const name of a.keys()) if (!e.has(name)) added.push(name);
  // A rename: same bytes under another name. Paired one to one, in name order, so the result is stable.
  const addedByDigest = new Map<string, string[]>();
  for (const n of added.sort(compareUtf8)) {
    const d = a.get(n)!;
    addedByDigest.set(d, [...(addedByDigest.get(d) ?? []), n]);
  }
  const renamedTo = new Set<string>();
  for (const n of missing.sort(compareUtf8)) {
    const d = e.get(n)!;
    const to = addedByDigest.get(d)?.shift();
    if (to !== undefined) {
      renamedTo.add(to);
      changes.push({ name: to, status: 'renamed', from: n, expected: d, actual: d });
    } else changes.push({ name: n, status: 'missing', expected: d });
  }
  for (const n of added) if (!renamedTo.has(n)) changes.push({ name: n, status: 'added', actual: a.get(n)! });
  return changes.sort((x, y) => compareUtf8(x.name, y.name));
}
