/**
 * OCSP response verification (RFC 6960), no policy. A response speaks for a certificate only when:
 *
 * - its responseStatus is `successful` and it is a BasicOCSPResponse;
 * - one of its SingleResponses names the certificate: the CertID's issuer name hash, issuer key hash
 *   (under the hash algorithm the CertID names) and serial number equal the certificate's;
 * - its signature over tbsResponseData verifies with the issuer's key, or with a delegated responder
 *   certificate that came with it, is issued by the issuer (or by a CA above it in the verified
 *   chain: chain.ts, at the clock) and carries the id-kp-OCSPSigning extended key usage; the
 *   ResponderID names the signer;
 * - the nonce is echoed when one was sent;
 * - thisUpdate is not after the clock and nextUpdate (when present) not before it, with 5 minutes of
 *   tolerance either way. A response outside that window is stale: it says nothing now (verifier
 *   unavailable), although it was good evidence when it was fresh (replay with `--at`).
 *
 * Anything else about a response that names the certificate fails: a forged or misdirected answer is
 * never read as "no answer".
 */
import { X509Certificate, createHash, randomBytes, verify as cryptoVerify } from 'node:crypto';
import { CERT_ID_HASHES, HASH_OIDS, OCSP_SIGNING_EKU, encodeOcspRequest, ocspCertFields, parseOcspResponse, type OcspCertId, type OcspSingleResponse, type ParsedOcspResponse } from '../formats/ocsp.js';
import { certName, verifyChain } from './chain.js';

/** NVIDIA's OCSP service, as NVIDIA's own verifiers reach it. */
export const NVIDIA_OCSP_URL = 'https://ocsp.ndis.nvidia.com/';
export const OCSP_CLOCK_SKEW_MS = 5 * 60 * 1000;
/** Largest OCSP response read from the network. */
export const OCSP_MAX_BYTES = 64 * 1024;
const OCSP_TIMEOUT_MS = 15_000;

export type OcspErrorCode = 'OCSP_MALFORMED' | 'OCSP_STATUS' | 'OCSP_NO_MATCH' | 'OCSP_SIGNATURE' | 'OCSP_RESPONDER' | 'OCSP_NONCE';

export type OcspCheck =
  | { result: 'good' | 'unknown'; detail: string; thisUpdate: Date }
  | { result: 'revoked'; detail: string; thisUpdate: Date; time: Date; reason: string }
  /** The response does not stand: forged, misdirected, unsigned by an authorised responder. */
  | { result: 'invalid'; code: OcspErrorCode; detail: string }
  /** A verified response outside its validity window at the clock. */
  | { result: 'stale'; detail: string; thisUpdate: Date }
  /** The responder could not answer now (tryLater, internalError): no answer, not a bad one. */
  | { result: 'unanswered'; detail: string };

const REASONS = [
  'unspecified',
  'keyCompromise',
  'cACompromise',
  'affiliationChanged',
  'superseded',
  'cessationOfOperation',
  'certificateHold',
  'reason 7',
  'removeFromCRL',
  'privilegeWithdrawn',
  'aACompromise',
];

/** Signature algorithms an OCSP response may use, by OID: the digest node:crypto is given (null: none). */
const SIGNATURE_ALGS: Readonly<Record<string, { hash: string | null; key: 'ec' | 'rsa' | 'ed25519' }>> = {
  '1.2.840.10045.4.3.2': { hash: 'sha256', key: 'ec' },
  '1.2.840.10045.4.3.3': { hash: 'sha384', key: 'ec' },
  '1.2.840.10045.4.3.4': { hash: 'sha512', key: 'ec' },
  '1.2.840.113549.1.1.11': { hash: 'sha256', key: 'rsa' },
  '1.2.840.113549.1.1.12': { hash: 'sha384', key: 'rsa' },
  '1.2.840.113549.1.1.13': { hash: 'sha512', key: 'rsa' },
  '1.3.101.112': { hash: null, key: 'ed25519' },
};

/** The CertID of `cert` as issued by `issuer`, under a hash algorithm (NVIDIA's verifiers use SHA-384). */
export function certIdFor(cert: X509Certificate, issuer: X509Certificate, hash: 'sha1' | 'sha256' | 'sha384' | 'sha512' = 'sha384'): OcspCertId {
  const i = ocspCertFields(issuer.raw);
  return {
    hashAlgorithm: HASH_OIDS[hash],
    issuerNameHash: createHash(hash).update(i.subject).digest(),
    issuerKeyHash: createHash(hash).update(i.publicKeyBits).digest(),
    serial: ocspCertFields(cert.raw).serial,
  };
}

/** An OCSP request for `cert` with a fresh 32-byte nonce. */
export function ocspRequestFor(cert: X509Certificate, issuer: X509Certificate): { der: Buffer; nonce: Buffer } {
  const nonce = randomBytes(32);
  return { der: encodeOcspRequest([certIdFor(cert, issuer)], nonce), nonce };
}

