// `compare` and the tier `reproduced` (issue 16): receipts made by the real `create` and `demo`,
// compared under the verifier's policy; equal, denied (naming the file), held (not independent,
// keyed inputs without the key), and an allowed-to-differ file with its reason.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { canonicalize } from '../src/binding/jcs.js';
import { lint } from '../src/claims/lint/index.js';
import { runDemo } from '../src/cli/demo.js';
import { compareReceipts, type CompareOptions } from '../src/compare/compare.js';
import { diffManifests } from '../src/compare/diff.js';
import { distinctPlatforms, platformIds } from '../src/compare/independence.js';
import { renderCompareText } from '../src/compare/render-text.js';
import { CompareSchema, compareJsonSchema } from '../src/compare/schema.js';
import { writeCompare } from '../src/compare/write.js';
import { parsePolicy } from '../src/policy/index.js';
import { renderCompareComment, renderCompareSummary } from '../src/report/compare-summary.js';
import { create, type RunDeps } from '../src/run.js';
import { InputError } from '../src/util/errors.js';
import type { VerifiedEvidence } from '../src/evidence/types.js';

const root = join(__dirname, '..');
let work = '';

function env(run: string, runner: string, provider: string): NodeJS.ProcessEnv {
  return {
    GITHUB_REPOSITORY: 'octo-org/ml',
    GITHUB_RUN_ID: run,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'c'.repeat(40),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: runner,
    COMPUTE_RECEIPT_PROVIDER: provider,
  };
}

const deps = (e: NodeJS.ProcessEnv = {}): RunDeps => ({ cwd: work, env: e, now: () => new Date('2026-12-02T12:00:00Z') });

/** A copy of the demo example as a job's working tree, with edits applied. */
function tree(name: string, edit: (dir: string) => void = () => {}): string {
  const dir = join(work, name);
  cpSync(join(root, 'examples', 'demo'), dir, { recursive: true });
  edit(dir);
  return dir;
}

/** A receipt made as a user makes one: `create` on a job tree, no evidence, under `reproduce`. */
async function receipt(name: string, dir: string, e: NodeJS.ProcessEnv, extra: { inputKey?: Buffer; jobId?: string; oidcToken?: string } = {}): Promise<string> {
  const out = join(work, `${name}-receipt`);
  await create(
    {
      workload: [join(dir, 'model')],
      inputs: [join(dir, 'inputs')],
      outputs: [join(dir, 'outputs')],
      evidence: ['none'],
      policy: 'reproduce',
      storage: 'ephemeral',
      network: false,
      out,
      jobId: extra.jobId ?? 'infer',
      ...(extra.inputKey ? { inputKey: extra.inputKey } : {}),
      ...(extra.oidcToken ? { oidcToken: extra.oidcToken } : {}),
    },
    deps(e),
  );
  return out;
}

const cmp = (receipts: string[], extra: Partial<CompareOptions> = {}, e: NodeJS.ProcessEnv = {}) =>
  compareReceipts({ receipts, policy: 'reproduce', network: false, ...extra }, deps(e));
const outcome = (c: { checks: { id: string; outcome: string }[] }, id: string) => c.checks.find((k) => k.id === id)?.outcome;

