import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExecResult } from '../src/evidence/index.js';
import { begin } from '../src/execution/begin.js';
import { verifyReceipt } from '../src/receipt/replay.js';
import { create } from '../src/run.js';
import { FakeTdxMeasurements } from './helpers/fake-tdx-measurements.js';
import { makeCollateral, makeTdxPki, makeTdxQuote, type TdxPki } from './helpers/tdx-synth.js';

/**
 * The whole two-phase flow: begin, the workload, create --begin-state, verify. A fake sysfs RTMR file
 * (48-byte writes only) drives a TD whose quote (test PKI, real TDX format and verifier) reports the
 * registers the fake holds, so what RTMR3 saw is what the quote says.
 */
const env = { GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'train' };
const MRTD = Buffer.alloc(48, 0x7d);

let pki: TdxPki;
let rootsDir: string;
let collateralDir: string;
beforeAll(async () => {
  pki = await makeTdxPki();
  const base = mkdtempSync(join(tmpdir(), 'cr-exec-pki-'));
  rootsDir = join(base, 'roots');
  mkdirSync(join(rootsDir, 'intel'), { recursive: true });
  writeFileSync(join(rootsDir, 'intel', 'test-root.pem'), pki.root.pem);
  collateralDir = join(base, 'collateral');
  mkdirSync(collateralDir);
  const now = Date.now();
  const iso = (t: number) => new Date(t).toISOString().replace(/\.\d+Z$/, 'Z');
  for (const f of await makeCollateral(pki, { issueDate: iso(now - 86_400_000), nextUpdate: iso(now + 20 * 86_400_000) })) writeFileSync(join(collateralDir, f.name.replace(/^collateral-/, '')), f.bytes);
});

function policy(pins: boolean): string {
  const z = '00'.repeat(48);
  return [
    'policy_id: exec-test',
    'version: 1',
    'evidence: {required: [tdx], on_missing: deny, on_unsupported: deny, on_verifier_unavailable: deny, trust_roots: any}',
    'tdx:',
    '  debug: forbid',
    ...(pins ? [`  mr_td: ["${MRTD.toString('hex')}"]`, `  rtmr0: ["${z}"]`, `  rtmr1: ["${z}"]`, `  rtmr2: ["${z}"]`] : []),
    '  tcb_status: {pass: [UpToDate]}',
    '',
  ].join('\n');
}

