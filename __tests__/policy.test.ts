import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VerifiedEvidence } from '../src/evidence/types.js';
import {
  appraise,
  decide,
  loadPolicy,
  parsePolicy,
  shippedPolicyNames,
  type AppraisalInput,
  type Check,
  type Outcome,
  type Policy,
} from '../src/policy/index.js';
import { InputError } from '../src/util/errors.js';

const H = (c: string) => c.repeat(96);
const WORKLOAD = `sha256:${'ab'.repeat(32)}`;

function tdxClaims(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    mr_td: H('1'),
    mr_seam: H('2'),
    mr_config_id: H('0'),
    mr_owner: H('0'),
    rtmr0: H('3'),
    rtmr1: H('4'),
    rtmr2: H('5'),
    rtmr3: H('0'),
    // bit 28 (sept_ve_disable) set: byte 3 = 0x10; little-endian bytes
    td_attributes: '0000001000000000',
    xfam: 'e702060000000000',
    report_data: 'aa'.repeat(64),
    debug: false,
    sept_ve_disable: true,
    tcb_status: 'UpToDate',
    ...over,
  };
}

function ev(over: Partial<VerifiedEvidence> = {}): VerifiedEvidence {
  return {
    kind: 'tdx',
    format: 'tdx-quote',
    file: 'evidence/0-tdx-quote.bin',
    digest: `sha256:${'cd'.repeat(32)}`,
    status: 'verified',
    detail: 'quote signature and PCK chain verified',
    steps: [],
    bindingMatches: true,
    claims: tdxClaims(),
    trustRoots: 'shipped',
    ...over,
  };
}

const simulated = (over: Partial<VerifiedEvidence> = {}) =>
  ev({ kind: 'simulated', format: 'simulated-tdx-quote', file: 'evidence/0-simulated-tdx-quote.bin', claims: tdxClaims({ simulated: true, tcb_status: undefined }), trustRoots: 'none', ...over });

const snp = (over: Partial<VerifiedEvidence> = {}) =>
  ev({
    kind: 'sev-snp',
    format: 'sev-snp-report',
    file: 'evidence/0-sev-snp-report.bin',
    claims: { measurement: H('6'), debug: false, migrate_ma: false, reported_tcb: { bootloader: 10, tee: 0, snp: 23, microcode: 213 } },
    ...over,
  });

const gpu = (over: Partial<VerifiedEvidence> = {}) =>
  ev({
    kind: 'nvidia-gpu',
    format: 'nras-eat',
    file: 'evidence/1-nras-eat.json',
    claims: { gpus: [{ debug: false, measres: 'success', driver_version: '570.86.15', vbios_version: '96.00.9f.00.04' }] },
    ...over,
  });

function input(evidence: VerifiedEvidence[], over: Partial<AppraisalInput> = {}): AppraisalInput {
  return { evidence, workloadDigest: WORKLOAD, trustRoots: 'shipped', benchmarkPresent: false, ...over };
}

async function shipped(name: string): Promise<Policy> {
  return (await loadPolicy(name)).policy;
}

/** A pinned strict CPU policy: the shipped one with the test measurements filled in. */
function pinned(extra = ''): Policy {
  return parsePolicy(
    `policy_id: pinned
version: 1
evidence:
  required: [[tdx, sev-snp]]
  on_missing: deny
  on_unsupported: deny
  on_verifier_unavailable: hold
tdx:
  debug: forbid
  mr_td: ["${H('1')}"]
  rtmr0: ["${H('3')}"]
  td_attributes: {forbid: [debug], require: [sept_ve_disable]}
  tcb_status: {pass: [UpToDate], hold: [SWHardeningNeeded]}
sev-snp:
  debug: forbid
  migrate_ma: forbid
  measurement: ["${H('6')}"]
  min_reported_tcb: {bootloader: 10, tee: 0, snp: 23, microcode: 200}
${extra}`,
    'pinned.yml',
  ).policy;
}

