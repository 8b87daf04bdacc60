import { describe, expect, it } from 'vitest';
import {
  COMMENT_LIMIT_CHARS,
  SELF_APPRAISED_NOTE,
  assemble,
  commentMarker,
  renderComment,
  renderLintSummary,
  renderSummary,
  utf8Bytes,
} from '../src/report/index.js';
import type { Receipt } from '../src/receipt/schema.js';
import { ReceiptSchema } from '../src/receipt/schema.js';
import { lint } from '../src/claims/lint/index.js';
import { STANDING_BLOCKED_CLAIMS } from '../src/claims/tiers.js';
import { deniedReceipt, makeReceipt } from './fixtures/action/receipt.js';

const HOSTILE_NAMES = ['<img src=x onerror=alert(1)>.bin', '@octocat.txt', '::set-output name=x::y', '| table | breaker |', '`code`.md', '</details><script>alert(1)</script>'];

function hostileReceipt(): Receipt {
  const r = makeReceipt();
  return {
    ...r,
    workload: { ...r.workload, name: '<img src=x onerror=alert(1)>' },
    binding: { ...r.binding, job: { ...r.binding.job, repository: '@octocat/| x |', workflow_ref: '::warning::pwned' } },
    attestation_result: {
      ...r.attestation_result,
      evidence: [{ ...r.attestation_result.evidence[0]!, source: 'file:<b>q</b>.bin', detail: '@octocat `x` </td></tr></table> ::error::x' }],
    },
    policy_decision: {
      ...r.policy_decision,
      checks: [...r.policy_decision.checks, { id: 'tdx.<i>x</i>', outcome: 'hold', observed: '| a | b |', expected: '@team', detail: '<details><summary>spoof</summary>' }],
    },
    struck_claims: [
      {
        sentence: 'Our benchmark proves the job ran <img src=x onerror=alert(1)> @octocat',
        category: 'benchmark-as-proof',
        rule: 'r1',
        rewrite: 'The benchmark is `context` | only',
        why: 'a benchmark measures capacity ::set-output name=a::b',
        source: 'pull request body',
        line: 3,
      },
    ],
  };
}

/** Structural soundness: balanced tags, no raw hostile HTML, tables with a constant cell count. */
function expectSound(md: string) {
  for (const tag of ['details', 'summary', 'sub', 'code']) {
    const open = md.match(new RegExp(`<${tag}[ >]`, 'g'))?.length ?? 0;
    const close = md.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0;
    expect(open, tag).toBe(close);
  }
  expect(md).not.toMatch(/<(img|script|b|i|table|td|tr)[\s>]/i);
  expect(md).not.toMatch(/@(octocat|team)/);
  for (const line of md.split('\n')) expect(line.trim()).not.toMatch(/^::/);
  const cells = (l: string) => l.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length;
  let width: number | null = null;
  for (const line of md.split('\n')) {
    if (line.startsWith('|')) {
      width ??= cells(line);
      expect(cells(line), line).toBe(width);
    } else width = null;
  }
}

