import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// @actions/core mocked with a module factory; the summary mock is chainable like the real one.
const summaryText: string[] = [];
vi.mock('@actions/core', () => {
  const summary = {
    addRaw: vi.fn((s: string) => {
      summaryText.push(s);
      return summary;
    }),
    write: vi.fn(async () => summary),
  };
  return {
    getInput: vi.fn(() => ''),
    setOutput: vi.fn(),
    setFailed: vi.fn(),
    setSecret: vi.fn(),
    info: vi.fn(),
    debug: vi.fn(),
    warning: vi.fn(),
    error: vi.fn(),
    notice: vi.fn(),
    getIDToken: vi.fn(async () => 'header.payload.signature'),
    summary,
  };
});

import * as core from '@actions/core';
import type { ArtifactStore } from '../src/action/artifact.js';
import { type ActionContext, contextFromEnv } from '../src/action/context.js';
import type { GitHubClient, IssueComment } from '../src/action/github.js';
import { type InputName, parseInputs } from '../src/action/inputs.js';
import { type ActionDeps, type Engine, runAction, runDeps } from '../src/action/main.js';
import { SELF_APPRAISED_NOTE } from '../src/report/index.js';
import type { Receipt } from '../src/receipt/schema.js';
import { InputError } from '../src/util/errors.js';
import { deniedReceipt, makeReceipt } from './fixtures/action/receipt.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/action/${name}`, import.meta.url), 'utf8')) as unknown;

const ENV = {
  GITHUB_REPOSITORY: 'octo-org/ml',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_JOB: 'train',
  GITHUB_SHA: '1'.repeat(40),
  GITHUB_WORKFLOW_REF: 'octo-org/ml/.github/workflows/train.yml@refs/pull/7/merge',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_EVENT_NAME: 'pull_request',
};

/** Writes a receipt directory like the engine does; the outputs manifest holds hostile names. */
function writeReceiptDir(dir: string, r: Receipt): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'outputs.manifest.json'),
    JSON.stringify({ resources: [{ name: '<img src=x onerror=alert(1)>.bin', algorithm: 'sha256', digest: '6'.repeat(64) }, { name: '@octocat.txt', algorithm: 'sha256', digest: '7'.repeat(64) }] }),
  );
  mkdirSync(join(dir, 'evidence'), { recursive: true });
  writeFileSync(join(dir, 'evidence', '0-simulated-tdx-quote.bin'), 'q');
  writeFileSync(join(dir, 'receipt.json'), JSON.stringify(r));
  return join(dir, 'receipt.json');
}

class MemoryGitHub implements GitHubClient {
  comments: IssueComment[] = [];
  calls: string[] = [];
  fail: number | null = null;
  async listIssueComments(_o: string, _r: string, issue: number) {
    this.calls.push(`GET ${issue}`);
    return this.comments;
  }
  async createIssueComment(_o: string, _r: string, issue: number, body: string) {
    this.calls.push(`POST ${issue}`);
    if (this.fail) throw Object.assign(new (await import('../src/action/github.js')).GitHubApiError(this.fail, 'POST', '/x', 'Resource not accessible by integration'));
    const c = { id: 100 + this.comments.length, body, user: { login: 'github-actions[bot]', type: 'Bot' } };
    this.comments.push(c);
    return c;
  }
  async updateIssueComment(_o: string, _r: string, id: number, body: string) {
    this.calls.push(`PATCH ${id}`);
    const c = this.comments.find((x) => x.id === id)!;
    c.body = body;
    return c;
  }
}

let tmp: string;
let uploads: { name: string; root: string; files: string[] }[];
let downloads: { name: string; runId: string | null; dest: string }[];
let github: MemoryGitHub;
let receipt: Receipt;
let engine: Engine & { createCalls: unknown[]; verifyCalls: unknown[] };

const artifacts: ArtifactStore = {
  async upload(name, root, files) {
    uploads.push({ name, root, files });
    return { id: 9001, size: 10, digest: null };
  },
  async download(name, runId, dest) {
    downloads.push({ name, runId, dest });
    writeReceiptDir(dest, receipt);
    return { id: 77, path: dest, digest: null };
  },
};

function ctxFor(event: unknown): ActionContext {
  return contextFromEnv(ENV, event);
}

async function run(raw: Partial<Record<InputName, string>>, event: unknown = fixture('pull_request.json')) {
  const inputs = parseInputs((n) => raw[n] ?? '', { runnerTemp: tmp, cwd: tmp });
  const deps: ActionDeps = { cwd: tmp, env: ENV, now: () => new Date('2025-01-01T00:00:00Z'), engine, artifacts, github };
  return runAction(inputs, ctxFor(event), deps);
}

