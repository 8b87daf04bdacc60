import { createHash, verify, X509Certificate } from 'node:crypto';
import type { TrustRoots, VerifyOptions, VerifyStep } from '../types.js';
import { CERT_DATA_PCK_CHAIN, CERT_DATA_QE_REPORT, pckChainPem, type TdxQuote } from '../formats/tdx-quote.js';
import { tdxClaims } from '../formats/claims.js';
import { hex } from '../formats/reader.js';
import { pemCertificates } from '../roots.js';
import { bindingStep } from './binding.js';
import { certName, parseCertificates, verifyChain } from './chain.js';
import { verifyP256 } from './simulated.js';
import { parsePckExtensions, type PckExtensions } from './sgx-pck.js';

/**
 * Intel TDX quote verification without collateral (no policy): the steps go-tdx-guest's
 * verify.TdxQuote runs with GetCollateral off.
 *
 * - `quote_signature`: ECDSA P-256 over header..body by the attestation key in the quote.
 * - `qe_report_signature`: the QE report (384 bytes) signed by the PCK leaf.
 * - `qe_report_data`: QE REPORTDATA = SHA-256(attestation key || QE auth data) || 32 zero bytes, which
 *   ties the attestation key to the Quoting Enclave the PCK leaf vouches for.
 * - `pck_chain`: PCK leaf -> PCK Platform/Processor CA -> Intel SGX Root CA (pinned) at the clock,
 *   with CRL lookups when CRLs were given (see tdx-collateral.ts).
 * - `pck_extensions`: the leaf's SGX extensions (FMSPC, PCE-ID, TCB components, PCESVN).
 */

export interface QuoteCheck {
  steps: VerifyStep[];
  /** The PCK leaf and the rest of the chain from the quote, when they parse. */
  pck: { leaf: X509Certificate; intermediates: X509Certificate[] } | null;
  extensions: PckExtensions | null;
  /** A signature, chain or extension step failed. */
  failed: boolean;
}

/** Intel roots among the trust roots (shipped: the pinned Intel SGX Root CA). */
export function intelAnchors(roots: TrustRoots): X509Certificate[] {
  return roots.certs.filter((c) => c.vendor === 'intel').map((c) => c.x509);
}

function p1363(data: Uint8Array, signature: Uint8Array, cert: X509Certificate): boolean {
  try {
    return verify('sha256', data, { key: cert.publicKey, dsaEncoding: 'ieee-p1363' }, signature);
  } catch {
    return false;
  }
}

export type RevocationLookup = (cert: X509Certificate, issuer: X509Certificate) => string | null;

/** Every check of the quote itself; CRL lookups come from the caller (collateral), when any. */
export function checkQuote(q: TdxQuote, opts: VerifyOptions, revoked?: RevocationLookup): QuoteCheck {
  const steps: VerifyStep[] = [];
  const sigOk = verifyP256(q.signedBytes, q.signature, q.attestationKey);
  steps.push({
    id: 'quote_signature',
    ok: sigOk,
    detail: sigOk
      ? 'ECDSA P-256 quote signature over header and TD report verifies with the attestation key'
      : 'ECDSA P-256 quote signature over header and TD report does not verify with the attestation key',
  });

  const qe = q.certificationData.qeReportCertificationData;
  if (q.certificationData.type !== CERT_DATA_QE_REPORT || qe === null) {
    steps.push({ id: 'qe_report_signature', ok: false, detail: `certification data type ${q.certificationData.type} is not 6 (QE report certification data)` });
    return { steps, pck: null, extensions: null, failed: true };
  }
  const pem = pckChainPem(q);
  const certs = pem === null ? [] : parseCertificates(pemCertificates(pem));
  if (qe.certificationData.type !== CERT_DATA_PCK_CHAIN || certs.length === 0 || certs.some((c) => c === null)) {
    const why =
      qe.certificationData.type !== CERT_DATA_PCK_CHAIN
        ? `inner certification data type ${qe.certificationData.type} is not 5 (PCK certificate chain)`
        : certs.length === 0
          ? 'the PCK certificate chain holds no certificate'
          : 'a certificate of the PCK chain does not parse';
    steps.push({ id: 'pck_chain', ok: false, detail: why });
    return { steps, pck: null, extensions: null, failed: true };
  }
  const [leaf, ...intermediates] = certs as X509Certificate[];

  const qeSigOk = p1363(qe.qeReport.raw, qe.qeReportSignature, leaf!);
  steps.push({
    id: 'qe_report_signature',
    ok: qeSigOk,
    detail: qeSigOk
      ? `QE report signature verifies with the PCK leaf key (${certName(leaf!)})`
      : `QE report signature does not verify with the PCK leaf key (${certName(leaf!)})`,
  });

  const want = Buffer.concat([createHash('sha256').update(q.attestationKey).update(qe.qeAuthData).digest(), Buffer.alloc(32)]);
  const rdOk = want.equals(qe.qeReport.reportData);
  steps.push({
    id: 'qe_report_data',
    ok: rdOk,
    detail: rdOk
      ? 'QE REPORTDATA = SHA-256(attestation key || QE auth data) || 32 zero bytes'
      : `QE REPORTDATA ${hex(qe.qeReport.reportData)} is not SHA-256(attestation key || QE auth data) || 32 zero bytes (${hex(want)})`,
  });

  const at = opts.at ?? new Date();
  const chain = verifyChain({ leaf: leaf!, intermediates, anchors: intelAnchors(opts.trustRoots), at, ...(revoked ? { revoked } : {}) });
  steps.push({ id: 'pck_chain', ok: chain.ok, detail: chain.ok ? `PCK ${chain.detail}` : `PCK chain: ${chain.detail}` });

  let extensions: PckExtensions | null = null;
  try {
    extensions = parsePckExtensions(leaf!.raw);
    steps.push({
      id: 'pck_extensions',
      ok: true,
      detail: `PCK SGX extensions: FMSPC ${hex(extensions.fmspc)}, PCE-ID ${hex(extensions.pceId)}, PCESVN ${extensions.pceSvn}, TCB components ${extensions.cpuSvnComponents.join('.')}`,
    });
  } catch (e) {
    steps.push({ id: 'pck_extensions', ok: false, detail: e instanceof Error ? e.message : String(e) });
  }
  const failed = steps.some((s) => s.ok === false);
  return { steps, pck: { leaf: leaf!, intermediates }, extensions, failed };
}

/** Claims the verifier adds to the parsed ones once the PCK leaf verified. */
export function pckClaims(e: PckExtensions): Record<string, unknown> {
  return {
    fmspc: hex(e.fmspc),
    pce_id: hex(e.pceId),
    pck_pce_svn: e.pceSvn,
    pck_tcb_components: e.cpuSvnComponents,
    ppid: hex(e.ppid),
  };
}

/** The parse step: version, body type and what lies after the signed data. */
export function parseStep(q: TdxQuote): VerifyStep {
  const pad =
    q.trailing.length === 0
      ? ''
      : q.trailing.allZero
        ? `; ${q.trailing.length} zero padding bytes after the signed data`
        : `; ${q.trailing.length} unsigned non-zero bytes after the signed data (ignored)`;
  return { id: 'parse', ok: true, detail: `TDX quote v${q.header.version}, body type ${q.bodyType}${pad}` };
}

export { bindingStep, tdxClaims };