function matches(r: OcspSingleResponse, cert: X509Certificate, issuer: X509Certificate): boolean {
  const hash = CERT_ID_HASHES[r.certId.hashAlgorithm];
  if (!hash) return false;
  const want = certIdFor(cert, issuer, hash);
  return want.serial === r.certId.serial && want.issuerNameHash.equals(r.certId.issuerNameHash) && want.issuerKeyHash.equals(r.certId.issuerKeyHash);
}

function signatureVerifies(alg: string, tbs: Buffer, sig: Buffer, key: X509Certificate): boolean {
  const a = SIGNATURE_ALGS[alg];
  if (!a) return false;
  const kt = key.publicKey.asymmetricKeyType;
  if ((a.key === 'rsa' && kt !== 'rsa') || (a.key === 'ec' && kt !== 'ec') || (a.key === 'ed25519' && kt !== 'ed25519')) return false;
  try {
    return cryptoVerify(a.hash, tbs, key.publicKey, sig);
  } catch {
    return false;
  }
}

function responderIdNames(rid: { byName: Buffer } | { byKey: Buffer }, signer: X509Certificate): boolean {
  const f = ocspCertFields(signer.raw);
  if ('byKey' in rid) return createHash('sha1').update(f.publicKeyBits).digest().equals(rid.byKey);
  return rid.byName.equals(f.subject);
}

/**
 * Who signed the response, and whether it may answer for certificates of `issuer`. `above`: the
 * verified chain above the issuer (its issuer, ..., the pinned root); a delegated responder certified
 * by one of them is accepted too, since each of them could certify a new issuer anyway.
 */
function checkSigner(
  basic: NonNullable<ParsedOcspResponse['basic']>,
  issuer: X509Certificate,
  above: readonly X509Certificate[],
  at: Date,
): { ok: true; who: string } | { ok: false; code: OcspErrorCode; detail: string } {
  if (!SIGNATURE_ALGS[basic.signatureAlgorithm]) return { ok: false, code: 'OCSP_SIGNATURE', detail: `signature algorithm ${basic.signatureAlgorithm} is not supported` };
  const included: X509Certificate[] = [];
  for (const der of basic.certs) {
    try {
      included.push(new X509Certificate(der));
    } catch {
      return { ok: false, code: 'OCSP_MALFORMED', detail: 'a certificate that came with the response does not parse' };
    }
  }
  const signer = [issuer, ...included].find((c) => signatureVerifies(basic.signatureAlgorithm, basic.tbs, basic.signature, c));
  if (!signer) {
    return { ok: false, code: 'OCSP_SIGNATURE', detail: `the response signature verifies with neither the issuer ${certName(issuer)} nor any of the ${included.length} certificate(s) that came with it` };
  }
  if (!responderIdNames(basic.responderId, signer)) return { ok: false, code: 'OCSP_RESPONDER', detail: `the ResponderID does not name the signer ${certName(signer)}` };
  if (signer === issuer) return { ok: true, who: `the issuer ${certName(issuer)}` };
  // A delegated responder: issued by the issuer (or a CA above it in the verified chain), valid at
  // the clock, for OCSP signing.
  const eku = ocspCertFields(signer.raw).extKeyUsage;
  if (!eku?.includes(OCSP_SIGNING_EKU)) return { ok: false, code: 'OCSP_RESPONDER', detail: `responder ${certName(signer)} lacks the id-kp-OCSPSigning extended key usage` };
  let first: string | null = null;
  for (const ca of [issuer, ...above]) {
    const chain = verifyChain({ leaf: signer, anchors: [ca], at, maxDepth: 2 });
    if (chain.ok) return { ok: true, who: `the delegated responder ${certName(signer)} of ${certName(ca)}${ca === issuer ? '' : `, above the issuer ${certName(issuer)}`}` };
    first ??= `${chain.code}: ${chain.detail}`;
  }
  return { ok: false, code: 'OCSP_RESPONDER', detail: `responder ${certName(signer)} is not a certificate of the issuer ${certName(issuer)} or a CA above it, valid at the clock (${first})` };
}

/**
 * Check one DER OCSP response for `cert` issued by `issuer` (a chain already verified) at the clock.
 * `nonce`: the nonce this verifier sent, when it fetched the response itself. Never throws.
 */
