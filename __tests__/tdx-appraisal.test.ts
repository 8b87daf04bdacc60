// TDX evidence through appraisal, claims and the receipt: real quotes for denial and TCB status,
// synthetic quotes from test keys for passing receipts (never a relaxed check).
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTrustRoots, parseTdxQuote, verifyEvidence, type AuxFile, type VerifiedEvidence } from '../src/evidence/index.js';
import type { ExecResult } from '../src/evidence/index.js';
import { runtimeEventDigest } from '../src/evidence/verify/tdx-eventlog.js';
import { appraise, decide, loadPolicy, parsePolicy, type Check } from '../src/policy/index.js';
import { create } from '../src/run.js';
import { verifyReceipt } from '../src/receipt/replay.js';
import { claimTier, allowedClaim } from '../src/claims/tiers.js';
import { haveVectors, vector } from './helpers/vectors.js';
import { makeCollateral, makeTdxPki, makeTdxQuote, startPcsStandIn, type PcsStandIn, type TdxPki } from './helpers/tdx-synth.js';
import { createHash } from 'node:crypto';

const WORKLOAD = `sha256:${'ab'.repeat(32)}`;
const input = (evidence: VerifiedEvidence[]) => ({ evidence, workloadDigest: WORKLOAD, trustRoots: 'shipped' as const, benchmarkPresent: false });
const byId = (checks: Check[], id: string) => checks.find((c) => c.id === id);

async function ownBinding(file: string, aux: AuxFile[] = [], at = '2025-07-01T00:00:00Z'): Promise<VerifiedEvidence> {
  const bytes = vector(file);
  const rd = Buffer.from(parseTdxQuote(bytes).body.reportData);
  return verifyEvidence({ bytes, aux }, 'evidence/0-tdx-quote.bin', { reportData: rd, gpuNonce: null, trustRoots: loadTrustRoots(), network: false, at: new Date(at) });
}

const tcbPolicy = (extra = '') =>
  parsePolicy(
    `policy_id: tcb-test\nversion: 1\nevidence: {required: [tdx], on_verifier_unavailable: hold}\ntdx:\n  tcb_status: {pass: [UpToDate], hold: [OutOfDate, SWHardeningNeeded]}\n${extra}`,
    'tcb-test.yml',
  ).policy;

