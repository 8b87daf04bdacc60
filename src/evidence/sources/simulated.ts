import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { CollectedEvidence, EvidenceSource, SourceSupport } from '../types.js';
import { encodeSimulatedQuote, simulatedSignedBytes } from '../formats/simulated-quote.js';

/**
 * A simulated TDX-shaped quote carrying reportData, signed by `privateKey` (ECDSA P-256) or by a key
 * made for this call and thrown away. See src/evidence/formats/simulated-quote.ts for the layout.
 */
export function makeSimulatedQuote(reportData: Uint8Array, privateKey?: KeyObject, rtmr3?: Uint8Array): Buffer {
  const key = privateKey ?? generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  const jwk = key.export({ format: 'jwk' });
  if (jwk.crv !== 'P-256' || jwk.x === undefined || jwk.y === undefined) throw new TypeError('makeSimulatedQuote: key must be ECDSA P-256');
  const publicKey = Buffer.concat([Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]);
  const signed = simulatedSignedBytes(reportData, rtmr3);
  const signature = sign('sha256', signed, { key, dsaEncoding: 'ieee-p1363' });
  return encodeSimulatedQuote(signed, signature, publicKey);
}

/** `simulated`: for demos and tests only; marked as simulated in its own bytes. */
export class SimulatedSource implements EvidenceSource {
  readonly kind = 'simulated';
  /** `rtmr3`: the simulated TD's register, when `begin` extended one (docs/execution.md). */
  constructor(private readonly rtmr3?: () => Promise<Buffer>) {}
  async isSupported(): Promise<SourceSupport> {
    return { supported: true, reason: 'simulated evidence: no hardware, a throwaway key per run' };
  }
  async collect(reportData: Buffer): Promise<CollectedEvidence[]> {
    const rtmr3 = this.rtmr3 ? await this.rtmr3() : undefined;
    return [{ source: this.kind, bytes: makeSimulatedQuote(reportData, undefined, rtmr3), formatHint: 'simulated-tdx-quote' }];
  }
}
