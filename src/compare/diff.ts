/**
 * Comparing two manifests file by file, by name: the root digest binds the files' bytes in order but
 * not their names (DESIGN §2), so equal trees need equal names as well as equal root digests, and a
 * difference is reported by the names from the manifests.
 */
import { createHash } from 'node:crypto';
import type { Manifest } from '../digest/index.js';
import { compareUtf8 } from '../digest/index.js';
import { type AllowDiffer, allowedToDiffer } from '../policy/reproduction.js';

export interface ManifestDiff {
  /** Names in both with equal digests. */
  matching: number;
  /** Names in both whose digests differ (not allowed to differ). */
  differing: string[];
  only_in_reference: string[];
  only_in_receipt: string[];
  /** Names that differ, or are on one side only, and that the policy allows to differ. */
  allowed: { name: string; reason: string }[];
}

/** Names per side, when the two manifests can be compared file by file; a reason when they cannot. */
export function comparable(a: Manifest, b: Manifest): string | null {
  if (a.serialization.method !== b.serialization.method) return `one receipt hashed ${a.serialization.method}, the other ${b.serialization.method}`;
  const algo = (m: Manifest) => [...new Set(m.resources.map((r) => r.algorithm))].join(',');
  if (algo(a) !== algo(b)) return `the manifests use different digest algorithms (${algo(a) || 'none'} and ${algo(b) || 'none'})`;
  return null;
}

export function diffManifests(reference: Manifest, other: Manifest, allow: AllowDiffer[] = []): ManifestDiff {
  const want = new Map(reference.resources.map((r) => [r.name, r.digest]));
  const got = new Map(other.resources.map((r) => [r.name, r.digest]));
  const d: ManifestDiff = { matching: 0, differing: [], only_in_reference: [], only_in_receipt: [], allowed: [] };
  const differ = (name: string, into: string[]) => {
    const a = allowedToDiffer(name, allow);
    if (a) d.allowed.push({ name, reason: a.reason });
    else into.push(name);
  };
  for (const [name, digest] of want) {
    const g = got.get(name);
    if (g === undefined) differ(name, d.only_in_reference);
    else if (g === digest) d.matching++;
    else differ(name, d.differing);
  }
  for (const name of got.keys()) if (!want.has(name)) differ(name, d.only_in_receipt);
  for (const xs of [d.differing, d.only_in_reference, d.only_in_receipt]) xs.sort(compareUtf8);
  d.allowed.sort((x, y) => compareUtf8(x.name, y.name));
  return d;
}

export function isEqual(d: ManifestDiff): boolean {
  return d.differing.length === 0 && d.only_in_reference.length === 0 && d.only_in_receipt.length === 0;
}

/**
 * The root digest of a plain manifest without the files the policy allows to differ: the same
 * construction as the tree digest (SHA-256 over the raw resource digests in manifest order).
 */
export function digestWithout(m: Manifest, allow: AllowDiffer[]): string | null {
  if (!m.resources.every((r) => r.algorithm === 'sha256')) return null;
  const h = createHash('sha256');
  for (const r of m.resources) if (!allowedToDiffer(r.name, allow)) h.update(Buffer.from(r.digest, 'hex'));
  return 'sha256:' + h.digest('hex');
}
