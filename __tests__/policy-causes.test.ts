// One cause, one line: checks that could not run (required evidence absent) are folded under the
// cause; the allowed claim says what failed in words and never lists check ids. Also: job_id is a
// value, never a phrase; `tsm` and `auto` say why a source is absent.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../src/claims/lint/index.js';
import { renderText } from '../src/cli/render.js';
import { TsmSource } from '../src/evidence/sources/tsm.js';
import { causeWords, decisionCauses, foldedNote } from '../src/policy/causes.js';
import { decide } from '../src/policy/decide.js';
import { gateMessage } from '../src/policy/gate.js';
import type { Check } from '../src/policy/types.js';
import { verifyReceipt } from '../src/receipt/replay.js';
import { create, type RunDeps } from '../src/run.js';
import { InputError } from '../src/util/errors.js';
import { writeTree } from './helpers/receipt-job.js';

const c = (id: string, outcome: Check['outcome'], detail = `${id} failed`): Check => ({ id, outcome, observed: null, expected: null, detail });
const notRun = (id: string) => c(id, 'deny', 'not evaluated: no verified tdx evidence (evidence.required: deny)');

describe('decision causes', () => {
  const checks = [c('evidence.required', 'deny', 'tdx: missing (on_missing: deny)'), notRun('tdx.debug'), notRun('tdx.mr_td'), c('benchmark.context-only', 'pass')];

  it('the check that ran and failed leads; the ones that could not run are folded and counted', () => {
    const d = decisionCauses(checks, 'deny');
    expect(d.causes.map((x) => x.id)).toEqual(['evidence.required']);
    expect(d.notEvaluated.map((x) => x.id)).toEqual(['tdx.debug', 'tdx.mr_td']);
    expect(foldedNote(d)).toBe('2 checks could not run without it');
    expect(decide(checks, 'pass').reason).toBe('denied by evidence.required (2 checks could not run without it)');
    expect(gateMessage('deny', 'deny', checks, '')).toBe('compute-receipt: decision deny (fail-on deny): denied by evidence.required (2 checks could not run without it)');
  });

  it('when nothing ran, the checks that could not run are the causes', () => {
    const only = [notRun('tdx.tcb_status')];
    expect(decisionCauses(only, 'deny')).toEqual({ causes: only, notEvaluated: [] });
    expect(decide(only, 'pass').reason).toBe('denied by tdx.tcb_status');
  });

  it('causeWords gives the first cause in words, never ids', () => {
    expect(causeWords(checks, 'deny')).toBe('tdx: missing (on_missing: deny)');
    expect(causeWords([c('a.b', 'deny', 'x is wrong'), c('c.d', 'deny', 'y'), c('e.f', 'deny', 'z')], 'deny')).toBe('x is wrong (and 2 more findings)');
    expect(causeWords([c('a.b', 'deny', 'one'), c('c.d', 'deny', 'two')], 'deny')).toBe('one (and 1 more finding)');
  });
});

describe('create and verify: strict policy, no evidence; a job with no id', () => {
  let work = '';
  const notes: string[] = [];
  const deps = (env: NodeJS.ProcessEnv = {}): RunDeps => ({
    cwd: work,
    env,
    now: () => new Date('2026-12-02T10:00:00Z'),
    note: (l) => notes.push(l),
    sourceDeps: { tsmRoot: join(work, 'no-tsm'), devDir: join(work, 'no-dev'), env: { PATH: join(work, 'no-bin') } },
  });
  const paths = { workload: ['model'], inputs: ['inputs'], outputs: ['outputs'], storage: 'unknown' as const };
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'cr-causes-'));
    writeTree(work, { 'model/w.bin': 'w', 'inputs/i.txt': 'i', 'outputs/o.txt': 'o' });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('gpu-tee-strict with --evidence none: one DENY line, the rest folded under it; the claim has no check ids', async () => {
    const r = await create({ ...paths, evidence: ['none'], policy: 'gpu-tee-strict', jobId: 'train-1', network: false, out: 'strict' }, deps());
    const d = r.receipt.policy_decision;
    expect(d.status).toBe('deny');
    expect(d.checks.filter((x) => x.outcome === 'deny').length).toBeGreaterThan(10);
    expect(d.reason).toMatch(/^denied by evidence\.required \(\d+ checks could not run without it\)$/);
    const text = renderText(r.receipt);
    const denyLines = text.split('\n').filter((l) => /^ {2}DENY/.test(l));
    expect(denyLines).toEqual([expect.stringMatching(/^ {2}DENY {2}evidence\.required: /)]);
    expect(text).toMatch(/^ {8}\d+ checks could not run without it: tdx\.debug, /m);
    expect(r.receipt.allowed_claim).toContain('required runtime evidence for job train-1, and none was presented');
    expect(r.receipt.allowed_claim).not.toMatch(/\b(evidence|tdx|sev-snp|nvidia-gpu)\.[a-z_]+/);
  });

  it('evidence that a strict policy rejects: the claim says why in words, without check ids', async () => {
    const r = await create({ ...paths, evidence: ['simulated'], policy: 'gpu-tee-strict', jobId: 'train-2', network: false, out: 'strict-sim' }, deps());
    expect(r.receipt.claim_tier).toBe('denied');
    expect(r.receipt.allowed_claim).toMatch(/^The verifier ran and policy gpu-tee-strict@sha256:[0-9a-f]{12} rejected the evidence for job train-2 \(/);
    expect(r.receipt.allowed_claim).not.toMatch(/\b(evidence|tdx|sev-snp|nvidia-gpu)\.[a-z0-9_]+/);
    expect(lint(r.receipt.allowed_claim)).toEqual([]);
  });

  it('job_id: derived from the binding outside CI, from the run on CI; never a phrase; verify agrees', async () => {
    const local = await create({ ...paths, evidence: ['none'], policy: 'record-only', network: false, out: 'no-id' }, deps());
    expect(local.receipt.job_id).toMatch(/^job-[0-9a-f]{16}$/);
    expect(local.receipt.job_id).toBe(`job-${local.receipt.binding.gpu_nonce.slice(0, 16)}`);
    const v = await verifyReceipt({ receipt: join(work, 'no-id'), policy: 'record-only', ...paths, network: false }, deps());
    expect(v.mismatches).toEqual([]);
    const ci = await create({ ...paths, evidence: ['none'], policy: 'record-only', network: false, out: 'ci' }, deps({ GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '2' }));
    expect(ci.receipt.job_id).toBe('run-4242.2');
  });

  it('--evidence auto says what it probed and why each source was absent', async () => {
    notes.length = 0;
    await create({ ...paths, evidence: ['auto'], policy: 'record-only', jobId: 'a', network: false, out: 'auto' }, deps());
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^evidence auto: no evidence source found \(tsm: .*no-tsm is not present \(no configfs-tsm\); nvidia: nvattest is not on PATH; .*\)$/);
  });
});

describe('tsm on a machine without configfs-tsm', () => {
  it('says so, instead of a permissions error', async () => {
    const e = await new TsmSource({ root: '/nowhere/tsm' }).collect(Buffer.alloc(64)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).code).toBe('PATH_MISSING');
    expect((e as Error).message).toMatch(/^--evidence tsm: \/nowhere\/tsm is not present \(no configfs-tsm\): this machine is not a TDX or SEV-SNP guest/);
    expect((e as Error).message).not.toMatch(/ENOENT|needs root/);
  });
});
