// `mode: compare` of the Action: receipt artifacts (one per matrix leg) downloaded, verified and
// compared under the verifier's policy, compare.json written, summary, sticky comment and gate.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

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
    getIDToken: vi.fn(async () => 'h.p.s'),
    summary,
  };
});

import * as core from '@actions/core';
import type { ArtifactStore } from '../src/action/artifact.js';
import { contextFromEnv } from '../src/action/context.js';
import type { GitHubClient, IssueComment } from '../src/action/github.js';
import { type InputName, parseInputs } from '../src/action/inputs.js';
import { type ActionDeps, runAction } from '../src/action/main.js';
import { CompareSchema } from '../src/compare/schema.js';
import { create } from '../src/run.js';
import { InputError } from '../src/util/errors.js';

let work = '';
const legs: Record<string, string> = {};

const ENV = {
  GITHUB_REPOSITORY: 'octo-org/ml',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_JOB: 'reproduce',
  GITHUB_SHA: '1'.repeat(40),
  GITHUB_WORKFLOW_REF: 'octo-org/ml/.github/workflows/repro.yml@refs/pull/7/merge',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_EVENT_NAME: 'pull_request',
};

class MemoryGitHub implements GitHubClient {
  comments: IssueComment[] = [];
  async listIssueComments() {
    return this.comments;
  }
  async createIssueComment(_o: string, _r: string, _issue: number, body: string) {
    const c = { id: 100 + this.comments.length, body, user: { login: 'github-actions[bot]', type: 'Bot' } };
    this.comments.push(c);
    return c;
  }
  async updateIssueComment(_o: string, _r: string, id: number, body: string) {
    const c = this.comments.find((x) => x.id === id)!;
    c.body = body;
    return c;
  }
}

let downloads: { name: string; runId: string | null; dest: string }[] = [];
const artifacts: ArtifactStore = {
  async upload() {
    return { id: 5, size: 1, digest: null };
  },
  async download(name, runId, dest) {
    downloads.push({ name, runId, dest });
    if (!legs[name]) throw new Error(`no artifact ${name}`);
    cpSync(legs[name]!, dest, { recursive: true });
    return { id: 70 + downloads.length, path: dest, digest: null };
  },
};

const pr = { pull_request: { number: 7, head: { repo: { full_name: 'octo-org/ml' } }, base: { repo: { full_name: 'octo-org/ml' } } } };

async function run(raw: Partial<Record<InputName, string>>, github = new MemoryGitHub()) {
  const tmp = mkdtempSync(join(work, 'step-'));
  const ctx = contextFromEnv({ ...ENV, RUNNER_TEMP: join(tmp, 'temp') }, pr);
  const inputs = parseInputs((n) => raw[n] ?? '', { runnerTemp: ctx.runnerTemp, cwd: tmp });
  const deps: ActionDeps = {
    cwd: tmp,
    env: {},
    now: () => new Date('2026-12-02T12:00:00Z'),
    engine: { create: async () => { throw new Error('unused'); }, verify: async () => { throw new Error('unused'); }, lint: () => [] },
    artifacts,
    github,
  };
  return { r: await runAction(inputs, ctx, deps), tmp, github };
}

/** A receipt made on a matrix leg: its own run id, runner and provider. */
async function leg(name: string, run: string): Promise<void> {
  const dir = join(work, name);
  cpSync(join(__dirname, '..', 'examples', 'demo'), dir, { recursive: true });
  const out = join(work, `${name}-receipt`);
  await create(
    {
      workload: [join(dir, 'model')], inputs: [join(dir, 'inputs')], outputs: [join(dir, 'outputs')],
      evidence: ['none'], policy: 'reproduce', storage: 'ephemeral', network: false, out, jobId: `infer-${name}`,
    },
    { cwd: work, env: { GITHUB_REPOSITORY: 'octo-org/ml', GITHUB_RUN_ID: run, GITHUB_RUN_ATTEMPT: '1', RUNNER_NAME: name, COMPUTE_RECEIPT_PROVIDER: `cloud-${name}` }, now: () => new Date() },
  );
  legs[`receipt-${name}`] = out;
}

