import { createHash } from 'node:crypto';
import type { AuxFile, EvidenceFormat, VerifiedEvidence, VerifyOptions } from '../types.js';
import { parseEvidence, type ParsedEvidence } from '../formats/parse.js';
import { sniffFormat } from '../formats/sniff.js';
import { formatKind } from '../formats/claims.js';
import { defaultVerifiers, type FormatVerdict, type VerifierRegistry } from './registry.js';

export interface EvidenceInput {
  bytes: Uint8Array;
  formatHint?: EvidenceFormat;
  aux?: AuxFile[];
}

/**
 * Parse and verify one piece of evidence (signatures, chains, binding; no policy). Never throws on
 * bad evidence: bytes that do not parse give status `failed` with a `parse` step saying why.
 * Misuse (a reportData that is not 64 bytes, a gpuNonce that is not 32) throws TypeError.
 */
export async function verifyEvidence(
  input: EvidenceInput,
  file: string,
  opts: VerifyOptions,
  verifiers: VerifierRegistry = defaultVerifiers,
): Promise<VerifiedEvidence> {
  if (opts.reportData !== null && opts.reportData.length !== 64) throw new TypeError('verifyEvidence: reportData must be exactly 64 bytes');
  if (opts.gpuNonce !== null && opts.gpuNonce.length !== 32) throw new TypeError('verifyEvidence: gpuNonce must be exactly 32 bytes');
  const digest = 'sha256:' + createHash('sha256').update(input.bytes).digest('hex');
  let parsed: ParsedEvidence;
  try {
    parsed = parseEvidence(input.bytes, input.formatHint);
  } catch (err) {
    const sniffed = sniffFormat(input.bytes);
    const format = sniffed === 'unknown' && input.formatHint !== undefined ? input.formatHint : sniffed;
    return {
      kind: formatKind(format),
      format,
      file,
      digest,
      status: 'failed',
      detail: 'evidence does not parse',
      steps: [{ id: 'parse', ok: false, detail: `parse failed: ${err instanceof Error ? err.message : String(err)}` }],
      bindingMatches: null,
      claims: {},
      trustRoots: 'none',
    };
  }
  let verdict: FormatVerdict;
  try {
    verdict = await dispatch(parsed, { ...opts, aux: input.aux ?? [] }, verifiers);
  } catch (err) {
    // A verifier must not throw on hostile input; if one does, the evidence did not verify.
    verdict = {
      kind: formatKind(parsed.format),
      status: 'failed',
      detail: 'verifier error',
      steps: [{ id: 'verify', ok: false, detail: err instanceof Error ? err.message : String(err) }],
      bindingMatches: null,
      claims: {},
      trustRoots: 'none',
    };
  }
  return { ...verdict, format: parsed.format, file, digest };
}

function dispatch(p: ParsedEvidence, opts: VerifyOptions, v: VerifierRegistry): Promise<FormatVerdict> | FormatVerdict {
  switch (p.format) {
    case 'simulated-tdx-quote':
      return v['simulated-tdx-quote'](p, opts);
    case 'tdx-quote':
      return v['tdx-quote'](p, opts);
    case 'sev-snp-report':
      return v['sev-snp-report'](p, opts);
    case 'nvidia-spdm':
      return v['nvidia-spdm'](p, opts);
    case 'nvidia-evidence-list':
      return v['nvidia-evidence-list'](p, opts);
    case 'nras-eat':
      return v['nras-eat'](p, opts);
    case 'unknown':
      return v.unknown(p, opts);
  }
}