let base: string;
let a: string;
let b: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cr-compare-'));
  base = tree('job');
  a = await receipt('a', base, env('101', 'runner-a', 'cloud-a'));
  b = await receipt('b', tree('job-b'), env('202', 'runner-b', 'cloud-b'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('two real runs of the demo example in different output directories', () => {
  it('from two directories on one machine: outputs equal, but one job context, so held', async () => {
    const d1 = join(work, 'demo-1');
    const d2 = join(work, 'demo-2');
    await runDemo(d1, deps());
    await runDemo(d2, deps());
    const r = await compareReceipts({ receipts: [d1, d2], policy: 'demo', network: false }, deps());
    const c = r.compare;
    expect(c.workload.result).toBe('equal');
    expect(c.inputs.result).toBe('equal');
    expect(c.outputs.result).toBe('equal');
    expect(c.outputs.matching).toBe(2);
    expect(c.receipts.map((x) => x.verify.claim_tier)).toEqual(['simulated', 'simulated']);
    expect(outcome(c, 'compare.distinct.jobs')).toBe('hold');
    expect(c.decision.status).toBe('hold');
    expect(c.claim_tier).toBe('none');
    expect(c.allowed_claim).toMatch(/held \(compare\.distinct\.jobs\); no reproduction claim is allowed/);
    expect(lint(c.allowed_claim)).toEqual([]);
  });

  it('from two simulated runners (distinct run ids): reproduced, each side keeps its simulated tier', async () => {
    const d1 = join(work, 'demo-r1');
    const d2 = join(work, 'demo-r2');
    await runDemo(d1, deps(env('301', 'gpu-a', 'cloud-a')));
    await runDemo(d2, deps(env('302', 'gpu-b', 'cloud-b')));
    const r = await compareReceipts({ receipts: [d1, d2], policy: 'demo', network: false }, deps());
    const c = r.compare;
    expect(c.decision.status).toBe('pass');
    expect(c.claim_tier).toBe('reproduced');
    expect(c.receipts.map((x) => x.verify.claim_tier)).toEqual(['simulated', 'simulated']);
    expect(c.independence.jobs).toMatchObject({ basis: 'self-reported', self_reported: 2, verified: 0 });
    expect(c.allowed_claim).toContain('Job demo (octo-org/ml run 301.1) and job demo (octo-org/ml run 302.1) recorded the same outputs');
    expect(c.allowed_claim).toContain('self-reported');
    expect(c.allowed_claim).toContain('does not show that the outputs are correct');
    expect(lint(c.allowed_claim)).toEqual([]);
  });
});

describe('receipts made with create', () => {
  it('equal workload, inputs and outputs of two distinct jobs: reproduced; compare.json is canonical, schema-valid and names each receipt by digest', async () => {
    const r = await cmp([a, b]);
    const c = r.compare;
    expect(c.checks.filter((k) => k.outcome !== 'pass')).toEqual([]);
    expect(c.claim_tier).toBe('reproduced');
    expect(c.receipts[0]!.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(c.receipts[0]!.digest).not.toBe(c.receipts[1]!.digest);
    expect(c.receipts.map((x) => x.verify.decision)).toEqual(['hold', 'hold']);
    expect(c.receipts[0]!.self_reported).toEqual(['job', 'runner', 'provider']);
    const out = join(work, 'cmp-out');
    const w = await writeCompare(out, r, work);
    const text = readFileSync(w.path, 'utf8');
    expect(text).toBe(canonicalize(JSON.parse(text)) + '\n');
    expect(CompareSchema.safeParse(JSON.parse(text)).success).toBe(true);
    const { createHash } = await import('node:crypto');
    expect(c.receipts[0]!.digest).toBe('sha256:' + createHash('sha256').update(readFileSync(join(a, 'receipt.json'))).digest('hex'));
    // Written again: the directory holds only what compare wrote, so it is replaced.
    await writeCompare(out, r, work);
    // Never inside a compared receipt's directory.
    await expect(writeCompare(join(a, 'cmp'), r, work)).rejects.toThrow(InputError);
  });

  it('one output byte changed: deny, naming the file, with how many match', async () => {
    const dir = tree('job-byte', (d) => {
      const p = join(d, 'outputs', 'predictions.jsonl');
      const buf = readFileSync(p);
      buf[0] = buf[0]! ^ 1;
      writeFileSync(p, buf);
    });
    const x = await receipt('byte', dir, env('303', 'runner-c', 'cloud-c'));
    const c = (await cmp([a, x])).compare;
    expect(c.decision.status).toBe('deny');
    expect(c.claim_tier).toBe('denied');
    expect(outcome(c, 'compare.outputs')).toBe('deny');
    expect(c.outputs.result).toBe('differ');
    expect(c.outputs.differences).toEqual([
      expect.objectContaining({ receipt: 2, differing: ['predictions.jsonl'], differing_count: 1, matching: 1, only_in_reference: [], only_in_receipt: [] }),
    ]);
    expect(c.outputs.matching).toBe(1);
    expect(c.checks.find((k) => k.id === 'compare.outputs')!.detail).toContain('"predictions.jsonl"');
    expect(c.allowed_claim).toMatch(/denied \(compare\.outputs\); no reproduction claim is allowed/);
    expect(lint(c.allowed_claim)).toEqual([]);
    const md = renderCompareSummary(c);
    expect(md).toContain('<code>predictions.jsonl</code>');
    expect(md).toContain('1 differ');
    expect(renderCompareText(c, [a, x])).toContain('"predictions.jsonl"');
  });

  it('a different workload: deny by compare.workload, naming the file', async () => {
    const dir = tree('job-w', (d) => writeFileSync(join(d, 'model', 'config.json'), '{"layers": 3}\n'));
    const x = await receipt('w', dir, env('304', 'runner-d', 'cloud-d'));
    const c = (await cmp([a, x])).compare;
    expect(c.decision.status).toBe('deny');
    expect(outcome(c, 'compare.workload')).toBe('deny');
    expect(c.workload.differences[0]!.differing).toEqual(['config.json']);
  });

  it('different inputs: deny by compare.inputs; a file only on one side is named as such', async () => {
    const dir = tree('job-i', (d) => writeFileSync(join(d, 'inputs', 'extra.jsonl'), '{"q":"more"}\n'));
    const x = await receipt('i', dir, env('305', 'runner-e', 'cloud-e'));
    const c = (await cmp([a, x])).compare;
    expect(outcome(c, 'compare.inputs')).toBe('deny');
    expect(c.inputs.differences[0]).toMatchObject({ only_in_receipt: ['extra.jsonl'], differing: [] });
    expect(c.decision.status).toBe('deny');
  });

  it('the same receipt given twice: not independent, hold', async () => {
    const c = (await cmp([a, a])).compare;
    expect(outcome(c, 'compare.receipts')).toBe('hold');
    expect(outcome(c, 'compare.distinct.jobs')).toBe('hold');
    expect(c.independence.distinct_receipts).toBe(1);
    expect(c.decision.status).toBe('hold');
    expect(c.claim_tier).toBe('none');
  });

  it('two receipts of the same run id and job: not independent, hold', async () => {
    const x = await receipt('same-run', tree('job-same'), env('101', 'runner-z', 'cloud-z'));
    const c = (await cmp([a, x])).compare;
    expect(c.outputs.result).toBe('equal');
    expect(outcome(c, 'compare.receipts')).toBe('pass');
    expect(outcome(c, 'compare.distinct.jobs')).toBe('hold');
    expect(c.decision.status).toBe('hold');
  });

  it('jobs required verified: self-reported job contexts do not count (no verified OIDC token), hold', async () => {
    const policy = join(work, 'verified-jobs.yml');
    writeFileSync(policy, readFileSync(join(root, 'policies', 'reproduce.yml'), 'utf8').replace('jobs: self-reported', 'jobs: verified').replace('policy_id: reproduce', 'policy_id: verified-jobs'));
    const c = (await compareReceipts({ receipts: [a, b], policy, network: false }, deps())).compare;
    expect(outcome(c, 'compare.distinct.jobs')).toBe('hold');
    expect(c.receipts.map((x) => x.oidc)).toEqual(['none', 'none']);
  });

  it('runners and providers required self-reported: distinct names pass; the same runner holds', async () => {
    const policy = join(work, 'runners.yml');
    writeFileSync(policy, readFileSync(join(root, 'policies', 'reproduce.yml'), 'utf8').replace('runners: not-required', 'runners: self-reported').replace('providers: not-required', 'providers: self-reported').replace('policy_id: reproduce', 'policy_id: runners'));
    const ok = (await compareReceipts({ receipts: [a, b], policy, network: false }, deps())).compare;
    expect(ok.decision.status).toBe('pass');
    expect(ok.allowed_claim).toContain('the runners are distinct by self-report only; the providers are distinct by self-report only');
    const x = await receipt('same-runner', tree('job-sr'), env('306', 'runner-a', 'cloud-a'));
    const held = (await compareReceipts({ receipts: [a, x], policy, network: false }, deps())).compare;
    expect(outcome(held, 'compare.distinct.runners')).toBe('hold');
    expect(outcome(held, 'compare.distinct.providers')).toBe('hold');
    expect(outcome(held, 'compare.distinct.jobs')).toBe('pass');
  });

  it('a policy without a reproduction block holds (compare.policy)', async () => {
    const c = (await compareReceipts({ receipts: [a, b], policy: 'record-only', network: false }, deps())).compare;
    expect(outcome(c, 'compare.policy')).toBe('hold');
    expect(c.decision.status).toBe('hold');
  });

  it('a tampered receipt denies (compare.receipt.N): its records cannot be compared', async () => {
    const dir = join(work, 'tampered');
    cpSync(b, dir, { recursive: true });
    const r = JSON.parse(readFileSync(join(dir, 'receipt.json'), 'utf8'));
    r.outputs.files = 99;
    writeFileSync(join(dir, 'receipt.json'), canonicalize(r));
    const c = (await cmp([a, dir])).compare;
    expect(outcome(c, 'compare.receipt.2')).toBe('deny');
    expect(c.receipts[1]!.verify.ok).toBe(false);
    expect(c.decision.status).toBe('deny');
  });
});

describe('a container-image workload', () => {
  const image = (d: string) => `ghcr.io/octo-org/infer@sha256:${d.repeat(64)}`;
  const imageReceipt = async (name: string, ref: string, run: string) => {
    const dir = tree(`job-img-${name}`);
    const out = join(work, `img-${name}-receipt`);
    await create(
      { workload: [ref], inputs: [join(dir, 'inputs')], outputs: [join(dir, 'outputs')], evidence: ['none'], policy: 'reproduce', storage: 'ephemeral', network: false, out, jobId: 'infer' },
      deps(env(run, `r${run}`, 'c')),
    );
    return out;
  };
  it('is compared by its pinned digest: equal passes, another image or a file tree denies', async () => {
    const x = await imageReceipt('x', image('a'), '901');
    const y = await imageReceipt('y', image('a'), '902');
    const z = await imageReceipt('z', image('b'), '903');
    const eq = (await cmp([x, y])).compare;
    expect(eq.workload).toMatchObject({ result: 'equal', digest: 'sha256:' + 'a'.repeat(64), files: null });
    expect(eq.decision.status).toBe('pass');
    const other = (await cmp([x, z])).compare;
    expect(outcome(other, 'compare.workload')).toBe('deny');
    const mixed = (await cmp([a, x])).compare;
    expect(outcome(mixed, 'compare.workload')).toBe('deny');
    expect(mixed.workload.detail).toMatch(/name files, not an image/);
  });
});

describe('keyed input commitments', () => {
  const key = Buffer.from('a shared input key');
  let k1: string;
  let k2: string;
  beforeAll(async () => {
    k1 = await receipt('k1', tree('job-k1'), env('401', 'runner-k1', 'cloud-a'), { inputKey: key });
    k2 = await receipt('k2', tree('job-k2'), env('402', 'runner-k2', 'cloud-b'), { inputKey: key });
  });

  it('without the key: the commitments are not compared, hold', async () => {
    const c = (await cmp([k1, k2])).compare;
    expect(c.inputs.result).toBe('not-compared');
    expect(outcome(c, 'compare.inputs')).toBe('hold');
    expect(c.inputs.detail).toMatch(/does not hold the input key/);
    expect(c.decision.status).toBe('hold');
  });

  it('with the key and the inputs: recomputed, equal, reproduced', async () => {
    const c = (await cmp([k1, k2], { inputs: [join(base, 'inputs')], inputKey: key })).compare;
    expect(c.inputs.result).toBe('equal');
    expect(c.inputs.basis).toMatch(/re-hashed from --inputs/);
    expect(c.inputs.digest).toMatch(/^hmac-sha256:/);
    expect(c.decision.status).toBe('pass');
  });

  it('with the key but without the inputs: hold, saying what to give', async () => {
    const c = (await cmp([k1, k2], { inputKey: key })).compare;
    expect(outcome(c, 'compare.inputs')).toBe('hold');
    expect(c.inputs.detail).toMatch(/give --inputs/);
  });

  it('with a key that is not the one a receipt used: that receipt does not verify, deny', async () => {
    const c = (await cmp([k1, k2], { inputs: [join(base, 'inputs')], inputKey: Buffer.from('another key') })).compare;
    expect(outcome(c, 'compare.receipt.1')).toBe('deny');
    expect(c.decision.status).toBe('deny');
  });
});

describe('job identities verified by OIDC tokens', () => {
  let jwks = '';
  let token: (run: string, attempt: string) => Promise<string>;
  const policyFor = (jobs: string) => {
    const p = join(work, `jobs-${jobs}.yml`);
    writeFileSync(p, readFileSync(join(root, 'policies', 'reproduce.yml'), 'utf8').replace('jobs: self-reported', `jobs: ${jobs}`).replace('policy_id: reproduce', `policy_id: jobs-${jobs}`));
    return p;
  };
  beforeAll(async () => {
    // A stand-in for GitHub's OIDC issuer: a test key, given to the verifier as a key-set file.
    const { SignJWT, exportJWK, generateKeyPair } = await import('jose');
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    jwks = join(work, 'jwks.json');
    writeFileSync(jwks, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 't', alg: 'RS256', use: 'sig' }] }));
    token = (run, attempt) =>
      new SignJWT({ repository: 'octo-org/ml', run_id: run, run_attempt: attempt, sha: 'c'.repeat(40) })
        .setProtectedHeader({ alg: 'RS256', kid: 't' })
        .setIssuer('https://token.actions.githubusercontent.com')
        .setAudience('compute-receipt')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
  });

  it('two runs whose tokens verify: jobs distinct by verified identity, and the claim says so', async () => {
    const x = await receipt('oidc-1', tree('job-o1'), env('701', 'r1', 'c1'), { oidcToken: await token('701', '1') });
    const y = await receipt('oidc-2', tree('job-o2'), env('702', 'r2', 'c2'), { oidcToken: await token('702', '1') });
    const c = (await compareReceipts({ receipts: [x, y], policy: policyFor('verified'), network: false, oidcJwks: jwks }, deps())).compare;
    expect(c.receipts.map((r) => r.oidc_run)).toEqual(['octo-org/ml run 701 attempt 1', 'octo-org/ml run 702 attempt 1']);
    expect(c.receipts[0]!.self_reported).toEqual(['runner', 'provider']);
    expect(c.independence.jobs).toMatchObject({ basis: 'verified', verified: 2 });
    expect(c.decision.status).toBe('pass');
    expect(c.allowed_claim).toContain('the jobs are distinct by their verified OIDC identities (run id and run attempt)');
    expect(lint(c.allowed_claim)).toEqual([]);
    // Without the key set the tokens are not verified: the same pair holds under jobs: verified.
    const held = (await compareReceipts({ receipts: [x, y], policy: policyFor('verified'), network: false }, deps())).compare;
    expect(held.receipts.map((r) => r.oidc)).toEqual(['unavailable', 'unavailable']);
    expect(outcome(held, 'compare.distinct.jobs')).toBe('hold');
  });

  it('matrix legs of one run and attempt: one verified identity, so jobs: verified holds; by job id (self-reported) they pass', async () => {
    const x = await receipt('leg-1', tree('job-l1'), env('801', 'r1', 'c1'), { oidcToken: await token('801', '1'), jobId: 'infer-a' });
    const y = await receipt('leg-2', tree('job-l2'), env('801', 'r2', 'c2'), { oidcToken: await token('801', '1'), jobId: 'infer-b' });
    const v = (await compareReceipts({ receipts: [x, y], policy: policyFor('verified'), network: false, oidcJwks: jwks }, deps())).compare;
    expect(v.independence.jobs).toMatchObject({ verified: 1, self_reported: 2 });
    expect(outcome(v, 'compare.distinct.jobs')).toBe('hold');
    const s = (await compareReceipts({ receipts: [x, y], policy: policyFor('self-reported'), network: false, oidcJwks: jwks }, deps())).compare;
    expect(s.decision.status).toBe('pass');
    expect(s.allowed_claim).toContain('the jobs are distinct by their job context, which is self-reported');
    // A re-run (attempt 2) of the same run is a distinct verified identity.
    const z = await receipt('leg-3', tree('job-l3'), { ...env('801', 'r3', 'c3'), GITHUB_RUN_ATTEMPT: '2' }, { oidcToken: await token('801', '2'), jobId: 'infer-a' });
    const w = (await compareReceipts({ receipts: [x, z], policy: policyFor('verified'), network: false, oidcJwks: jwks }, deps())).compare;
    expect(w.independence.jobs).toMatchObject({ basis: 'verified', verified: 2 });
    expect(w.decision.status).toBe('pass');
  });
});