const outputs = () => Object.fromEntries(vi.mocked(core.setOutput).mock.calls.map(([k, v]) => [k, v]));

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cr-action-compare-'));
  await leg('a', '42');
  await leg('b', '43');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeEach(() => {
  vi.clearAllMocks();
  summaryText.length = 0;
  downloads = [];
});

describe('mode: compare', () => {
  it('downloads one artifact per leg, compares, writes compare.json, the summary and a sticky comment', async () => {
    const { r, tmp, github } = await run({ mode: 'compare', policy: 'reproduce', 'receipt-artifact': 'receipt-a\nreceipt-b\n' });
    expect(r.failure).toBeNull();
    expect(downloads.map((d) => d.name)).toEqual(['receipt-a', 'receipt-b']);
    expect(downloads[0]!.dest).toBe(join(tmp, 'temp', 'compute-receipt-compare-artifacts', '1'));
    const o = outputs();
    expect(o['decision']).toBe('pass');
    expect(o['claim-tier']).toBe('reproduced');
    expect(o['receipt-path']).toBe(join(tmp, 'compute-receipt-compare', 'compare.json'));
    expect(o['allowed-claim']).toContain('recorded the same outputs');
    const c = CompareSchema.parse(JSON.parse(readFileSync(join(tmp, 'compute-receipt-compare', 'compare.json'), 'utf8')));
    expect(c.receipts.map((x) => x.job.run_id)).toEqual(['42', '43']);
    const md = summaryText.join('');
    expect(md).toContain('Reproduction: PASS');
    expect(md).toContain('Independence box');
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body).toContain('<!-- compute-receipt:octo-org/ml/.github/workflows/repro.yml#reproduce:compare -->');
    // The sticky comment is updated, not duplicated.
    await run({ mode: 'compare', policy: 'reproduce', 'receipt-artifact': 'receipt-a\nreceipt-b' }, github);
    expect(github.comments).toHaveLength(1);
  });

  it('the same leg twice holds, and the gate fails at hold by default', async () => {
    const { r } = await run({ mode: 'compare', policy: 'reproduce', 'receipt-artifact': 'receipt-a\nreceipt-a' });
    expect(r.failure).toBe('compute-receipt: decision hold (fail-on hold): held by compare.receipts, compare.distinct.jobs');
    expect(vi.mocked(core.setFailed)).toHaveBeenCalledTimes(1);
    expect(outputs()['claim-tier']).toBe('none');
  });

  it('receipt paths, one per line, work without artifacts', async () => {
    const { r, tmp } = await run({ mode: 'compare', policy: 'reproduce', receipt: `${legs['receipt-a']}\n${legs['receipt-b']}`, 'fail-on': 'deny' });
    expect(r.ok).toBe(true);
    expect(downloads).toEqual([]);
    expect(existsSync(join(tmp, 'compute-receipt-compare', 'compare.json'))).toBe(true);
  });

  it('input errors: no policy, fewer than two receipts', () => {
    const p = (raw: Partial<Record<InputName, string>>) => parseInputs((n) => raw[n] ?? '', { runnerTemp: null, cwd: work });
    expect(() => p({ mode: 'compare', 'receipt-artifact': 'a\nb' })).toThrow(/mode compare needs input policy/);
    expect(() => p({ mode: 'compare', policy: 'reproduce', receipt: 'only-one' })).toThrow(InputError);
    expect(() => p({ mode: 'compare', policy: 'reproduce', 'receipt-artifact': 'a\nb/c' })).toThrow(/receipt-artifact must not contain/);
    expect(p({ mode: 'compare', policy: 'reproduce', receipt: 'x\ny' })).toMatchObject({ receipts: ['x', 'y'], receiptArtifacts: [], failOn: 'hold', comment: true, uploadArtifact: false, receipt: 'compute-receipt-compare' });
  });
});