export function checkOcspResponse(der: Uint8Array, cert: X509Certificate, issuer: X509Certificate, o: { at: Date; nonce: Buffer | null; above?: readonly X509Certificate[] }): OcspCheck {
  const name = certName(cert);
  let parsed: ParsedOcspResponse;
  try {
    parsed = parseOcspResponse(der);
  } catch (e) {
    return { result: 'invalid', code: 'OCSP_MALFORMED', detail: `the OCSP response for ${name} does not parse: ${e instanceof Error ? e.message : String(e)}` };
  }
  const basic = parsed.basic;
  if (!basic) {
    const detail = `the OCSP responder answered ${parsed.responseStatus} for ${name}`;
    return parsed.responseStatus === 'tryLater' || parsed.responseStatus === 'internalError' ? { result: 'unanswered', detail } : { result: 'invalid', code: 'OCSP_STATUS', detail };
  }
  let single: OcspSingleResponse | undefined;
  try {
    single = basic.responses.find((r) => matches(r, cert, issuer));
  } catch (e) {
    return { result: 'invalid', code: 'OCSP_MALFORMED', detail: `the certificates of ${name} cannot be read for a CertID: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!single) {
    const serials = basic.responses.map((r) => r.certId.serial).join(', ');
    return { result: 'invalid', code: 'OCSP_NO_MATCH', detail: `the OCSP response answers for serial(s) ${serials || 'none'}, not for ${name} (serial ${cert.serialNumber}) of ${certName(issuer)}` };
  }
  let signer: ReturnType<typeof checkSigner>;
  try {
    signer = checkSigner(basic, issuer, o.above ?? [], o.at);
  } catch (e) {
    return { result: 'invalid', code: 'OCSP_MALFORMED', detail: `the OCSP response for ${name}: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!signer.ok) return { result: 'invalid', code: signer.code, detail: `OCSP response for ${name}: ${signer.detail}` };
  if (o.nonce !== null) {
    if (basic.nonce === null) return { result: 'invalid', code: 'OCSP_NONCE', detail: `the OCSP response for ${name} does not echo the nonce sent: it may be a replayed answer` };
    if (!basic.nonce.equals(o.nonce)) return { result: 'invalid', code: 'OCSP_NONCE', detail: `the OCSP response for ${name} carries another nonce than the one sent` };
  }
  const t = o.at.getTime();
  // A revocation other than a hold is final: it stays true after the response's window.
  const final = single.status.kind === 'revoked' && single.status.reason !== 6 && single.status.time.getTime() <= t + OCSP_CLOCK_SKEW_MS;
  const when = `thisUpdate ${single.thisUpdate.toISOString()}${single.nextUpdate ? `, nextUpdate ${single.nextUpdate.toISOString()}` : ''}`;
  if (!final && single.thisUpdate.getTime() > t + OCSP_CLOCK_SKEW_MS) return { result: 'stale', thisUpdate: single.thisUpdate, detail: `the OCSP response for ${name} is not valid yet at ${o.at.toISOString()} (${when})` };
  if (!final && single.nextUpdate && single.nextUpdate.getTime() < t - OCSP_CLOCK_SKEW_MS) {
    return { result: 'stale', thisUpdate: single.thisUpdate, detail: `the OCSP response for ${name} expired at ${single.nextUpdate.toISOString()} (clock ${o.at.toISOString()}; replay with --at inside ${when})` };
  }
  const by = `signed by ${signer.who}; ${when}`;
  switch (single.status.kind) {
    case 'good':
      return { result: 'good', thisUpdate: single.thisUpdate, detail: `${name}: good (${by})` };
    case 'unknown':
      return { result: 'unknown', thisUpdate: single.thisUpdate, detail: `${name}: unknown to the responder (${by})` };
    case 'revoked': {
      const reason = single.status.reason === null ? 'no reason given' : (REASONS[single.status.reason] ?? `reason ${single.status.reason}`);
      return {
        result: 'revoked',
        thisUpdate: single.thisUpdate,
        time: single.status.time,
        reason,
        detail: `${name}: REVOKED at ${single.status.time.toISOString()} (${reason}${single.status.reason === 6 ? ': on hold, treated as revoked' : ''}; ${by})`,
      };
    }
  }
}

/** POST an OCSP request; the answer's status and body. Injected in tests. */
export type HttpPost = (url: string, body: Buffer, contentType: string) => Promise<{ status: number; body: Buffer }>;

export interface OcspOptions {
  /** Default https://ocsp.ndis.nvidia.com/ (tests: a local stand-in). */
  url?: string;
  post?: HttpPost;
}

/** Through the tool's network layer: proxy-aware, bounded in time and size. */
export const realHttpPost: HttpPost = async (url, body, contentType) => {
  const { createHttpFetcher, NetworkError } = await import('../../net/http.js');
  try {
    const res = await createHttpFetcher({ allowed: true, timeoutMs: OCSP_TIMEOUT_MS, maxBytes: OCSP_MAX_BYTES }).post(url, body, { contentType, accept: 'application/ocsp-response', maxBytes: OCSP_MAX_BYTES });
    return { status: res.status, body: res.body };
  } catch (e) {
    if (e instanceof NetworkError && e.status !== null) return { status: e.status, body: Buffer.alloc(0) };
    throw e;
  }
};