describe.skipIf(!haveVectors)('real TDX evidence under policies', () => {
  it('the DEBUG TD (trustee tdx_quote_4) verifies but cpu-tee-strict denies it: tdx.debug', async () => {
    const v = await ownBinding('trustee-tdx/tdx_quote_4.dat', [], '2024-01-01T00:00:00Z');
    expect(v.status).toBe('verified');
    const checks = appraise((await loadPolicy('cpu-tee-strict')).policy, input([v]));
    expect(byId(checks, 'tdx.debug')).toMatchObject({ outcome: 'deny', observed: 'true', expected: 'false' });
    expect(byId(checks, 'tdx.td_attributes.debug')).toMatchObject({ outcome: 'deny', observed: 'set' });
    expect(decide(checks, 'pass').status).toBe('deny');
  });

  it('the UpToDate quote passes its TCB check; the OutOfDate one holds; cpu-tee-strict denies OutOfDate', async () => {
    const up = await ownBinding('dcapqvl-tdx/tdx_quote', [{ name: 'collateral-c.json', bytes: vector('dcapqvl-tdx/tdx_quote_collateral.json') }]);
    expect(byId(appraise(tcbPolicy(), input([up])), 'tdx.tcb_status')).toMatchObject({ outcome: 'pass', observed: 'UpToDate' });
    const out = await ownBinding('dcapqvl-tdx/tdx_quote_outdated', [{ name: 'collateral-c.json', bytes: vector('dcapqvl-tdx/tdx_quote_outdated_collateral.json') }], '2026-03-01T00:00:00Z');
    expect(byId(appraise(tcbPolicy(), input([out])), 'tdx.tcb_status')).toMatchObject({ outcome: 'hold', observed: 'OutOfDate' });
    expect(byId(appraise((await loadPolicy('cpu-tee-strict')).policy, input([out])), 'tdx.tcb_status')).toMatchObject({ outcome: 'deny', observed: 'OutOfDate' });
  });

  it('without collateral the TCB check is not evaluated: never a pass', async () => {
    const v = await ownBinding('gotdx-spr-e4/tdx_prod_quote_SPR_E4.dat', [], '2023-07-01T00:00:00Z');
    expect(byId(appraise(tcbPolicy(), input([v])), 'tdx.tcb_status')).toMatchObject({ outcome: 'hold', observed: null });
  });

  it('real evidence under a job\'s binding is denied, and the reason names the binding', async () => {
    const bytes = vector('dcapqvl-tdx/tdx_quote');
    const v = await verifyEvidence({ bytes }, 'evidence/0-tdx-quote.bin', { reportData: Buffer.alloc(64, 7), gpuNonce: null, trustRoots: loadTrustRoots(), network: false, at: new Date('2025-07-01T00:00:00Z') });
    const policy = await loadPolicy('cpu-tee-strict');
    const checks = appraise(policy.policy, input([v]));
    const d = decide(checks, 'pass');
    expect(d.status).toBe('deny');
    expect(byId(checks, 'evidence.0.tdx.binding')).toMatchObject({ outcome: 'deny', observed: 'mismatch' });
    expect(d.reason).toMatch(/evidence\.0\.tdx\.binding/);
    const facts = { decision: d.status, decisionReason: d.reason, deciding: checks.filter((c) => c.outcome === 'deny').map((c) => c.id), policyId: 'cpu-tee-strict', policyDigest: policy.policy_digest, jobLabel: 'job j', workloadDigest: WORKLOAD, inputCommitment: WORKLOAD, outputDigest: WORKLOAD, evidence: [v], evidencePresented: true };
    expect(allowedClaim(claimTier(facts), facts)).toMatch(/evidence\.0\.tdx\.binding/);
  });

  it('event-log pins: the dstack compose-hash event is found in a log that replays; a wrong pin denies', async () => {
    const bytes = vector('dstack-rtmr3/quote-report.json');
    const v = await verifyEvidence({ bytes }, 'f', { reportData: null, gpuNonce: null, trustRoots: loadTrustRoots(), network: false, at: new Date('2026-05-01T00:00:00Z') });
    const events = JSON.parse((JSON.parse(bytes.toString('utf8')) as { event_log: string }).event_log) as { event: string; event_payload: string }[];
    const compose = events.find((e) => e.event === 'compose-hash')!.event_payload;
    const ok = appraise(tcbPolicy(`  event_log:\n    events:\n      - {rtmr: 3, name: compose-hash, payload: "${compose}"}\n`), input([{ ...v, bindingMatches: true }]));
    expect(byId(ok, 'tdx.event_log.replay')).toMatchObject({ outcome: 'pass', observed: 'match' });
    expect(byId(ok, 'tdx.event_log.events')).toMatchObject({ outcome: 'pass' });
    const bad = appraise(tcbPolicy(`  event_log:\n    events:\n      - {rtmr: 3, name: compose-hash, payload: "${'00'.repeat(32)}"}\n`), input([{ ...v, bindingMatches: true }]));
    expect(byId(bad, 'tdx.event_log.events')).toMatchObject({ outcome: 'deny' });
    expect(byId(bad, 'tdx.event_log.events')!.observed).toMatch(/^missing: RTMR3 "compose-hash"/);
  });
});