describe('renderSummary', () => {
  it('shows the decision, tier, allowed claim, the three boxes apart, checks, blocked claims', () => {
    const md = renderSummary(makeReceipt(), { mode: 'create', receiptDigest: 'sha256:' + '5'.repeat(64) });
    expect(md).toMatch(/^## 🧪 Compute receipt: PASS · simulated evidence, no hardware claim \(self-appraised\)/);
    expect(md).toContain('- **Claim tier**: `simulated`');
    expect(md).toContain('### Allowed claim');
    expect(md).toContain(SELF_APPRAISED_NOTE);
    const cap = md.indexOf('### 📊 Capacity (benchmark)');
    const run = md.indexOf('### 🔒 Runtime (attestation)');
    const job = md.indexOf('### 🧾 Job (digests)');
    expect(cap).toBeGreaterThan(0);
    expect(run).toBeGreaterThan(cap);
    expect(job).toBeGreaterThan(run);
    expect(md).toContain('Simulated evidence');
    expect(md).toMatch(/<details><summary>Policy checks: 2 \(2 pass, 0 hold, 0 deny\)<\/summary>\n\n\| Check \| Outcome/);
    expect(md).toContain('### Blocked claims');
    expect(md).toContain('- ~~A benchmark result proves that this job ran.~~');
    expect(md).toContain('`sha256:' + '5'.repeat(64) + '`');
    expectSound(md);
  });

  it('a verifier report has no self-appraisal note and states the replay', () => {
    const r = makeReceipt();
    const v = { ...r, policy_decision: { ...r.policy_decision, appraised_by: 'verifier' as const } };
    const md = renderSummary(v, {
      mode: 'verify',
      replay: { ok: false, mismatches: [{ field: 'output_digest', expected: 'sha256:1', actual: '<b>x</b>' }], notes: ['outputs not re-hashed'], policyMatchesReceipt: false, rederived: { workload: false, inputs: false, outputs: true } },
    });
    expect(md).toContain('(verified)');
    expect(md).not.toContain(SELF_APPRAISED_NOTE);
    expect(md).toContain('**1 mismatch**');
    expect(md).toContain("The verifier's policy differs from the producer's.");
    expect(md).toContain('### Replay mismatches');
    expect(md).toContain('&lt;b&gt;x&lt;/b&gt;');
    expectSound(md);
  });

  it('a denial names the checks that denied and opens the checks table', () => {
    const md = renderSummary(deniedReceipt(), { mode: 'create', gate: { failOn: 'deny', failed: true } });
    expect(md).toMatch(/^## ❌ Compute receipt: DENY/);
    expect(md).toContain('- **Gate**: **failed** (`fail-on: deny`)');
    expect(md).toContain('<details open><summary>Policy checks: 3 (1 pass, 0 hold, 2 deny)');
    expect(md).toContain('<code>evidence.required</code> | ❌ deny');
  });

  it('shows a benchmark as capacity context only', () => {
    const r = makeReceipt({ benchmark_result: { id: 'mlperf.json', digest: 'sha256:' + '4'.repeat(64), file: 'benchmark/mlperf.json', claim_limit: 'capacity context only; not per-job proof' } });
    const md = renderSummary(r, { mode: 'create' });
    const box = md.slice(md.indexOf('### 📊 Capacity'), md.indexOf('### 🔒 Runtime'));
    expect(box).toContain('mlperf.json');
    expect(box).toContain('capacity context only; not per-job proof');
  });

  it('shows the nvidia-smi GPU inventory in the job box, labelled self-reported and escaped', () => {
    const r = makeReceipt();
    const gpu = (i: number, name: string) => ({ bus_id: `00000000:1${i}:00.0`, name, architecture: 'Hopper', uuid: `GPU-${i}`, serial: `16549220${i}`, vbios_version: '96.00.9F.00.01' });
    const inv = { source: 'nvidia-smi' as const, driver_version: '550.90.07', cuda_version: '12.4', cc_mode: 'ON', gpus: [gpu(0, 'NVIDIA H100 80GB HBM3'), gpu(1, '<img src=x onerror=alert(1)> | @octocat ::error::x')] };
    const withInv = { ...r, deployment: { ...r.deployment, gpu_inventory: inv } };
    expect(ReceiptSchema.safeParse(withInv).success).toBe(true);
    const md = renderSummary(withInv, { mode: 'create' });
    const box = md.slice(md.indexOf('### 🧾 Job (digests)'));
    expect(box).toContain('- **GPU inventory**: 2 GPUs listed by nvidia-smi (self-reported; the attested GPUs are in the runtime box): driver <code>550\\.90.07</code>, CUDA <code>12\\.4</code>, CC mode <code>ON</code>');
    expect(box).toContain('<details><summary>GPUs listed by nvidia-smi (2, self-reported)</summary>');
    expect(box).toContain('| <code>00000000:10:00.0</code> | NVIDIA H100 80GB HBM3 | Hopper | <code>96\\.00.9F.00.01</code> | <code>GPU-0</code> | <code>165492200</code> |');
    expect(box).toContain('&lt;img src=x onerror=alert(1)&gt; \\| @\u200doctocat');
    expectSound(md);
    // Without an inventory there is no row at all.
    expect(renderSummary(r, { mode: 'create' })).not.toContain('GPU inventory');
    // nvidia-smi may print N/A: shown as a dash, never as a value.
    const blank = { ...withInv, deployment: { ...r.deployment, gpu_inventory: { ...inv, driver_version: null, cc_mode: null, gpus: [] } } };
    expect(renderSummary(blank, { mode: 'create' })).toContain('0 GPUs listed by nvidia-smi (self-reported; the attested GPUs are in the runtime box): driver —, CUDA <code>12\\.4</code>, CC mode not read');
  });

  it('shows bidi controls in names instead of applying them', () => {
    const r = makeReceipt();
    const md = renderSummary({ ...r, workload: { ...r.workload, name: 'model\u202egpj.exe' }, job_id: 'job\u2066x\u2069' }, { mode: 'create' });
    expect(md).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(md).toContain('model&lt;U+202E&gt;gpj.exe');
  });

  it('escapes hostile file names, evidence fields, check details and PR sentences', () => {
    const md = renderSummary(hostileReceipt(), {
      mode: 'create',
      outputFiles: HOSTILE_NAMES.map((name) => ({ name, digest: '6'.repeat(64) })),
    });
    expectSound(md);
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;.bin');
    expect(md).toContain('@\u200doctocat.txt');
    expect(md).toContain('\\| table \\| breaker \\|');
    expect(md).toContain('\\`code\\`.md');
    expect(md).toContain('~~Our benchmark proves the job ran &lt;img src=x onerror=alert(1)&gt; @\u200doctocat~~');
    expect(md).toContain('&lt;/details&gt;&lt;script&gt;');
    expect(md).toContain('### Struck sentences (1)');
  });

  it('drops whole sections, lowest priority first, to stay under the limit', () => {
    const r = makeReceipt();
    const many = Array.from({ length: 400 }, (_, i) => ({ id: `c.${i}`, outcome: 'pass' as const, observed: 'o'.repeat(400), expected: 'e'.repeat(400), detail: 'd'.repeat(400) }));
    const big = { ...r, policy_decision: { ...r.policy_decision, checks: many } };
    const files = Array.from({ length: 200 }, (_, i) => ({ name: `<f${i}>`.repeat(40), digest: '6'.repeat(64) }));
    const full = renderSummary(big, { mode: 'create', outputFiles: files });
    const limit = 60_000;
    const small = renderSummary(big, { mode: 'create', outputFiles: files, limit });
    expect(utf8Bytes(full)).toBeGreaterThan(limit);
    expect(utf8Bytes(small)).toBeLessThanOrEqual(limit);
    expect(small).toContain('Left out to stay under the size limit: output files, policy checks');
    expect(small).not.toContain('Output files (');
    expect(small).toContain('### Allowed claim');
    expect(small).toContain('### 🧾 Job (digests)');
    expectSound(small);
  });

  it('stays under the 1 MiB job summary limit with a huge struck list', () => {
    const r = makeReceipt({
      struck_claims: Array.from({ length: 5000 }, (_, i) => ({ sentence: `s${i} ` + 'x'.repeat(2000), category: 'benchmark-as-proof', rule: 'r', rewrite: 'y'.repeat(2000), why: 'z'.repeat(2000), source: 'pr', line: i })),
    });
    const md = renderSummary(r, { mode: 'create' });
    expect(utf8Bytes(md)).toBeLessThanOrEqual(1024 * 1024);
    expect(md).toContain('more struck sentences not shown');
    expectSound(md);
  });
});

describe('renderComment', () => {
  it('starts with the hidden marker and stays under 65,536 characters', () => {
    const r = makeReceipt({
      struck_claims: Array.from({ length: 500 }, (_, i) => ({ sentence: `s${i} ` + 'x'.repeat(3000), category: 'benchmark-as-proof', rule: 'r', rewrite: 'y', why: 'z', source: 'pr', line: i })),
    });
    const c = renderComment(r, { mode: 'verify', jobKey: 'octo-org/ml/.github/workflows/ci.yml#verify:verify' });
    expect(c.startsWith('<!-- compute-receipt:octo-org/ml/.github/workflows/ci.yml#verify:verify -->\n')).toBe(true);
    expect(c.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(c.length).toBeLessThan(65_536);
    expectSound(c.slice(c.indexOf('\n') + 1));
  });

  it('a marker cannot close its HTML comment or break its line', () => {
    const m = commentMarker('a-->b\n<script> --!>');
    expect(m.slice(4, -3)).not.toMatch(/--|[<>\n]/);
    expect(m).toMatch(/^<!-- compute-receipt:[^\n]* -->$/);
  });
});

describe('assemble', () => {
  it('never cuts inside a section', () => {
    const sections = [
      { id: 'head', markdown: '# head', priority: 'required' as const },
      { id: 'a', markdown: '<details><summary>a</summary>\n\n' + 'x'.repeat(300) + '\n\n</details>', priority: 1 },
      { id: 'b', markdown: '<details><summary>b</summary>\n\n' + 'y'.repeat(50) + '\n\n</details>', priority: 2 },
    ];
    const out = assemble(sections, { limit: 300, measure: (s) => s.length });
    expect(out.dropped).toEqual(['a']);
    expect(out.markdown).toContain('y'.repeat(50));
    expect(out.markdown).not.toContain('x');
    expect(out.markdown.length).toBeLessThanOrEqual(300);
  });
});

describe('renderLintSummary', () => {
  it('lists findings with rewrite, escaped', () => {
    const md = renderLintSummary([{ source: 'docs/<x>.md', line: 3, category: 'benchmark-as-proof', rule: 'r', sentence: 'The @octocat benchmark proves it ran.', rewrite: 'The benchmark is context.', why: 'capacity only' }], ['docs/<x>.md']);
    expect(md).toContain('Claim lint: 1 sentence flagged');
    expect(md).toContain('<code>docs/&lt;x&gt;.md</code>:3');
    expectSound(md);
  });
});

describe('the project text passes the claim linter', () => {
  const bench = { id: 'mlperf.json', digest: 'sha256:' + '4'.repeat(64), file: 'benchmark/mlperf.json', claim_limit: 'capacity context only; not per-job proof' as const };
  const replay = { ok: false, mismatches: [{ field: 'output_digest', expected: 'a', actual: 'b' }], notes: ['outputs re-hashed'], policyMatchesReceipt: false, rederived: { workload: true, inputs: true, outputs: true } };
  it.each([
    ['create summary with a benchmark', () => renderSummary(makeReceipt({ benchmark_result: bench }), { mode: 'create', gate: { failOn: 'deny', failed: false } })],
    ['verify summary of a denial', () => renderSummary({ ...deniedReceipt(), benchmark_result: bench }, { mode: 'verify', replay, gate: { failOn: 'hold', failed: true } })],
    ['comment', () => renderComment(makeReceipt({ benchmark_result: bench }), { mode: 'verify', replay, jobKey: 'k' })],
    ['summary with struck sentences', () => renderSummary(hostileReceipt(), { mode: 'create' })],
  ])('%s: only quoted blocked or struck sentences are flagged', (_n, render) => {
    const quoted = new Set([...STANDING_BLOCKED_CLAIMS, 'Our benchmark proves the job ran <img src=x onerror=alert(1)> @octocat']);
    const flagged = lint(render()).filter((f) => ![...quoted].some((q) => f.sentence.includes(q.slice(0, 30)) || q.includes(f.sentence.replace(/\\/g, '').slice(0, 30))));
    expect(flagged.map((f) => `${f.category}: ${f.sentence}`)).toEqual([]);
  });
});

describe('fixtures', () => {
  it('are schema-valid receipts', () => {
    expect(ReceiptSchema.safeParse(makeReceipt()).success).toBe(true);
    // The strict schema refuses the hostile repository and check id (the renderer escapes them anyway);
    // every other hostile value is allowed text and is escaped where rendered.
    const issues = ReceiptSchema.safeParse(hostileReceipt()).error?.issues.map((i) => i.path.join('.'));
    expect(issues).toEqual(['binding.job.repository', 'policy_decision.checks.2.id']);
    expect(ReceiptSchema.safeParse(deniedReceipt()).success).toBe(true);
  });
});
