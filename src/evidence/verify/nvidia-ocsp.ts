/**
 * Revocation status of NVIDIA GPU device certificate chains by OCSP, as NVIDIA's verifiers check it:
 * every certificate of a verified chain except the device leaf (the GPU makes that one itself at boot,
 * so NVIDIA's responder has no record of it) and the pinned root, each asked about with its issuer
 * (CertID under SHA-384, a fresh nonce), at NVIDIA's OCSP service.
 *
 * The answers come from files that travel with the evidence (a receipt's saved responses, `--certs`)
 * or, only when the network is allowed and no saved answer holds at the clock, from the service; what
 * was fetched is returned as material so that the receipt keeps it and `verify` replays offline.
 *
 * Per GPU: `cert_status` is `valid` only when every such certificate is `good` by a verified response,
 * `revoked` when any is revoked (the evidence then fails: a revoked device key signs nothing),
 * `unknown` when the responder does not know one, and null (verifier unavailable) when an answer is
 * missing or stale. A response that names a certificate but does not stand (bad signature, wrong
 * responder, missing nonce echo, malformed) fails the evidence.
 */
import { X509Certificate } from 'node:crypto';
import type { AuxFile, VerifyOptions, VerifyStep } from '../types.js';
import { isOcspResponse } from '../formats/ocsp.js';
import { certName } from './chain.js';
import { NVIDIA_OCSP_URL, checkOcspResponse, ocspRequestFor, realHttpPost, type OcspCheck } from './ocsp.js';

export interface GpuRevocation {
  step: VerifyStep;
  /** `valid` | `revoked` | `unknown`, or null when not every certificate has a usable answer. */
  certStatus: 'valid' | 'revoked' | 'unknown' | null;
  /** NRAS's word for the same: `good` | `revoked` | `unknown`, or null. */
  ocspStatus: 'good' | 'revoked' | 'unknown' | null;
  /** Why the evidence fails (revoked, or a response that does not stand), else null. */
  failure: string | null;
}

type Answer = { check: OcspCheck; from: string };
/** No answer: why, or (`offline`) the certificate for which none came and the network was off. */
type Missing = { missing: string; offline?: string };

/** What one verification run has asked and fetched, shared by the GPUs of one evidence item. */
export class OcspSession {
  private readonly saved: AuxFile[];
  private readonly answers = new Map<string, Promise<Answer | Missing>>();
  readonly material: AuxFile[] = [];

  constructor(
    aux: readonly AuxFile[],
    private readonly opts: VerifyOptions,
  ) {
    this.saved = aux.filter((a) => isOcspResponse(a.bytes));
  }

  /** The answer for `cert` issued by `issuer`: a saved one that holds, else a fetched one, else missing. */
  answer(cert: X509Certificate, issuer: X509Certificate, above: readonly X509Certificate[]): Promise<Answer | Missing> {
    const key = `${issuer.fingerprint256}/${cert.serialNumber}`;
    let a = this.answers.get(key);
    if (!a) {
      a = this.find(cert, issuer, above);
      this.answers.set(key, a);
    }
    return a;
  }

