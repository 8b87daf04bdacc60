import { describe, expect, it } from 'vitest';
import { STANDING_BLOCKED_CLAIMS, allowedClaim, claimTier, type ClaimFacts } from '../src/claims/tiers.js';
import { lint } from '../src/claims/lint/index.js';
import type { VerifiedEvidence } from '../src/evidence/types.js';

function ev(kind: VerifiedEvidence['kind'], status: VerifiedEvidence['status'], bindingMatches: boolean | null = true): VerifiedEvidence {
  return {
    kind,
    format: kind === 'simulated' ? 'simulated-tdx-quote' : kind === 'sev-snp' ? 'sev-snp-report' : kind === 'nvidia-gpu' ? 'nvidia-spdm' : 'tdx-quote',
    file: 'evidence/0.bin',
    digest: 'sha256:' + 'a'.repeat(64),
    status,
    detail: '',
    steps: [],
    bindingMatches,
    claims: { mr_td: 'b'.repeat(96), measurement: 'c'.repeat(96) },
    trustRoots: 'shipped',
  };
}

const base: ClaimFacts = {
  decision: 'pass',
  decisionReason: 'every check passed',
  deciding: [],
  policyId: 'gpu-tee-strict',
  policyDigest: 'sha256:' + 'd'.repeat(64),
  jobLabel: 'job train (acme/models run 42.1)',
  workloadDigest: 'sha256:' + '1'.repeat(64),
  inputCommitment: 'hmac-sha256:' + '2'.repeat(64),
  outputDigest: 'sha256:' + '3'.repeat(64),
  evidence: [],
  evidencePresented: false,
};

const cases: [string, Partial<ClaimFacts>, string][] = [
  ['hold, nothing presented', { decision: 'hold', decisionReason: 'held by evidence.required' }, 'none'],
  ['hold, real evidence unsupported', { decision: 'hold', evidence: [ev('tdx', 'unsupported')], evidencePresented: true }, 'none'],
  ['deny, nothing presented', { decision: 'deny', deciding: ['evidence.required'] }, 'denied'],
  ['deny, debug TD', { decision: 'deny', deciding: ['tdx.debug'], evidence: [ev('tdx', 'verified')], evidencePresented: true }, 'denied'],
  ['deny, foreign binding', { decision: 'deny', deciding: ['evidence.0.tdx.binding'], evidence: [ev('tdx', 'failed', false)], evidencePresented: true }, 'denied'],
  ['pass, simulated', { evidence: [ev('simulated', 'verified')], evidencePresented: true, policyId: 'demo' }, 'simulated'],
  ['pass, TDX', { evidence: [ev('tdx', 'verified')], evidencePresented: true }, 'environment'],
  ['pass, SNP + GPU', { evidence: [ev('sev-snp', 'verified'), ev('nvidia-gpu', 'verified')], evidencePresented: true }, 'environment'],
  ['pass, nothing required', { decisionReason: 'every check passed' }, 'none'],
  ['pass, hardware and simulated mixed', { evidence: [ev('tdx', 'verified'), ev('simulated', 'verified')], evidencePresented: true }, 'simulated'],
  // The two-phase flow (docs/execution.md): only a pass on a verified TDX quote with every execution condition met.
  ['pass, TDX, begin and seal replayed, image pinned', { evidence: [ev('tdx', 'verified')], evidencePresented: true, execution: { eligible: true, reason: 'begin and seal replayed' } }, 'execution'],
  ['pass, TDX, image not pinned', { evidence: [ev('tdx', 'verified')], evidencePresented: true, execution: { eligible: false, reason: 'policy p does not pin the measured image (tdx.mr_td not set)' } }, 'environment'],
  ['pass, SNP, execution flagged', { evidence: [ev('sev-snp', 'verified')], evidencePresented: true, execution: { eligible: true, reason: 'x' } }, 'environment'],
  ['hold, TDX, begin and seal replayed', { decision: 'hold', evidence: [ev('tdx', 'verified')], evidencePresented: true, execution: { eligible: true, reason: 'x' } }, 'none'],
  ['pass, simulated, begin and seal replayed', { evidence: [ev('simulated', 'verified')], evidencePresented: true, policyId: 'demo', execution: { eligible: false, reason: 'simulated evidence: begin and seal were replayed from a simulated RTMR3, no hardware claim' } }, 'simulated'],
];

describe('claim tiers', () => {
  it.each(cases)('%s -> %s', (_name, patch, tier) => {
    const f = { ...base, ...patch };
    expect(claimTier(f)).toBe(tier);
  });

  it.each(cases)('the allowed claim for "%s" passes the claim linter', (_name, patch) => {
    const f = { ...base, ...patch };
    const text = allowedClaim(claimTier(f), f);
    expect(lint(text)).toEqual([]);
  });

  it('environment claims say what attestation does not show', () => {
    const f = { ...base, evidence: [ev('tdx', 'verified')], evidencePresented: true };
    expect(allowedClaim('environment', f)).toMatch(/does not show that the workload produced the outputs/);
  });

  it('the execution claim states its order, its assumptions and what it does not show; below it the reason is given', () => {
    const f = { ...base, evidence: [ev('tdx', 'verified')], evidencePresented: true, execution: { eligible: true, reason: 'r' } };
    expect(allowedClaim('execution', f)).toMatch(/^In one boot of the measured Intel TDX image \(MRTD bbbbbbbbbbbbbbbb… and RTMR0-2 pinned by policy gpu-tee-strict@sha256:dddddddddddd\), the agent recorded workload .* before it recorded outputs .*ephemeral runner and job steps without root in the TD; it does not show that the outputs are correct\.$/);
    const below = { ...f, execution: { eligible: false, reason: 'no TDX quote' } };
    expect(allowedClaim('environment', below)).toMatch(/The execution tier was not reached: no TDX quote\.$/);
  });

  it('every standing blocked claim is one the linter flags', () => {
    for (const s of STANDING_BLOCKED_CLAIMS) expect(lint(s).length, s).toBe(1);
  });
});