describe('begin, then create --begin-state, then verify (fake sysfs RTMR3, test-PKI TDX quotes)', () => {
  let work: string;
  let fake: FakeTdxMeasurements;
  let quotes: number;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'cr-exec-'));
    for (const d of ['model', 'inputs', 'outputs']) {
      mkdirSync(join(work, d));
      writeFileSync(join(work, d, 'f.txt'), d);
    }
    writeFileSync(join(work, 'pinned.yml'), policy(true));
    writeFileSync(join(work, 'unpinned.yml'), policy(false));
    fake = new FakeTdxMeasurements();
    quotes = 0;
  });
  /** The TD's quoting: a `command:` source whose program signs a quote over REPORT_DATA_HEX with the fake's registers. */
  const exec = async (_f: string, _a: string[], o: { env: NodeJS.ProcessEnv }): Promise<ExecResult> => {
    quotes++;
    const { quote } = makeTdxQuote(pki, { reportData: Buffer.from(o.env['REPORT_DATA_HEX']!, 'hex'), mrTd: MRTD, rtmr: fake.rtmr.map((r) => Buffer.from(r)) });
    return { code: 0, stdout: Buffer.from(quote.toString('hex')), stderr: Buffer.alloc(0), timedOut: false, overflow: false, spawnError: null };
  };
  const deps = () => ({ cwd: work, env, now: () => new Date(), sourceDeps: { exec, measurementsDir: fake.dir, measurementsFs: fake } });
  const doBegin = (state = 'run/begin.json') => begin({ workload: ['model'], inputs: ['inputs'], evidence: ['tsm'], state }, deps());
  const doCreate = (out: string, extra: object = {}) =>
    create(
      { workload: [], inputs: [], outputs: ['outputs'], evidence: ['command:quote'], policy: 'pinned.yml', storage: 'ephemeral', trustRootsDir: rootsDir, collateralDir, network: false, out, beginState: 'run/begin.json', exitStatus: 0, ...extra },
      deps(),
    );
  const doVerify = (out: string, pol = 'pinned.yml') => verifyReceipt({ receipt: out, policy: pol, trustRootsDir: rootsDir, network: false, workload: ['model'], inputs: ['inputs'], outputs: ['outputs'] }, deps());
  const outcome = (checks: { id: string; outcome: string }[], id: string) => checks.find((c) => c.id === id)?.outcome;

  it('every condition holds: tier execution at create and at verify, with the claim of the issue', async () => {
    const b = await doBegin();
    const r = await doCreate('r');
    const rc = r.receipt;
    expect(rc.policy_decision.checks.filter((c) => c.outcome !== 'pass')).toEqual([]);
    expect(rc.claim_tier).toBe('execution');
    expect(rc.allowed_claim).toMatch(/^In one boot of the measured Intel TDX image \(MRTD 7d7d7d7d7d7d7d7d… and RTMR0-2 pinned by policy exec-test@sha256:[0-9a-f]{12}\), the agent recorded workload sha256:[0-9a-f]{12} and inputs sha256:[0-9a-f]{12} for job train \(o\/r run 42\.1\) before it recorded outputs sha256:[0-9a-f]{12}, under policy exec-test@.*ephemeral runner and job steps without root in the TD; it does not show that the outputs are correct\.$/);
    for (const id of ['execution.replay', 'execution.event_log', 'execution.order', 'execution.single_job', 'execution.begin_digests', 'execution.seal_digests', 'execution.binding']) expect(outcome(rc.policy_decision.checks, id), id).toBe('pass');
    expect(rc.binding.execution).toEqual({ begin_event_digest: b.state.begin_event_digest, seal_event_digest: rc.execution!.seal!.digest });
    expect(rc.execution).toMatchObject({ session: b.state.begin_payload.session, begin: { index: 0 }, seal: { index: 1, exit_status: 0 }, other_events: [], event_log: 'evidence/0-execution-rtmr3-events.json' });
    // Two 48-byte writes, and the quote's RTMR3 is their replay.
    expect(fake.writes.map((w) => w.length)).toEqual([48, 48]);
    const v = await doVerify('r');
    expect(v.mismatches).toEqual([]);
    expect(v.decision).toBe('pass');
    expect(v.appraised.claim_tier).toBe('execution');
    expect(v.appraised.allowed_claim).toBe(rc.allowed_claim);
    expect(v.unverified.map((u) => u.field)).not.toContain('execution.session');
  });

  it("the verifier's rule: every execution leaf, flipped, is caught", async () => {
    // A platform event (dstack-style, logged) before begin: listed in the receipt, and allowed.
    const { runtimeEventDigest } = await import('../src/evidence/verify/tdx-eventlog.js');
    const appId = { imr: 3, event_type: 0x08000001, digest: runtimeEventDigest(0x08000001, 'app-id', 'aa'.repeat(20)), event: 'app-id', event_payload: 'aa'.repeat(20) };
    mkdirSync(join(work, 'run'));
    writeFileSync(join(work, 'run', 'rtmr3-events.json'), JSON.stringify([appId]));
    await fake.write(`${fake.dir}/rtmr3:sha384`, Buffer.from(appId.digest, 'hex'));
    await doBegin();
    const created = await doCreate('r');
    expect(created.receipt.claim_tier).toBe('execution');
    expect(created.receipt.execution).toMatchObject({ begin: { index: 1 }, seal: { index: 2 }, other_events: [{ index: 0, rtmr: 3, type: '0x08000001', name: 'app-id', digest: appId.digest }] });
    const { canonicalize } = await import('../src/binding/jcs.js');
    const { leaves } = await import('../src/receipt/leaves.js');
    const { ReceiptSchema } = await import('../src/receipt/schema.js');
    const { cpSync } = await import('node:fs');
    const rc = JSON.parse(readFileSync(join(work, 'r', 'receipt.json'), 'utf8'));
    const mine = leaves(rc).filter((l) => l.path.startsWith('execution.') || l.path.startsWith('binding.execution.'));
    expect(mine.length).toBeGreaterThanOrEqual(10);
    const missed: string[] = [];
    for (const [n, leaf] of mine.entries()) {
      const v = leaf.value;
      const flipped = typeof v === 'number' ? (v > 0 ? v - 1 : v + 1) : typeof v === 'string' ? (/^(0x)?[0-9a-f]+$/.test(v) ? v.slice(0, -1) + (v.endsWith('0') ? '1' : '0') : v === 'compute-receipt/execution/v1' ? null : v.startsWith('evidence/') ? 'execution/rtmr3-events.json' : v + ' x') : null;
      if (flipped === null) continue;
      const copy = structuredClone(rc);
      const keys = [...leaf.path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => m[1] ?? Number(m[2]));
      let cur = copy;
      for (const k of keys.slice(0, -1)) cur = cur[k];
      cur[keys[keys.length - 1]!] = flipped;
      expect(ReceiptSchema.safeParse(copy).success, leaf.path).toBe(true);
      const dir = `flip-${n}`;
      cpSync(join(work, 'r'), join(work, dir), { recursive: true });
      writeFileSync(join(work, dir, 'receipt.json'), canonicalize(copy));
      const r = await doVerify(dir);
      if (r.ok && r.decision !== 'deny') missed.push(leaf.path);
    }
    expect(missed).toEqual([]);
  });

  it('a second create with the same begin state is refused (one seal per begin)', async () => {
    await doBegin();
    await doCreate('r');
    await expect(doCreate('r2')).rejects.toThrow(/already sealed/);
  });

  it('without MRTD and RTMR0-2 pinned the tier stays environment, and the claim says why', async () => {
    await doBegin();
    const r = await doCreate('r', { policy: 'unpinned.yml' });
    expect(r.receipt.claim_tier).toBe('environment');
    expect(r.receipt.allowed_claim).toMatch(/The execution tier was not reached: policy exec-test@sha256:[0-9a-f]{12} does not pin the measured image \(tdx\.mr_td, tdx\.rtmr0, tdx\.rtmr1, tdx\.rtmr2 not set\)\.$/);
    expect(r.receipt.execution!.tier_reason).toMatch(/does not pin the measured image/);
    // The verifier with a pinning policy of its own reaches execution from the same receipt.
    const v = await doVerify('r', 'pinned.yml');
    expect(v.mismatches).toEqual([]);
    expect(v.appraised.claim_tier).toBe('execution');
    expect(v.unverified.map((u) => u.field)).toContain('execution.tier_reason');
  });

  it('a dropped event (an unlogged extension between begin and seal) denies: execution.replay', async () => {
    await doBegin();
    fake.extendUnlogged(Buffer.alloc(48, 1));
    const r = await doCreate('r');
    expect(outcome(r.receipt.policy_decision.checks, 'execution.replay')).toBe('deny');
    expect(r.receipt.claim_tier).toBe('denied');
    const v = await doVerify('r');
    expect(v.mismatches).toEqual([]);
    expect(outcome(v.checks, 'execution.replay')).toBe('deny');
  });

  it('a changed event log in the receipt directory denies: execution.replay (and the file digest mismatches)', async () => {
    await doBegin();
    await doCreate('r');
    const p = join(work, 'r', 'evidence', '0-execution-rtmr3-events.json');
    const log = JSON.parse(readFileSync(p, 'utf8'));
    writeFileSync(p, JSON.stringify([log[1], log[0]])); // reordered
    const v = await doVerify('r');
    expect(outcome(v.checks, 'execution.replay')).toBe('deny');
    expect(v.mismatches.map((m) => m.field)).toEqual(expect.arrayContaining([expect.stringMatching(/^attestation_result\.evidence\[0\]\.aux\[\d+\]\.digest$/), 'execution.seal.index']));
    writeFileSync(p, JSON.stringify([log[0]])); // the seal dropped
    expect(outcome((await doVerify('r')).checks, 'execution.replay')).toBe('deny');
    writeFileSync(p, JSON.stringify([log[0], log[0], log[1]])); // the begin duplicated
    expect(outcome((await doVerify('r')).checks, 'execution.replay')).toBe('deny');
  });

  it('a duplicated begin, faithfully logged and measured, denies: execution.order', async () => {
    await doBegin();
    // Root in the TD measures the begin event again and logs it: the log replays, the sequence is wrong.
    const p = join(work, 'run', 'rtmr3-events.json');
    const log = JSON.parse(readFileSync(p, 'utf8'));
    writeFileSync(p, JSON.stringify([log[0], log[0]]));
    await fake.write(`${fake.dir}/rtmr3:sha384`, Buffer.from(log[0].digest, 'hex'));
    const r = await doCreate('r');
    expect(r.receipt.policy_decision.checks.find((c) => c.id === 'execution.order')).toMatchObject({ outcome: 'deny', observed: 'begin, begin, seal' });
    expect(outcome((await doVerify('r')).checks, 'execution.order')).toBe('deny');
  });

  it('a second job in the same boot denies that job: execution.single_job; the first job is unaffected', async () => {
    await doBegin();
    await doCreate('r1');
    await doBegin('run/second.json');
    const r2 = await doCreate('r2', { beginState: 'run/second.json' });
    expect(r2.receipt.policy_decision.checks.find((c) => c.id === 'execution.single_job')).toMatchObject({ outcome: 'deny' });
    expect(r2.receipt.execution!.other_events.map((e) => e.name)).toEqual(['compute-receipt.begin', 'compute-receipt.seal']);
    expect(outcome((await doVerify('r2')).checks, 'execution.single_job')).toBe('deny');
    // Job 1's quote was taken before job 2 began: its log replays and it still reaches execution.
    expect((await doVerify('r1')).appraised.claim_tier).toBe('execution');
  });

  it('inputs changed after begin: the begin digests differ from the re-derived ones: execution.begin_digests', async () => {
    await doBegin();
    writeFileSync(join(work, 'inputs', 'f.txt'), 'changed by the workload');
    const r = await doCreate('r');
    expect(r.receipt.policy_decision.checks.find((c) => c.id === 'execution.begin_digests')).toMatchObject({ outcome: 'deny', observed: 'differ: input_commitment, input_manifest_digest' });
    const v = await doVerify('r');
    expect(v.mismatches).toEqual([]);
    expect(outcome(v.checks, 'execution.begin_digests')).toBe('deny');
  });

  it('a receipt stripped of its execution section, or of the binding digests, does not verify', async () => {
    await doBegin();
    await doCreate('r');
    const p = join(work, 'r', 'receipt.json');
    const rc = JSON.parse(readFileSync(p, 'utf8'));
    const { canonicalize } = await import('../src/binding/jcs.js');
    const stripped = { ...rc };
    delete stripped.execution;
    writeFileSync(p, canonicalize(stripped));
    const v = await doVerify('r');
    expect(v.mismatches.map((m) => m.field)).toContain('binding.execution');
    expect(v.appraised.claim_tier).not.toBe('execution');
  });

  it('begin and create are different jobs: refused', async () => {
    await doBegin();
    const e = await create(
      { workload: [], inputs: [], outputs: ['outputs'], evidence: ['command:quote'], policy: 'pinned.yml', storage: 'ephemeral', network: false, out: 'r', beginState: 'run/begin.json' },
      { ...deps(), env: { ...env, GITHUB_RUN_ID: '43' } },
    ).catch((x) => x);
    expect(e.message).toMatch(/belongs to job train \(o\/r run 42\.1\), not job train \(o\/r run 43\.1\)/);
    expect(quotes).toBe(0);
  });
});

