// A receipt with TDX + NVIDIA GPU evidence (SPDM evidence list and NRAS tokens) under a filled-in
// strict GPU policy, everything made from test keys and given through --trust-roots: pass, the
// environment tier naming the GPUs, offline replay, and the denials a strict policy must produce.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExecResult, VerifiedEvidence } from '../src/evidence/index.js';
import { appraise, parsePolicy, type Check } from '../src/policy/index.js';
import { create } from '../src/run.js';
import { verifyReceipt } from '../src/receipt/replay.js';
import { makeCollateral, makeTdxPki, makeTdxQuote, type TdxPki } from './helpers/tdx-synth.js';
import { evidenceListEntry, makeGpuPki, makeSpdmEvidence, nvidiaSmiXml, type GpuTestPki } from './helpers/gpu-synth.js';
import { makeNrasPki, makeTokenSet, type NrasTestPki } from './helpers/nras-synth.js';
import { makeRimPki, makeSignedRim, writeRimTrustRoot } from './helpers/rim-synth.js';

describe('receipts from synthetic TDX + GPU evidence under a strict GPU policy', () => {
  let tdx: TdxPki;
  let gpus: GpuTestPki[];
  let nras: NrasTestPki;
  let work: string;
  let rootsDir: string;
  let collateralDir: string;
  const now = new Date();
  const issue = new Date(now.getTime() - 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const next = new Date(now.getTime() + 20 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  let gpuClaims: Record<string, unknown> = {};

  const policy = (gpu: string[]) =>
    [
      'policy_id: gpu-test',
      'version: 1',
      'evidence: {required: [tdx, nvidia-gpu], on_missing: deny, on_unsupported: deny, on_verifier_unavailable: hold, trust_roots: any}',
      'tdx:',
      '  debug: forbid',
      `  mr_td: ["${'7d'.repeat(48)}"]`,
      '  tcb_status: {pass: [UpToDate]}',
      'nvidia-gpu:',
      ...gpu,
      '',
    ].join('\n');
  const STRICT = [
    '  count: {min: 2, max: 2}',
    '  debug: forbid',
    '  measres: success',
    '  architectures: [HOPPER]',
    '  cert_status: valid',
    '  driver_versions: ["550.90.07"]',
    '  vbios_versions: ["96.00.9F.00.01"]',
  ];

  beforeAll(async () => {
    tdx = await makeTdxPki();
    gpus = [await makeGpuPki()];
    gpus.push(await makeGpuPki({ root: gpus[0]!.root }));
    nras = await makeNrasPki();
    work = mkdtempSync(join(tmpdir(), 'cr-gpu-'));
    rootsDir = join(work, 'roots');
    mkdirSync(join(rootsDir, 'intel'), { recursive: true });
    mkdirSync(join(rootsDir, 'nvidia'), { recursive: true });
    writeFileSync(join(rootsDir, 'intel', 'test-root.pem'), tdx.root.pem);
    writeFileSync(join(rootsDir, 'nvidia', 'device_root.pem'), gpus[0]!.root.pem);
    writeFileSync(join(rootsDir, 'nvidia', 'nras_intermediate.pem'), nras.intermediate.pem);
    collateralDir = join(work, 'collateral');
    mkdirSync(collateralDir);
    for (const f of await makeCollateral(tdx, { issueDate: issue, nextUpdate: next })) writeFileSync(join(collateralDir, f.name.replace(/^collateral-/, '')), f.bytes);
    writeFileSync(join(work, 'nras-jwks.json'), JSON.stringify(nras.jwks));
    for (const d of ['model', 'inputs', 'outputs']) {
      mkdirSync(join(work, d));
      writeFileSync(join(work, d, 'f.txt'), d);
    }
    writeFileSync(join(work, 'strict.yml'), policy(STRICT));
    writeFileSync(join(work, 'wrong-driver.yml'), policy(STRICT.map((l) => (l.includes('driver_versions') ? '  driver_versions: ["570.86.15"]' : l))));
  });

  /** `command:` sources that answer the binding they are given: a TDX quote, a GPU evidence list, NRAS tokens. */
  let listed = 2;
  const exec = async (file: string, args: string[], o: { env: NodeJS.ProcessEnv }): Promise<ExecResult> => {
    const cmd = args.join(' ');
    if (file.endsWith('/nvidia-smi')) {
      const text = cmd === '-q -x' ? nvidiaSmiXml(listed) : 'CC status: ON\n';
      return { code: 0, stdout: Buffer.from(text), stderr: Buffer.alloc(0), timedOut: false, overflow: false, spawnError: null };
    }
    const nonce = Buffer.from(o.env['GPU_NONCE_HEX']!, 'hex');
    let out: string;
    if (cmd.includes('make-quote')) out = makeTdxQuote(tdx, { reportData: Buffer.from(o.env['REPORT_DATA_HEX']!, 'hex') }).quote.toString('hex');
    else if (cmd.includes('make-gpus')) out = JSON.stringify(gpus.map((g) => evidenceListEntry(makeSpdmEvidence(g.leaf, { nonce, fwid: g.fwid }), g.chainPem, nonce)));
    else {
      // NRAS names each GPU by its device certificate serial (ueid): the same GPUs as the SPDM list.
      const ueids = gpus.map((g) => BigInt(`0x${g.leaf.x509.serialNumber}`).toString(10));
      out = JSON.stringify(await makeTokenSet(nras, { nonce, iat: Math.floor(Date.now() / 1000) - 5, gpus: 2, gpuClaims, ueids }));
    }
    return { code: 0, stdout: Buffer.from(out), stderr: Buffer.alloc(0), timedOut: false, overflow: false, spawnError: null };
  };
  const deps = (env: NodeJS.ProcessEnv = {}) => ({ cwd: work, env, now: () => new Date(), sourceDeps: { exec } });
  const createOpts = (out: string, policyFile = 'strict.yml') => ({
    workload: ['model'],
    inputs: ['inputs'],
    outputs: ['outputs'],
    evidence: ['command:make-quote', 'command:make-gpus', 'command:make-nras'],
    policy: policyFile,
    storage: 'ephemeral' as const,
    trustRootsDir: rootsDir,
    collateralDir,
    certs: ['nras-jwks.json'],
    network: false,
    out,
  });
  const notPass = (checks: Check[]) => JSON.stringify(checks.filter((c) => c.outcome !== 'pass'));

  it('create: pass, tier environment naming the TDX quote and the GPUs; 2 GPUs counted once each', async () => {
    gpuClaims = {};
    const r = await create(createOpts('r1'), deps());
    expect(r.receipt.policy_decision.status, notPass(r.receipt.policy_decision.checks)).toBe('pass');
    expect(r.receipt.claim_tier).toBe('environment');
    expect(r.receipt.allowed_claim).toMatch(/Intel TDX quote .* and NVIDIA SPDM evidence signed by the device keys for 2 HOPPER GPU\(s\) \(driver 550\.90\.07, VBIOS 96\.00\.9F\.00\.01\) and an NVIDIA NRAS token set for 2 HOPPER GPU\(s\)/);
    const checks = r.receipt.policy_decision.checks;
    expect(checks.find((c) => c.id === 'nvidia-gpu.count')).toMatchObject({ outcome: 'pass', observed: '2' });
    expect(checks.find((c) => c.id === 'nvidia-gpu.measres')).toMatchObject({ outcome: 'pass' });
    expect(r.receipt.attestation_result.evidence.map((e) => [e.kind, e.verified])).toEqual([
      ['tdx', true],
      ['nvidia-gpu', true],
      ['nvidia-gpu', true],
    ]);
  });

  it('verify replays offline from the receipt directory (the key set was saved with it)', async () => {
    const v = await verifyReceipt({ receipt: 'r1', policy: 'strict.yml', trustRootsDir: rootsDir, network: false }, deps());
    expect(v.mismatches).toEqual([]);
    expect(v.decision).toBe('pass');
  });

  it('a driver not on the allow-list denies, naming the check', async () => {
    gpuClaims = {};
    const r = await create(createOpts('r2', 'wrong-driver.yml'), deps());
    expect(r.receipt.policy_decision.status).toBe('deny');
    expect(r.receipt.policy_decision.checks.find((c) => c.id === 'nvidia-gpu.driver_versions')).toMatchObject({ outcome: 'deny', observed: expect.stringContaining('550.90.07') });
  });

  it('NRAS reporting a measurement mismatch or a debug GPU denies', async () => {
    gpuClaims = { measres: 'fail', dbgstat: 'enabled' };
    const r = await create(createOpts('r3'), deps());
    expect(r.receipt.policy_decision.status).toBe('deny');
    const by = (id: string) => r.receipt.policy_decision.checks.find((c) => c.id === id);
    expect(by('nvidia-gpu.measres')).toMatchObject({ outcome: 'deny' });
    expect(by('nvidia-gpu.debug')).toMatchObject({ outcome: 'deny' });
  });

  it('NRAS and the signed report disagreeing on a GPU\'s driver denies', async () => {
    gpuClaims = { 'x-nvidia-gpu-driver-version': '535.86.09' };
    const r = await create(createOpts('r4'), deps());
    expect(r.receipt.policy_decision.status).toBe('deny');
    expect(r.receipt.policy_decision.checks.find((c) => c.id === 'nvidia-gpu.driver_versions')!.detail).toMatch(/disagree on driver_version/);
  });

  it('with nvidia-smi on PATH: the inventory is recorded as self-reported, and all_listed compares it', async () => {
    const bin = join(work, 'bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'nvidia-smi'), '#!/bin/sh\n', { mode: 0o755 });
    writeFileSync(join(work, 'all-listed.yml'), policy([...STRICT, '  all_listed: require']));
    gpuClaims = {};
    listed = 2;
    const ok = await create(createOpts('r5', 'all-listed.yml'), deps({ PATH: bin }));
    expect(ok.receipt.deployment).toMatchObject({ self_reported: true, gpu_inventory: { source: 'nvidia-smi', driver_version: '550.90.07', cc_mode: 'ON' } });
    expect(ok.receipt.deployment.gpu_inventory!.gpus).toHaveLength(2);
    expect(ok.receipt.policy_decision.checks.find((c) => c.id === 'nvidia-gpu.all_listed')).toMatchObject({ outcome: 'pass', observed: '2 attested of 2 listed' });
    const replay = await verifyReceipt({ receipt: 'r5', policy: 'all-listed.yml', trustRootsDir: rootsDir, network: false }, deps());
    expect(replay.decision).toBe('pass');
    listed = 3;
    const more = await create(createOpts('r6', 'all-listed.yml'), deps({ PATH: bin }));
    expect(more.receipt.policy_decision.status).toBe('deny');
    expect(more.receipt.policy_decision.checks.find((c) => c.id === 'nvidia-gpu.all_listed')).toMatchObject({ outcome: 'deny', observed: '2 attested of 3 listed' });
    // Without an inventory the check cannot be evaluated: on_verifier_unavailable (hold), never a pass.
    const none = await create(createOpts('r7', 'all-listed.yml'), deps());
    expect(none.receipt.deployment.gpu_inventory).toBeUndefined();
    expect(none.receipt.policy_decision.checks.find((c) => c.id === 'nvidia-gpu.all_listed')).toMatchObject({ outcome: 'hold' });
  });

  it('the shipped gpu-tee-strict denies the same receipt: custom trust roots', async () => {
    const v = await verifyReceipt({ receipt: 'r1', policy: 'gpu-tee-strict', trustRootsDir: rootsDir, network: false }, deps());
    expect(v.decision).toBe('deny');
    expect(v.checks.find((c) => c.id === 'evidence.trust_roots')).toMatchObject({ outcome: 'deny', observed: 'custom' });
  });

  describe('raw SPDM appraised against RIMs (--rim), signed by a test RIM chain', () => {
    // The synthetic reports carry 4 blocks, block i holding 48 bytes of i, driver 550.90.07 and VBIOS
    // 96.00.9F.00.01: the driver RIM pins index 3 (block 4), the VBIOS RIM indices 0..2.
    const value = (i: number) => Buffer.alloc(48, i);
    beforeAll(async () => {
      const pki = await makeRimPki();
      writeRimTrustRoot(rootsDir, pki);
      writeFileSync(join(work, 'driver.swidtag'), makeSignedRim(pki, { version: '550.90.07', measurements: [{ index: 3, values: [value(4)] }] }));
      writeFileSync(join(work, 'vbios.swidtag'), makeSignedRim(pki, { version: '96.00.9F.00.01', measurements: [0, 1, 2].map((i) => ({ index: i, values: [value(i + 1)] })) }));
      writeFileSync(join(work, 'vbios-other.swidtag'), makeSignedRim(pki, { version: '96.00.9F.00.01', measurements: [0, 1, 2].map((i) => ({ index: i, values: [value(i === 1 ? 0x7f : i + 1)] })) }));
      // No NRAS: the measres check can only pass through the RIMs (cert_status and debug are NRAS's claims).
      writeFileSync(join(work, 'rim-only.yml'), policy(STRICT.filter((l) => !l.includes('cert_status') && !l.includes('debug'))));
    });
    const rimOpts = (out: string, rims: string[], nrasToo = false) => ({
      ...createOpts(out, nrasToo ? 'strict.yml' : 'rim-only.yml'),
      evidence: ['command:make-quote', 'command:make-gpus', ...(nrasToo ? ['command:make-nras'] : [])],
      rims,
    });

    it('create: measres passes on the RIMs alone; the RIMs are saved with the evidence; verify re-derives it offline', async () => {
      const r = await create(rimOpts('rim1', ['driver.swidtag', 'vbios.swidtag']), deps());
      expect(r.receipt.policy_decision.status, notPass(r.receipt.policy_decision.checks)).toBe('pass');
      expect(r.receipt.policy_decision.checks.find((c) => c.id === 'nvidia-gpu.measres')).toMatchObject({ outcome: 'pass', observed: 'evidence.1.gpu0: success; evidence.1.gpu1: success' });
      const gpuItem = r.receipt.attestation_result.evidence[1]!;
      expect(gpuItem.aux.map((a) => a.file)).toEqual(expect.arrayContaining(['evidence/1-rim-driver.swidtag', 'evidence/1-rim-vbios.swidtag']));
      const v = await verifyReceipt({ receipt: 'rim1', policy: 'rim-only.yml', trustRootsDir: rootsDir, network: false }, deps());
      expect(v.mismatches).toEqual([]);
      expect(v.decision).toBe('pass');
      expect(v.checks.find((c) => c.id === 'nvidia-gpu.measres')).toMatchObject({ outcome: 'pass' });
    });

    it('verify never takes measres from the receipt: a saved RIM removed or altered, and it no longer passes', async () => {
      await create(rimOpts('rim2', ['driver.swidtag', 'vbios.swidtag']), deps());
      rmSync(join(work, 'rim2', 'evidence', '1-rim-vbios.swidtag'));
      const gone = await verifyReceipt({ receipt: 'rim2', policy: 'rim-only.yml', trustRootsDir: rootsDir, network: false }, deps());
      expect(gone.decision).not.toBe('pass');
      expect(gone.checks.find((c) => c.id === 'nvidia-gpu.measres')).toMatchObject({ outcome: 'hold' });
      await create(rimOpts('rim3', ['driver.swidtag', 'vbios.swidtag']), deps());
      const f = join(work, 'rim3', 'evidence', '1-rim-vbios.swidtag');
      writeFileSync(f, readFileSync(f, 'utf8').replace(/Hash0="01/, 'Hash0="02'));
      const altered = await verifyReceipt({ receipt: 'rim3', policy: 'rim-only.yml', trustRootsDir: rootsDir, network: false }, deps());
      expect(altered.decision).toBe('deny');
    });

    it('a golden value the GPUs do not have denies, naming the index', async () => {
      const r = await create(rimOpts('rim4', ['driver.swidtag', 'vbios-other.swidtag']), deps());
      expect(r.receipt.policy_decision.status).toBe('deny');
      expect(r.receipt.policy_decision.checks.find((c) => c.id === 'nvidia-gpu.measres')).toMatchObject({
        outcome: 'deny',
        observed: 'evidence.1.gpu0: fail; evidence.1.gpu1: fail',
        detail: 'the GPU measurements did not match the reference values (RIM measurement index 1)',
      });
      const gpuItem = r.receipt.attestation_result.evidence[1]!;
      expect(gpuItem.verified).toBe(true);
      const v = await verifyReceipt({ receipt: 'rim4', policy: 'rim-only.yml', trustRootsDir: rootsDir, network: false }, deps());
      expect(v.decision).toBe('deny');
    });

    it('without RIMs or NRAS, measres holds (verifier unavailable), never passes', async () => {
      const r = await create(rimOpts('rim5', []), deps());
      expect(r.receipt.policy_decision.checks.find((c) => c.id === 'nvidia-gpu.measres')).toMatchObject({ outcome: 'hold' });
      expect(r.receipt.policy_decision.status).toBe('hold');
    });

    it('NRAS success and a RIM mismatch for the same GPU disagree: deny', async () => {
      gpuClaims = {};
      const r = await create(rimOpts('rim6', ['driver.swidtag', 'vbios-other.swidtag'], true), deps());
      expect(r.receipt.policy_decision.status).toBe('deny');
      expect(r.receipt.policy_decision.checks.find((c) => c.id === 'nvidia-gpu.measres')!.detail).toMatch(/disagree on measres: success vs fail|disagree on measres: fail vs success/);
      // Agreeing sources pass.
      const ok = await create(rimOpts('rim7', ['driver.swidtag', 'vbios.swidtag'], true), deps());
      expect(ok.receipt.policy_decision.status, notPass(ok.receipt.policy_decision.checks)).toBe('pass');
    });
  });
});

describe('GPU subjects joined by ueid', () => {
  const ev = (format: VerifiedEvidence['format'], gpus: Record<string, unknown>[]): VerifiedEvidence => ({
    kind: 'nvidia-gpu',
    format,
    file: 'f',
    digest: 'sha256:00',
    status: 'verified',
    detail: '',
    steps: [],
    bindingMatches: true,
    claims: { count: gpus.length, gpus },
    trustRoots: 'shipped',
  });
  const input = (evidence: VerifiedEvidence[]) => ({ evidence, workloadDigest: `sha256:${'ab'.repeat(32)}`, trustRoots: 'shipped' as const, benchmarkPresent: false });
  const pol = parsePolicy('policy_id: p\nversion: 1\nevidence: {required: [nvidia-gpu], on_verifier_unavailable: hold}\nnvidia-gpu:\n  count: {min: 3}\n  measres: success\n  architectures: [HOPPER]\n', 'p.yml').policy;

  it('SPDM and NRAS about the same GPUs count once; NRAS supplies measres for the SPDM GPU', () => {
    const spdm = ev('nvidia-spdm', [{ ueid: '1', arch: 'HOPPER', driver_version: '550' }, { ueid: '2', arch: 'HOPPER' }]);
    const tokens = ev('nras-eat', [{ ueid: '1', arch: 'HOPPER', measres: 'success' }, { ueid: '2', arch: 'HOPPER', measres: 'success' }]);
    const checks = appraise(pol, input([spdm, tokens]));
    expect(checks.find((c) => c.id === 'nvidia-gpu.count')).toMatchObject({ outcome: 'deny', observed: '2' });
    expect(checks.find((c) => c.id === 'nvidia-gpu.measres')).toMatchObject({ outcome: 'pass' });
  });

  it('raw SPDM alone: measres is not evaluated (verifier unavailable), never a pass', () => {
    const checks = appraise(pol, input([ev('nvidia-spdm', [{ ueid: '1', arch: 'HOPPER' }])]));
    expect(checks.find((c) => c.id === 'nvidia-gpu.measres')).toMatchObject({ outcome: 'hold' });
  });

  it('a BLACKWELL GPU under architectures: [HOPPER] denies', () => {
    const checks = appraise(pol, input([ev('nvidia-spdm', [{ ueid: '1', arch: 'BLACKWELL' }])]));
    expect(checks.find((c) => c.id === 'nvidia-gpu.architectures')).toMatchObject({ outcome: 'deny', observed: 'BLACKWELL' });
  });
});
