import type { VerifiedEvidence, VerifyOptions } from '../types.js';
import type { ParsedEvidence } from '../formats/parse.js';
import { verifyNvidiaGpus } from './nvidia-gpu.js';
import { verifyNrasTokens } from './nras.js';
import { verifySevSnpReport } from './sev-snp.js';
import { verifySimulatedQuote } from './simulated.js';
import { verifyTdx } from './tdx.js';

/** What a format's verifier decides; verifyEvidence adds format, file and digest. */
export type FormatVerdict = Omit<VerifiedEvidence, 'format' | 'file' | 'digest'>;

type ParsedOf<F extends ParsedEvidence['format']> = Extract<ParsedEvidence, { format: F }>;

/** One verifier per format (tests may replace an entry). */
export type VerifierRegistry = {
  [F in ParsedEvidence['format']]: (parsed: ParsedOf<F>, opts: VerifyOptions) => Promise<FormatVerdict> | FormatVerdict;
};

export const defaultVerifiers: VerifierRegistry = {
  'simulated-tdx-quote': (p, opts) => verifySimulatedQuote(p.quote, opts),
  'tdx-quote': (p, opts) => verifyTdx(p.quote, opts, p.eventLog ?? null),
  'sev-snp-report': (p, opts) => verifySevSnpReport(p.report, opts),
  'nvidia-spdm': (p, opts) =>
    verifyNvidiaGpus(p.gpus, opts, `NVIDIA SPDM GET_MEASUREMENTS evidence, ${p.gpus[0]!.spdm.measurements.length} measurement blocks`),
  'nvidia-evidence-list': (p, opts) => verifyNvidiaGpus(p.gpus, opts, `NVIDIA evidence list, ${p.gpus.length} GPU(s)`),
  'nras-eat': (p, opts) => verifyNrasTokens(p.tokens, opts),
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
