import { z } from 'zod';
import type { Manifest, TreeDigest } from './types.js';

/** The plain manifest of a tree: one sha256 entry per resource, in resource order. */
export function buildManifest(tree: TreeDigest): Manifest {
  return {
    serialization: { ...tree.serialization, ignore_paths: [...tree.serialization.ignore_paths] },
    resources: tree.resources.map((r) => ({ name: r.name, algorithm: 'sha256', digest: r.sha256 })),
  };
}

const ManifestFileSchema = z.object({
  serialization: z.object({
    method: z.string(),
    hash_type: z.string(),
    order: z.string(),
    allow_symlinks: z.boolean(),
    ignore_paths: z.array(z.string()),
  }),
  resources: z.array(z.object({ name: z.string(), algorithm: z.enum(['sha256', 'hmac-sha256']), digest: z.string().regex(/^[0-9a-f]{64}$/) })),
});

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
  const r = ManifestFileSchema.safeParse(j);
  if (!r.success) {
    const first = r.error.issues[0]!;
    const at = first.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    return { error: `${at || 'the top level'}: ${first.message}` };
  }
  return { manifest: j as Manifest };
}
