// `evidence inspect|verify` on SEV-SNP reports, in-process: the verdict and the TCB first, then the fields.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli } from './helpers/cli-inprocess.js';
import { join } from 'node:path';
import { VECTORS, haveVectors } from './helpers/vectors.js';

afterEach(() => vi.restoreAllMocks());
const v = (rel: string) => join(VECTORS, rel);

describe.skipIf(!haveVectors)('evidence inspect|verify: SEV-SNP', () => {
  it('verify with the VCEK: verified, then the TCB, then the steps, then the fields; exit 0', async () => {
    const r = await cli(['evidence', 'verify', v('trustee-snp/test-report.bin'), '--certs', v('trustee-snp/test-vcek.der'), '--at', '2026-06-01T00:00:00Z']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^sev-snp-report: verified — SEV-SNP report signed by the VCEK of a Milan chip/);
    expect(lines[1]).toBe('TCB: reported bootloader 3, tee 0, snp 8, microcode 115; current bootloader 3, tee 0, snp 8, microcode 206; committed bootloader 3, tee 0, snp 8, microcode 115; launch bootloader 3, tee 0, snp 8, microcode 115 (Milan)');
    expect(lines[2]).toMatch(/^ {2}ok {3}parse:/);
    expect(r.out).toMatch(/\n {2}ok {3}chain: chain SEV-VCEK -> SEV-Milan -> ARK-Milan/);
    expect(r.out).toMatch(/\n {2}measurement: a1f3930413247bb3/);
  });

  it('verify without a VCEK: unavailable, exit 1; --json carries verified false and the checks', async () => {
    const r = await cli(['evidence', 'verify', v('gosev-milan/attestation.bin'), '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ verified: false, status: 'unavailable', kind: 'sev-snp' });
    expect(j.checks.find((c: { id: string }) => c.id === 'certificates').detail).toMatch(/give it with --certs/);
  });

  it('verify with a foreign --report-data: failed, naming REPORT_DATA; exit 1', async () => {
    const r = await cli(['evidence', 'verify', v('gosev-milan/attestation.bin'), '--certs', v('gosev-milan/vcek.testcer'), '--report-data', 'ab'.repeat(64), '--at', '2026-06-01T00:00:00Z']);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toMatch(/^sev-snp-report: failed — foreign binding: REPORT_DATA/);
  });

  it('inspect: says it is not verified, prints the TCB, then the fields', async () => {
    const r = await cli(['evidence', 'inspect', v('trustee-snp/test-vlek-report.bin')]);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('format sev-snp-report (sev-snp)');
    expect(lines[1]).toMatch(/^not verified: inspect checks no signature/);
    expect(lines[2]).toMatch(/^TCB: reported bootloader 4, tee 0, snp 24, microcode 217; .*\(product not established, milan-genoa layout\)$/);
    expect(r.out).toMatch(/\n {2}signing_key: vlek\n/);
  });
});
