import { createHash } from 'node:crypto';
import type { Manifest, Serialization, TreeDigest } from './types.js';

export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
export const OMS_PREDICATE_TYPE = 'https://model_signing/signature/v1.0';

export interface OmsStatement {
  _type: typeof IN_TOTO_STATEMENT_V1;
  subject: [{ name: string; digest: { sha256: string } }];
  predicateType: typeof OMS_PREDICATE_TYPE;
  predicate: {
    serialization: Serialization;
    resources: { name: string; algorithm: 'sha256'; digest: string }[];
  };
}

/**
 * The manifest as an OpenSSF Model Signing v1.0 in-toto Statement (what OMS tools compare):
 * subject = the tree's name and root digest; predicate = {serialization, resources}. OMS
 * verifiers read method, hash_type, allow_symlinks and ignore_paths and ignore other keys, so
 * `order` travels along. The subject digest is recomputed from the resources and must equal the
 * tree's root: a manifest that does not belong to the tree is a TypeError.
 */
export function omsStatement(tree: TreeDigest, manifest: Manifest): OmsStatement {
  const h = createHash('sha256');
  const resources = manifest.resources.map((r) => {
    if (r.algorithm !== 'sha256') throw new TypeError(`an OMS statement needs plain sha256 entries, got ${r.algorithm}`);
    h.update(Buffer.from(r.digest, 'hex'));
    return { name: r.name, algorithm: 'sha256' as const, digest: r.digest };
  });
  const root = h.digest('hex');
  if (root !== tree.root.toString('hex')) throw new TypeError('manifest does not match the tree digest');
  return {
    _type: IN_TOTO_STATEMENT_V1,
    subject: [{ name: tree.name, digest: { sha256: root } }],
    predicateType: OMS_PREDICATE_TYPE,
    predicate: {
      serialization: { ...manifest.serialization, ignore_paths: [...manifest.serialization.ignore_paths] },
      resources,
    },
  };
}
