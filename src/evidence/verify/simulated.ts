import { createPublicKey, verify } from 'node:crypto';
import type { VerifyOptions, VerifyStep } from '../types.js';
import type { TdxQuote } from '../formats/tdx-quote.js';
import { tdxClaims } from '../formats/claims.js';
import { bindingStep } from './binding.js';
import type { FormatVerdict } from './registry.js';
import { verifyTdxEventLogs } from './tdx-eventlog.js';

/** A raw P-256 public key X||Y (64 bytes) as a KeyObject; throws when it is not a curve point. */
export function p256PublicKey(raw: Uint8Array) {
  const b = Buffer.from(raw);
  return createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: b.subarray(0, 32).toString('base64url'), y: b.subarray(32, 64).toString('base64url') },
    format: 'jwk',
  });
}

/** ECDSA P-256 / SHA-256 over `data` with an r||s signature; false (never a throw) on a bad key. */
export function verifyP256(data: Uint8Array, signature: Uint8Array, rawPublicKey: Uint8Array): boolean {
  try {
    return verify('sha256', data, { key: p256PublicKey(rawPublicKey), dsaEncoding: 'ieee-p1363' }, signature);
  } catch {
    return false;
  }
}

/**
 * The simulated quote: its signature by the key it carries, and its binding. It proves nothing about
 * hardware: `verified` means only "well-formed, self-consistent, bound to this job".
 */
export function verifySimulatedQuote(quote: TdxQuote, opts: VerifyOptions): FormatVerdict {
  const sigOk = verifyP256(quote.signedBytes, quote.signature, quote.attestationKey);
  const steps: VerifyStep[] = [
    { id: 'parse', ok: true, detail: 'simulated TDX-shaped quote v4 (QE vendor id SIMULATED-QUOTE!): no hardware' },
    {
      id: 'signature',
      ok: sigOk,
      detail: sigOk
        ? 'ECDSA P-256 signature over header and body verifies with the embedded throwaway key'
        : 'ECDSA P-256 signature over header and body does not verify with the embedded key',
    },
    bindingStep('REPORTDATA', quote.body.reportData, opts.reportData),
  ];
  // ok null only when the caller gave no expected report_data (evidence verify without --report-data).
  const bindingOk = steps[2]!.ok !== false;
  // A runtime event log (the execution flow's simulated RTMR3) replays like a real quote's; a
  // mismatch is a claim the policy reads, not a failed signature.
  const logs = verifyTdxEventLogs(quote, opts.aux ?? [], null);
  steps.push(...logs.steps);
  return {
    kind: 'simulated',
    status: sigOk && bindingOk ? 'verified' : 'failed',
    detail:
      sigOk && bindingOk
        ? 'simulated evidence: self-signed by a throwaway key and bound to this job; no hardware claim'
        : !sigOk
          ? 'simulated evidence: signature does not verify'
          : 'simulated evidence: REPORTDATA does not match the expected binding',
    steps,
    bindingMatches: steps[2]!.ok,
    claims: { ...tdxClaims(quote, true), ...logs.claims },
    trustRoots: 'none',
  };
}