describe('event-log and TCB rules over claims', () => {
  const base = { kind: 'tdx' as const, format: 'tdx-quote' as const, file: 'f', digest: 'sha256:' + '0'.repeat(64), status: 'verified' as const, detail: '', steps: [], bindingMatches: true, trustRoots: 'shipped' as const };
  const policy = tcbPolicy(`  xfam: ["e702060000000000"]\n  min_tcb: {tee_tcb_svn: "03010300000000000000000000000000", pce_svn: 11, qe_svn: 4}\n  event_log: {}\n`);
  const claims = { tcb_status: 'UpToDate', xfam: 'e702060000000000', tee_tcb_svn: '03010300000000000000000000000000', pck_pce_svn: 13, qe_svn: 4, event_log_replay: 'match', event_log_rtmrs: ['rtmr3'], event_log_events: [] };

  it('every check passes at the minimums, with observed and expected', () => {
    const checks = appraise(policy, input([{ ...base, claims }]));
    for (const id of ['tdx.xfam', 'tdx.min_tcb.tee_tcb_svn', 'tdx.min_tcb.pce_svn', 'tdx.min_tcb.qe_svn', 'tdx.event_log.replay']) {
      const c = byId(checks, id)!;
      expect(c.outcome, id).toBe('pass');
      expect(c.observed, id).not.toBeNull();
      expect(c.expected, id).not.toBeNull();
    }
  });

  it.each([
    ['tdx.min_tcb.tee_tcb_svn', { tee_tcb_svn: '03010200000000000000000000000000' }, 'deny'],
    ['tdx.min_tcb.pce_svn', { pck_pce_svn: 10 }, 'deny'],
    ['tdx.min_tcb.qe_svn', { qe_svn: 3 }, 'deny'],
    ['tdx.xfam', { xfam: 'e742060000000000' }, 'deny'],
    ['tdx.event_log.replay', { event_log_replay: 'mismatch' }, 'deny'],
    ['tdx.event_log.replay', { event_log_replay: undefined }, 'deny'],
    ['tdx.tcb_status', { tcb_status: 'Revoked' }, 'deny'],
    ['tdx.tcb_status', { tcb_status: 'ConfigurationNeeded' }, 'deny'],
    ['tdx.tcb_status', { tcb_status: 'SWHardeningNeeded' }, 'hold'],
  ])('%s with %j: %s', (id, over, outcome) => {
    expect(byId(appraise(policy, input([{ ...base, claims: { ...claims, ...over } }])), id)?.outcome).toBe(outcome);
  });

  it('schema: unknown keys and bad values in the new tdx keys are errors', () => {
    expect(() => tcbPolicy('  min_tcb: {tee_tcb_svn: "0301"}\n')).toThrow(/tdx\.min_tcb\.tee_tcb_svn must be 32 lowercase hex/);
    expect(() => tcbPolicy('  event_log: {replay: maybe}\n')).toThrow(/tdx\.event_log\.replay must be require/);
    expect(() => tcbPolicy('  event_log: {events: [{rtmr: 3}]}\n')).toThrow(/must name the event/);
    expect(() => tcbPolicy('  event_log: {events: [{rtmr: 4, name: x}]}\n')).toThrow(/rtmr must be 0\.\.3/);
  });
});