describe('simulated: the whole flow without hardware', () => {
  it('begin then create with simulated evidence: tier simulated, execution checks pass, verify agrees', async () => {
    const work = mkdtempSync(join(tmpdir(), 'cr-exec-sim-'));
    for (const d of ['model', 'inputs', 'outputs']) {
      mkdirSync(join(work, d));
      writeFileSync(join(work, d, 'f.txt'), d);
    }
    const deps = { cwd: work, env, now: () => new Date() };
    const b = await begin({ workload: ['model'], inputs: ['inputs'], evidence: ['simulated'], state: 'st/begin.json' }, deps);
    const r = await create({ workload: [], inputs: [], outputs: ['outputs'], evidence: ['simulated'], policy: 'demo', storage: 'ephemeral', network: false, out: 'r', beginState: 'st/begin.json' }, deps);
    expect(r.receipt.claim_tier).toBe('simulated');
    expect(r.receipt.execution!.tier_reason).toMatch(/^simulated evidence: begin and seal were replayed from a simulated RTMR3/);
    expect(r.receipt.policy_decision.checks.filter((c) => c.id.startsWith('execution.')).map((c) => c.outcome)).toEqual(Array(7).fill('pass'));
    const sim = createHash('sha384').update(createHash('sha384').update(Buffer.alloc(48)).update(Buffer.from(b.state.begin_event_digest, 'hex')).digest()).update(Buffer.from(r.receipt.execution!.seal!.digest, 'hex')).digest();
    expect(r.receipt.runtime_measurement.values['rtmr3']).toBe(sim.toString('hex'));
    const v = await verifyReceipt({ receipt: 'r', policy: 'demo', network: false, workload: ['model'], inputs: ['inputs'], outputs: ['outputs'] }, deps);
    expect(v.mismatches).toEqual([]);
    expect(v.decision).toBe('pass');
    expect(v.appraised.claim_tier).toBe('simulated');
  });
});

