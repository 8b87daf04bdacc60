/**
 * The signed manifest against the hashed workload, file by file: the rule of `model_signing verify`.
 * No crypto beyond SHA-256 and no policy.
 *
 * - A workload file under one of the bundle's recorded `ignore_paths` (the path itself, or anything
 *   below it) is left out, as model_signing leaves it out when it re-hashes the model.
 * - A workload file whose bytes are the bundle itself is left out (model_signing ignores the
 *   signature file when it lies inside the model), unless the signature names it.
 * - A single-file workload is one resource named `.` in model_signing's manifest, and by its
 *   basename in ours: the two names are the same file.
 * - Every other file must be in both with the same digest: a differing digest is `changed`, a file
 *   only on disk is `added`, a file only in the signature is `missing`.
 * The subject digest must be the root over the signed resources in model_signing's order, which must
 * be the order they are listed in; else the statement does not describe its own subject.
 */
import { createHash } from 'node:crypto';
import { resourcesInOrder, type Manifest } from '../digest/index.js';
import type { SignedManifest } from './bundle.js';

export interface ManifestDifference {
  name: string;
  kind: 'changed' | 'added' | 'missing';
  /** Lowercase hex, or null when the file is not on that side. */
  signed: string | null;
  actual: string | null;
}

export interface ManifestComparison {
  matches: boolean;
  /** Sorted as the workload manifest is; at most every file once. */
  differences: ManifestDifference[];
  /** Workload files left out of the comparison (the bundle's ignore_paths, the bundle itself). */
  unsigned: string[];
  /** The subject digest equals the root over the signed resources, listed in model_signing's order. */
  subjectConsistent: boolean;
  /** Why nothing could be compared (serialization methods differ), or null. */
  incomparable: string | null;
}

function underAny(name: string, paths: readonly string[]): boolean {
  return paths.some((p) => {
    const ig = p.replace(/^\.\//, '').replace(/\/+$/, '');
    return ig !== '' && (name === ig || name.startsWith(ig + '/'));
  });
}

export function subjectConsistent(signed: SignedManifest): boolean {
  if (!resourcesInOrder(signed.method, 'path-components', signed.resources.map((r) => r.name))) return false;
  const h = createHash('sha256');
  for (const r of signed.resources) h.update(Buffer.from(r.digest, 'hex'));
  return 'sha256:' + h.digest('hex') === signed.subjectDigest;
}

export function compareWithSigned(
  signed: SignedManifest,
  workload: Manifest,
  opts: { kind: 'file' | 'directory'; bundleSha256: string },
): ManifestComparison {
  const consistent = subjectConsistent(signed);
  if (signed.method !== workload.serialization.method) {
    const why = `the signature serializes by ${signed.method}, the workload by ${workload.serialization.method}`;
    return { matches: false, differences: [], unsigned: [], subjectConsistent: consistent, incomparable: why };
  }
  const signedByName = new Map(signed.resources.map((r) => [r.name, r.digest]));
  const single = opts.kind === 'file' && workload.resources.length === 1 && signed.resources.length === 1 && signed.resources[0]!.name === '.';
  const differences: ManifestDifference[] = [];
  const unsigned: string[] = [];
  const seen = new Set<string>();
  for (const r of workload.resources) {
    const name = single ? '.' : r.name;
    const want = signedByName.get(name);
    if (want === undefined && (underAny(r.name, signed.ignorePaths) || r.digest === opts.bundleSha256)) {
      unsigned.push(r.name);
      continue;
    }
    seen.add(name);
    if (want === undefined) differences.push({ name: r.name, kind: 'added', signed: null, actual: r.digest });
    else if (want !== r.digest) differences.push({ name: r.name, kind: 'changed', signed: want, actual: r.digest });
  }
  for (const r of signed.resources) if (!seen.has(r.name)) differences.push({ name: r.name, kind: 'missing', signed: r.digest, actual: null });
  return { matches: differences.length === 0, differences, unsigned, subjectConsistent: consistent, incomparable: null };
}

/** One line naming the files that differ (JSON-quoted names, at most `max`). */
export function describeDifferences(c: ManifestComparison, max = 5): string {
  if (c.incomparable) return c.incomparable;
  const by = (k: ManifestDifference['kind']) => c.differences.filter((d) => d.kind === k).map((d) => JSON.stringify(d.name));
  const list = (xs: string[]) => xs.slice(0, max).join(', ') + (xs.length > max ? ` and ${xs.length - max} more` : '');
  const parts: string[] = [];
  const changed = by('changed');
  const added = by('added');
  const missing = by('missing');
  if (changed.length) parts.push(`changed since signing: ${list(changed)}`);
  if (added.length) parts.push(`added (not in the signature): ${list(added)}`);
  if (missing.length) parts.push(`missing (signed, not in the workload): ${list(missing)}`);
  return parts.join('; ');
}
