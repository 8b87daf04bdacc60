import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

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
import { contextFromEnv } from '../src/action/context.js';
import { type InputName, parseInputs } from '../src/action/inputs.js';
import { type ActionDeps, type Engine, runAction } from '../src/action/main.js';
import { begin } from '../src/execution/begin.js';
import { verifyReceipt } from '../src/receipt/replay.js';
import { create } from '../src/run.js';

const ENV = { GITHUB_REPOSITORY: 'octo-org/ml', GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'train', GITHUB_SERVER_URL: 'https://github.com', GITHUB_EVENT_NAME: 'push' };

describe('Action: mode begin, then mode create with begin-state', () => {
  let tmp: string;
  const engine: Engine = { create, begin, verify: verifyReceipt, lint: () => [] };
  const run = (raw: Partial<Record<InputName, string>>) => {
    const inputs = parseInputs((n) => raw[n] ?? '', { runnerTemp: join(tmp, 'runner-temp'), cwd: tmp });
    const deps: ActionDeps = { cwd: tmp, env: ENV, now: () => new Date(), engine, artifacts: { upload: async () => ({ id: 1, size: 1, digest: null }), download: async () => { throw new Error('no'); } }, github: null };
    return runAction(inputs, contextFromEnv(ENV, null), deps);
  };
  beforeEach(() => {
    vi.clearAllMocks();
    summaryText.length = 0;
    tmp = mkdtempSync(join(tmpdir(), 'cr-exec-action-'));
    for (const d of ['model', 'data', 'out']) {
      mkdirSync(join(tmp, d));
      writeFileSync(join(tmp, d, 'f.txt'), d);
    }
  });

  it('begin writes the state under RUNNER_TEMP and outputs it; create seals it; the summary shows begin and seal', async () => {
    const b = await run({ mode: 'begin', workload: 'model', inputs: 'data', evidence: 'simulated' });
    expect(b.failure).toBeNull();
    const statePath = join(tmp, 'runner-temp', 'compute-receipt-begin', 'state.json');
    expect(b.outputs['begin-state']).toBe(statePath);
    expect(vi.mocked(core.setOutput)).toHaveBeenCalledWith('begin-state', statePath);
    expect(b.summary).toMatch(/Measured into RTMR3 \(simulated, no hardware\) before the workload runs/);
    const c = await run({ mode: 'create', outputs: 'out', evidence: 'simulated', policy: 'demo', 'begin-state': statePath, 'exit-status': '0', 'upload-artifact': 'false' });
    expect(c.failure).toBeNull();
    expect(c.outputs['claim-tier']).toBe('simulated');
    expect(c.summary).toMatch(/\*\*Begin and seal \(RTMR3\)\*\*/);
    expect(c.summary).toMatch(/simulated evidence: begin and seal were replayed from a simulated RTMR3/);
  });

  it('mode begin needs workload and inputs; a bad exit-status is refused; create with begin-state needs no workload', () => {
    expect(() => parseInputs((n) => ({ mode: 'begin' })[n as 'mode'] ?? '', { runnerTemp: tmp, cwd: tmp })).toThrow(/mode begin needs input workload.*mode begin needs input inputs/);
    const raw: Partial<Record<InputName, string>> = { mode: 'create', outputs: 'out', 'begin-state': 's.json', 'exit-status': 'x' };
    expect(() => parseInputs((n) => raw[n] ?? '', { runnerTemp: tmp, cwd: tmp })).toThrow(/^input exit-status must be an integer$/);
    raw['exit-status'] = '3';
    expect(parseInputs((n) => raw[n] ?? '', { runnerTemp: tmp, cwd: tmp })).toMatchObject({ beginState: 's.json', exitStatus: 3, workload: [] });
  });

  it('begin without an extendable RTMR3 fails the step with one line', async () => {
    const r = await run({ mode: 'begin', workload: 'model', inputs: 'data', evidence: 'tsm' });
    expect(r.ok).toBe(false);
    expect(r.failure).toMatch(/RTMR3 cannot be extended here/);
  });
});

describe('docs/examples/execution.yml', () => {
  it('puts begin after staging and before the workload, and create seals the begin step\'s state', async () => {
    const { parse } = await import('yaml');
    const { readFileSync } = await import('node:fs');
    const wf = parse(readFileSync(new URL('../docs/examples/execution.yml', import.meta.url), 'utf8')) as { jobs: Record<string, { steps: { id?: string; run?: string; with?: Record<string, string> }[] }> };
    const steps = wf.jobs['train']!.steps;
    const at = (pred: (s: (typeof steps)[number]) => boolean) => steps.findIndex(pred);
    const begin = at((s) => s.with?.['mode'] === 'begin');
    const train = at((s) => s.id === 'train');
    const seal = at((s) => s.with?.['mode'] === 'create');
    expect(at((s) => (s.run ?? '').includes('fetch.sh'))).toBeLessThan(begin);
    expect(begin).toBeLessThan(train);
    expect(train).toBeLessThan(seal);
    expect(steps[begin]!.id).toBe('begin');
    expect(steps[seal]!.with!['begin-state']).toBe('${{ steps.begin.outputs.begin-state }}');
    // Every input the example uses exists.
    const { INPUT_NAMES } = await import('../src/action/inputs.js');
    for (const s of steps) for (const k of Object.keys(s.with ?? {})) if (s.with?.['mode']) expect(INPUT_NAMES as readonly string[], k).toContain(k);
  });
});

describe('verify --json carries the execution section', () => {
  it('begin and seal, the other events and the tier reason, as the verifier derived them', async () => {
    const { cli } = await import('./helpers/cli-inprocess.js');
    const work = mkdtempSync(join(tmpdir(), 'cr-exec-json-'));
    for (const d of ['model', 'inputs', 'outputs']) {
      mkdirSync(join(work, d));
      writeFileSync(join(work, d, 'f.txt'), d);
    }
    const deps = { cwd: work, env: ENV, now: () => new Date() };
    await begin({ workload: ['model'], inputs: ['inputs'], evidence: ['simulated'], state: 'st/begin.json' }, deps);
    await create({ workload: [], inputs: [], outputs: ['outputs'], evidence: ['simulated'], policy: 'demo', storage: 'ephemeral', network: false, out: 'r', beginState: 'st/begin.json' }, deps);
    const r = await cli(['verify', join(work, 'r'), '--policy', 'demo', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).execution).toMatchObject({ begin: { index: 0 }, seal: { index: 1 }, other_events: [], tier_reason: expect.stringMatching(/^simulated evidence/) });
  });
});