const outputs = () => Object.fromEntries(vi.mocked(core.setOutput).mock.calls.map(([k, v]) => [k, v]));
const createInputs = { workload: 'model', inputs: 'data', outputs: 'out', evidence: 'simulated', policy: 'demo' };

beforeEach(() => {
  vi.clearAllMocks();
  summaryText.length = 0;
  tmp = mkdtempSync(join(tmpdir(), 'action-main-'));
  uploads = [];
  downloads = [];
  github = new MemoryGitHub();
  receipt = makeReceipt();
  engine = {
    createCalls: [],
    verifyCalls: [],
    async create(opts, deps) {
      engine.createCalls.push(opts);
      const out = join(deps.cwd, opts.out);
      const receiptPath = writeReceiptDir(out, receipt);
      return { receipt, receiptPath, receiptDigest: 'sha256:' + '5'.repeat(64), outDir: out };
    },
    async verify(opts) {
      engine.verifyCalls.push(opts);
      const dir = opts.receipt;
      const appraised = { ...receipt, policy_decision: { ...receipt.policy_decision, appraised_by: 'verifier' as const } };
      return {
        ok: true,
        mismatches: [],
        decision: appraised.policy_decision.status,
        reason: appraised.policy_decision.reason,
        checks: appraised.policy_decision.checks,
        policy_matches_receipt: true,
        rederived: { workload: false, inputs: false, outputs: false },
        notes: ['OIDC token not verified: no key set'],
        receipt_dir: dir,
        appraised,
      } as never;
    },
    lint: (text) =>
      text.includes('proves')
        ? [{ category: 'benchmark-as-proof', rule: 'bench-proves-ran', sentence: 'Our benchmark score proves that the job ran on the GPU.', rewrite: 'The benchmark is capacity context.', why: 'A benchmark measures capacity.', line: 3 }]
        : [],
  };
});
afterEach(() => vi.clearAllMocks());

