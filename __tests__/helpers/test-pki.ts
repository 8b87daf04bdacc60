/**
 * Test PKI: certificate chains made from test keys, for tests that need a verification to PASS without
 * relaxing any check (the verifier is given these roots through `--trust-roots` / a custom TrustRoots).
 * Built with @peculiar/x509 over node's WebCrypto; every certificate comes back as a node
 * X509Certificate, its DER, its PEM, and the private key (as a node KeyObject) for signing evidence.
 */
import { KeyObject, X509Certificate, webcrypto } from 'node:crypto';
import { x509 as px } from '../../src/util/x509lib.js';

type CryptoKeyPair = webcrypto.CryptoKeyPair;

export type TestCurve = 'P-256' | 'P-384';

export interface TestCert {
  x509: X509Certificate;
  der: Buffer;
  pem: string;
  /** The certificate's private key, for signing evidence or children. */
  privateKey: KeyObject;
  publicKey: KeyObject;
  keys: CryptoKeyPair;
  curve: TestCurve;
  name: string;
  /** The library's own view of the certificate (for building children and CRLs). */
  px: px.X509Certificate;
}

export interface MakeCertOptions {
  /** Common name; the subject is `CN=<name>, O=compute-receipt tests`. */
  name: string;
  curve?: TestCurve;
  /** Signed by this certificate; self-signed when absent. */
  issuer?: TestCert;
  ca?: boolean;
  notBefore?: Date;
  notAfter?: Date;
  /** Further extensions (for example vendor-specific ones built with px.Extension). */
  extensions?: px.Extension[];
  serialNumber?: string;
}

const HASH: Record<TestCurve, string> = { 'P-256': 'SHA-256', 'P-384': 'SHA-384' };

let serial = 1;

export async function makeCert(o: MakeCertOptions): Promise<TestCert> {
  const curve = o.curve ?? 'P-256';
  const alg = { name: 'ECDSA', namedCurve: curve } as const;
  const keys = (await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify'])) as unknown as CryptoKeyPair;
  const ca = o.ca ?? o.issuer === undefined;
  const exts: px.Extension[] = [
    new px.BasicConstraintsExtension(ca, undefined, true),
    new px.KeyUsagesExtension(ca ? px.KeyUsageFlags.keyCertSign | px.KeyUsageFlags.cRLSign : px.KeyUsageFlags.digitalSignature, true),
    ...(o.extensions ?? []),
  ];
  const subject = `CN=${o.name}, O=compute-receipt tests`;
  const notBefore = o.notBefore ?? new Date('2020-01-01T00:00:00Z');
  const notAfter = o.notAfter ?? new Date('2049-12-31T00:00:00Z');
  const serialNumber = o.serialNumber ?? (serial++).toString(16).padStart(2, '0');
  const signer = o.issuer;
  const signingAlgorithm = { name: 'ECDSA', hash: HASH[signer?.curve ?? curve] } as unknown as Parameters<typeof px.X509CertificateGenerator.create>[0]['signingAlgorithm'];
  const cert = signer
    ? await px.X509CertificateGenerator.create({

        serialNumber,
        subject,
        issuer: signer.px.subjectName,
        notBefore,
        notAfter,
        publicKey: keys.publicKey,
        signingKey: signer.keys.privateKey,
        signingAlgorithm,
        extensions: exts,
      })
    : await px.X509CertificateGenerator.createSelfSigned({ serialNumber, name: subject, notBefore, notAfter, keys, signingAlgorithm, extensions: exts });
  const der = Buffer.from(cert.rawData);
  return {
    x509: new X509Certificate(der),
    der,
    pem: cert.toString('pem'),
    privateKey: KeyObject.from(keys.privateKey as unknown as webcrypto.CryptoKey),
    publicKey: KeyObject.from(keys.publicKey as unknown as webcrypto.CryptoKey),
    keys,
    curve,
    name: o.name,
    px: cert,
  };
}

/** A root, an intermediate and a leaf: the usual vendor shape. */
export async function makeChain(prefix = 'Test', curve: TestCurve = 'P-256'): Promise<{ root: TestCert; intermediate: TestCert; leaf: TestCert }> {
  const root = await makeCert({ name: `${prefix} Root CA`, curve });
  const intermediate = await makeCert({ name: `${prefix} Intermediate CA`, curve, issuer: root, ca: true });
  const leaf = await makeCert({ name: `${prefix} Leaf`, curve, issuer: intermediate, ca: false });
  return { root, intermediate, leaf };
}
