import { createHmac } from 'node:crypto';
import { buildManifest } from './build-manifest.js';
import type { Manifest, TreeDigest } from './types.js';

export interface InputCommitment {
  /** `sha256:<root>` or `hmac-sha256:<hex>` = HMAC-SHA256(key, raw root digest). */
  commitment: string;
  scheme: 'sha256' | 'hmac-sha256';
  manifest: Manifest;
}

/**
 * The inputs' commitment and manifest (DESIGN §2). With a key, every manifest entry is
 * HMAC-SHA256(key, raw 32-byte file digest) and nothing returned carries a plain file digest
 * (nor the plain root), so the inputs cannot be confirmed by guessing them without the key.
 */
export function inputCommitment(tree: TreeDigest, key?: Buffer): InputCommitment {
  if (key === undefined) return { commitment: tree.digest, scheme: 'sha256', manifest: buildManifest(tree) };
  if (!Buffer.isBuffer(key) || key.length === 0) throw new TypeError('input key must be a non-empty Buffer');
  const mac = (data: Buffer): string => createHmac('sha256', key).update(data).digest('hex');
  return {
    commitment: 'hmac-sha256:' + mac(tree.root),
    scheme: 'hmac-sha256',
    manifest: {
      serialization: { ...tree.serialization, ignore_paths: [...tree.serialization.ignore_paths] },
      resources: tree.resources.map((r) => ({ name: r.name, algorithm: 'hmac-sha256', digest: mac(Buffer.from(r.sha256, 'hex')) })),
    },
  };
}
