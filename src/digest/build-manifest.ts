import type { Manifest, TreeDigest } from './types.js';

/** The plain manifest of a tree: one sha256 entry per resource, in resource order. */
export function buildManifest(tree: TreeDigest): Manifest {
  return {
    serialization: { ...tree.serialization, ignore_paths: [...tree.serialization.ignore_paths] },
    resources: tree.resources.map((r) => ({ name: r.name, algorithm: 'sha256', digest: r.sha256 })),
  };
}

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * The first way a parsed value is not a manifest, or null. Hand-written rather than a schema: a
 * manifest can list millions of files, and this stops at the first bad one instead of collecting an
 * issue for each.
 */
function manifestProblem(j: unknown): string | null {
  if (j === null || typeof j !== 'object' || Array.isArray(j)) return 'the top level must be an object';
  const { serialization: s, resources } = j as { serialization?: unknown; resources?: unknown };
  if (s === null || typeof s !== 'object' || Array.isArray(s)) return 'serialization must be an object';
  const ser = s as Record<string, unknown>;
  for (const k of ['method', 'hash_type', 'order']) if (typeof ser[k] !== 'string') return `serialization.${k} must be a string`;
  if (typeof ser['allow_symlinks'] !== 'boolean') return 'serialization.allow_symlinks must be a boolean';
  const ig = ser['ignore_paths'];
  if (!Array.isArray(ig) || !ig.every((x) => typeof x === 'string')) return 'serialization.ignore_paths must be a list of strings';
  if (!Array.isArray(resources)) return 'resources must be a list';
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i] as { name?: unknown; algorithm?: unknown; digest?: unknown } | null;
    if (r === null || typeof r !== 'object' || Array.isArray(r)) return `resources[${i}] must be an object`;
    if (typeof r.name !== 'string') return `resources[${i}].name must be a string`;
    if (r.algorithm !== 'sha256' && r.algorithm !== 'hmac-sha256') return `resources[${i}].algorithm must be sha256 or hmac-sha256`;
    if (typeof r.digest !== 'string' || !HEX64.test(r.digest)) return `resources[${i}].digest must be 64 lowercase hex digits`;
  }
  return null;
}

/**
 * A saved `<role>.manifest.json` as text -> Manifest, or a one-line reason it is not one (not JSON,
 * `null`, a resource without a name ...). Extra keys are kept, so the manifest's digest is still of
 * what was saved.
 */
export function parseManifestJson(text: string): { manifest: Manifest } | { error: string } {
  let j: unknown;
  try {
    j = JSON.parse(text);
  } catch {
    return { error: 'not valid JSON' };
  }
  const problem = manifestProblem(j);
  return problem === null ? { manifest: j as Manifest } : { error: problem };
}
