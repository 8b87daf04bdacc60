// compare with TEE evidence on each side: SEV-SNP receipts from two "machines" (two test VCEKs with
// different chip ids, from a test AMD chain given as --trust-roots). Each side keeps its own tier
// (environment); runners count as distinct by verified platform only when the chip ids differ.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../src/claims/lint/index.js';
import { compareReceipts } from '../src/compare/compare.js';
import { SNP_CERT_GUIDS, buildSnpCertTable } from '../src/evidence/formats/sev-snp-certs.js';
import { create, type RunDeps } from '../src/run.js';
import { FakeConfigfs } from './helpers/fake-configfs.js';
import { makeAmdPki, makeSnpReport, makeVek, writeAmdTrustRoots, type AmdTestPki } from './helpers/snp-pki.js';
import type { TestCert } from './helpers/test-pki.js';

const TCB = { bootloader: 9, tee: 1, snp: 23, microcode: 213 };
const MEASUREMENT = Buffer.alloc(48, 0x6d);
let work = '';
let pki: AmdTestPki;

const POLICY = `policy_id: snp-repro
version: 1
evidence:
  required: [sev-snp]
  on_missing: deny
  on_unsupported: deny
  on_verifier_unavailable: hold
  trust_roots: any
sev-snp:
  debug: forbid
  measurement: ["${MEASUREMENT.toString('hex')}"]
reproduction:
  min_receipts: 2
  distinct:
    jobs: self-reported
    runners: verified
`;

/** One SNP machine: its own VCEK (hwID = chip id) signing reports over the inblob, served by a fake configfs-tsm. */
async function machine(chip: number): Promise<{ vcek: TestCert; fs: () => FakeConfigfs }> {
  const chipId = Buffer.alloc(64, chip);
  const vcek = await makeVek(pki, { tcb: TCB, hwId: chipId });
  const table = buildSnpCertTable([
    { guid: SNP_CERT_GUIDS.vcek, bytes: vcek.der },
    { guid: SNP_CERT_GUIDS.ask, bytes: pki.ask.der },
    { guid: SNP_CERT_GUIDS.ark, bytes: pki.ark.der },
  ]);
  return {
    vcek,
    fs: () => new FakeConfigfs({ provider: 'sev_guest', outblob: (inblob) => makeSnpReport({ product: 'Milan', reportData: inblob, tcb: TCB, chipId, measurement: MEASUREMENT }, vcek), auxblob: table }),
  };
}

async function receipt(name: string, m: { fs: () => FakeConfigfs }, run: string): Promise<string> {
  const dir = join(work, name);
  cpSync(join(__dirname, '..', 'examples', 'demo'), dir, { recursive: true });
  const fs = m.fs();
  const deps: RunDeps = { cwd: work, env: { GITHUB_RUN_ID: run, RUNNER_NAME: 'same-name' }, now: () => new Date('2026-06-01T00:00:00Z'), sourceDeps: { tsmFs: fs, tsmRoot: fs.root } };
  const out = join(work, `${name}-receipt`);
  const r = await create(
    { workload: [join(dir, 'model')], inputs: [join(dir, 'inputs')], outputs: [join(dir, 'outputs')], evidence: ['tsm'], policy: join(work, 'p.yml'), trustRootsDir: 'roots', storage: 'ephemeral', network: false, out, jobId: 'infer' },
    deps,
  );
  expect(r.receipt.claim_tier).toBe('environment');
  return out;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cr-compare-tee-'));
  pki = await makeAmdPki('Milan');
  writeAmdTrustRoots(join(work, 'roots'), pki);
  writeFileSync(join(work, 'p.yml'), POLICY);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('compare with SEV-SNP evidence on each side', () => {
  it('different chip ids: runners distinct by verified platform; each side keeps tier environment', async () => {
    const a = await receipt('a', await machine(0xa1), '1');
    const b = await receipt('b', await machine(0xb2), '2');
    const c = (await compareReceipts({ receipts: [a, b], policy: join(work, 'p.yml'), trustRootsDir: join(work, 'roots'), at: new Date('2026-06-01T00:00:00Z'), network: false }, { cwd: work, env: {}, now: () => new Date('2026-06-01T00:00:00Z') })).compare;
    expect(c.receipts.map((r) => r.verify.claim_tier)).toEqual(['environment', 'environment']);
    expect(c.receipts[0]!.platforms).toEqual([`sev-snp chip_id ${'a1'.repeat(64)}`]);
    expect(c.receipts[0]!.self_reported).toEqual(['job', 'provider']);
    // The runner names are the same (self-reported); the verified chip ids differ.
    expect(c.independence.runners).toMatchObject({ required: 'verified', basis: 'verified', verified: 2, self_reported: 1 });
    expect(c.decision.status).toBe('pass');
    expect(c.claim_tier).toBe('reproduced');
    expect(c.allowed_claim).toContain('the runners are distinct by verified TEE platform identifiers');
    expect(lint(c.allowed_claim)).toEqual([]);
  });

  it('one chip for both jobs: runners not distinct by verified platform, hold', async () => {
    const m = await machine(0xc3);
    const a = await receipt('c', m, '3');
    const b = await receipt('d', m, '4');
    const c = (await compareReceipts({ receipts: [a, b], policy: join(work, 'p.yml'), trustRootsDir: join(work, 'roots'), at: new Date('2026-06-01T00:00:00Z'), network: false }, { cwd: work, env: {}, now: () => new Date('2026-06-01T00:00:00Z') })).compare;
    expect(c.independence.runners).toMatchObject({ verified: 1 });
    expect(c.checks.find((k) => k.id === 'compare.distinct.runners')!.outcome).toBe('hold');
    expect(c.decision.status).toBe('hold');
  });
});
