import type { EvidenceKind, VerificationStatus, VerifiedEvidence, VerifyOptions, VerifyStep } from '../types.js';
import type { ParsedEvidence } from '../formats/parse.js';
import { eatClaims } from '../formats/claims.js';
import { verifyNvidiaGpus } from './nvidia-gpu.js';
import { verifySevSnpReport } from './sev-snp.js';
import { hex } from '../formats/reader.js';
import { verifySimulatedQuote } from './simulated.js';
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

export const defaultVerifiers: VerifierRegistry = {
  'simulated-tdx-quote': (p, opts) => verifySimulatedQuote(p.quote, opts),
  'tdx-quote': (p, opts) => verifyTdx(p.quote, opts, p.eventLog ?? null),
  'sev-snp-report': (p, opts) => verifySevSnpReport(p.report, opts),
  'nvidia-spdm': (p, opts) =>
    verifyNvidiaGpus(p.gpus, opts, `NVIDIA SPDM GET_MEASUREMENTS evidence, ${p.gpus[0]!.spdm.measurements.length} measurement blocks`),
  'nvidia-evidence-list': (p, opts) => verifyNvidiaGpus(p.gpus, opts, `NVIDIA evidence list, ${p.gpus.length} GPU(s)`),
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
