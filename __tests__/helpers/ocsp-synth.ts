/**
 * A stand-in OCSP responder for tests: responses built with the same ASN.1 schemas the verifier
 * parses with, signed with test keys (the issuer's own, or a delegated responder certificate made with
 * the id-kp-OCSPSigning usage), and served by a node:http server on 127.0.0.1.
 */
import { createHash, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AsnConvert, AsnParser, OctetString } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, Certificate, CRLReason, Extension } from '@peculiar/asn1-x509';
import {
  BasicOCSPResponse,
  CertID,
  CertStatus,
  KeyHash,
  OCSPRequest,
  OCSPResponse,
  OCSPResponseStatus,
  ResponderID,
  ResponseBytes,
  ResponseData,
  RevokedInfo,
  SingleResponse,
  id_pkix_ocsp_basic,
  id_pkix_ocsp_nonce,
} from '@peculiar/asn1-ocsp';
import { x509 as px } from '../../src/util/x509lib.js';
import { certIdFor } from '../../src/evidence/verify/ocsp.js';
import { integerBytes, ocspCertFields } from '../../src/evidence/formats/ocsp.js';
import { makeCert, type TestCert } from './test-pki.js';

export interface OcspAnswer {
  status: 'good' | 'revoked' | 'unknown';
  revokedAt?: Date;
  /** CRLReason (6 = certificateHold). */
  reason?: number;
  thisUpdate?: Date;
  /** null: no nextUpdate. Default thisUpdate + 7 days. */
  nextUpdate?: Date | null;
  /** The nonce to echo (null: none). */
  nonce?: Buffer | null;
  /** Answer for another serial than the one asked about. */
  serial?: string;
  /** Sign with this certificate's key (default: the issuer's); it is included in the response unless the issuer. */
  signer?: TestCert;
  /** Whether a signer other than the issuer comes with the response (default true). */
  includeSigner?: boolean;
  /** A non-successful responseStatus (no responseBytes). */
  responseStatus?: OCSPResponseStatus;
}

/** A DER OCSPResponse about `cert` issued by `issuer`. */
export function makeOcspResponse(cert: TestCert | { x509: import('node:crypto').X509Certificate }, issuer: TestCert, a: OcspAnswer): Buffer {
  if (a.responseStatus !== undefined) return Buffer.from(AsnConvert.serialize(new OCSPResponse({ responseStatus: a.responseStatus })));
  const id = certIdFor(cert.x509, issuer.x509);
  const thisUpdate = a.thisUpdate ?? new Date(Date.now() - 60_000);
  const nextUpdate = a.nextUpdate === undefined ? new Date(thisUpdate.getTime() + 7 * 86400_000) : a.nextUpdate;
  const status =
    a.status === 'good'
      ? new CertStatus({ good: null })
      : a.status === 'unknown'
        ? new CertStatus({ unknown: null })
        : new CertStatus({ revoked: new RevokedInfo({ revocationTime: a.revokedAt ?? new Date(thisUpdate.getTime() - 86400_000), ...(a.reason !== undefined ? { revocationReason: new CRLReason(a.reason) } : {}) }) });
  const signer = a.signer ?? issuer;
  const signerBits = ocspCertFields(signer.der).publicKeyBits;
  const data = new ResponseData({
    responderID: new ResponderID({ byKey: new KeyHash(createHash('sha1').update(signerBits).digest()) }),
    producedAt: thisUpdate,
    responses: [
      new SingleResponse({
        certID: new CertID({
          hashAlgorithm: new AlgorithmIdentifier({ algorithm: id.hashAlgorithm, parameters: null }),
          issuerNameHash: new OctetString(id.issuerNameHash),
          issuerKeyHash: new OctetString(id.issuerKeyHash),
          serialNumber: integerBytes(a.serial ?? id.serial),
        }),
        certStatus: status,
        thisUpdate,
        ...(nextUpdate ? { nextUpdate } : {}),
      }),
    ],
    ...(a.nonce ? { responseExtensions: [new Extension({ extnID: id_pkix_ocsp_nonce, critical: false, extnValue: new OctetString(AsnConvert.serialize(new OctetString(a.nonce))) })] } : {}),
  });
  const tbs = Buffer.from(AsnConvert.serialize(data));
  const hash = signer.curve === 'P-384' ? 'sha384' : 'sha256';
  const signature = sign(hash, tbs, signer.privateKey as KeyObject);
  const basic = new BasicOCSPResponse({
    tbsResponseData: data,
    signatureAlgorithm: new AlgorithmIdentifier({ algorithm: hash === 'sha384' ? '1.2.840.10045.4.3.3' : '1.2.840.10045.4.3.2' }),
    signature: new Uint8Array(signature).buffer,
    ...(signer !== issuer && a.includeSigner !== false ? { certs: [AsnConvert.parse(signer.der, Certificate)] } : {}),
  });
  return Buffer.from(
    AsnConvert.serialize(
      new OCSPResponse({
        responseStatus: OCSPResponseStatus.successful,
        responseBytes: new ResponseBytes({ responseType: id_pkix_ocsp_basic, response: new OctetString(AsnConvert.serialize(basic)) }),
      }),
    ),
  );
}

/** A delegated responder certificate issued by `issuer` (with id-kp-OCSPSigning unless `eku: false`). */
export function makeResponderCert(issuer: TestCert, o: { eku?: boolean; name?: string } = {}): Promise<TestCert> {
  return makeCert({
    name: o.name ?? 'Test OCSP Responder',
    curve: 'P-384',
    issuer,
    ca: false,
    extensions: o.eku === false ? [] : [new px.ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.9'])],
  });
}

export interface SeenRequest {
  serials: string[];
  nonce: Buffer | null;
  contentType: string | undefined;
}

/** What was asked, for the responder to answer: the serial asked about and the request's nonce. */
export type Answerer = (req: SeenRequest) => Buffer;

/** A node:http OCSP responder on 127.0.0.1 (POST application/ocsp-request). */
export async function startOcspResponder(answer: Answerer): Promise<{ url: string; requests: SeenRequest[]; close: () => Promise<void> }> {
  const requests: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        const r = AsnParser.parse(Buffer.concat(chunks), OCSPRequest);
        const n = (r.tbsRequest.requestExtensions ?? []).find((e) => e.extnID === id_pkix_ocsp_nonce);
        const seen: SeenRequest = {
          serials: r.tbsRequest.requestList.map((q) => Buffer.from(q.reqCert.serialNumber).toString('hex').toUpperCase().replace(/^(00)+/, '')),
          nonce: n ? Buffer.from(AsnConvert.parse(n.extnValue.buffer, OctetString).buffer) : null,
          contentType: req.headers['content-type'],
        };
        requests.push(seen);
        const body = answer(seen);
        res.writeHead(200, { 'content-type': 'application/ocsp-response' });
        res.end(body);
      } catch (e) {
        res.writeHead(400);
        res.end(String(e));
      }
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}