describe('outputs the policy allows to differ', () => {
  it('a differing timings file named by the policy passes, with its reason in compare.json and the claim', async () => {
    const policy = join(work, 'allow.yml');
    writeFileSync(
      policy,
      readFileSync(join(root, 'policies', 'reproduce.yml'), 'utf8')
        .replace('policy_id: reproduce', 'policy_id: allow-report')
        .replace('  allow_differ: []', '  allow_differ:\n    - path: run report.md\n      reason: the report records wall-clock timings'),
    );
    const dir = tree('job-allow', (d) => writeFileSync(join(d, 'outputs', 'run report.md'), 'took 12.3 s\n'));
    const x = await receipt('allow', dir, env('501', 'runner-x', 'cloud-x'));
    const c = (await compareReceipts({ receipts: [a, x], policy, network: false }, deps())).compare;
    expect(c.outputs.result).toBe('equal');
    expect(c.outputs.allowed_to_differ).toEqual([{ name: 'run report.md', reason: 'the report records wall-clock timings', receipts: [2] }]);
    expect(c.outputs.compared_digest).toMatch(/^sha256:/);
    expect(c.outputs.compared_digest).not.toBe(c.outputs.digest);
    expect(c.decision.status).toBe('pass');
    expect(c.allowed_claim).toContain('"run report.md"');
    expect(c.allowed_claim).toContain('the report records wall-clock timings');
    expect(lint(c.allowed_claim)).toEqual([]);
    // Without the policy's permission the same pair denies.
    const denied = (await cmp([a, x])).compare;
    expect(denied.outputs.differences[0]!.differing).toEqual(['run report.md']);
    expect(denied.decision.status).toBe('deny');
  });
});

