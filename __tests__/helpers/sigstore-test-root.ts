// A Sigstore deployment made of test keys, for keyless tests that must PASS without relaxing any
// check: a Fulcio CA (root certificate), a CT log (its key signs the SCT embedded in each leaf), a
// Rekor log (its key signs each entry's inclusion promise, the SET, which is also the signing-time
// timestamp), and the trusted root (JSON) naming all three. @sigstore/verify then checks the chain at
// the log's time, the SCT, the SET, the tlog body against the envelope and the DSSE signature, with
// its default thresholds (one SCT, one tlog entry, one timestamp).
import { createHash, sign, webcrypto, KeyObject } from 'node:crypto';
import { X509Certificate as SigstoreCertificate, dsse, json } from '@sigstore/core';
import { x509 as px } from '../../src/util/x509lib.js';
import { makeCert, type TestCert } from './test-pki.js';
import { makeKey, type TestKey } from './oms-sign.js';

export interface TestSigstore {
  fulcio: TestCert;
  rekor: TestKey;
  ctlog: TestKey;
  /** The trusted root as the JSON file a user would pass (`--workload-trusted-root`). */
  trustedRoot: Buffer;
}

const spkiDer = (k: KeyObject) => k.export({ type: 'spki', format: 'der' });
const logId = (k: KeyObject) => createHash('sha256').update(spkiDer(k)).digest();

function tlogInstance(k: TestKey, url: string) {
  return {
    baseUrl: url,
    hashAlgorithm: 'SHA2_256',
    publicKey: { rawBytes: spkiDer(k.publicKey).toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start: '2020-01-01T00:00:00Z' } },
    logId: { keyId: logId(k.publicKey).toString('base64') },
  };
}

export async function makeTestSigstore(name = 'Test'): Promise<TestSigstore> {
  const fulcio = await makeCert({ name: `${name} Fulcio Root`, curve: 'P-256', ca: true });
  const rekor = makeKey();
  const ctlog = makeKey();
  const root = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [tlogInstance(rekor, 'https://rekor.test.invalid')],
    certificateAuthorities: [
      {
        subject: { organization: 'compute-receipt tests', commonName: `${name} Fulcio Root` },
        uri: 'https://fulcio.test.invalid',
        certChain: { certificates: [{ rawBytes: fulcio.der.toString('base64') }] },
        validFor: { start: '2020-01-01T00:00:00Z' },
      },
    ],
    ctlogs: [tlogInstance(ctlog, 'https://ctfe.test.invalid')],
    timestampAuthorities: [],
  };
  return { fulcio, rekor, ctlog, trustedRoot: Buffer.from(JSON.stringify(root)) };
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}

/** DER OCTET STRING of `content` (short or long form length). */
function octetString(content: Buffer): Buffer {
  const n = content.length;
  const len = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([0x04]), len, content]);
}

/**
 * A Fulcio-style leaf for `identity` from `issuer`, valid ten minutes from `at`, with an SCT from the
 * test CT log over its precertificate TBS. Returns the DER and the ephemeral signing key.
 */
