// SEV-SNP through the whole pipeline: a passing receipt from a test AMD chain (fake configfs-tsm with
// a cert table), offline replay from the saved material, KDS material saved for replay, real reports
// denied under a job's binding, and cpu-tee-strict denying a debug-allowed guest.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { create, type CreateOptions, type RunDeps } from '../src/run.js';
import { verifyReceipt } from '../src/receipt/replay.js';
import { loadTrustRoots, verifyEvidence } from '../src/evidence/index.js';
import { appraise, loadPolicy } from '../src/policy/index.js';
import { SNP_CERT_GUIDS, buildSnpCertTable } from '../src/evidence/formats/sev-snp-certs.js';
import { parseSevSnpReport } from '../src/evidence/formats/sev-snp-report.js';
import { lint } from '../src/claims/lint/index.js';
import { FakeConfigfs } from './helpers/fake-configfs.js';
import { makeAmdPki, makeSnpReport, makeVek, writeAmdTrustRoots, type AmdTestPki } from './helpers/snp-pki.js';
import type { TestCert } from './helpers/test-pki.js';
import { VECTORS, haveVectors, vector } from './helpers/vectors.js';

const TCB = { bootloader: 9, tee: 1, snp: 23, microcode: 213 };
const CHIP = Buffer.alloc(64, 0xc7);
const MEASUREMENT = Buffer.alloc(48, 0x6d);

let work = '';
let pki: AmdTestPki;
let vcek: TestCert;

function policyFile(name: string, extra = ''): string {
  const p = join(work, `${name}.yml`);
  writeFileSync(
    p,
    `policy_id: ${name}
version: 1
evidence:
  required: [sev-snp]
  on_missing: deny
  on_unsupported: deny
  on_verifier_unavailable: hold
  trust_roots: any
sev-snp:
  debug: forbid
  migrate_ma: forbid
  measurement: ["${MEASUREMENT.toString('hex')}"]
  host_data: ["${'00'.repeat(32)}"]
  vmpl: [0]
  signing_key: [vcek]
  guest_policy: {forbid: [debug], require: [smt_allowed]}
  min_reported_tcb: {bootloader: 9, tee: 0, snp: 22, microcode: 200}
${extra}`,
  );
  return p;
}

function job(dir: string) {
  mkdirSync(join(dir, 'model'), { recursive: true });
  mkdirSync(join(dir, 'inputs'), { recursive: true });
  mkdirSync(join(dir, 'outputs'), { recursive: true });
  writeFileSync(join(dir, 'model', 'weights.bin'), 'w'.repeat(100));
  writeFileSync(join(dir, 'inputs', 'q.jsonl'), '{"q":1}\n');
  writeFileSync(join(dir, 'outputs', 'a.jsonl'), '{"a":1}\n');
}

const baseOpts = (over: Partial<CreateOptions>): CreateOptions => ({
  workload: ['model'],
  inputs: ['inputs'],
  outputs: ['outputs'],
  evidence: ['tsm'],
  policy: 'record-only',
  storage: 'unknown',
  network: false,
  out: 'out',
  ...over,
});

/** A configfs-tsm stand-in for an SNP guest: the "firmware" signs a report over the inblob with the test VCEK. */
function snpConfigfs(opts: { auxblob?: Buffer; policy?: bigint } = {}) {
  return new FakeConfigfs({
    provider: 'sev_guest',
    outblob: (inblob) => makeSnpReport({ product: 'Milan', reportData: inblob, tcb: TCB, chipId: CHIP, measurement: MEASUREMENT, ...(opts.policy ? { policy: opts.policy } : {}) }, vcek),
    ...(opts.auxblob ? { auxblob: opts.auxblob } : {}),
  });
}

