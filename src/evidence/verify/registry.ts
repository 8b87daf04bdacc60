import type { EvidenceKind, VerificationStatus, VerifiedEvidence, VerifyOptions, VerifyStep } from '../types.js';
import type { ParsedEvidence } from '../formats/parse.js';
import { eatClaims, nvidiaSpdmClaims } from '../formats/claims.js';
import { verifySevSnpReport } from './sev-snp.js';
import { hex } from '../formats/reader.js';
import { verifySimulatedQuote } from './simulated.js';
import { bindingStep } from './binding.js';
import { verifyTdx } from './tdx.js';

/** What a format's verifier decides; verifyEvidence adds format, file and digest. */
export type FormatVerdict = Omit<VerifiedEvidence, 'format' | 'file' | 'digest'>;

type ParsedOf<F extends ParsedEvidence['format']> = Extract<ParsedEvidence, { format: F }>;

/** One verifier per format. Later stages replace an entry (TDX chain + collateral, SNP, NVIDIA, NRAS). */
export type VerifierRegistry = {
  [F in ParsedEvidence['format']]: (parsed: ParsedOf<F>, opts: VerifyOptions) => Promise<FormatVerdict> | FormatVerdict;
};

/**
 * Evidence whose verifier is not built yet: still parsed, and its binding still compared, because a
 * foreign binding denies whatever the signatures would say.
 */
function notYetVerified(
  kind: EvidenceKind,
  parseDetail: string,
  binding: VerifyStep,
  notImplemented: string,
  claims: Record<string, unknown>,
): FormatVerdict {
  const steps: VerifyStep[] = [
    { id: 'parse', ok: true, detail: parseDetail },
    binding,
    { id: 'signature', ok: null, detail: notImplemented },
  ];
  const foreign = binding.ok === false;
  const status: VerificationStatus = foreign ? 'failed' : 'unsupported';
  return {
    kind,
    status,
    detail: foreign ? 'foreign binding: the evidence is bound to something other than this job' : notImplemented,
    steps,
    bindingMatches: binding.ok,
    claims,
    trustRoots: 'none',
  };
}

function gpuBinding(nonces: Buffer[], expected: Buffer | null): VerifyStep {
  if (expected === null) return { id: 'binding', ok: null, detail: 'SPDM request nonce not compared: no expected GPU nonce was given' };
  const bad = nonces.findIndex((n) => !n.equals(expected));
  if (bad === -1) return { id: 'binding', ok: true, detail: `the SPDM request nonce of ${nonces.length} GPU(s) equals the expected GPU nonce` };
  return bindingStep(`GPU ${bad} SPDM request nonce`, nonces[bad]!, expected);
}

export const defaultVerifiers: VerifierRegistry = {
  'simulated-tdx-quote': (p, opts) => verifySimulatedQuote(p.quote, opts),
  'tdx-quote': (p, opts) => verifyTdx(p.quote, opts, p.eventLog ?? null),
  'sev-snp-report': (p, opts) => verifySevSnpReport(p.report, opts),
  'nvidia-spdm': (p, opts) =>
    notYetVerified(
      'nvidia-gpu',
      `NVIDIA SPDM GET_MEASUREMENTS evidence, ${p.gpus[0]!.spdm.measurements.length} measurement blocks`,
      gpuBinding(
        p.gpus.map((g) => g.spdm.requestNonce),
        opts.gpuNonce,
      ),
      'NVIDIA GPU evidence verification is not implemented yet',
      nvidiaSpdmClaims(p.gpus),
    ),
  'nvidia-evidence-list': (p, opts) =>
    notYetVerified(
      'nvidia-gpu',
      `NVIDIA evidence list, ${p.gpus.length} GPU(s)`,
      gpuBinding(
        p.gpus.map((g) => g.spdm.requestNonce),
        opts.gpuNonce,
      ),
      'NVIDIA GPU evidence verification is not implemented yet',
      nvidiaSpdmClaims(p.gpus),
    ),
  'nras-eat': (p, opts) => {
    const claims = eatClaims(p.tokens);
    const nonces = [p.tokens.overall, ...Object.values(p.tokens.submods)].map((t) => t.claims['eat_nonce']);
    const expected = opts.gpuNonce === null ? null : hex(opts.gpuNonce);
    const bad = nonces.find((n) => typeof n !== 'string' || n.toLowerCase() !== expected);
    const binding: VerifyStep =
      expected === null
        ? { id: 'binding', ok: null, detail: 'eat_nonce not compared: no expected GPU nonce was given' }
        : bad === undefined
        ? { id: 'binding', ok: true, detail: 'eat_nonce of every token equals the expected GPU nonce' }
        : { id: 'binding', ok: false, detail: `eat_nonce ${String(bad)} does not equal the expected ${expected}: the evidence is bound to something else` };
    return notYetVerified(
      'nvidia-gpu',
      `NRAS detached EAT token set, ${Object.keys(p.tokens.submods).length} device token(s)`,
      binding,
      'NRAS token verification is not implemented yet',
      claims,
    );
  },
  unknown: () => ({
    kind: null,
    status: 'unsupported',
    detail: 'unrecognised evidence format',
    steps: [{ id: 'parse', ok: null, detail: 'no parser recognises these bytes' }],
    bindingMatches: null,
    claims: {},
    trustRoots: 'none',
  }),
};