describe('receipts from synthetic TDX evidence (test keys, --trust-roots): pass, then verify offline', () => {
  let pki: TdxPki;
  let work: string;
  let rootsDir: string;
  let collateralDir: string;
  const now = new Date();
  const issue = new Date(now.getTime() - 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const next = new Date(now.getTime() + 20 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  // RTMR3 extended by two runtime events, whose JSON log travels as a collateral-dir file.
  const events = [
    { imr: 3, event_type: 0x08000001, digest: '', event: 'app-id', event_payload: 'aa'.repeat(20) },
    { imr: 3, event_type: 0x08000001, digest: '', event: 'compose-hash', event_payload: 'cc'.repeat(32) },
  ];
  let rtmr3 = Buffer.alloc(48);
  for (const e of events) rtmr3 = createHash('sha384').update(rtmr3).update(Buffer.from(runtimeEventDigest(e.event_type, e.event, e.event_payload), 'hex')).digest();

  beforeAll(async () => {
    pki = await makeTdxPki();
    work = mkdtempSync(join(tmpdir(), 'cr-tdx-'));
    rootsDir = join(work, 'roots');
    mkdirSync(join(rootsDir, 'intel'), { recursive: true });
    writeFileSync(join(rootsDir, 'intel', 'test-root.pem'), pki.root.pem);
    collateralDir = join(work, 'collateral');
    mkdirSync(collateralDir);
    for (const f of await makeCollateral(pki, { issueDate: issue, nextUpdate: next })) writeFileSync(join(collateralDir, f.name.replace(/^collateral-/, '')), f.bytes);
    writeFileSync(join(collateralDir, 'rtmr3-events.json'), JSON.stringify(events));
    writeFileSync(
      join(work, 'policy-net.yml'),
      'policy_id: tdx-net\nversion: 1\nevidence: {required: [tdx], on_verifier_unavailable: hold, trust_roots: any}\ntdx:\n  debug: forbid\n  tcb_status: {pass: [UpToDate]}\n',
    );
    for (const d of ['model', 'inputs', 'outputs']) {
      mkdirSync(join(work, d));
      writeFileSync(join(work, d, 'f.txt'), d);
    }
    writeFileSync(
      join(work, 'policy.yml'),
      [
        'policy_id: tdx-test',
        'version: 1',
        'evidence: {required: [tdx], on_missing: deny, on_unsupported: deny, on_verifier_unavailable: deny, trust_roots: any}',
        'tdx:',
        '  debug: forbid',
        `  mr_td: ["${'7d'.repeat(48)}"]`,
        `  mr_seam: ["${'5e'.repeat(48)}"]`,
        `  rtmr3: ["${rtmr3.toString('hex')}"]`,
        '  xfam: ["e702060000000000"]',
        '  td_attributes: {forbid: [debug], require: [sept_ve_disable]}',
        '  min_tcb: {tee_tcb_svn: "03010300000000000000000000000000"}',
        '  tcb_status: {pass: [UpToDate]}',
        `  event_log:\n    events:\n      - {rtmr: 3, name: compose-hash, payload: "${'cc'.repeat(32)}"}`,
        '',
      ].join('\n'),
    );
  });

  /** A `command:` source whose "program" signs a synthetic quote over the REPORT_DATA_HEX it is given. */
  const exec = async (_f: string, _a: string[], o: { env: NodeJS.ProcessEnv }): Promise<ExecResult> => {
    const rd = Buffer.from(o.env['REPORT_DATA_HEX']!, 'hex');
    const { quote } = makeTdxQuote(pki, { reportData: rd, rtmr: [Buffer.alloc(48), Buffer.alloc(48), Buffer.alloc(48), rtmr3] });
    return { code: 0, stdout: Buffer.from(quote.toString('hex')), stderr: Buffer.alloc(0), timedOut: false, overflow: false, spawnError: null };
  };
  const deps = () => ({ cwd: work, env: {}, now: () => new Date(), sourceDeps: { exec } });
  const createOpts = (out: string, extra: object = {}) => ({
    workload: ['model'],
    inputs: ['inputs'],
    outputs: ['outputs'],
    evidence: ['command:make-quote'],
    policy: 'policy.yml',
    storage: 'ephemeral' as const,
    trustRootsDir: rootsDir,
    collateralDir,
    network: false,
    out,
    ...extra,
  });

  it('create: the environment tier, naming the TEE, its measurements and the TCB status', async () => {
    const r = await create(createOpts('r1'), deps());
    expect(r.receipt.policy_decision.status, JSON.stringify(r.receipt.policy_decision.checks.filter((c) => c.outcome !== 'pass'))).toBe('pass');
    expect(r.receipt.claim_tier).toBe('environment');
    expect(r.receipt.allowed_claim).toMatch(/Intel TDX quote \(MRTD 7d7d7d7d7d7d7d7d…, MRSEAM 5e5e5e5e5e5e5e5e…, RTMR0 .*TCB status UpToDate; event log replayed/);
    expect(r.receipt.attestation_result.trust_roots).toMatchObject({ custom: expect.stringMatching(/^sha256:/) });
    const saved = readdirSync(join(work, 'r1', 'evidence'));
    expect(saved).toEqual(expect.arrayContaining(['0-collateral-tcb_info.json', '0-collateral-qe_identity.json', '0-collateral-rtmr3-events.json']));
  });

  it('verify replays offline from the receipt directory, at the evidence time; later than nextUpdate it cannot', async () => {
    const ok = await verifyReceipt({ receipt: 'r1', policy: 'policy.yml', trustRootsDir: rootsDir, network: false }, deps());
    expect(ok.mismatches).toEqual([]);
    expect(ok.decision).toBe('pass');
    const late = await verifyReceipt({ receipt: 'r1', policy: 'policy.yml', trustRootsDir: rootsDir, network: false, at: new Date(Date.parse(next) + 86_400_000) }, deps());
    expect(late.decision).toBe('deny'); // on_verifier_unavailable: deny in this policy
    expect(late.checks.find((c) => c.id === 'evidence.0.tdx.verified')).toMatchObject({ observed: 'unavailable' });
  });

  it('shipped cpu-tee-strict denies the same receipt: custom trust roots', async () => {
    const v = await verifyReceipt({ receipt: 'r1', policy: 'cpu-tee-strict', trustRootsDir: rootsDir, network: false }, deps());
    expect(v.decision).toBe('deny');
    expect(v.checks.find((c) => c.id === 'evidence.trust_roots')).toMatchObject({ outcome: 'deny', observed: 'custom' });
  });

  describe('with --network against a PCS stand-in on 127.0.0.1', () => {
    let pcs: PcsStandIn;
    beforeAll(async () => {
      pcs = await startPcsStandIn(pki, await makeCollateral(pki, { issueDate: issue, nextUpdate: next }));
    });
    afterAll(() => pcs.close());

    it('fetched collateral is saved in the receipt and verify needs no network', async () => {
      const env = { COMPUTE_RECEIPT_PCS_URL: pcs.base, COMPUTE_RECEIPT_PCS_ROOT_CRL_URL: `${pcs.base}/root.crl` };
      const r = await create(createOpts('r-net', { collateralDir: undefined, network: true, policy: 'policy-net.yml' }), { ...deps(), env });
      expect(r.receipt.policy_decision.checks.find((c) => c.id === 'tdx.tcb_status')).toMatchObject({ outcome: 'pass', observed: 'UpToDate' });
      expect(readdirSync(join(work, 'r-net', 'evidence'))).toEqual(expect.arrayContaining(['0-collateral-tcb_info.json', '0-collateral-root_ca_crl.der']));
      const v = await verifyReceipt({ receipt: 'r-net', policy: 'policy-net.yml', trustRootsDir: rootsDir, network: false }, deps());
      expect(v.mismatches).toEqual([]);
      expect(v.checks.find((c) => c.id === 'tdx.tcb_status')).toMatchObject({ outcome: 'pass', observed: 'UpToDate' });
    });

    it('PCS down during create: verifier unavailable holds under a hold policy, never passes, never crashes', async () => {
      const env = { COMPUTE_RECEIPT_PCS_URL: 'http://127.0.0.1:9', COMPUTE_RECEIPT_PCS_ROOT_CRL_URL: 'http://127.0.0.1:9/r' };
      const r = await create(createOpts('r-down', { collateralDir: undefined, network: true, policy: 'policy-net.yml' }), { ...deps(), env });
      expect(r.receipt.policy_decision.status).toBe('hold');
      expect(r.receipt.attestation_result.evidence[0]).toMatchObject({ status: 'unavailable' });
      expect(r.receipt.attestation_result.evidence[0]!.detail).toMatch(/verifier unavailable: Intel PCS unreachable/);
    });
  });
});