describe('the policy block, the schema and the reports', () => {
  it('the reproduction block is strict', () => {
    const ok = parsePolicy('policy_id: p\nversion: 1\nreproduction:\n  min_receipts: 3\n  distinct: {jobs: verified, runners: verified}\n', 'p.yml');
    expect(ok.policy.reproduction).toEqual({ min_receipts: 3, distinct: { jobs: 'verified', runners: 'verified', providers: 'not-required' }, allow_differ: [] });
    for (const bad of [
      'reproduction: {min_receipts: 1}',
      'reproduction: {distinct: {jobs: not-required}}',
      'reproduction: {distinct: {providers: verified}}',
      'reproduction: {allow_differ: [{path: ../x, reason: r}]}',
      'reproduction: {allow_differ: [{path: x}]}',
      'reproduction: {typo: 1}',
    ]) {
      expect(() => parsePolicy(`policy_id: p\nversion: 1\n${bad}\n`, 'p.yml'), bad).toThrow(InputError);
    }
  });

  it('schema/compare.v1.json equals the zod export (UPDATE_SCHEMA=1 rewrites it)', () => {
    const want = JSON.stringify(compareJsonSchema(), null, 2) + '\n';
    const path = join(root, 'schema', 'compare.v1.json');
    if (process.env['UPDATE_SCHEMA'] === '1') {
      mkdirSync(join(root, 'schema'), { recursive: true });
      writeFileSync(path, want);
    }
    expect(readFileSync(path, 'utf8')).toBe(want);
  });

  it('summary and comment: three boxes, escaped names, and prose that passes the claim linter', async () => {
    const dir = tree('job-evil', (d) => {
      writeFileSync(join(d, 'outputs', '@octocat <b>|x|.md'), 'evil\n');
    });
    const x = await receipt('evil', dir, env('601', 'runner-<img>', 'cloud @team'));
    const c = (await cmp([a, x])).compare;
    const md = renderCompareSummary(c, { compareDigest: 'sha256:' + '0'.repeat(64) });
    for (const h of ['Job box', 'Runtime box', 'Independence box', 'Blocked claims']) expect(md).toContain(h);
    expect(md).not.toContain('<b>');
    expect(md).not.toContain('<img>');
    expect(md).not.toMatch(/(^|[^\u200d])@octocat/);
    expect(md).not.toMatch(/@team/);
    const prose = md.split('### Blocked claims')[0]!;
    expect(lint(prose)).toEqual([]);
    const comment = renderCompareComment(c, { key: 'wf.yml#infer:compare' });
    expect(comment.startsWith('<!-- compute-receipt:wf.yml#infer:compare -->')).toBe(true);
  });

  it('diff and platform helpers', () => {
    const m = (rs: [string, string][]) => ({ serialization: { method: 'files' as const, hash_type: 'sha256' as const, order: 'path-components' as const, allow_symlinks: false, ignore_paths: [] }, resources: rs.map(([name, d]) => ({ name, algorithm: 'sha256' as const, digest: d.repeat(64) })) });
    const d = diffManifests(m([['a', '1'], ['b', '2'], ['logs/t', '3']]), m([['a', '1'], ['b', '4'], ['logs/t', '5'], ['c', '6']]), [{ path: 'logs/', reason: 'timings' }]);
    expect(d).toEqual({ matching: 1, differing: ['b'], only_in_reference: [], only_in_receipt: ['c'], allowed: [{ name: 'logs/t', reason: 'timings' }] });
    expect(distinctPlatforms([['tdx ppid 01'], ['tdx ppid 02'], []])).toBe(2);
    const ev = (kind: 'tdx' | 'sev-snp' | 'simulated', claims: Record<string, unknown>, status: 'verified' | 'failed' = 'verified', bindingMatches: boolean | null = true): VerifiedEvidence => ({
      kind,
      format: kind === 'sev-snp' ? 'sev-snp-report' : 'tdx-quote',
      file: 'f',
      digest: 'sha256:' + '0'.repeat(64),
      status,
      detail: '',
      steps: [],
      bindingMatches,
      claims,
      trustRoots: 'shipped',
    });
    expect(platformIds([ev('sev-snp', { chip_id: 'ab'.repeat(64), mask_chip_id: false })])).toEqual(['sev-snp chip_id ' + 'ab'.repeat(64)]);
    expect(platformIds([ev('sev-snp', { chip_id: 'ab'.repeat(64), mask_chip_id: true })])).toEqual([]);
    expect(platformIds([ev('sev-snp', { chip_id: '00'.repeat(64), mask_chip_id: false })])).toEqual([]);
    expect(platformIds([ev('tdx', { ppid: '11'.repeat(16), fmspc: '00906ed50000' })])).toEqual(['tdx ppid ' + '11'.repeat(16)]);
    expect(platformIds([ev('tdx', { fmspc: '00906ed50000' })])).toEqual(['tdx fmspc 00906ed50000']);
    // Only evidence that verified and matched the binding names a platform; simulated never does.
    expect(platformIds([ev('tdx', { ppid: '11'.repeat(16) }, 'failed')])).toEqual([]);
    expect(platformIds([ev('tdx', { ppid: '11'.repeat(16) }, 'verified', false)])).toEqual([]);
    expect(platformIds([ev('simulated', { ppid: '11'.repeat(16) })])).toEqual([]);
    expect(platformIds([ev('tdx', { ppid: '11'.repeat(16), simulated: true })])).toEqual([]);
    expect(distinctPlatforms([['tdx ppid 01'], ['tdx ppid 01', 'sev-snp chip_id aa'], ['sev-snp chip_id aa']])).toBe(1);
  });
});

