import { verify, X509Certificate } from 'node:crypto';
import { x509 } from '../../util/x509lib.js';
import type { Signed, TdxCollateralFiles } from '../formats/tdx-collateral.js';
import { pemCertificates } from '../roots.js';
import { certName, parseCertificates, verifyChain, type ChainErrorCode } from './chain.js';
import type { RevocationLookup } from './tdx-quote.js';

/**
 * Signatures, chains, CRLs and freshness of TDX collateral (no policy, no TCB matching).
 *
 * - CRLs: each must be signed by a certificate whose subject is its issuer: the root CRL by a pinned
 *   Intel root, the PCK CRL by the PCK Platform/Processor CA (checked itself against the root). A CRL
 *   whose nextUpdate has passed at the clock, or not yet begun, is stale: not used, and reported.
 * - TCB info and QE identity: ECDSA P-256 over the exact signed JSON bytes by an "Intel SGX TCB
 *   Signing" certificate that chains to a pinned root (root CRL applied), and issueDate <= clock <=
 *   nextUpdate.
 */

export interface VerifiedCrl {
  crl: x509.X509Crl;
  issuer: X509Certificate;
  source: string;
}

export interface CrlResult {
  crls: VerifiedCrl[];
  problems: string[];
}

/** Which failures are stale or missing material (verifier unavailable) rather than bad evidence. */
export type CollateralFailure = { kind: 'failed' | 'unavailable'; detail: string };

function tryCrl(der: Buffer): x509.X509Crl | null {
  try {
    return new x509.X509Crl(der);
  } catch {
    return null;
  }
}

/**
 * Verify every CRL candidate against the certificates that may issue it. `issuers` must already be
 * trusted (pinned anchors, or intermediates whose own chain was checked).
 */
export async function verifyCrls(candidates: TdxCollateralFiles['crls'], issuers: readonly X509Certificate[], at: Date): Promise<CrlResult> {
  const crls: VerifiedCrl[] = [];
  const problems: string[] = [];
  for (const c of candidates) {
    const crl = tryCrl(c.der);
    if (crl === null) {
      problems.push(`${c.source}: not a CRL`);
      continue;
    }
    const named = issuers.filter((i) => sameName(i, crl));
    let issuer: X509Certificate | null = null;
    for (const cand of named) {
      let ok = false;
      try {
        ok = await crl.verify({ publicKey: new x509.X509Certificate(cand.raw) });
      } catch {
        ok = false;
      }
      if (ok) {
        issuer = cand;
        break;
      }
    }
    if (issuer === null) {
      problems.push(named.length === 0 ? `${c.source}: CRL issuer ${crl.issuer} is not a trusted Intel CA here` : `${c.source}: CRL signature does not verify with its issuer's key`);
      continue;
    }
    const next = crl.nextUpdate;
    if (crl.thisUpdate > at) {
      problems.push(`${c.source}: CRL of ${certName(issuer)} is not valid before ${crl.thisUpdate.toISOString()} (clock ${at.toISOString()})`);
      continue;
    }
    if (next !== undefined && next < at) {
      problems.push(`${c.source}: CRL of ${certName(issuer)} expired ${next.toISOString()} (clock ${at.toISOString()})`);
      continue;
    }
    crls.push({ crl, issuer, source: c.source });
  }
  return { crls, problems };
}

function sameName(cert: X509Certificate, crl: x509.X509Crl): boolean {
  try {
    return new x509.X509Certificate(cert.raw).subjectName.toString() === crl.issuerName.toString();
  } catch {
    return false;
  }
}

/** A revocation lookup over verified CRLs: the CRL issued by `issuer` lists `cert`'s serial. */
export function crlLookup(crls: readonly VerifiedCrl[]): RevocationLookup {
  return (cert, issuer) => {
    for (const v of crls) {
      if (!v.issuer.raw.equals(issuer.raw)) continue;
      const entry = v.crl.findRevoked(new x509.X509Certificate(cert.raw));
      if (entry) return `serial ${cert.serialNumber} listed on ${certName(issuer)}'s CRL (${v.source}) since ${entry.revocationDate.toISOString()}`;
    }
    return null;
  };
}

/** Whether a CRL issued by this certificate was verified. */
export function hasCrlFrom(crls: readonly VerifiedCrl[], issuer: X509Certificate): boolean {
  return crls.some((c) => c.issuer.raw.equals(issuer.raw));
}

const STALE: readonly ChainErrorCode[] = ['CHAIN_EXPIRED', 'CHAIN_NOT_YET_VALID'];

/**
 * Verify one signed collateral object: its signature by a certificate from its issuer chain (or, when
 * it carries none, from the PEM files given), that certificate's chain to the anchors, and its dates.
 */
export function verifySignedCollateral(
  what: string,
  s: Signed<{ issueDate: string; nextUpdate: string }>,
  pool: readonly X509Certificate[],
  anchors: readonly X509Certificate[],
  at: Date,
  revoked: RevocationLookup,
): { ok: true; detail: string } | ({ ok: false } & CollateralFailure) {
  const own = s.issuerChainPem === null ? [] : (parseCertificates(pemCertificates(s.issuerChainPem)).filter((c) => c !== null) as X509Certificate[]);
  const candidates = [...own, ...pool];
  const signer = candidates.find((c) => {
    try {
      return verify('sha256', s.signed, { key: c.publicKey, dsaEncoding: 'ieee-p1363' }, s.signature);
    } catch {
      return false;
    }
  });
  if (!signer) {
    return candidates.length === 0
      ? { ok: false, kind: 'unavailable', detail: `${what} (${s.source}): no issuer chain was given (the "Intel SGX TCB Signing" certificate)` }
      : { ok: false, kind: 'failed', detail: `${what} (${s.source}): signature does not verify with any given TCB signing certificate` };
  }
  const chain = verifyChain({ leaf: signer, intermediates: candidates, anchors, at, revoked });
  if (!chain.ok) {
    return { ok: false, kind: STALE.includes(chain.code) ? 'unavailable' : 'failed', detail: `${what} (${s.source}) signer: ${chain.detail}` };
  }
  const issued = new Date(s.value.issueDate);
  const next = new Date(s.value.nextUpdate);
  if (issued > at) return { ok: false, kind: 'unavailable', detail: `${what} (${s.source}) was issued ${s.value.issueDate}, after the clock ${at.toISOString()}` };
  if (next < at) return { ok: false, kind: 'unavailable', detail: `${what} (${s.source}) expired: nextUpdate ${s.value.nextUpdate} is before the clock ${at.toISOString()}` };
  return { ok: true, detail: `${what} (${s.source}) signed by ${chain.path.map(certName).join(' -> ')}; valid ${s.value.issueDate} .. ${s.value.nextUpdate}` };
}