const byId = (checks: Check[], id: string) => {
  const c = checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id} in ${checks.map((x) => x.id).join(', ')}`);
  return c;
};

function invalid(text: string, source = 'p.yml'): InputError {
  try {
    parsePolicy(text, source);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).code).toBe('POLICY_INVALID');
    expect((e as InputError).message).not.toContain('\n');
    return e as InputError;
  }
  throw new Error('expected POLICY_INVALID');
}

describe('shipped policies', () => {
  it('ships the five appraisal policies (claim rules excluded)', () => {
    expect(shippedPolicyNames()).toEqual(['cpu-tee-strict', 'demo', 'gpu-tee-strict', 'record-only', 'reproduce']);
  });

  it.each(['record-only', 'demo', 'cpu-tee-strict', 'gpu-tee-strict', 'reproduce'])('%s parses from the bundle', async (name) => {
    const p = await loadPolicy(name);
    expect(p.policy_id).toBe(name);
    expect(p.source).toBe(`shipped:${name}`);
    expect(p.policy_version).toBe(1);
    expect(p.policy_digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(p.text).toContain(`policy_id: ${name}`);
  });

  it('record-only is capped at hold, demo accepts simulated, strict policies deny custom roots', async () => {
    expect((await shipped('record-only')).decision_ceiling).toBe('hold');
    expect((await shipped('demo')).evidence).toMatchObject({ accept_simulated: true, trust_roots: 'any', required: ['simulated'] });
    expect((await shipped('cpu-tee-strict')).evidence).toMatchObject({ required: [['tdx', 'sev-snp']], trust_roots: 'shipped', accept_simulated: false });
    expect((await shipped('gpu-tee-strict')).evidence.required).toEqual([['tdx', 'sev-snp'], 'nvidia-gpu']);
  });

  it('loads a path relative to cwd, digesting the raw bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-'));
    const text = 'policy_id: mine\nversion: 3\n';
    writeFileSync(join(dir, 'mine.yml'), text);
    const p = await loadPolicy('mine.yml', { cwd: dir });
    expect(p).toMatchObject({ policy_id: 'mine', policy_version: 3, source: 'mine.yml', text });
    const { createHash } = await import('node:crypto');
    expect(p.policy_digest).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
  });

  it.each([
    ['nope', /policy "nope" is neither a shipped policy nor a path.*record-only/],
    ['./missing.yml', /policy file "\.\/missing\.yml" does not exist.*cpu-tee-strict/],
  ])('%s -> PATH_MISSING naming it and the shipped names', async (arg, re) => {
    const err = await loadPolicy(arg, { cwd: tmpdir() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('PATH_MISSING');
    expect((err as InputError).message).toMatch(re);
  });
});

describe('schema errors name the file and the key path', () => {
  const base = 'policy_id: p\nversion: 1\n';
  it.each<[string, string, RegExp]>([
    ['unknown top-level key', `${base}polcy: x\n`, /^policy "p\.yml": unknown key "polcy"$/],
    ['unknown key in evidence', `${base}evidence:\n  requird: [tdx]\n`, /unknown key "evidence\.requird"/],
    ['unknown key two deep', `${base}tdx:\n  td_attributes: {forbid: [debug], allow: [pks]}\n`, /unknown key "tdx\.td_attributes\.allow"/],
    ['unknown key in a waiver', `${base}waivers:\n  - {check: tdx.mr_td, any: x, until: y}\n`, /unknown key "waivers\[0\]\.until"/],
    ['bad hex', `${base}tdx:\n  mr_td: ["${'A'.repeat(96)}"]\n`, /tdx\.mr_td\[0\] must be 96 lowercase hex/],
    ['short hex', `${base}sev-snp:\n  measurement: ["${H('a')}", "abcd"]\n`, /sev-snp\.measurement\[1\] must be 96 lowercase hex/],
    ['bad enum', `${base}evidence:\n  on_missing: maybe\n`, /evidence\.on_missing must be one of hold, deny/],
    ['bad kind', `${base}evidence:\n  required: [tdx, sgx]\n`, /evidence\.required\[1\] must be a kind/],
    ['bad ceiling', `${base}decision_ceiling: allow\n`, /decision_ceiling must be one of pass, hold, deny/],
    ['bad td attribute', `${base}tdx:\n  td_attributes: {forbid: [debugg]}\n`, /tdx\.td_attributes\.forbid\[0\] must be one of debug/],
    ['tcb out of range', `${base}sev-snp:\n  min_reported_tcb: {bootloader: 256, tee: 0, snp: 0, microcode: 0}\n`, /sev-snp\.min_reported_tcb\.bootloader must be an integer 0\.\.255/],
    ['missing tcb component', `${base}sev-snp:\n  min_reported_tcb: {bootloader: 1, tee: 0, snp: 0}\n`, /sev-snp\.min_reported_tcb\.microcode is required/],
    ['bad workload digest', `${base}workload:\n  digests: [sha256:abc]\n`, /workload\.digests\[0\] must be sha256:<64 lowercase hex>/],
    ['bad policy_id', 'policy_id: My Policy\nversion: 1\n', /policy_id must match/],
    ['missing version', 'policy_id: p\n', /version is required/],
    ['zero version', 'policy_id: p\nversion: 0\n', /version must be a positive integer/],
    ['benchmark not context-only', `${base}benchmark: evidence\n`, /benchmark must be context-only: a benchmark is capacity context and never counts as evidence/],
    ['duplicate top-level key', `${base}version: 2\n`, /duplicate key "version" at line 3/],
    ['duplicate nested key', `${base}tdx:\n  debug: forbid\n  debug: allow\n`, /duplicate key "tdx\.debug" at line 5/],
    ['YAML syntax error', `${base}evidence:\n  required: [tdx\non_missing: deny\n`, /YAML syntax error at line \d+/],
    ['empty file', '', /^policy "p\.yml": file is empty$/],
    ['only comments', '# nothing here\n', /file is empty/],
    ['not a mapping', '- a\n- b\n', /top level must be a mapping/],
    ['simulated required but not accepted', `${base}evidence:\n  required: [simulated]\n`, /evidence\.accept_simulated must be true when evidence\.required names simulated/],
    ['kind required twice', `${base}evidence:\n  required: [tdx, [tdx, sev-snp]]\n`, /evidence\.required\[1\]\[0\] names "tdx" more than once/],
    ['forbid and require the same attribute', `${base}tdx:\n  td_attributes: {forbid: [pks], require: [pks]}\n`, /tdx\.td_attributes\.require names "pks"/],
    ['gpu count max below min', `${base}nvidia-gpu:\n  count: {min: 2, max: 1}\n`, /nvidia-gpu\.count\.max must be at least min/],
    ['waiver for a check the policy cannot produce', `${base}waivers:\n  - {check: tdx.mr_tdd, any: typo}\n`, /waivers\[0\]\.check: no check "tdx\.mr_tdd" can come from this policy/],
    ['waiver without a reason', `${base}tdx: {mr_td: []}\nwaivers:\n  - {check: tdx.mr_td, any: "  "}\n`, /waivers\[0\]\.any must be a reason/],
    ['duplicate waiver', `${base}tdx: {mr_td: []}\nwaivers:\n  - {check: tdx.mr_td, any: a}\n  - {check: tdx.mr_td, any: b}\n`, /waivers\[1\]\.check names "tdx\.mr_td" twice/],
  ])('%s', (_name, text, re) => {
    const e = invalid(text);
    expect(e.message).toMatch(/^policy "p\.yml": /);
    expect(e.message).toMatch(re);
  });

  it('applies defaults: fail-closed evidence settings, ceiling pass', () => {
    const p = parsePolicy('policy_id: p\nversion: 1\n', 'p.yml').policy;
    expect(p).toMatchObject({
      decision_ceiling: 'pass',
      benchmark: 'context-only',
      waivers: [],
      evidence: { required: [], on_missing: 'deny', on_unsupported: 'deny', on_verifier_unavailable: 'deny', trust_roots: 'shipped', accept_simulated: false },
    });
  });
});

describe('decide', () => {
  const c = (id: string, outcome: Outcome): Check => ({ id, outcome, observed: null, expected: null, detail: '' });
  it.each<[string, Check[], Outcome, Outcome, boolean, string]>([
    ['all pass', [c('a', 'pass'), c('b', 'pass')], 'pass', 'pass', false, 'every check passed'],
    ['no checks', [], 'pass', 'pass', false, 'every check passed'],
    ['a hold', [c('a', 'pass'), c('b', 'hold')], 'pass', 'hold', false, 'held by b'],
    ['a deny beats holds', [c('a', 'hold'), c('evidence.required', 'deny'), c('tdx.debug', 'deny')], 'pass', 'deny', false, 'denied by evidence.required, tdx.debug'],
    ['ceiling hold caps pass', [c('a', 'pass')], 'hold', 'hold', true, 'capped at hold by decision_ceiling (every check passed)'],
    ['ceiling hold leaves hold', [c('a', 'hold')], 'hold', 'hold', false, 'held by a'],
    ['ceiling hold leaves deny', [c('a', 'deny')], 'hold', 'deny', false, 'denied by a'],
    ['ceiling deny caps hold', [c('a', 'hold')], 'deny', 'deny', true, 'capped at deny by decision_ceiling (held by a)'],
    ['long lists are shortened', 'abcdefghij'.split('').map((x) => c(x, 'deny')), 'pass', 'deny', false, 'denied by a, b, c, d, e, f, g, h and 2 more'],
    ['waived checks are named', [{ ...c('tdx.mr_td', 'pass'), waiver: 'r' }], 'pass', 'pass', false, 'every check passed, waived: tdx.mr_td'],
  ])('%s', (_n, checks, ceiling, status, capped, reason) => {
    expect(decide(checks, ceiling)).toEqual({ status, capped, reason });
  });
});

describe('appraise', () => {
  it('record-only with nothing present: nothing accepted holds (tier none pairs with hold)', async () => {
    const p = await shipped('record-only');
    const checks = appraise(p, input([]));
    expect(checks.map((x) => x.id)).toEqual(['evidence.required', 'evidence.accepted', 'evidence.trust_roots', 'benchmark.context-only']);
    expect(byId(checks, 'evidence.required')).toMatchObject({ outcome: 'pass', observed: 'none', detail: expect.stringContaining('none was presented') });
    expect(byId(checks, 'evidence.accepted')).toMatchObject({ outcome: 'hold', observed: 'none' });
    expect(decide(checks, p.decision_ceiling)).toEqual({ status: 'hold', capped: false, reason: 'held by evidence.accepted' });
  });

  it('a policy with nothing but an id and a version never passes a job with no evidence', () => {
    const p = parsePolicy('policy_id: bare\nversion: 1\n', 'bare.yml').policy;
    const checks = appraise(p, input([]));
    expect(decide(checks, p.decision_ceiling).status).toBe('hold');
    // ... and a waiver cannot turn that hold into a pass.
    const w = parsePolicy('policy_id: bare\nversion: 1\nwaivers: [{check: evidence.accepted, any: "trust me"}]\n', 'w.yml').policy;
    expect(decide(appraise(w, input([])), w.decision_ceiling).status).toBe('hold');
  });

  it("the producer's ignores beyond the defaults deny unless the policy's allowed_ignores lists them", () => {
    const p = parsePolicy('policy_id: pin\nversion: 1\nallowed_ignores: [cache/tmp.bin]\n', 'pin.yml').policy;
    const ok = appraise(p, input([], { ignorePaths: { workload: ['cache/tmp.bin'] } }));
    expect(byId(ok, 'hashing.ignore_paths')).toMatchObject({ outcome: 'pass', observed: 'workload: cache/tmp.bin' });
    const bad = appraise(p, input([], { ignorePaths: { workload: ['cache/tmp.bin', 'backdoor.py'] } }));
    expect(byId(bad, 'hashing.ignore_paths')).toMatchObject({ outcome: 'deny', detail: expect.stringContaining('workload "backdoor.py"') });
    expect(appraise(p, input([])).some((c) => c.id === 'hashing.ignore_paths')).toBe(false);
  });

  it('demo passes simulated evidence', async () => {
    const p = await shipped('demo');
    const checks = appraise(p, input([simulated()], { benchmarkPresent: true }));
    expect(checks.every((x) => x.outcome === 'pass')).toBe(true);
    expect(checks.map((x) => x.id)).toEqual([
      'evidence.0.simulated.verified',
      'evidence.0.simulated.binding',
      'evidence.required',
      'evidence.trust_roots',
      'evidence.simulated',
      'benchmark.context-only',
    ]);
    expect(byId(checks, 'evidence.simulated').detail).toContain('no hardware claim');
    expect(byId(checks, 'benchmark.context-only')).toMatchObject({ observed: 'present', detail: expect.stringContaining('not used as evidence') });
    expect(decide(checks, p.decision_ceiling).status).toBe('pass');
  });

  it('demo denies when no evidence is presented', async () => {
    const checks = appraise(await shipped('demo'), input([]));
    expect(byId(checks, 'evidence.required').outcome).toBe('deny');
  });

  it.each(['cpu-tee-strict', 'gpu-tee-strict', 'record-only'])('simulated evidence under %s denies', async (name) => {
    const checks = appraise(await shipped(name), input([simulated()]));
    expect(byId(checks, 'evidence.simulated').outcome).toBe('deny');
    expect(decide(checks, 'pass').status).toBe('deny');
  });

  it('a TDX-kind quote that says it is simulated is appraised as simulated', async () => {
    const checks = appraise(await shipped('cpu-tee-strict'), input([ev({ claims: tdxClaims({ simulated: true }) })]));
    expect(byId(checks, 'evidence.simulated').outcome).toBe('deny');
    expect(byId(checks, 'evidence.required').outcome).toBe('deny');
  });

  it.each<[string, Partial<VerifiedEvidence>, string, Outcome, Outcome]>([
    // name, evidence override, check, outcome under on_unsupported=deny/on_verifier_unavailable=hold
    ['failed signature', { status: 'failed', bindingMatches: null, detail: 'quote signature invalid' }, 'evidence.0.tdx.verified', 'deny', 'deny'],
    ['binding mismatch', { status: 'failed', bindingMatches: false }, 'evidence.0.tdx.binding', 'deny', 'deny'],
    ['unsupported format', { kind: null, format: 'unknown', status: 'unsupported', bindingMatches: null }, 'evidence.0.unknown.verified', 'deny', 'deny'],
    ['verifier unavailable', { status: 'unavailable', bindingMatches: true }, 'evidence.0.tdx.verified', 'hold', 'hold'],
    ['binding not evaluated', { bindingMatches: null }, 'evidence.0.tdx.binding', 'hold', 'hold'],
  ])('%s', (_n, over, id, outcome, overall) => {
    const p = pinned();
    const checks = appraise(p, input([ev(over)]));
    expect(byId(checks, id).outcome).toBe(outcome);
    expect(decide(checks, 'pass').status).toBe(overall);
  });

  it('on_unsupported hold holds an unsupported item', async () => {
    const checks = appraise(await shipped('record-only'), input([ev({ kind: 'nvidia-gpu', format: 'nvidia-spdm', status: 'unsupported', bindingMatches: null })]));
    expect(byId(checks, 'evidence.0.nvidia-gpu.verified')).toMatchObject({ outcome: 'hold', observed: 'unsupported' });
    expect(byId(checks, 'evidence.0.nvidia-gpu.binding').outcome).toBe('hold');
  });

  it('present but unavailable keeps on_verifier_unavailable (hold) rather than on_missing (deny)', () => {
    const checks = appraise(pinned(), input([ev({ status: 'unavailable' })]));
    expect(byId(checks, 'evidence.required')).toMatchObject({ outcome: 'hold', detail: expect.stringContaining('presented but not accepted') });
    expect(byId(checks, 'tdx.mr_td').outcome).toBe('hold');
    expect(decide(checks, 'pass').status).toBe('hold');
  });

  it.each<[string, VerifiedEvidence[]]>([
    ['tdx', [ev()]],
    ['sev-snp', [snp()]],
    ['both', [ev(), snp({ file: 'evidence/1.bin' })]],
  ])('alternatives [[tdx, sev-snp]] are satisfied by %s', (_n, evidence) => {
    const checks = appraise(pinned(), input(evidence));
    expect(byId(checks, 'evidence.required').outcome).toBe('pass');
    expect(decide(checks, 'pass')).toEqual({ status: 'pass', capped: false, reason: 'every check passed' });
  });

  it('checks of the alternative that was not presented are not emitted', () => {
    const ids = appraise(pinned(), input([snp()])).map((x) => x.id);
    expect(ids.some((id) => id.startsWith('tdx.'))).toBe(false);
    expect(ids).toContain('sev-snp.min_reported_tcb.microcode');
  });

  it('a required kind that is absent yields its block as not evaluated, never pass', async () => {
    const checks = appraise(await shipped('gpu-tee-strict'), input([ev()]));
    expect(byId(checks, 'evidence.required')).toMatchObject({ outcome: 'deny', detail: expect.stringContaining('nvidia-gpu: missing (on_missing: deny)') });
    for (const id of ['nvidia-gpu.count', 'nvidia-gpu.debug', 'nvidia-gpu.measres', 'nvidia-gpu.driver_versions', 'nvidia-gpu.vbios_versions']) {
      expect(byId(checks, id)).toMatchObject({ outcome: 'deny', observed: null, detail: expect.stringContaining('not evaluated') });
    }
  });

  it.each<[string, Record<string, unknown>, string, Outcome]>([
    ['debug TD (boolean)', { debug: true }, 'tdx.debug', 'deny'],
    ['debug TD (from td_attributes when no boolean)', { debug: undefined, td_attributes: '0100001000000000' }, 'tdx.debug', 'deny'],
    ['debug attribute forbidden', { debug: true }, 'tdx.td_attributes.debug', 'deny'],
    ['sept_ve_disable required', { sept_ve_disable: false }, 'tdx.td_attributes.sept_ve_disable', 'deny'],
    ['sept_ve_disable from bits', { sept_ve_disable: undefined }, 'tdx.td_attributes.sept_ve_disable', 'pass'],
    ['mr_td not on allow-list', { mr_td: H('9') }, 'tdx.mr_td', 'deny'],
    ['tcb status hold', { tcb_status: 'SWHardeningNeeded' }, 'tdx.tcb_status', 'hold'],
    ['tcb status not listed', { tcb_status: 'OutOfDate' }, 'tdx.tcb_status', 'deny'],
    ['no tcb status (no collateral)', { tcb_status: undefined }, 'tdx.tcb_status', 'hold'],
    ['malformed claim denies', { mr_td: 'xyz' }, 'tdx.mr_td', 'deny'],
  ])('TDX: %s', (_n, claims, id, outcome) => {
    const checks = appraise(pinned(), input([ev({ claims: tdxClaims(claims) })]));
    expect(byId(checks, id).outcome).toBe(outcome);
  });

  it.each<[string, Record<string, unknown>, string, Outcome]>([
    ['debug guest', { debug: true }, 'sev-snp.debug', 'deny'],
    ['migration agent', { migrate_ma: true }, 'sev-snp.migrate_ma', 'deny'],
    ['microcode below minimum', { reported_tcb: { bootloader: 10, tee: 0, snp: 23, microcode: 100 } }, 'sev-snp.min_reported_tcb.microcode', 'deny'],
    ['measurement not allowed', { measurement: H('7') }, 'sev-snp.measurement', 'deny'],
  ])('SNP: %s', (_n, claims, id, outcome) => {
    const base = snp().claims;
    const checks = appraise(pinned(), input([snp({ claims: { ...base, ...claims } })]));
    expect(byId(checks, id).outcome).toBe(outcome);
  });

  it.each<[string, Record<string, unknown>, Record<string, Outcome>]>([
    ['pinned and healthy', {}, { 'nvidia-gpu.count': 'pass', 'nvidia-gpu.debug': 'pass', 'nvidia-gpu.measres': 'pass', 'nvidia-gpu.driver_versions': 'pass' }],
    ['debug GPU', { debug: true }, { 'nvidia-gpu.debug': 'deny' }],
    ['measurements mismatch', { measres: 'fail' }, { 'nvidia-gpu.measres': 'deny' }],
    ['driver not allowed', { driver_version: '535.0' }, { 'nvidia-gpu.driver_versions': 'deny' }],
  ])('GPU: %s', (_n, gpuOver, want) => {
    const p = parsePolicy(
      'policy_id: g\nversion: 1\nevidence: {required: [nvidia-gpu]}\nnvidia-gpu:\n  count: {min: 1, max: 8}\n  debug: forbid\n  measres: success\n  driver_versions: ["570.86.15"]\n',
      'g.yml',
    ).policy;
    const g = { debug: false, measres: 'success', driver_version: '570.86.15', vbios_version: 'x', ...gpuOver };
    const checks = appraise(p, input([gpu({ claims: { gpus: [g] } })]));
    for (const [id, o] of Object.entries(want)) expect(byId(checks, id).outcome).toBe(o);
  });

  it('GPU checks fold over every GPU and name each', () => {
    const p = parsePolicy('policy_id: g\nversion: 1\nnvidia-gpu:\n  count: {min: 2}\n  debug: forbid\n', 'g.yml').policy;
    const gpus = [{ debug: false }, { debug: true }];
    const checks = appraise(p, input([gpu({ claims: { gpus } })]));
    expect(byId(checks, 'nvidia-gpu.count')).toMatchObject({ outcome: 'pass', observed: '2' });
    expect(byId(checks, 'nvidia-gpu.debug')).toMatchObject({ outcome: 'deny', observed: 'evidence.0.gpu0: false; evidence.0.gpu1: true' });
  });

  it('shipped strict policy: unpinned measurements hold and show the observed value', async () => {
    const checks = appraise(await shipped('cpu-tee-strict'), input([ev()]));
    expect(byId(checks, 'tdx.mr_td')).toMatchObject({ outcome: 'hold', observed: H('1'), expected: null, detail: expect.stringContaining('not pinned') });
    expect(byId(checks, 'tdx.debug').outcome).toBe('pass');
    expect(byId(checks, 'tdx.tcb_status').outcome).toBe('pass');
    expect(decide(checks, 'pass')).toMatchObject({ status: 'hold', reason: 'held by tdx.mr_td, tdx.rtmr0, tdx.rtmr1, tdx.rtmr2' });
  });

  it.each<[string, string[]]>([
    ['mr_td', ['mr_td']],
    ['rtmr0', ['rtmr0']],
    // debug falls back to TD_ATTRIBUTES bit 0, so both must be absent
    ['debug', ['debug', 'td_attributes']],
    ['tcb_status', ['tcb_status']],
    ['td_attributes.sept_ve_disable', ['td_attributes', 'sept_ve_disable']],
    ['td_attributes.debug', ['td_attributes', 'debug']],
  ])('missing claim for tdx.%s never passes', (check, keys) => {
    const claims = tdxClaims(Object.fromEntries(keys.map((k) => [k, undefined])));
    const checks = appraise(pinned(), input([ev({ claims })]));
    const c = byId(checks, `tdx.${check}`);
    expect(c.outcome).not.toBe('pass');
    expect(c.detail).toContain('not evaluated');
  });

  it('missing reported_tcb and gpus claims never pass', () => {
    const s = appraise(pinned(), input([snp({ claims: { measurement: H('6'), debug: false, migrate_ma: false } })]));
    expect(byId(s, 'sev-snp.min_reported_tcb.bootloader').outcome).not.toBe('pass');
    const p = parsePolicy('policy_id: g\nversion: 1\nnvidia-gpu:\n  count: {min: 1}\n  debug: forbid\n', 'g.yml').policy;
    const g = appraise(p, input([gpu({ claims: {} })]));
    expect(byId(g, 'nvidia-gpu.count').outcome).not.toBe('pass');
    expect(byId(g, 'nvidia-gpu.debug').outcome).not.toBe('pass');
  });

  it.each<[string, 'shipped' | 'custom', VerifiedEvidence['trustRoots'], string, Outcome]>([
    ['custom roots under shipped', 'custom', 'shipped', 'cpu-tee-strict', 'deny'],
    ['a custom-rooted item under shipped', 'shipped', 'custom', 'cpu-tee-strict', 'deny'],
    ['shipped roots under shipped', 'shipped', 'shipped', 'cpu-tee-strict', 'pass'],
    ['custom roots under any (demo)', 'custom', 'custom', 'demo', 'pass'],
  ])('trust roots: %s', async (_n, run, item, policy, outcome) => {
    const checks = appraise(await shipped(policy), input([ev({ trustRoots: item })], { trustRoots: run }));
    expect(byId(checks, 'evidence.trust_roots').outcome).toBe(outcome);
  });

  it.each<[string, string[], Outcome]>([
    ['listed', [WORKLOAD], 'pass'],
    ['not listed', [`sha256:${'00'.repeat(32)}`], 'deny'],
    ['empty list (not pinned)', [], 'hold'],
  ])('workload allow-list: %s', (_n, digests, outcome) => {
    const p = pinned(`workload:\n  digests: [${digests.map((d) => `"${d}"`).join(', ')}]\n`);
    const c = byId(appraise(p, input([ev()])), 'workload.digests');
    expect(c).toMatchObject({ outcome, observed: WORKLOAD });
  });

  it('verifier unavailable reasons follow on_verifier_unavailable', () => {
    const checks = appraise(pinned(), input([ev()], { verifierUnavailable: ['no collateral: network off'] }));
    expect(byId(checks, 'evidence.verifier_unavailable')).toMatchObject({ outcome: 'hold', observed: 'no collateral: network off' });
  });
});

describe('waivers', () => {
  const waived = (w: string) => pinned(`waivers:\n${w}`);

  it('a waived check passes, says why, and carries the waiver', () => {
    const p = waived('  - {check: tdx.mr_td, any: "image rebuilt; new MRTD pinned next release"}\n');
    const checks = appraise(p, input([ev({ claims: tdxClaims({ mr_td: H('9') }) })]));
    expect(byId(checks, 'tdx.mr_td')).toMatchObject({
      outcome: 'pass',
      waiver: 'image rebuilt; new MRTD pinned next release',
      detail: expect.stringMatching(/^waived: image rebuilt; new MRTD pinned next release \(was deny: /),
    });
    expect(decide(checks, 'pass')).toEqual({ status: 'pass', capped: false, reason: 'every check passed, waived: tdx.mr_td' });
  });

  it('a waiver on a passing check changes nothing and is not copied', () => {
    const checks = appraise(waived('  - {check: tdx.mr_td, any: r}\n'), input([ev()]));
    const c = byId(checks, 'tdx.mr_td');
    expect(c.outcome).toBe('pass');
    expect(c.waiver).toBeUndefined();
  });

  it.each<[string, Partial<VerifiedEvidence>, string]>([
    ['signature failure', { status: 'failed', bindingMatches: null }, 'evidence.0.tdx.verified'],
    ['binding mismatch', { status: 'failed', bindingMatches: false }, 'evidence.0.tdx.binding'],
  ])('a %s cannot be waived', (_n, over, id) => {
    const checks = appraise(waived(`  - {check: ${id}, any: "trust me"}\n`), input([ev(over)]));
    const c = byId(checks, id);
    expect(c).toMatchObject({ outcome: 'deny', detail: expect.stringContaining('cannot be waived') });
    expect(c.waiver).toBeUndefined();
    expect(decide(checks, 'pass').status).toBe('deny');
  });

  it('simulated evidence and custom roots cannot be waived (they have their own switches)', async () => {
    const p = { ...(await shipped('cpu-tee-strict')), waivers: [{ check: 'evidence.simulated', any: 'x' }, { check: 'evidence.trust_roots', any: 'y' }] };
    const checks = appraise(p, input([simulated()], { trustRoots: 'custom' }));
    expect(byId(checks, 'evidence.simulated').outcome).toBe('deny');
    expect(byId(checks, 'evidence.trust_roots').outcome).toBe('deny');
  });

  it('a waiver naming no producible check holds (when it bypassed the loader)', () => {
    const p: Policy = { ...pinned(), waivers: [{ check: 'tdx.mr_tdd', any: 'typo' }] };
    const checks = appraise(p, input([ev()]));
    expect(byId(checks, 'waivers.tdx.mr_tdd').outcome).toBe('hold');
    expect(decide(checks, 'pass').status).toBe('hold');
  });

  it('a valid waiver for a check this run did not produce is unused', () => {
    const checks = appraise(waived('  - {check: tdx.mr_td, any: r}\n'), input([snp()]));
    expect(checks.some((c) => c.id.startsWith('waivers.'))).toBe(false);
    expect(decide(checks, 'pass').status).toBe('pass');
  });
});