describe('the CLI', () => {
  it('compare exits 0 on reproduced, 1 on a held or denied comparison, 2 on usage errors', async () => {
    const { runCommand } = await import('../src/cli/commands.js');
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const cwd = vi.spyOn(process, 'cwd').mockReturnValue(work);
    try {
      expect(await runCommand('compare', [a, b, '--policy', 'reproduce', '--out', 'cli-out'])).toBe(0);
      expect(JSON.parse(readFileSync(join(work, 'cli-out', 'compare.json'), 'utf8')).claim_tier).toBe('reproduced');
      expect(await runCommand('compare', [a, a, '--policy', 'reproduce', '--out', 'cli-out'])).toBe(1);
      expect(String(err.mock.calls.at(-1)?.[0])).toMatch(/decision hold \(fail-on hold\): held by compare\.receipts, compare\.distinct\.jobs/);
      expect(await runCommand('compare', [a, a, '--policy', 'reproduce', '--out', 'cli-out', '--fail-on', 'deny'])).toBe(0);
      await expect(runCommand('compare', [a, '--policy', 'reproduce'])).rejects.toThrow(/two or more/);
      await expect(runCommand('compare', [a, b])).rejects.toThrow(/needs --policy/);
      await expect(runCommand('compare', [a, join(work, 'nope'), '--policy', 'reproduce'])).rejects.toThrow(InputError);
    } finally {
      write.mockRestore();
      err.mockRestore();
      cwd.mockRestore();
    }
  });
});
