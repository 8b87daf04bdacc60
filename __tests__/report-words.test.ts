// A summary honest at a glance: the tier in the heading, a simulated or self-appraised pass apart from a
// hardware pass a verifier confirmed, no empty table header strip, no green mark on evidence, struck
// sentences once, trust roots in words that match what was checked; a compact PR comment; the Action's
// log speaks its input names.
import { describe, expect, it } from 'vitest';
import { inActionWords } from '../src/action/words.js';
import { lint } from '../src/claims/lint/index.js';
import type { Receipt } from '../src/receipt/schema.js';
import { renderComment, renderSummary } from '../src/report/index.js';
import { heading, trustRootsWords } from '../src/report/words.js';
import { deniedReceipt, makeReceipt } from './fixtures/action/receipt.js';

const hardware = (over: Partial<Receipt['policy_decision']> = {}): Receipt => {
  const r = makeReceipt();
  return {
    ...r,
    claim_tier: 'environment',
    attestation_result: { ...r.attestation_result, evidence: [{ ...r.attestation_result.evidence[0]!, kind: 'tdx', format: 'tdx-quote', verified: true, status: 'verified' }] },
    policy_decision: { ...r.policy_decision, ...over },
  };
};

describe('the heading', () => {
  it.each([
    ['simulated pass, self-appraised', makeReceipt(), 'create', '## 🧪 Compute receipt: PASS · simulated evidence, no hardware claim (self-appraised)'],
    ['hardware pass, self-appraised', hardware({ appraised_by: 'self' }), 'create', '## ☑️ Compute receipt: PASS · environment tier (hardware evidence) (self-appraised)'],
    ['hardware pass, a separate verifier', hardware({ appraised_by: 'verifier' }), 'verify', '## ✅ Compute receipt: PASS · environment tier (hardware evidence) (verified)'],
    ['deny', deniedReceipt(), 'verify', '## ❌ Compute receipt: DENY · no runtime claim (verified)'],
    ['hold', makeReceipt({ claim_tier: 'none', policy_decision: { ...makeReceipt().policy_decision, status: 'hold' } }), 'create', '## ⏸️ Compute receipt: HOLD · no runtime claim (self-appraised)'],
  ] as const)('%s', (_l, r, mode, want) => {
    expect(heading(r, mode)).toBe(want);
    expect(renderSummary(r, { mode }).split('\n')[0]).toBe(want);
    expect(lint(want.replace(/^## \S+ /, ''))).toEqual([]);
  });

  it('only a hardware pass that a verifier appraised gets the green mark', () => {
    expect(heading(makeReceipt({ policy_decision: { ...makeReceipt().policy_decision, appraised_by: 'verifier' } }), 'verify')).not.toContain('✅');
  });
});

describe('what the summary says was checked', () => {
  it.each([
    ['no evidence', makeReceipt({ attestation_result: { ...makeReceipt().attestation_result, evidence: [] } }), 'none used: no evidence was presented'],
    ['simulated evidence', makeReceipt(), 'none used: simulated evidence is signed by a throwaway key, not by a vendor chain'],
    ['a verified TDX quote', hardware(), 'the shipped vendor roots (Intel, AMD, NVIDIA; pinned by SHA-256)'],
    ['custom roots', makeReceipt({ attestation_result: { ...hardware().attestation_result, trust_roots: { custom: 'sha256:' + 'a'.repeat(64) } } }), `custom roots \`sha256:${'a'.repeat(64)}\` (test chains; shipped policies deny them)`],
  ] as const)('trust roots with %s', (_l, r, want) => {
    expect(trustRootsWords(r)).toBe(want);
    expect(renderSummary(r, { mode: 'create' })).toContain(`- **Trust roots**: ${want}`);
  });

  it('no empty header strip; no green mark in the evidence of a denial', () => {
    const md = renderSummary(deniedReceipt(), { mode: 'verify' });
    expect(md).not.toMatch(/^\| +\| +\|$/m);
    const runtime = md.slice(md.indexOf('### 🔒 Runtime'), md.indexOf('### 🧾 Job'));
    expect(runtime).not.toContain('✅');
  });

  it('a sentence struck in the claims file and in the PR body is listed once, with both places', () => {
    const s = { sentence: 'The benchmark proves the job ran.', category: 'benchmark-as-proof', rule: 'r', rewrite: 'The benchmark is capacity context.', why: 'w' };
    const r = makeReceipt({ struck_claims: [{ ...s, source: 'claims.md', line: 3 }, { ...s, source: 'pull request body', line: 7 }] });
    const md = renderSummary(r, { mode: 'create' });
    expect(md.split('The benchmark proves the job ran.').length - 1).toBe(1);
    expect(md).toContain('claims.md:3, pull request body:7');
    expect(md).toContain('### Struck sentences (1)');
    const c = renderComment(r, { mode: 'create', jobKey: 'k' });
    expect(c.split('The benchmark proves the job ran.').length - 1).toBe(1);
  });

  it('a replay leads with the file it found changed', () => {
    const r = makeReceipt({ policy_decision: { ...deniedReceipt().policy_decision, appraised_by: 'verifier' } });
    const md = renderSummary(r, {
      mode: 'verify',
      replay: {
        ok: false,
        mismatches: [{ field: 'output_digest', expected: 'sha256:1', actual: 'sha256:2' }],
        notes: [],
        policyMatchesReceipt: true,
        rederived: { workload: false, inputs: false, outputs: true },
        causes: [{ file: 'predictions.jsonl', status: 'FAILED', detail: 'outputs: its bytes differ from the receipt' }],
      },
    });
    const first = md.split('\n').findIndex((l) => l.includes('predictions.jsonl'));
    const replay = md.split('\n').findIndex((l) => l.startsWith('> Replay:'));
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(replay);
    expect(md).toContain('> <code>predictions.jsonl</code>: **FAILED** (outputs: its bytes differ from the receipt)');
  });
});

describe('the PR comment is compact', () => {
  it('decision, tier, allowed claim, blocked and struck sentences, and a link to the full summary', () => {
    const r = makeReceipt({
      struck_claims: [{ sentence: 'The benchmark proves the job ran.', category: 'benchmark-as-proof', rule: 'r', rewrite: 'The benchmark is capacity context.', why: 'w', source: 'pull request body', line: 2 }],
    });
    const c = renderComment(r, { mode: 'verify', jobKey: 'octo/ml#verify', runUrl: 'https://github.com/octo/ml/actions/runs/1', gate: { failOn: 'deny', failed: false } });
    expect(c.split('\n')[1]).toBe(heading(r, 'verify'));
    expect(c).toContain('### Allowed claim');
    expect(c).toContain(r.allowed_claim);
    expect(c).toContain('### Blocked claims');
    expect(c).toContain('~~The benchmark proves the job ran.~~');
    expect(c).toContain('→ The benchmark is capacity context.');
    expect(c).toContain('[the job summary of this run](https://github.com/octo/ml/actions/runs/1)');
    // The detail stays in the job summary.
    expect(c).not.toContain('### 🧾 Job (digests)');
    expect(c).not.toContain('Policy checks');
    expect(c.length).toBeLessThan(renderSummary(r, { mode: 'verify' }).length / 2);
  });
});

describe("the Action's log speaks its input names", () => {
  it.each([
    ["evidence verified at the verifier's clock 2026-12-02T10:00:00.000Z; pass --at to verify at another time (the receipt's issued_at is self-reported)", "evidence verified at the verifier's clock 2026-12-02T10:00:00.000Z; the Action verifies at the runner clock (the receipt's issued_at is self-reported)"],
    ['outputs not re-hashed (no --outputs): checked against the saved manifest only', 'outputs not re-hashed (no `outputs` input): checked against the saved manifest only'],
    ['re-hashed --outputs', 're-hashed the `outputs` input'],
    ['inputs not re-derived: the commitment is keyed; give --inputs and the input key', 'inputs not re-derived: the commitment is keyed; give the `inputs` and `input-key` inputs'],
  ])('%s', (cli, action) => {
    expect(inActionWords(cli)).toBe(action);
    expect(inActionWords(cli)).not.toMatch(/--[a-z]/);
  });
});
