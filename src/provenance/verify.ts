/**
 * The signature of a model_signing bundle: who signed the statement. No policy.
 *
 * Three ways, as `model_signing verify` offers them:
 * - `key`: the DSSE signature (PAE over the payload) verifies with the given public key;
 * - `certificate`: the bundle's leaf certificate chains (through the bundle's intermediates) to a
 *   certificate the caller trusts (src/evidence/verify/chain.ts), and its key verifies the signature;
 * - `sigstore` (keyless): @sigstore/verify checks the Fulcio chain, SCTs, transparency-log entries or
 *   timestamps and the signature under a Sigstore trusted root. Without a trusted root the signature
 *   is still checked with the bundle's certificate, but the identity it names is "unverified" and the
 *   result is `unavailable`, never `verified`.
 */
import { X509Certificate, createHash, createPublicKey, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { X509Certificate as SigstoreCertificate, dsse } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { Verifier, VerificationError, toSignedEntity, toTrustMaterial } from '@sigstore/verify';
import { certName, verifyChain } from '../evidence/verify/chain.js';
import { InputError, oneLine, q } from '../util/errors.js';
import type { ModelSignature } from './bundle.js';

export type SignatureMethod = 'key' | 'certificate' | 'sigstore';
export const SIGNATURE_METHODS: readonly SignatureMethod[] = ['key', 'certificate', 'sigstore'];

/** What the caller trusts, as bytes (files read at the edge). */
export interface SignatureMaterial {
  /** A PEM public key (`--workload-key`). */
  key?: Buffer;
  /** PEM certificates trusted as anchors for the bundle's chain (`--workload-cert-chain`). */
  caCerts?: Buffer;
  /** A Sigstore trusted root (JSON), for keyless bundles. */
  trustedRoot?: Buffer;
}

export interface SignatureVerdict {
  method: SignatureMethod;
  status: 'verified' | 'failed' | 'unavailable';
  /** `sha256:` + SHA-256 of the signing key's SubjectPublicKeyInfo (DER), when a key was found. */
  keyFingerprint: string | null;
  /** key: the key fingerprint; certificate: the leaf's identity; sigstore: the verified SAN, or "unverified". */
  signer: string;
  /** certificate: `sha256:` of the trusted anchor's DER; sigstore: the OIDC issuer; else null. */
  issuer: string | null;
  detail: string;
}

export function methodFor(m: SignatureMaterial): SignatureMethod {
  if (m.key) return 'key';
  if (m.caCerts) return 'certificate';
  return 'sigstore';
}

export function keyFingerprint(key: KeyObject): string {
  return 'sha256:' + createHash('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('hex');
}

/** The digest model_signing signs with for an EC key (by curve); null for EdDSA. */
function hashFor(key: KeyObject): string | null {
  const d = key.asymmetricKeyDetails;
  if (key.asymmetricKeyType === 'ed25519' || key.asymmetricKeyType === 'ed448') return null;
  switch (d?.namedCurve) {
    case 'secp384r1':
      return 'sha384';
    case 'secp521r1':
      return 'sha512';
    default:
      return 'sha256';
  }
}

function signatureVerifies(sig: ModelSignature, key: KeyObject): boolean {
  try {
    const pae = dsse.preAuthEncoding(sig.payloadType, sig.payload);
    return cryptoVerify(hashFor(key), pae, { key, dsaEncoding: 'der' }, sig.signature);
  } catch {
    return false;
  }
}

/** A PEM public key file; a certificate is accepted too (its key is used). */
export function parsePublicKey(pem: Buffer, shown: string): KeyObject {
  try {
    const text = pem.toString('utf8');
    if (text.includes('-----BEGIN CERTIFICATE-----')) return new X509Certificate(pem).publicKey;
    const k = createPublicKey(pem);
    if (k.type !== 'public') throw new Error('not a public key');
    return k;
  } catch {
    throw new InputError('SIGNATURE_MALFORMED', `workload key ${q(shown)} is not a PEM public key`);
  }
}

/** Every certificate in a PEM file (at least one). */
export function parsePemCertificates(pem: Buffer, shown: string): X509Certificate[] {
  const blocks = pem.toString('utf8').match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new InputError('SIGNATURE_MALFORMED', `certificate chain ${q(shown)} holds no PEM certificate`);
  return blocks.map((b, i) => {
    try {
      return new X509Certificate(b);
    } catch {
      throw new InputError('SIGNATURE_MALFORMED', `certificate ${i + 1} of ${q(shown)} does not parse`);
    }
  });
}

/** A Sigstore trusted root (JSON), parsed into @sigstore/verify's trust material. */
export function parseTrustedRoot(bytes: Buffer, shown: string): ReturnType<typeof toTrustMaterial> {
  try {
    const json = JSON.parse(bytes.toString('utf8')) as unknown;
    if (json === null || typeof json !== 'object' || !('certificateAuthorities' in json)) throw new Error('no certificateAuthorities');
    return toTrustMaterial(TrustedRoot.fromJSON(json));
  } catch (e) {
    throw new InputError('SIGNATURE_MALFORMED', `Sigstore trusted root ${q(shown)} does not parse (${oneLine((e as Error).message).slice(0, 200)})`);
  }
}

function leafOf(sig: ModelSignature): Buffer | null {
  switch (sig.material.kind) {
    case 'certificate':
      return sig.material.certificate;
    case 'certificate-chain':
      return sig.material.certificates[0]!;
    case 'public-key':
      return null;
  }
}

/** A certificate's identity for people: its SAN (email, URI), else its subject CN. Control characters collapsed. */
function identityOf(c: X509Certificate): string {
  const san = c.subjectAltName;
  return oneLine(san ? san.replace(/^(email|URI|DNS):/, '').replace(/, (email|URI|DNS):/g, ', ') : certName(c)) || '(no name)';
}

/** Verify the bundle's signature with the material the caller trusts, at the clock `at` (chains). */
export function verifyModelSignature(
  sig: ModelSignature,
  m: SignatureMaterial,
  at: Date,
  shown: { key?: string; caCerts?: string; trustedRoot?: string } = {},
): SignatureVerdict {
  const method = methodFor(m);
  switch (method) {
    case 'key': {
      const key = parsePublicKey(m.key!, shown.key ?? 'workload key');
      const fp = keyFingerprint(key);
      const ok = signatureVerifies(sig, key);
      return {
        method,
        status: ok ? 'verified' : 'failed',
        keyFingerprint: fp,
        signer: fp,
        issuer: null,
        detail: ok
          ? `the DSSE signature verifies with the given key ${fp}`
          : `wrong key: the DSSE signature does not verify with the given key ${fp} (another key signed it, or the bundle was altered)`,
      };
    }
    case 'certificate': {
      const anchors = parsePemCertificates(m.caCerts!, shown.caCerts ?? 'certificate chain');
      const leafDer = leafOf(sig);
      if (!leafDer) {
        return { method, status: 'failed', keyFingerprint: null, signer: 'unverified', issuer: null, detail: 'the bundle carries a public-key hint, not a certificate: verify it with a key' };
      }
      let leaf: X509Certificate;
      let intermediates: X509Certificate[];
      try {
        leaf = new X509Certificate(leafDer);
        intermediates = sig.material.kind === 'certificate-chain' ? sig.material.certificates.slice(1).map((c) => new X509Certificate(c)) : [];
      } catch {
        return { method, status: 'failed', keyFingerprint: null, signer: 'unverified', issuer: null, detail: "a certificate in the bundle's chain does not parse" };
      }
      const fp = keyFingerprint(leaf.publicKey);
      const chain = verifyChain({ leaf, intermediates, anchors, at });
      if (!chain.ok) {
        return { method, status: 'failed', keyFingerprint: fp, signer: identityOf(leaf), issuer: null, detail: `untrusted certificate chain: ${chain.detail}` };
      }
      const issuer = 'sha256:' + createHash('sha256').update(chain.anchor.raw).digest('hex');
      const ok = signatureVerifies(sig, leaf.publicKey);
      return {
        method,
        status: ok ? 'verified' : 'failed',
        keyFingerprint: fp,
        signer: identityOf(leaf),
        issuer,
        detail: ok
          ? `the DSSE signature verifies with ${identityOf(leaf)}'s certificate; ${chain.detail} (anchor ${issuer})`
          : `the DSSE signature does not verify with the key of the bundle's certificate ${identityOf(leaf)} (the bundle was altered)`,
      };
    }
    case 'sigstore': {
      const leafDer = leafOf(sig);
      if (!leafDer) {
        throw new InputError('USAGE', `the workload signature is signed with a key (hint ${q(sig.material.kind === 'public-key' ? sig.material.hint : '')}): give --workload-key`);
      }
      let leaf: SigstoreCertificate;
      try {
        leaf = SigstoreCertificate.parse(Buffer.from(leafDer));
      } catch {
        return { method, status: 'failed', keyFingerprint: null, signer: 'unverified', issuer: null, detail: "the bundle's certificate does not parse" };
      }
      const key = createPublicKey({ key: leaf.publicKey, format: 'der', type: 'spki' });
      const fp = keyFingerprint(key);
      if (!m.trustedRoot) {
        const ok = signatureVerifies(sig, key);
        const x = new X509Certificate(leafDer);
        return {
          method,
          status: ok ? 'unavailable' : 'failed',
          keyFingerprint: fp,
          signer: 'unverified',
          issuer: null,
          detail: ok
            ? `the DSSE signature verifies with the bundle's certificate, which names ${JSON.stringify(identityOf(x))}; that identity is unverified: no Sigstore trusted root was available to check its chain, SCTs and log entries`
            : "the DSSE signature does not verify with the bundle's certificate (the bundle was altered)",
        };
      }
      const trust = parseTrustedRoot(m.trustedRoot, shown.trustedRoot ?? 'trusted root');
      try {
        const signer = new Verifier(trust).verify(toSignedEntity(sig.bundle));
        const san = oneLine(signer.identity?.subjectAlternativeName ?? '');
        const iss = oneLine(signer.identity?.extensions?.issuer ?? '');
        if (!san || !iss) {
          return { method, status: 'failed', keyFingerprint: fp, signer: 'unverified', issuer: null, detail: 'the Fulcio certificate names no identity or no OIDC issuer' };
        }
        return {
          method,
          status: 'verified',
          keyFingerprint: fp,
          signer: san,
          issuer: iss,
          detail: `Sigstore keyless: certificate chain, SCTs, timestamps and the DSSE signature verify under the trusted root; identity ${JSON.stringify(san)} from issuer ${JSON.stringify(iss)}`,
        };
      } catch (e) {
        if (!(e instanceof VerificationError)) throw e;
        return { method, status: 'failed', keyFingerprint: fp, signer: 'unverified', issuer: null, detail: `Sigstore verification failed (${e.code}): ${oneLine(e.message)}` };
      }
    }
  }
}