describe('mode: create', () => {
  it('writes the receipt, uploads the directory, sets every output, writes the summary', async () => {
    const r = await run(createInputs);
    expect(r.ok).toBe(true);
    expect(core.setFailed).not.toHaveBeenCalled();
    expect(engine.createCalls[0]).toMatchObject({ workload: ['model'], evidence: ['simulated'], policy: 'demo', storage: 'unknown', network: false, out: 'compute-receipt', appraisedBy: 'self' });
    expect(uploads).toHaveLength(1);
    expect(uploads[0]!.name).toBe('compute-receipt');
    expect(uploads[0]!.files.map((f) => f.slice(uploads[0]!.root.length + 1)).sort()).toEqual(['evidence/0-simulated-tdx-quote.bin', 'outputs.manifest.json', 'receipt.json']);
    expect(outputs()).toEqual({
      decision: 'pass',
      'claim-tier': 'simulated',
      'receipt-path': join(tmp, 'compute-receipt', 'receipt.json'),
      'receipt-digest': 'sha256:' + '5'.repeat(64),
      'allowed-claim': receipt.allowed_claim,
      'workload-digest': receipt.workload_digest,
      'output-digest': receipt.output_digest,
      'artifact-id': '9001',
      'artifact-url': 'https://github.com/octo-org/ml/actions/runs/42/artifacts/9001',
    });
    const md = summaryText.join('');
    expect(md).toContain(SELF_APPRAISED_NOTE);
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;.bin');
    expect(md).not.toContain('<img');
    expect(r.comment).toEqual({ action: 'skipped', why: 'not-requested' });
    expect(github.calls).toEqual([]);
  });

  it('one-job use: comment: true writes one sticky comment that says self-appraised, then updates it', async () => {
    const first = await run({ ...createInputs, comment: 'true' });
    expect(first.comment).toEqual({ action: 'created', id: 100 });
    expect(github.comments[0]!.body.startsWith('<!-- compute-receipt:octo-org/ml/.github/workflows/train.yml#train:create -->\n')).toBe(true);
    expect(github.comments[0]!.body).toContain(SELF_APPRAISED_NOTE);
    const second = await run({ ...createInputs, comment: 'true' });
    expect(second.comment).toEqual({ action: 'updated', id: 100 });
    expect(github.comments).toHaveLength(1);
  });

  it('fails the gate on a denial, naming the decision and the checks, once', async () => {
    receipt = deniedReceipt();
    const r = await run(createInputs);
    expect(r.ok).toBe(false);
    expect(core.setFailed).toHaveBeenCalledTimes(1);
    expect(core.setFailed).toHaveBeenCalledWith('compute-receipt: decision deny (fail-on deny): denied by evidence.required, tdx.debug');
    expect(outputs()['decision']).toBe('deny');
    expect(summaryText.join('')).toContain('- **Gate**: **failed** (`fail-on: deny`)');
  });

  it.each([
    ['hold', 'deny', false],
    ['hold', 'hold', true],
    ['deny', 'never', false],
    ['pass', 'hold', false],
  ] as const)('decision %s with fail-on %s fails: %s', async (status, failOn, fails) => {
    const r0 = makeReceipt();
    receipt = { ...r0, policy_decision: { ...r0.policy_decision, status, checks: [{ id: 'evidence.required', outcome: status, observed: null, expected: null, detail: '' }] } };
    const r = await run({ ...createInputs, 'fail-on': failOn });
    expect(r.ok).toBe(!fails);
    expect(vi.mocked(core.setFailed).mock.calls.length).toBe(fails ? 1 : 0);
  });

  it('an input error fails the gate with one clear line', async () => {
    engine.create = async () => {
      throw new InputError('POLICY_INVALID', 'policy "bad.yml" does not parse: line 3\nat evidence');
    };
    const r = await run(createInputs);
    expect(r.ok).toBe(false);
    expect(core.setFailed).toHaveBeenCalledWith('compute-receipt: policy "bad.yml" does not parse: line 3 at evidence');
    expect(summaryText.join('')).toContain('compute-receipt did not finish');
  });

  it('an internal error fails the gate without a stack', async () => {
    engine.create = async () => {
      throw new TypeError('boom');
    };
    const r = await run(createInputs);
    expect(r.failure).toBe('compute-receipt: internal error: boom');
    expect(core.setFailed).toHaveBeenCalledTimes(1);
  });

  it('a missing claims file is an input error', async () => {
    await run({ ...createInputs, claims: 'MODEL_CARD.md' });
    expect(core.setFailed).toHaveBeenCalledWith('compute-receipt: claims file "MODEL_CARD.md" does not exist');
  });

  it('lint-pr-body hands the PR description to the engine as user text', async () => {
    await run({ ...createInputs, 'lint-pr-body': 'true' });
    const opts = engine.createCalls[0] as { claims: { source: string; text: string }[] };
    expect(opts.claims).toHaveLength(1);
    expect(opts.claims[0]!.source).toBe('pull request body');
    expect(opts.claims[0]!.text).toContain('Our benchmark score proves');
  });

  it('oidc: true requests a token for audience compute-receipt, masks it and binds it', async () => {
    await run({ ...createInputs, oidc: 'true' });
    expect(core.getIDToken).toHaveBeenCalledWith('compute-receipt');
    expect(core.setSecret).toHaveBeenCalledWith('header.payload.signature');
    expect(engine.createCalls[0]).toMatchObject({ oidcToken: 'header.payload.signature' });
  });

  it('oidc: true without id-token permission fails with a hint', async () => {
    vi.mocked(core.getIDToken).mockRejectedValueOnce(new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable'));
    await run({ ...createInputs, oidc: 'true' });
    expect(vi.mocked(core.setFailed).mock.calls[0]![0]).toMatch(/id-token: write/);
  });
});

describe('engine notes', () => {
  it("the engine's notes (what evidence: auto probed) reach the step log, escaped", () => {
    const d = runDeps({ cwd: '/w', env: {}, now: () => new Date(0) } as unknown as ActionDeps);
    expect(d.note).toBeTypeOf('function');
    d.note!('evidence auto: no evidence source found (tsm: no configfs-tsm; ::error::x)');
    const lines = vi.mocked(core.info).mock.calls.map((c) => String(c[0]));
    const line = lines.find((l) => l.includes('evidence auto'));
    expect(line).toBeDefined();
    expect(line).toMatch(/^compute-receipt: evidence auto: no evidence source found/);
    expect(line).not.toContain('::error::');
  });
});

describe('PR comments', () => {
  it('on a fork PR: no API call, a warning, and the step goes on', async () => {
    const r = await run({ ...createInputs, comment: 'true' }, fixture('pull_request_fork.json'));
    expect(r.ok).toBe(true);
    expect(r.comment).toEqual({ action: 'skipped', why: 'fork' });
    expect(github.calls).toEqual([]);
    expect(vi.mocked(core.warning).mock.calls[0]![0]).toMatch(/fork/);
    expect(core.setFailed).not.toHaveBeenCalled();
  });

  it('a refused write is a warning, not a failure', async () => {
    github.fail = 403;
    const r = await run({ ...createInputs, comment: 'true' });
    expect(r.ok).toBe(true);
    expect(r.comment).toEqual({ action: 'skipped', why: 'api-error' });
    expect(vi.mocked(core.warning).mock.calls.some(([m]) => /403/.test(String(m)))).toBe(true);
  });

  it('outside a pull request, no comment', async () => {
    const r = await run({ ...createInputs, comment: 'true' }, { ref: 'refs/heads/main' });
    expect(r.comment).toEqual({ action: 'skipped', why: 'not-a-pull-request' });
  });

  it('workflow_run with pr-number comments on that PR', async () => {
    const r = await run({ mode: 'verify', policy: 'demo', 'receipt-artifact': 'compute-receipt', 'pr-number': '8' }, { workflow_run: { id: 5, pull_requests: [] } });
    expect(r.comment).toEqual({ action: 'created', id: 100 });
    expect(github.calls).toEqual(['GET 8', 'POST 8']);
  });
});

describe('mode: verify', () => {
  it('downloads the artifact of another run, replays with its own policy, comments and sets outputs', async () => {
    const r = await run({ mode: 'verify', policy: '.github/compute-receipt/policy.yml', 'receipt-run-id': '4242', 'oidc-jwks': 'jwks.json' });
    expect(r.ok).toBe(true);
    expect(downloads).toEqual([{ name: 'compute-receipt', runId: '4242', dest: join(tmp, 'compute-receipt-artifact') }]);
    expect(engine.verifyCalls[0]).toMatchObject({ receipt: join(tmp, 'compute-receipt-artifact'), policy: '.github/compute-receipt/policy.yml', oidcJwks: join(tmp, 'jwks.json'), network: false });
    const o = outputs();
    expect(o['artifact-id']).toBe('77');
    expect(o['artifact-url']).toBe('https://github.com/octo-org/ml/actions/runs/4242/artifacts/77');
    expect(o['receipt-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(o['receipt-path']).toBe(join(tmp, 'compute-receipt-artifact', 'receipt.json'));
    const md = summaryText.join('');
    expect(md).toContain('(verified)');
    expect(md).not.toContain(SELF_APPRAISED_NOTE);
    expect(md).toContain('OIDC token not verified: no key set');
    expect(r.comment).toMatchObject({ action: 'created' });
    expect(github.comments[0]!.body).toContain('compute-receipt:octo-org/ml/.github/workflows/train.yml#train:verify');
  });

  it('gates at hold by default', async () => {
    receipt = { ...makeReceipt(), policy_decision: { ...makeReceipt().policy_decision, status: 'hold', checks: [{ id: 'evidence.required', outcome: 'hold', observed: null, expected: null, detail: 'no evidence' }] } };
    writeReceiptDir(join(tmp, 'given'), receipt);
    const r = await run({ mode: 'verify', policy: 'record-only', receipt: 'given' });
    expect(downloads).toEqual([]);
    expect(r.failure).toBe('compute-receipt: decision hold (fail-on hold): held by evidence.required');
  });
});

describe('mode: lint', () => {
  it('annotates file and line, fails on a finding, counts findings', async () => {
    mkdirSync(join(tmp, 'docs'));
    writeFileSync(join(tmp, 'docs', 'card.md'), '# Card\n\nOur benchmark score proves that the job ran.\n');
    writeFileSync(join(tmp, 'docs', 'fine.md'), 'Nothing to see.\n');
    const r = await run({ mode: 'lint', 'lint-paths': 'docs' });
    expect(core.error).toHaveBeenCalledWith(expect.stringContaining('benchmark-as-proof'), { title: 'compute-receipt claim lint', file: 'docs/card.md', startLine: 3 });
    expect(outputs()['lint-findings']).toBe('1');
    expect(r.failure).toBe('compute-receipt: claim lint flagged 1 sentence (fail-on deny): docs/card.md:3 benchmark-as-proof');
    expect(summaryText.join('')).toContain('Claim lint: 1 sentence flagged');
  });

  it('fail-on never only warns', async () => {
    writeFileSync(join(tmp, 'card.md'), 'It proves it.\n');
    const r = await run({ mode: 'lint', 'lint-paths': 'card.md', 'fail-on': 'never', 'lint-pr-body': 'true' });
    expect(r.ok).toBe(true);
    expect(core.warning).toHaveBeenCalledTimes(2);
  });

  it('a missing lint path is an input error', async () => {
    const r = await run({ mode: 'lint', 'lint-paths': 'nope.md' });
    expect(r.failure).toBe('compute-receipt: no such lint path: "nope.md"');
  });
});

describe('hostile text in the log', () => {
  it('allowed claims and notes are printed without running workflow commands', async () => {
    receipt = makeReceipt({ allowed_claim: 'ok\n::set-output name=decision::pass\n::add-mask::x' });
    await run(createInputs);
    for (const [m] of vi.mocked(core.info).mock.calls) for (const line of String(m).split('\n')) expect(line.trim()).not.toMatch(/^::/);
  });
});
