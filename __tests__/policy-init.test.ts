// `policy init --from FILE...`: a commented policy pinned to the measurements of known-good evidence,
// from real vendor vectors (read in place); the text always loads as a policy. Also: the tier list is
// the same in the README, action.yml and the receipt schema.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectEvidence, makeSimulatedQuote } from '../src/evidence/index.js';
import { parsePolicyBytes } from '../src/policy/parse.js';
import { initPolicy, type InitSource } from '../src/policy/init.js';
import { ClaimTierSchema } from '../src/receipt/schema.js';

import { InputError } from '../src/util/errors.js';

const VECTORS = process.env['COMPUTE_RECEIPT_VECTORS'] ?? join(__dirname, '..', '..', 'shared', 'vectors');
const TDX = join(VECTORS, 'gotdx-spr-e4', 'tdx_prod_quote_SPR_E4.dat');
const SNP = join(VECTORS, 'gosev-milan', 'attestation.bin');
const GPU = join(VECTORS, 'nvtrust-hopper', 'hopperAttestationReport.txt');
const have = [TDX, SNP, GPU].every((f) => existsSync(f));

const source = (file: string, ok = true): InitSource => ({ file: file.slice(VECTORS.length + 1), inspected: inspectEvidence(readFileSync(file)), verified: { ok, detail: ok ? 'verified' : 'no collateral' } });
const now = new Date('2026-12-02T12:00:00Z');

describe.skipIf(!have)('policy init from real vectors', () => {
  it('pins TDX MRTD and RTMR0-2, the SNP measurement and minimum TCB, and the GPU driver and VBIOS', () => {
    const text = initPolicy([source(TDX, false), source(SNP), source(GPU)], { policyId: 'my-tee-policy', now });
    const p = parsePolicyBytes(Buffer.from(text), 'generated').policy;
    const tdx = inspectEvidence(readFileSync(TDX)).fields['td_report'] as Record<string, string>;
    expect(p.tdx?.mr_td).toEqual([tdx['mr_td']]);
    expect(p.tdx?.rtmr0).toEqual([tdx['rtmr0']]);
    expect(p.tdx?.rtmr2).toEqual([tdx['rtmr2']]);
    expect(p.tdx?.rtmr3).toBeUndefined();
    expect(p['sev-snp']?.measurement).toEqual([inspectEvidence(readFileSync(SNP)).fields['measurement']]);
    expect(p['sev-snp']?.min_reported_tcb).toEqual({ bootloader: 2, tee: 0, snp: 5, microcode: 68 });
    expect(p['nvidia-gpu']?.driver_versions).toEqual(['550.90.07']);
    expect(p['nvidia-gpu']?.vbios_versions).toEqual(['96.00.9F.00.01']);
    expect(p.evidence.required).toEqual([['tdx', 'sev-snp'], 'nvidia-gpu']);
    expect(p.evidence.trust_roots).toBe('shipped');
    expect(p.evidence.accept_simulated).toBe(false);
    // Commented: where each value came from, and whether it verified here.
    expect(text).toContain('"gotdx-spr-e4/tdx_prod_quote_SPR_E4.dat": tdx-quote, NOT verified here (no collateral)');
    expect(text).toContain('"gosev-milan/attestation.bin": sev-snp-report, signature and chain verified here');
    expect(text).toMatch(/^# From "gotdx-spr-e4\/tdx_prod_quote_SPR_E4.dat"\. MRTD/m);
    // The known-good TD did not set SEPT_VE_DISABLE: requiring it would deny the very run it came from.
    expect(p.tdx?.td_attributes?.require).toEqual([]);
  });

  it('one kind only: the policy requires that kind alone', () => {
    const p = parsePolicyBytes(Buffer.from(initPolicy([source(SNP)], { policyId: 'snp-only', now })), 'g').policy;
    expect(p.evidence.required).toEqual(['sev-snp']);
    expect(p.tdx).toBeUndefined();
    expect(p['nvidia-gpu']).toBeUndefined();
  });
});

describe('policy init refuses what it cannot pin', () => {
  it.each([
    ['simulated evidence', inspectEvidence(makeSimulatedQuote(Buffer.alloc(64))), /simulated evidence: it has no hardware measurements/],
    ['bytes that are not evidence', inspectEvidence(Buffer.from('hello\n')), /is not attestation evidence/],
  ])('%s', (_l, inspected, msg) => {
    const e = (() => {
      try {
        initPolicy([{ file: 'x.bin', inspected, verified: { ok: false, detail: '' } }], { policyId: 'p', now });
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(msg);
  });

  it('no --from, or a bad id, is a usage error', () => {
    expect(() => initPolicy([], { policyId: 'p', now })).toThrow(/at least one --from/);
    expect(() => initPolicy([], { policyId: 'Bad Id', now })).toThrow(InputError);
  });
});

describe('the tier list is the same everywhere', () => {
  const tiers = ClaimTierSchema.options;
  it('action.yml names every receipt tier', () => {
    const a = readFileSync(join(__dirname, '..', 'action.yml'), 'utf8');
    const line = a.slice(a.indexOf('  claim-tier:'), a.indexOf('\n', a.indexOf('description', a.indexOf('  claim-tier:'))));
    expect([...line.matchAll(/`([a-z]+)`/g)].map((m) => m[1]).sort()).toEqual([...tiers].sort());
  });
  it('the README table names every receipt tier', () => {
    const r = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
    const table = r.slice(r.indexOf('| tier (`claim_tier`) |'));
    const rows = [...table.slice(0, table.indexOf('\n\n')).matchAll(/^\| `([a-z]+)` \|/gm)].map((m) => m[1]);
    expect(rows.sort()).toEqual([...tiers].sort());
  });
});
