/**
 * OCSP (RFC 6960) in and out of DER, with the @peculiar ASN.1 schemas: bytes -> values and values ->
 * bytes, no crypto and no policy. The verifier (verify/ocsp.ts) hashes, signs nothing and checks the
 * signature, the CertID and the times.
 *
 * Also the few certificate fields an OCSP CertID is made of (the raw subject Name, the subject public
 * key bits, the serial), read with the same schemas so that no DER is walked by hand.
 */
import { AsnConvert, AsnParser, AsnProp, AsnPropTypes, AsnType, AsnTypeTypes, OctetString } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, Extension, ExtendedKeyUsage, Name, TBSCertificate, id_ce_extKeyUsage } from '@peculiar/asn1-x509';
import {
  BasicOCSPResponse,
  CertID,
  OCSPRequest,
  OCSPResponse,
  OCSPResponseStatus,
  Request,
  TBSRequest,
  id_pkix_ocsp_basic,
  id_pkix_ocsp_nonce,
} from '@peculiar/asn1-ocsp';

export const OCSP_SIGNING_EKU = '1.3.6.1.5.5.7.3.9';

/** Hash algorithms a CertID may name (RFC 6960 allows any; these are the ones in use). */
export const CERT_ID_HASHES: Readonly<Record<string, 'sha1' | 'sha256' | 'sha384' | 'sha512'>> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
export const HASH_OIDS: Readonly<Record<'sha1' | 'sha256' | 'sha384' | 'sha512', string>> = {
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
};

export interface OcspCertId {
  /** The hash algorithm's OID. */
  hashAlgorithm: string;
  issuerNameHash: Buffer;
  issuerKeyHash: Buffer;
  /** The serial number, uppercase hex without leading zero bytes (as node's X509Certificate prints it). */
  serial: string;
}

export type OcspCertStatus =
  | { kind: 'good' }
  | { kind: 'revoked'; time: Date; reason: number | null }
  | { kind: 'unknown' };

export interface OcspSingleResponse {
  certId: OcspCertId;
  status: OcspCertStatus;
  thisUpdate: Date;
  nextUpdate: Date | null;
}

export interface ParsedOcspResponse {
  /** RFC 6960 responseStatus: successful, malformedRequest, internalError, tryLater, sigRequired, unauthorized. */
  responseStatus: string;
  /** Present only when responseStatus is successful and the response type is id-pkix-ocsp-basic. */
  basic: {
    /** The DER of tbsResponseData, exactly the bytes the signature covers. */
    tbs: Buffer;
    signatureAlgorithm: string;
    signature: Buffer;
    /** DER certificates that came with the response (a delegated responder and its issuers). */
    certs: Buffer[];
    responderId: { byName: Buffer } | { byKey: Buffer };
    producedAt: Date;
    responses: OcspSingleResponse[];
    /** The nonce extension's value (RFC 8954: an OCTET STRING, unwrapped), or null. */
    nonce: Buffer | null;
  } | null;
}

function buf(a: ArrayBuffer | ArrayBufferView): Buffer {
  return ArrayBuffer.isView(a) ? Buffer.from(a.buffer, a.byteOffset, a.byteLength) : Buffer.from(a);
}

/** Uppercase hex of an INTEGER's content octets without leading zero bytes. */
export function serialHex(integer: ArrayBuffer | Uint8Array | Buffer): string {
  const h = buf(integer).toString('hex').toUpperCase().replace(/^(00)+/, '');
  return h === '' ? '00' : h;
}

function statusName(s: number): string {
  return OCSPResponseStatus[s] ?? `status ${s}`;
}

/** The nonce of an extension value: RFC 8954 wraps it in an OCTET STRING; older responders do not. */
function nonceValue(extnValue: Buffer): Buffer {
  try {
    const inner = AsnConvert.parse(extnValue, OctetString);
    return buf(inner.buffer);
  } catch {
    return extnValue;
  }
}

/** Parse an OCSPResponse. Throws (with the library's reason) when the bytes are not one. */
export function parseOcspResponse(der: Uint8Array): ParsedOcspResponse {
  const res = AsnParser.parse(der, OCSPResponse);
  const responseStatus = statusName(res.responseStatus);
  if (res.responseStatus !== OCSPResponseStatus.successful || !res.responseBytes) return { responseStatus, basic: null };
  if (res.responseBytes.responseType !== id_pkix_ocsp_basic) throw new Error(`response type ${res.responseBytes.responseType} is not id-pkix-ocsp-basic`);
  const basic = AsnParser.parse(res.responseBytes.response.buffer, BasicOCSPResponse);
  if (!basic.tbsResponseDataRaw) throw new Error('tbsResponseData has no encoding');
  const data = basic.tbsResponseData;
  const nonceExt = (data.responseExtensions ?? []).find((e) => e.extnID === id_pkix_ocsp_nonce);
  const rid = data.responderID;
  return {
    responseStatus,
    basic: {
      tbs: buf(basic.tbsResponseDataRaw),
      signatureAlgorithm: basic.signatureAlgorithm.algorithm,
      signature: buf(basic.signature),
      certs: (basic.certs ?? []).map((c) => buf(AsnConvert.serialize(c))),
      responderId: rid.byKey ? { byKey: buf(rid.byKey.buffer) } : { byName: buf(AsnConvert.serialize(rid.byName ?? new Name())) },
      producedAt: data.producedAt,
      responses: data.responses.map((r) => ({
        certId: {
          hashAlgorithm: r.certID.hashAlgorithm.algorithm,
          issuerNameHash: buf(r.certID.issuerNameHash.buffer),
          issuerKeyHash: buf(r.certID.issuerKeyHash.buffer),
          serial: serialHex(r.certID.serialNumber),
        },
        status: r.certStatus.revoked
          ? { kind: 'revoked', time: r.certStatus.revoked.revocationTime, reason: r.certStatus.revoked.revocationReason?.reason ?? null }
          : r.certStatus.unknown !== undefined
            ? { kind: 'unknown' }
            : r.certStatus.good !== undefined
              ? { kind: 'good' }
              : (() => {
                  throw new Error('a SingleResponse has no certStatus');
                })(),
        thisUpdate: r.thisUpdate,
        nextUpdate: r.nextUpdate ?? null,
      })),
      nonce: nonceExt ? nonceValue(buf(nonceExt.extnValue.buffer)) : null,
    },
  };
}

