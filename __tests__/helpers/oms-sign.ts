// model_signing bundles made by test code from test keys, the way `model_signing sign` writes them:
// a Sigstore bundle v0.3 whose DSSE envelope (PAE signature, ECDSA DER) carries an in-toto Statement v1
// with predicateType https://model_signing/signature/v1.0.
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { dsse } from '@sigstore/core';

export interface TestKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  pem: string;
  /** sha256: of the SubjectPublicKeyInfo DER, as the receipt and policies name keys. */
  fingerprint: string;
}

export function makeKey(curve: 'P-256' | 'P-384' = 'P-256'): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: curve });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return { privateKey, publicKey, pem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), fingerprint: 'sha256:' + createHash('sha256').update(der).digest('hex') };
}

/** The OMS statement over (name, sha256 hex) resources, listed in the order given. */
export function statementFor(subject: string, resources: { name: string; digest: string }[], ignorePaths?: string[]): Record<string, unknown> {
  const h = createHash('sha256');
  for (const r of resources) h.update(Buffer.from(r.digest, 'hex'));
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: subject, digest: { sha256: h.digest('hex') } }],
    predicateType: 'https://model_signing/signature/v1.0',
    predicate: {
      serialization: { method: 'files', hash_type: 'sha256', allow_symlinks: false, ...(ignorePaths ? { ignore_paths: ignorePaths } : {}) },
      resources: resources.map((r) => ({ name: r.name, algorithm: 'sha256', digest: r.digest })),
    },
  };
}

/** A bundle signing `statement` (an object, or exact payload bytes) with `key`. */
export function signBundle(
  statement: Record<string, unknown> | Buffer,
  key: KeyObject,
  material: { hint: string } | { chain: Buffer[] } = { hint: 'test-key' },
): Buffer {
  const payload = Buffer.isBuffer(statement) ? statement : Buffer.from(JSON.stringify(statement));
  const type = 'application/vnd.in-toto+json';
  const curve = key.asymmetricKeyDetails?.namedCurve;
  const sig = sign(curve === 'secp384r1' ? 'sha384' : 'sha256', dsse.preAuthEncoding(type, payload), { key, dsaEncoding: 'der' });
  const vm =
    'hint' in material
      ? { publicKey: { hint: material.hint }, tlogEntries: [] }
      : { x509CertificateChain: { certificates: material.chain.map((c) => ({ rawBytes: c.toString('base64') })) }, tlogEntries: [] };
  return Buffer.from(
    JSON.stringify({
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: vm,
      dsseEnvelope: { payload: payload.toString('base64'), payloadType: type, signatures: [{ sig: sig.toString('base64'), keyid: '' }] },
    }),
  );
}
