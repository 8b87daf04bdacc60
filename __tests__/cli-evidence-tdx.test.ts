// `evidence inspect|verify` on TDX quotes, in-process: the verdict and the TCB status first, then the fields.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli } from './helpers/cli-inprocess.js';
import { VECTORS, haveVectors, vector } from './helpers/vectors.js';

afterEach(() => vi.restoreAllMocks());
const v = (rel: string) => join(VECTORS, rel);

describe.skipIf(!haveVectors)('evidence inspect|verify: TDX', () => {
  it('verify with dcap-qvl collateral inside its window: verified, TCB status UpToDate, steps, then fields; exit 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cr-col-'));
    writeFileSync(join(dir, 'collateral.json'), vector('dcapqvl-tdx/tdx_quote_collateral.json'));
    const r = await cli(['evidence', 'verify', v('dcapqvl-tdx/tdx_quote'), '--collateral', dir, '--at', '2025-07-01T00:00:00Z']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^tdx-quote: verified — quote, QE report and PCK chain to the Intel SGX Root CA verify; TCB status UpToDate$/);
    expect(lines[1]).toBe('TCB status: UpToDate');
    expect(lines[2]).toMatch(/^ {2}ok {3}parse:/);
    expect(r.out).toMatch(/\n {2}ok {3}tcb_status: TCB status UpToDate/);
    expect(r.out).toMatch(/\nfields:\n {2}quote_version: 4\n/);
    expect(r.out).toMatch(/\n {2}fmspc: b0c06f000000\n/);
  });

  it('verify with a foreign --report-data: failed, naming the binding; --json carries the checks; exit 1', async () => {
    const r = await cli(['evidence', 'verify', v('gotdx-v5/quote_v5_sample.dat'), '--report-data', 'ab'.repeat(64), '--at', '2026-02-03T00:00:00Z', '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ verified: false, status: 'failed', kind: 'tdx', tcb_status: null, binding_matches: false });
    expect(j.detail).toMatch(/^foreign binding/);
  });

  it('inspect: says it is not verified, then the TCB line, then the fields', async () => {
    const r = await cli(['evidence', 'inspect', v('trustee-tdx/tdx_quote_4.dat')]);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('format tdx-quote (tdx)');
    expect(lines[1]).toMatch(/^not verified: inspect checks no signature/);
    expect(lines[2]).toBe('TCB status: not evaluated (TEE_TCB_SVN 03000500000000000000000000000000)');
    expect(r.out).toMatch(/\n {2}td_attribute_flags: \["debug","sept_ve_disable"\]\n/);
  });
});