async function fulcioLeaf(dep: TestSigstore, identity: string, issuer: string, at: Date): Promise<{ der: Buffer; key: KeyObject }> {
  const alg = { name: 'ECDSA', namedCurve: 'P-256' } as const;
  const keys = (await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify'])) as unknown as webcrypto.CryptoKeyPair;
  const base = {
    serialNumber: createHash('sha256').update(identity + at.toISOString()).digest('hex').slice(0, 30).replace(/^[89a-f]/, '1'),
    subject: '',
    issuer: dep.fulcio.px.subjectName,
    notBefore: at,
    notAfter: new Date(at.getTime() + 10 * 60_000),
    publicKey: keys.publicKey,
    signingKey: dep.fulcio.keys.privateKey,
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' } as unknown as Parameters<typeof px.X509CertificateGenerator.create>[0]['signingAlgorithm'],
  };
  const exts = [
    new px.KeyUsagesExtension(px.KeyUsageFlags.digitalSignature, true),
    new px.ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.3']),
    new px.SubjectAlternativeNameExtension([{ type: 'email', value: identity }], true),
    // Fulcio's v1 issuer extension: the OIDC issuer as raw bytes.
    new px.Extension('1.3.6.1.4.1.57264.1.1', false, new Uint8Array(Buffer.from(issuer, 'ascii'))),
  ];
  const pre = await px.X509CertificateGenerator.create({ ...base, extensions: exts });
  // The precertificate TBS, encoded as the verifier re-encodes it (the leaf without its SCT extension).
  const tbs = SigstoreCertificate.parse(Buffer.from(pre.rawData)).tbsCertificate.toDER();
  const issuerKeyHash = createHash('sha256').update(SigstoreCertificate.parse(Buffer.from(dep.fulcio.der)).publicKey).digest();
  const ts = Buffer.alloc(8);
  ts.writeBigUInt64BE(BigInt(at.getTime()));
  const len24 = Buffer.from([(tbs.length >> 16) & 0xff, (tbs.length >> 8) & 0xff, tbs.length & 0xff]);
  const signed = Buffer.concat([Buffer.from([0, 0]), ts, u16(1), issuerKeyHash, len24, tbs, u16(0)]);
  const sig = sign('sha256', signed, { key: dep.ctlog.privateKey, dsaEncoding: 'der' });
  const sct = Buffer.concat([Buffer.from([0]), logId(dep.ctlog.publicKey), ts, u16(0), Buffer.from([4, 3]), u16(sig.length), sig]);
  const list = Buffer.concat([u16(sct.length + 2), u16(sct.length), sct]);
  const sctExt = new px.Extension('1.3.6.1.4.1.11129.2.4.2', false, new Uint8Array(octetString(list)));
  const leaf = await px.X509CertificateGenerator.create({ ...base, extensions: [...exts, sctExt] });
  return { der: Buffer.from(leaf.rawData), key: KeyObject.from(keys.privateKey as unknown as webcrypto.CryptoKey) };
}

/** A keyless model_signing bundle: Fulcio leaf, DSSE over `payload`, one Rekor dsse entry with its SET. */
export async function signKeyless(dep: TestSigstore, payload: Buffer, identity: string, issuer: string, at = new Date('2026-06-01T12:00:00Z')): Promise<Buffer> {
  const leaf = await fulcioLeaf(dep, identity, issuer, at);
  const type = 'application/vnd.in-toto+json';
  const sig = sign('sha256', dsse.preAuthEncoding(type, payload), { key: leaf.key, dsaEncoding: 'der' });
  const certPem = `-----BEGIN CERTIFICATE-----\n${leaf.der.toString('base64')}\n-----END CERTIFICATE-----\n`;
  const body = Buffer.from(
    json.canonicalize({
      apiVersion: '0.0.1',
      kind: 'dsse',
      spec: {
        payloadHash: { algorithm: 'sha256', value: createHash('sha256').update(payload).digest('hex') },
        signatures: [{ signature: sig.toString('base64'), verifier: Buffer.from(certPem).toString('base64') }],
      },
    }),
  );
  const integratedTime = Math.floor(at.getTime() / 1000) + 1;
  const logIndex = 7;
  const setPayload = json.canonicalize({ body: body.toString('base64'), integratedTime, logIndex, logID: logId(dep.rekor.publicKey).toString('hex') });
  const set = sign('sha256', Buffer.from(setPayload), { key: dep.rekor.privateKey, dsaEncoding: 'der' });
  return Buffer.from(
    JSON.stringify({
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: {
        certificate: { rawBytes: leaf.der.toString('base64') },
        tlogEntries: [
          {
            logIndex: String(logIndex),
            logId: { keyId: logId(dep.rekor.publicKey).toString('base64') },
            kindVersion: { kind: 'dsse', version: '0.0.1' },
            integratedTime: String(integratedTime),
            inclusionPromise: { signedEntryTimestamp: set.toString('base64') },
            canonicalizedBody: body.toString('base64'),
          },
        ],
      },
      dsseEnvelope: { payload: payload.toString('base64'), payloadType: type, signatures: [{ sig: sig.toString('base64'), keyid: '' }] },
    }),
  );
}