  private async find(cert: X509Certificate, issuer: X509Certificate, above: readonly X509Certificate[]): Promise<Answer | Missing> {
    const at = this.opts.at ?? new Date();
    const mine: Answer[] = [];
    for (const f of this.saved) {
      const check = checkOcspResponse(f.bytes, cert, issuer, { at, nonce: null, above });
      // A saved response about another certificate is simply not this one's answer.
      if (check.result === 'invalid' && check.code === 'OCSP_NO_MATCH') continue;
      mine.push({ check, from: f.name });
    }
    const bad = mine.find((m) => m.check.result === 'invalid');
    if (bad) return bad;
    const usable = mine.filter((m) => m.check.result !== 'stale' && m.check.result !== 'unanswered');
    // The newest usable answer speaks; a final revocation speaks whatever its age.
    const revoked = usable.find((m) => m.check.result === 'revoked');
    if (revoked) return revoked;
    const newest = usable.sort((x, y) => thisUpdate(y.check) - thisUpdate(x.check))[0];
    if (newest) return newest;
    const stale = mine[0];
    if (!this.opts.network) {
      return stale ?? { missing: '', offline: certName(cert) };
    }
    const url = this.opts.ocsp?.url ?? NVIDIA_OCSP_URL;
    const req = ocspRequestFor(cert, issuer);
    let res: { status: number; body: Buffer };
    try {
      res = await (this.opts.ocsp?.post ?? realHttpPost)(url, req.der, 'application/ocsp-request');
    } catch (e) {
      return { missing: `OCSP service unreachable for ${certName(cert)} (${url}): ${e instanceof Error ? e.message : String(e)}`.replace(/[\r\n]+/g, ' ') };
    }
    if (res.status !== 200) return { missing: `the OCSP service answered HTTP ${res.status} for ${certName(cert)} (${url})` };
    // Named by issuer and serial: serials are unique per issuer only.
    const name = `ocsp-${issuer.fingerprint256.replace(/:/g, '').slice(0, 12).toLowerCase()}-${cert.serialNumber.slice(0, 40).toLowerCase()}.der`;
    // Kept whatever it says, so that a replay sees the same answer.
    if (isOcspResponse(res.body)) this.material.push({ name, bytes: res.body });
    return { check: checkOcspResponse(res.body, cert, issuer, { at, nonce: req.nonce, above }), from: `${url} (saved as ${name})` };
  }

  /** Check every certificate of a verified device chain (leaf first, anchor last) but the leaf and the root. */
  async checkChain(path: readonly X509Certificate[], label: string): Promise<GpuRevocation> {
    const id = `${label}.ocsp`;
    const asked = path.slice(1, -1).map((c, i) => ({ cert: c, issuer: path[i + 2]!, above: path.slice(i + 3) }));
    if (asked.length === 0) {
      return { step: { id, ok: null, detail: 'no certificate between the device leaf and the root to ask OCSP about' }, certStatus: null, ocspStatus: null, failure: null };
    }
    const answers = await Promise.all(asked.map((a) => this.answer(a.cert, a.issuer, a.above)));
    const lines: string[] = [];
    const results: (OcspCheck['result'] | 'missing')[] = [];
    const offline = answers.flatMap((a) => ('missing' in a && a.offline ? [a.offline] : []));
    if (offline.length) lines.push(`no OCSP response came with the evidence for ${offline.join(', ')} (allow --network to ask NVIDIA's OCSP service, or give saved responses with --certs)`);
    for (const a of answers) {
      if ('missing' in a) {
        if (!a.offline) lines.push(a.missing);
        results.push('missing');
      } else {
        lines.push(a.check.result === 'invalid' ? `${a.check.code}: ${a.check.detail} (${a.from})` : `${a.check.detail} (${a.from})`);
        results.push(a.check.result);
      }
    }
    const detail = lines.join('; ');
    if (results.includes('invalid')) return { step: { id, ok: false, detail }, certStatus: null, ocspStatus: null, failure: `an OCSP response for the device chain does not stand: ${detail}` };
    if (results.includes('revoked')) return { step: { id, ok: false, detail }, certStatus: 'revoked', ocspStatus: 'revoked', failure: `a device certificate is revoked: ${detail}` };
    if (results.includes('unknown')) return { step: { id, ok: false, detail }, certStatus: 'unknown', ocspStatus: 'unknown', failure: null };
    if (results.includes('missing') || results.includes('stale') || results.includes('unanswered')) return { step: { id, ok: null, detail }, certStatus: null, ocspStatus: null, failure: null };
    return { step: { id, ok: true, detail }, certStatus: 'valid', ocspStatus: 'good', failure: null };
  }
}

function thisUpdate(c: OcspCheck): number {
  return 'thisUpdate' in c ? c.thisUpdate.getTime() : 0;
}