describe('executionChecks over a replayed log: each wrong sequence denies with the check named', async () => {
  const { executionChecks } = await import('../src/execution/appraise.js');
  const { BEGIN_EVENT, SEAL_EVENT, beginPayload, measuredEvent, sealPayload } = await import('../src/execution/events.js');
  const job = { id: 'train', repository: 'o/r', run_id: '42', run_attempt: '1', sha: null, workflow_ref: null };
  const d = (c: string) => `sha256:${c.repeat(64)}`;
  const binding = { v: 'compute-receipt/binding/v1' as const, job, workload_digest: d('1'), workload_manifest_digest: d('2'), input_commitment: d('3'), input_manifest_digest: d('4'), output_digest: d('5'), output_manifest_digest: d('6'), benchmark_digest: null, oidc_token_digest: null, nonce: null };
  const session = 'ab'.repeat(32);
  const mkBegin = (s = session) => measuredEvent(BEGIN_EVENT, beginPayload({ session: s, job, workload_digest: d('1'), workload_manifest_digest: d('2'), input_commitment: d('3'), input_manifest_digest: d('4'), oidc_token_digest: null, nonce: null }));
  const mkSeal = (beginDigest: string, s = session) => measuredEvent(SEAL_EVENT, sealPayload({ session: s, job, begin_event_digest: beginDigest, output_digest: d('5'), output_manifest_digest: d('6'), exit_status: null }));
  const b = mkBegin();
  const s = mkSeal(b.digest.toString('hex'));
  const quoteOf = (events: { entry: { imr: number; event_type: number; event: string; event_payload: string; digest: string } }[], replay = 'match') => [
    {
      kind: 'tdx' as const, format: 'tdx-quote' as const, file: 'f', digest: d('0'), status: 'verified' as const, detail: '', steps: [], bindingMatches: true, trustRoots: 'custom' as const,
      claims: { event_log_replay: replay, event_log_rtmrs: ['rtmr3'], event_log_events: events.map((e) => ({ rtmr: 3, type: '0x08000001', name: e.entry.event, digest: e.entry.digest, payload: e.entry.event_payload })) },
    },
  ];
  const withExec = (bd: string, sd: string) => ({ ...binding, execution: { begin_event_digest: bd, seal_event_digest: sd } });
  const run = (events: Parameters<typeof quoteOf>[0], bnd: object = withExec(b.digest.toString('hex'), s.digest.toString('hex')), replay = 'match') =>
    executionChecks(session, bnd as typeof binding, quoteOf(events, replay)).checks;
  const denied = (checks: { id: string; outcome: string }[]) => checks.filter((c) => c.outcome !== 'pass').map((c) => c.id);

  it('begin then seal: every check passes', () => {
    expect(denied(run([b, s]))).toEqual([]);
  });
  it('reordered (seal measured before begin): execution.order', () => {
    expect(denied(run([s, b]))).toEqual(['execution.order']);
  });
  it('seal without begin: execution.order (and the begin digests cannot be evaluated)', () => {
    const c = run([s]);
    expect(c.find((x) => x.id === 'execution.order')).toMatchObject({ outcome: 'deny', detail: expect.stringMatching(/a seal without a begin/) });
    expect(denied(c)).toEqual(['execution.order', 'execution.begin_digests', 'execution.binding']);
  });
  it('duplicated seal: execution.order', () => {
    expect(denied(run([b, s, s]))).toEqual(['execution.order']);
  });
  it('a seal naming another begin: execution.order', () => {
    const other = mkSeal('00'.repeat(48));
    expect(denied(run([b, other], withExec(b.digest.toString('hex'), other.digest.toString('hex'))))).toEqual(['execution.order']);
  });
  it('another job before this one in the boot: execution.single_job', () => {
    const b2 = mkBegin('cd'.repeat(32));
    expect(denied(run([b2, mkSeal(b2.digest.toString('hex'), 'cd'.repeat(32)), b, s]))).toEqual(['execution.single_job']);
  });
  it('a log that does not replay: execution.replay, and nothing else is judged', () => {
    expect(run([b, s], undefined, 'mismatch')).toEqual([expect.objectContaining({ id: 'execution.replay', outcome: 'deny' })]);
  });
  it('no verified quote: execution.replay holds (never passes)', () => {
    expect(executionChecks(session, binding, []).checks).toEqual([expect.objectContaining({ id: 'execution.replay', outcome: 'hold' })]);
  });
  it('a binding naming other events: execution.binding', () => {
    expect(denied(run([b, s], withExec('11'.repeat(48), s.digest.toString('hex'))))).toEqual(['execution.binding']);
  });
  it('a malformed compute-receipt payload: execution.event_log', () => {
    const bad = { entry: { imr: 3, event_type: 0x08000001, event: 'compute-receipt.begin', event_payload: Buffer.from('{"v":1}').toString('hex'), digest: '' } };
    expect(denied(run([bad, b, s]))).toEqual(['execution.event_log', 'execution.single_job']);
  });
});

