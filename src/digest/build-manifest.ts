import type { Manifest, TreeDigest } from './types.js';

/** The plain manifest of a tree: one sha256 entry per resource, in resource order. */
export function buildManifest(tree: TreeDigest): Manifest {
  return {
    serialization: { ...tree.serialization, ignore_paths: [...tree.serialization.ignore_paths] },
    resources: tree.resources.map((r) => ({ name: r.name, algorithm: 'sha256', digest: r.sha256 })),
  };
}