const deps = (fs: FakeConfigfs | null, over: Partial<RunDeps> = {}): RunDeps => ({
  cwd: work,
  env: {},
  now: () => new Date('2026-06-01T00:00:00Z'),
  ...(fs ? { sourceDeps: { tsmFs: fs, tsmRoot: fs.root } } : {}),
  ...over,
});

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cr-snp-run-'));
  job(work);
  pki = await makeAmdPki('Milan');
  vcek = await makeVek(pki, { tcb: TCB, hwId: CHIP });
  writeAmdTrustRoots(join(work, 'roots'), pki);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('SEV-SNP receipts from a test AMD chain', () => {
  it('create passes with tier environment; verify replays offline from the saved cert table', async () => {
    const table = buildSnpCertTable([
      { guid: SNP_CERT_GUIDS.vcek, bytes: vcek.der },
      { guid: SNP_CERT_GUIDS.ask, bytes: pki.ask.der },
      { guid: SNP_CERT_GUIDS.ark, bytes: pki.ark.der },
    ]);
    const pol = policyFile('snp-pass');
    const r = await create(baseOpts({ policy: pol, trustRootsDir: 'roots', out: 'out-pass' }), deps(snpConfigfs({ auxblob: table })));
    const failing = r.receipt.policy_decision.checks.filter((c) => c.outcome !== 'pass');
    expect(failing).toEqual([]);
    expect(r.receipt.policy_decision.status).toBe('pass');
    expect(r.receipt.claim_tier).toBe('environment');
    expect(r.receipt.allowed_claim).toMatch(/an AMD SEV-SNP Milan report, signed by its VCEK \(measurement 6d6d6d6d6d6d6d6d…, reported TCB bootloader 9, tee 1, snp 23, microcode 213\)/);
    expect(lint(r.receipt.allowed_claim)).toEqual([]);
    const ev = r.receipt.attestation_result.evidence[0]!;
    expect(ev).toMatchObject({ kind: 'sev-snp', status: 'verified', binding_matches: true });
    expect(ev.aux.map((a) => a.file)).toEqual(['evidence/0-sev-snp-certs.bin']);
    const ids = r.receipt.policy_decision.checks.map((c) => c.id);
    for (const id of ['sev-snp.debug', 'sev-snp.measurement', 'sev-snp.host_data', 'sev-snp.vmpl', 'sev-snp.signing_key', 'sev-snp.guest_policy.debug', 'sev-snp.guest_policy.smt_allowed', 'sev-snp.min_reported_tcb.microcode']) {
      expect(ids).toContain(id);
    }
    const measured = r.receipt.policy_decision.checks.find((c) => c.id === 'sev-snp.measurement')!;
    expect(measured).toMatchObject({ observed: MEASUREMENT.toString('hex'), expected: MEASUREMENT.toString('hex') });

    const v = await verifyReceipt({ receipt: join(work, 'out-pass'), policy: pol, trustRootsDir: 'roots', network: false, workload: ['model'], inputs: ['inputs'], outputs: ['outputs'] }, deps(null));
    expect(v.mismatches).toEqual([]);
    expect(v.decision).toBe('pass');
    expect(v.appraised.claim_tier).toBe('environment');
  });

  it('the same run under shipped roots denies (the test chain is not AMD\'s)', async () => {
    const table = buildSnpCertTable([{ guid: SNP_CERT_GUIDS.vcek, bytes: vcek.der }]);
    const r = await create(baseOpts({ policy: 'cpu-tee-strict', out: 'out-shipped' }), deps(snpConfigfs({ auxblob: table })));
    expect(r.receipt.policy_decision.status).toBe('deny');
    expect(r.receipt.attestation_result.evidence[0]!.status).toBe('failed');
  });

  it('a debug-allowed guest is denied by cpu-tee-strict even when everything verifies', async () => {
    const table = buildSnpCertTable([{ guid: SNP_CERT_GUIDS.vcek, bytes: vcek.der }]);
    const r = await create(baseOpts({ policy: policyFile('snp-debug'), trustRootsDir: 'roots', out: 'out-debug' }), deps(snpConfigfs({ auxblob: table, policy: 0xb0000n })));
    expect(r.receipt.attestation_result.evidence[0]!.status).toBe('verified');
    expect(r.receipt.policy_decision.checks.find((c) => c.id === 'sev-snp.debug')).toMatchObject({ outcome: 'deny', observed: 'true' });
    expect(r.receipt.policy_decision.status).toBe('deny');
  });

  it('no certificate and no network: held as verifier unavailable, never a pass', async () => {
    const r = await create(baseOpts({ policy: policyFile('snp-unavail'), trustRootsDir: 'roots', out: 'out-unavail' }), deps(snpConfigfs()));
    expect(r.receipt.attestation_result.evidence[0]!.status).toBe('unavailable');
    expect(r.receipt.policy_decision.status).toBe('hold');
    expect(r.receipt.claim_tier).toBe('none');
  });

  describe('with --network and an AMD KDS stand-in on 127.0.0.1', () => {
    let server: Server;
    let base = '';
    let hits = 0;
    beforeAll(async () => {
      server = createServer((req, res) => {
        hits++;
        if ((req.url ?? '').startsWith(`/vcek/v1/Milan/${CHIP.toString('hex')}?blSPL=9&teeSPL=1&snpSPL=23&ucodeSPL=213`)) {
          res.writeHead(200);
          res.end(vcek.der);
        } else {
          res.writeHead(404);
          res.end();
        }
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    it('the fetched VCEK is saved in the receipt directory and verify needs no network', async () => {
      const pol = policyFile('snp-kds');
      const r = await create(baseOpts({ policy: pol, trustRootsDir: 'roots', network: true, out: 'out-kds' }), deps(snpConfigfs(), { env: { COMPUTE_RECEIPT_KDS_URL: base } }));
      expect(r.receipt.policy_decision.status).toBe('pass');
      expect(r.receipt.attestation_result.evidence[0]!.aux.map((a) => a.file)).toEqual(['evidence/0-vcek-kds-milan.der']);
      expect(readFileSync(join(work, 'out-kds', 'evidence', '0-vcek-kds-milan.der')).equals(vcek.der)).toBe(true);
      const before = hits;
      const v = await verifyReceipt({ receipt: join(work, 'out-kds'), policy: pol, trustRootsDir: 'roots', network: false }, deps(null));
      expect(v.mismatches).toEqual([]);
      expect(v.decision).toBe('pass');
      expect(hits).toBe(before);
    });

    it('KDS down: hold by default, never pass, no crash', async () => {
      const r = await create(
        baseOpts({ policy: policyFile('snp-kds-down'), trustRootsDir: 'roots', network: true, out: 'out-kds-down' }),
        deps(snpConfigfs(), { env: { COMPUTE_RECEIPT_KDS_URL: 'http://127.0.0.1:9' } }),
      );
      expect(r.receipt.attestation_result.evidence[0]).toMatchObject({ status: 'unavailable' });
      expect(r.receipt.policy_decision.status).toBe('hold');
    });
  });
});

describe.skipIf(!haveVectors)('real SEV-SNP reports in the pipeline', () => {
  it('create with a real report and its VCEK is denied, naming the binding', async () => {
    const r = await create(
      baseOpts({ evidence: [`file:${join(VECTORS, 'trustee-snp/test-report.bin')}`], certs: [join(VECTORS, 'trustee-snp/test-vcek.der')], policy: 'cpu-tee-strict', out: 'out-real' }),
      deps(null),
    );
    const ev = r.receipt.attestation_result.evidence[0]!;
    expect(ev).toMatchObject({ kind: 'sev-snp', status: 'failed', binding_matches: false });
    expect(ev.detail).toMatch(/foreign binding: REPORT_DATA does not equal this job's binding/);
    expect(r.receipt.policy_decision.status).toBe('deny');
    expect(r.receipt.policy_decision.checks.find((c) => c.id === 'evidence.0.sev-snp.binding')).toMatchObject({ outcome: 'deny', observed: 'mismatch' });
    expect(r.receipt.policy_decision.reason).toMatch(/evidence\.0\.sev-snp\.binding/);
    expect(readdirSync(join(work, 'out-real', 'evidence')).sort()).toEqual(['0-cert-test-vcek.der', '0-sev-snp-report.bin']);
  });

  it('cpu-tee-strict denies the debug-allowed gosev-milan guest on its verified fields', async () => {
    const own = parseSevSnpReport(vector('gosev-milan/attestation.bin')).reportData;
    const v = await verifyEvidence(
      { bytes: vector('gosev-milan/attestation.bin'), aux: [{ name: 'vcek.der', bytes: vector('gosev-milan/vcek.testcer') }] },
      'evidence/0.bin',
      { reportData: own, gpuNonce: null, trustRoots: loadTrustRoots(), network: false, at: new Date('2026-06-01T00:00:00Z') },
    );
    expect(v.status).toBe('verified');
    const checks = appraise((await loadPolicy('cpu-tee-strict')).policy, { evidence: [v], workloadDigest: `sha256:${'ab'.repeat(32)}`, trustRoots: 'shipped', benchmarkPresent: false });
    expect(checks.find((c) => c.id === 'sev-snp.debug')).toMatchObject({ outcome: 'deny', observed: 'true', expected: 'false' });
    expect(checks.find((c) => c.id === 'sev-snp.measurement')).toMatchObject({ outcome: 'hold', observed: v.claims['measurement'] });
  });
});