describe('a sealed begin without any quote', () => {
  it('keeps the event log in its own file; execution.replay holds (never passes); verify agrees', async () => {
    const work = mkdtempSync(join(tmpdir(), 'cr-exec-none-'));
    for (const d of ['model', 'inputs', 'outputs']) {
      mkdirSync(join(work, d));
      writeFileSync(join(work, d, 'f.txt'), d);
    }
    const deps = { cwd: work, env, now: () => new Date() };
    await begin({ workload: ['model'], inputs: ['inputs'], evidence: ['simulated'], state: 'st/begin.json' }, deps);
    const r = await create({ workload: [], inputs: [], outputs: ['outputs'], evidence: ['none'], policy: 'record-only', storage: 'ephemeral', network: false, out: 'r', beginState: 'st/begin.json' }, deps);
    expect(r.receipt.policy_decision.checks.find((c) => c.id === 'execution.replay')).toMatchObject({ outcome: 'hold', observed: 'none' });
    expect(r.receipt.execution).toMatchObject({ event_log: 'execution/rtmr3-events.json', begin: null, seal: null, tier_reason: expect.stringMatching(/execution\.replay/) });
    expect(r.receipt.claim_tier).toBe('none');
    const v = await verifyReceipt({ receipt: 'r', policy: 'record-only', network: false }, deps);
    expect(v.mismatches).toEqual([]);
  });
});

