import { X509Certificate } from 'node:crypto';

/**
 * X.509 chain building and checking, shared by every evidence verifier (TDX PCK and TCB signing
 * chains, SNP VCEK/VLEK chains, NVIDIA device and NRAS chains).
 *
 * Path building is bottom-up: from the leaf, each step picks a candidate issuer (intermediates first,
 * then anchors) whose subject matches the certificate's issuer AND whose key verifies its signature.
 * The path ends at a certificate that is byte-for-byte one of the anchors. Every certificate on the
 * path, the anchor included, must be valid at the clock; every issuer must be a CA. An anchor is trusted
 * because the caller pinned it, not because it is self-signed; a self-signed anchor's own signature is
 * still checked so that a corrupted root file cannot pass.
 */

export type ChainErrorCode =
  | 'CHAIN_EMPTY'
  | 'CHAIN_NO_ANCHOR'
  | 'CHAIN_SIGNATURE'
  | 'CHAIN_NOT_YET_VALID'
  | 'CHAIN_EXPIRED'
  | 'CHAIN_ISSUER_NOT_CA'
  | 'CHAIN_TOO_LONG'
  | 'CHAIN_REVOKED';

export interface ChainInput {
  leaf: X509Certificate;
  /** Untrusted certificates that may complete the path (from the evidence, a cert table, --certs). */
  intermediates?: readonly X509Certificate[];
  /** Trusted anchors (pinned shipped roots, or --trust-roots test roots). */
  anchors: readonly X509Certificate[];
  /** The verification clock. */
  at: Date;
  /**
   * Optional revocation check for each certificate on the path with its issuer (for example a CRL
   * lookup). Return a reason string when revoked, or null.
   */
  revoked?: (cert: X509Certificate, issuer: X509Certificate) => string | null;
  /** Longest path accepted, leaf and anchor included (default 8). */
  maxDepth?: number;
}

export type ChainResult =
  | { ok: true; path: X509Certificate[]; anchor: X509Certificate; detail: string }
  | { ok: false; code: ChainErrorCode; detail: string; path: X509Certificate[] };

/** A short printable name for a certificate: its subject CN, else the whole subject, one line. */
export function certName(c: X509Certificate): string {
  return dnName(c.subject);
}

/** The CN of a distinguished name as node prints it, else the whole name, on one line. */
export function dnName(dn: string): string {
  const cn = /(?:^|\n)CN=([^\n]*)/.exec(dn)?.[1];
  return (cn ?? dn).replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

function sameCert(a: X509Certificate, b: X509Certificate): boolean {
  return a.raw.equals(b.raw);
}

function signedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return cert.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

function validity(c: X509Certificate, at: Date): { code: ChainErrorCode; detail: string } | null {
  const from = new Date(c.validFrom);
  const to = new Date(c.validTo);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) {
    return { code: 'CHAIN_EXPIRED', detail: `${certName(c)}: validity period does not parse` };
  }
  if (at < from) return { code: 'CHAIN_NOT_YET_VALID', detail: `${certName(c)} is not valid before ${from.toISOString()} (clock ${at.toISOString()})` };
  if (at > to) return { code: 'CHAIN_EXPIRED', detail: `${certName(c)} expired ${to.toISOString()} (clock ${at.toISOString()})` };
  return null;
}

/** Build and check a path from `leaf` to one of `anchors`. Never throws on certificate content. */
export function verifyChain(input: ChainInput): ChainResult {
  const { leaf, anchors, at } = input;
  const intermediates = input.intermediates ?? [];
  const maxDepth = input.maxDepth ?? 8;
  if (anchors.length === 0) return { ok: false, code: 'CHAIN_NO_ANCHOR', detail: 'no trust anchor was given', path: [] };
  const path: X509Certificate[] = [leaf];
  let current = leaf;
  for (;;) {
    const bad = validity(current, at);
    if (bad) return { ok: false, ...bad, path };
    const anchor = anchors.find((a) => sameCert(a, current));
    if (anchor) {
      if (current.checkIssued(current) && !signedBy(current, current)) {
        return { ok: false, code: 'CHAIN_SIGNATURE', detail: `anchor ${certName(current)}: self-signature does not verify`, path };
      }
      const names = path.map(certName).join(' -> ');
      return { ok: true, path, anchor, detail: `chain ${names} verifies at ${at.toISOString()}` };
    }
    if (path.length >= maxDepth) return { ok: false, code: 'CHAIN_TOO_LONG', detail: `no anchor within ${maxDepth} certificates`, path };
    // Anchors first when both hold a matching issuer: a pinned copy wins over an untrusted one.
    const candidates = [...anchors, ...intermediates].filter((c) => !sameCert(c, current) && !path.some((p) => sameCert(p, c)));
    // By name first; whether the issuer may sign certificates at all is checked after its signature.
    const named = candidates.filter((c) => c.subject === current.issuer || current.checkIssued(c));
    if (named.length === 0) {
      return { ok: false, code: 'CHAIN_NO_ANCHOR', detail: `no trusted issuer for ${certName(current)} (issuer ${dnName(current.issuer)})`, path };
    }
    const issuer = named.find((c) => signedBy(current, c));
    if (!issuer) return { ok: false, code: 'CHAIN_SIGNATURE', detail: `signature of ${certName(current)} does not verify with its issuer's key`, path };
    if (!issuer.ca || !current.checkIssued(issuer)) {
      return { ok: false, code: 'CHAIN_ISSUER_NOT_CA', detail: `${certName(issuer)} signed ${certName(current)} but is not a CA allowed to sign certificates`, path };
    }
    const reason = input.revoked?.(current, issuer) ?? null;
    if (reason !== null) return { ok: false, code: 'CHAIN_REVOKED', detail: `${certName(current)} is revoked: ${reason}`, path };
    path.push(issuer);
    current = issuer;
  }
}


/** Parse every DER certificate, returning null for one that does not parse (the caller reports it). */
export function parseCertificates(ders: readonly Uint8Array[]): (X509Certificate | null)[] {
  return ders.map((d) => {
    try {
      return new X509Certificate(d);
    } catch {
      return null;
    }
  });
}