/** Whether these bytes are an OCSPResponse (a cheap first look, then a parse). */
export function isOcspResponse(bytes: Uint8Array): boolean {
  if (bytes.length < 5 || bytes[0] !== 0x30) return false;
  try {
    parseOcspResponse(bytes);
    return true;
  } catch {
    return false;
  }
}

/** An OCSPRequest for one or more CertIDs, with an RFC 8954 nonce extension when a nonce is given. */
export function encodeOcspRequest(ids: readonly OcspCertId[], nonce: Buffer | null): Buffer {
  const tbs = new TBSRequest({
    requestList: ids.map(
      (id) =>
        new Request({
          reqCert: new CertID({
            hashAlgorithm: new AlgorithmIdentifier({ algorithm: id.hashAlgorithm, parameters: null }),
            issuerNameHash: new OctetString(id.issuerNameHash),
            issuerKeyHash: new OctetString(id.issuerKeyHash),
            serialNumber: integerBytes(id.serial),
          }),
        }),
    ),
    ...(nonce ? { requestExtensions: [new Extension({ extnID: id_pkix_ocsp_nonce, critical: false, extnValue: new OctetString(AsnConvert.serialize(new OctetString(nonce))) })] } : {}),
  });
  return buf(AsnConvert.serialize(new OCSPRequest({ tbsRequest: tbs })));
}

/** The content octets of a positive INTEGER from its hex (a leading zero byte when the top bit is set). */
export function integerBytes(serial: string): ArrayBuffer {
  const b = Buffer.from(serial.length % 2 ? `0${serial}` : serial, 'hex');
  const out = b.length > 0 && (b[0]! & 0x80) !== 0 ? Buffer.concat([Buffer.from([0]), b]) : b;
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
}

/** Certificate fields a CertID is made of, and whether it may sign OCSP responses. */
export interface OcspCertFields {
  /** The DER of the subject Name, as encoded in the certificate (hashed into issuerNameHash). */
  subject: Buffer;
  /** The subject public key bits, without the BIT STRING's unused-bits octet (hashed into issuerKeyHash). */
  publicKeyBits: Buffer;
  serial: string;
  /** The extended key usage OIDs, or null when the certificate has no such extension. */
  extKeyUsage: string[] | null;
}

// TBSCertificate and Certificate schemas that also keep the subject Name's own encoding: a
// re-encoded Name could differ from the issuer's bytes, and the CertID hashes the bytes.
class TbsWithRawSubject extends TBSCertificate {
  declare subjectRaw?: ArrayBuffer;
}
AsnProp({ type: Name, raw: true })(TbsWithRawSubject.prototype, 'subject');
AsnType({ type: AsnTypeTypes.Sequence })(TbsWithRawSubject);
class CertWithRawSubject {
  tbsCertificate = new TbsWithRawSubject();
  signatureAlgorithm = new AlgorithmIdentifier();
  signatureValue = new ArrayBuffer(0);
}
AsnProp({ type: TbsWithRawSubject })(CertWithRawSubject.prototype, 'tbsCertificate');
AsnProp({ type: AlgorithmIdentifier })(CertWithRawSubject.prototype, 'signatureAlgorithm');
AsnProp({ type: AsnPropTypes.BitString })(CertWithRawSubject.prototype, 'signatureValue');
AsnType({ type: AsnTypeTypes.Sequence })(CertWithRawSubject);

/** Read the CertID fields of a DER certificate. Throws when it does not parse. */
export function ocspCertFields(der: Uint8Array): OcspCertFields {
  const c = AsnParser.parse(der, CertWithRawSubject);
  const tbs = c.tbsCertificate;
  if (!tbs.subjectRaw) throw new Error('the certificate subject has no encoding');
  const eku = (tbs.extensions ?? []).find((e) => e.extnID === id_ce_extKeyUsage);
  return {
    subject: buf(tbs.subjectRaw),
    publicKeyBits: buf(tbs.subjectPublicKeyInfo.subjectPublicKey),
    serial: serialHex(tbs.serialNumber),
    extKeyUsage: eku ? [...AsnConvert.parse(eku.extnValue.buffer, ExtendedKeyUsage)] : null,
  };
}