describe('the CLI begin command and the demo', () => {
  it('begin --json prints the state, the event log and the begin digest; a bad flag is one usage line', async () => {
    const { cmdBegin } = await import('../src/cli/begin.js');
    const work = mkdtempSync(join(tmpdir(), 'cr-exec-cli-'));
    for (const d of ['model', 'inputs']) {
      mkdirSync(join(work, d));
      writeFileSync(join(work, d, 'f.txt'), d);
    }
    let out = '';
    let err = '';
    const deps = { cwd: work, env, now: () => new Date() };
    const code = await cmdBegin(['--workload', 'model', '--inputs', 'inputs', '--evidence', 'simulated', '--state', 's/begin.json', '--json'], deps, (s) => (out += s), (s) => (err += s));
    expect(code).toBe(0);
    const j = JSON.parse(out);
    expect(j).toMatchObject({ register: 'simulated-rtmr3', event_log: join(work, 's', 'rtmr3-events.json'), begin_event_digest: expect.stringMatching(/^[0-9a-f]{96}$/), warnings: [] });
    expect(err).toBe('');
    await expect(cmdBegin(['--workload', 'model', '--state', 'x.json', '--bogus'], deps, () => undefined, () => undefined)).rejects.toThrow(/begin: Unknown option '--bogus'/);
    await expect(cmdBegin(['--workload', 'model', '--inputs', 'inputs'], deps, () => undefined, () => undefined)).rejects.toThrow(/begin needs --state FILE/);
  });

  it('demo runs begin then seal on the simulated register and verifies the events', async () => {
    const { runDemo } = await import('../src/cli/demo.js');
    const dir = mkdtempSync(join(tmpdir(), 'cr-exec-demo-'));
    const r = await runDemo(join(dir, 'out'), { cwd: dir, env: {}, now: () => new Date() });
    expect(r.verified.claim_tier).toBe('simulated');
    expect(r.verified.execution).toMatchObject({ begin: { index: 0 }, seal: { index: 1, exit_status: 0 }, other_events: [] });
    expect(r.verified.policy_decision.checks.filter((c) => c.id.startsWith('execution.')).map((c) => `${c.id}:${c.outcome}`)).toEqual(
      ['replay', 'event_log', 'order', 'single_job', 'begin_digests', 'seal_digests', 'binding'].map((x) => `execution.${x}:pass`),
    );
    expect(r.text).toMatch(/begin: measured the example's model and inputs into a simulated RTMR3/);
    expect(r.text).toMatch(/execution +begin event 0, seal event 1 in RTMR3/);
  });
});

describe('GPUs at begin and at seal: the same device ids (execution.gpu)', async () => {
  const { makeGpuPki, makeSpdmEvidence, evidenceListEntry } = await import('./helpers/gpu-synth.js');
  let work: string;
  let roots: string;
  let fake: FakeTdxMeasurements;
  let gpuA: Awaited<ReturnType<typeof makeGpuPki>>;
  let gpuB: Awaited<ReturnType<typeof makeGpuPki>>;
  let gpuNow: Awaited<ReturnType<typeof makeGpuPki>>;
  beforeAll(async () => {
    gpuA = await makeGpuPki({ deviceId: 'NVIDIA:GH100:aa11' });
    gpuB = await makeGpuPki({ deviceId: 'NVIDIA:GH100:bb22', root: gpuA.root });
  });
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'cr-exec-gpu-'));
    for (const d of ['model', 'inputs', 'outputs']) {
      mkdirSync(join(work, d));
      writeFileSync(join(work, d, 'f.txt'), d);
    }
    roots = join(work, 'roots');
    mkdirSync(join(roots, 'intel'), { recursive: true });
    mkdirSync(join(roots, 'nvidia'), { recursive: true });
    writeFileSync(join(roots, 'intel', 'test-root.pem'), pki.root.pem);
    writeFileSync(join(roots, 'nvidia', 'device_root.pem'), gpuA.root.pem);
    writeFileSync(join(work, 'pinned.yml'), policy(true));
    fake = new FakeTdxMeasurements();
    gpuNow = gpuA;
  });
  const exec = async (_f: string, args: string[], o: { env: NodeJS.ProcessEnv }): Promise<ExecResult> => {
    let out: string;
    if (args.join(' ').includes('gpu')) {
      const nonce = Buffer.from(o.env['GPU_NONCE_HEX']!, 'hex');
      out = JSON.stringify({ evidences: [evidenceListEntry(makeSpdmEvidence(gpuNow.leaf, { nonce }), gpuNow.chainPem, nonce)], result_code: 0 });
    } else {
      out = makeTdxQuote(pki, { reportData: Buffer.from(o.env['REPORT_DATA_HEX']!, 'hex'), mrTd: MRTD, rtmr: fake.rtmr.map((r) => Buffer.from(r)) }).quote.toString('hex');
    }
    return { code: 0, stdout: Buffer.from(out), stderr: Buffer.alloc(0), timedOut: false, overflow: false, spawnError: null };
  };
  const deps = () => ({ cwd: work, env, now: () => new Date(), sourceDeps: { exec, measurementsDir: fake.dir, measurementsFs: fake } });
  const flow = async (beginEvidence: string[]) => {
    await begin({ workload: ['model'], inputs: ['inputs'], evidence: beginEvidence, state: 'run/begin.json', trustRootsDir: roots }, deps());
    return create(
      { workload: [], inputs: [], outputs: ['outputs'], evidence: ['command:quote', 'command:gpu'], policy: 'pinned.yml', storage: 'ephemeral', trustRootsDir: roots, collateralDir, network: false, out: 'r', beginState: 'run/begin.json' },
      deps(),
    );
  };
  const gpuCheck = (r: { receipt: { policy_decision: { checks: { id: string }[] } } }) => r.receipt.policy_decision.checks.find((c) => c.id === 'execution.gpu');

  it('the same GPU at both points: pass, and the begin event records its device id', async () => {
    const r = await flow(['tsm', 'command:gpu']);
    expect(gpuCheck(r)).toMatchObject({ outcome: 'pass', observed: 'NVIDIA:GH100:aa11' });
    expect(r.receipt.claim_tier).toBe('execution');
    const v = await verifyReceipt({ receipt: 'r', policy: 'pinned.yml', trustRootsDir: roots, network: false }, deps());
    expect(v.mismatches).toEqual([]);
    expect(v.checks.find((c) => c.id === 'execution.gpu')).toMatchObject({ outcome: 'pass' });
  });

  it('another GPU at seal: deny', async () => {
    await begin({ workload: ['model'], inputs: ['inputs'], evidence: ['tsm', 'command:gpu'], state: 'run/begin.json', trustRootsDir: roots }, deps());
    gpuNow = gpuB;
    const r = await create(
      { workload: [], inputs: [], outputs: ['outputs'], evidence: ['command:quote', 'command:gpu'], policy: 'pinned.yml', storage: 'ephemeral', trustRootsDir: roots, collateralDir, network: false, out: 'r', beginState: 'run/begin.json' },
      deps(),
    );
    expect(gpuCheck(r)).toMatchObject({ outcome: 'deny', observed: 'begin: NVIDIA:GH100:aa11; seal: NVIDIA:GH100:bb22' });
    expect(r.receipt.claim_tier).toBe('denied');
  });

  it('GPU evidence at seal only: not evaluated, holds (never passes)', async () => {
    const r = await flow(['tsm']);
    expect(gpuCheck(r)).toMatchObject({ outcome: 'hold' });
    expect(r.receipt.claim_tier).toBe('none');
  });
});
