// AMD SEV-SNP: report parsing against the vector READMEs, the cert table, signature and VCEK/VLEK
// chains to the pinned AMD roots, TCB and hwID checks, KDS fetching through a 127.0.0.1 stand-in.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTrustRoots, verifyEvidence, type AuxFile, type VerifyOptions, type TrustRoots } from '../src/evidence/index.js';
import { parseSevSnpReport, snpProductFromCpuid, decodeSnpTcb } from '../src/evidence/formats/sev-snp-report.js';
import { SNP_CERT_GUIDS, buildSnpCertTable } from '../src/evidence/formats/sev-snp-certs.js';
import { decodeEvidenceText } from '../src/evidence/formats/sniff.js';
import { inspectEvidence } from '../src/evidence/formats/inspect.js';
import { readVekExtensions } from '../src/evidence/verify/amd-vek.js';
import { vcekUrl } from '../src/evidence/verify/amd-kds.js';
import { certName, verifyChain } from '../src/evidence/verify/chain.js';
import { pemCertificates } from '../src/evidence/roots.js';
import { VECTORS, checkerOutput, haveVectors, vector } from './helpers/vectors.js';
import { makeAmdPki, makeSnpReport, makeVek, signSnpReport, writeAmdTrustRoots, type AmdTestPki } from './helpers/snp-pki.js';
import { readFileSync } from 'node:fs';

const AT = new Date('2026-06-01T00:00:00Z');
const shipped = () => loadTrustRoots();
const aux = (...files: string[]): AuxFile[] => files.map((f) => ({ name: f.split('/').pop()!, bytes: vector(f) }));
const opts = (over: Partial<VerifyOptions> = {}): VerifyOptions => ({ reportData: null, gpuNonce: null, trustRoots: shipped(), network: false, at: AT, ...over });

/** Every real SNP report with its VEK, the README section that describes it and a clock inside the VEK's validity. */
const REAL = [
  { file: 'gosev-milan/attestation.bin', certs: ['gosev-milan/vcek.testcer'], readme: 'gosev-milan/README.txt', section: '', product: 'Milan', at: AT },
  { file: 'virtee-milan/report_milan.hex', certs: ['virtee-milan/vcek_milan.der'], readme: 'virtee-milan/README.txt', section: '', product: 'Milan', at: AT },
  { file: 'trustee-snp/test-report.bin', certs: ['trustee-snp/test-vcek.der'], readme: 'trustee-snp/README.txt', section: 'VCEK report', product: 'Milan', at: AT },
  {
    file: 'trustee-snp/test-vlek-report.bin',
    certs: ['trustee-snp/test-vlek.der'],
    readme: 'trustee-snp/README.txt',
    section: 'VLEK report',
    product: 'Milan',
    at: new Date('2025-06-01T00:00:00Z'),
  },
  {
    file: 'trustee-az-snp/snp-report-genoa.bin',
    certs: ['trustee-az-snp/vcek-genoa.pem'],
    readme: 'trustee-az-snp/README.txt',
    section: 'Genoa (evidence-genoa.json report[32:32+1184])',
    product: 'Genoa',
    at: AT,
  },
  {
    file: 'trustee-az-snp/snp-report-milan-from-hcl.bin',
    certs: ['trustee-az-snp/vcek.pem'],
    readme: 'trustee-az-snp/README.txt',
    section: 'Milan (hcl-report.bin[32:32+1184]) with vcek.pem = VCEK+ASK+ARK',
    product: 'Milan',
    at: AT,
  },
] as const;

/** A README value with spaces (`(3, 49, 1)`), which checkerOutput's one-token pattern skips. */
function readmeTuple(readme: string, section: string, key: string): number[] | null {
  const text = readFileSync(join(VECTORS, readme), 'utf8');
  const start = section === '' ? text.indexOf('=== Output of the checker') : text.indexOf(`##### ${section}`);
  const rest = text.slice(start + 5);
  const end = rest.indexOf('#####');
  const m = new RegExp(`^${key}\\s+\\(([0-9, ]+)\\)\\s*$`, 'm').exec(end === -1 ? rest : rest.slice(0, end));
  return m ? m[1]!.split(',').map((x) => Number(x.trim())) : null;
}

/** The README prints TCB values as the u64 in big-endian hex; the claims keep the raw little-endian bytes. */
const u64be = (rawLeHex: string) => Buffer.from(rawLeHex, 'hex').reverse().toString('hex');

describe.skipIf(!haveVectors)('real SEV-SNP reports: parsed fields equal the READMEs', () => {
  it.each(REAL)('$file', (v) => {
    const want = checkerOutput(v.readme).get(v.section)!;
    expect(want.size).toBeGreaterThan(20);
    const f = inspectEvidence(vector(v.file)).fields;
    const same: [string, unknown][] = [
      ['version', String(f['version'])],
      ['guest_svn', String(f['guest_svn'])],
      ['policy', f['policy']],
      ['policy_abi', `${f['abi_major']}.${f['abi_minor']}`],
      ['policy_smt', f['smt_allowed'] ? 'True' : 'False'],
      ['policy_migrate_ma', f['migrate_ma'] ? 'True' : 'False'],
      ['policy_debug', f['debug'] ? 'True' : 'False'],
      ['policy_single_socket', f['single_socket'] ? 'True' : 'False'],
      ['family_id', f['family_id']],
      ['image_id', f['image_id']],
      ['vmpl', String(f['vmpl'])],
      ['signature_algo', String(f['signature_algo'])],
      ['platform_info', f['platform_info']],
      ['signing_key', String(f['signing_key']).toUpperCase()],
      ['mask_chip_key', f['mask_chip_id'] ? 'True' : 'False'],
      ['author_key_en', f['author_key_en'] ? 'True' : 'False'],
      ['report_data', f['report_data']],
      ['measurement', f['measurement']],
      ['host_data', f['host_data']],
      ['id_key_digest', f['id_key_digest']],
      ['author_key_digest', f['author_key_digest']],
      ['report_id', f['report_id']],
      ['report_id_ma', f['report_id_ma']],
      ['chip_id', f['chip_id']],
      ['current_tcb', u64be((f['current_tcb'] as { raw: string }).raw)],
      ['reported_tcb', u64be((f['reported_tcb'] as { raw: string }).raw)],
      ['committed_tcb', u64be((f['committed_tcb'] as { raw: string }).raw)],
      ['launch_tcb', u64be((f['launch_tcb'] as { raw: string }).raw)],
    ];
    for (const [k, got] of same) {
      expect(want.get(k), k).toBeDefined();
      expect([k, got]).toEqual([k, want.get(k)]);
    }
    // signer_info and the signature's first bytes.
    const r = parseSevSnpReport(decodeEvidenceText(vector(v.file)));
    expect('0x' + r.signerInfo.toString(16)).toBe(want.get('signer_info'));
    expect(want.get('sig_r_le')!.replace(/\.+$/, '')).toBe(r.signature.subarray(0, 16).toString('hex'));
    // Build numbers print as (build, minor, major).
    const [b, mi, ma] = readmeTuple(v.readme, v.section, 'current_build_minor_major')!;
    expect(f['current_build']).toBe(`${ma}.${mi}.${b}`);
    const cpuid = readmeTuple(v.readme, v.section, 'cpuid_fam_mod_step');
    if (cpuid) expect(f['cpuid']).toEqual({ family: cpuid[0], model: cpuid[1], stepping: cpuid[2] });
    else expect(f['cpuid']).toBeNull();
  });

  it('the decoded REPORTED_TCB equals the README VCEK/VLEK SPLs', () => {
    for (const v of REAL) {
      const text = readFileSync(join(VECTORS, v.readme), 'utf8');
      const start = v.section === '' ? 0 : text.indexOf(`##### ${v.section}`);
      const m = /VERIFY reported_tcb_parts\s+\{'bootloader': (\d+), 'tee': (\d+), 'snp': (\d+), 'microcode': (\d+)\}/.exec(text.slice(start))!;
      const tcb = inspectEvidence(vector(v.file)).fields['reported_tcb'] as Record<string, number>;
      expect([tcb['bootloader'], tcb['tee'], tcb['snp'], tcb['microcode']]).toEqual(m.slice(1, 5).map(Number));
    }
  });
});

describe.skipIf(!haveVectors)('real SEV-SNP reports: signature and chain to the pinned AMD roots', () => {
  it.each(REAL)('$file verifies with its own report_data ($product)', async (v) => {
    const report = parseSevSnpReport(decodeEvidenceText(vector(v.file)));
    const r = await verifyEvidence({ bytes: vector(v.file), aux: aux(...v.certs) }, 'f', opts({ at: v.at, reportData: report.reportData }));
    expect(r.detail).toMatch(/^SEV-SNP report signed by/);
    expect(r).toMatchObject({ kind: 'sev-snp', status: 'verified', bindingMatches: true, trustRoots: 'shipped' });
    expect(r.claims['product']).toBe(v.product);
    const byId = Object.fromEntries(r.steps.map((s) => [s.id, s.ok]));
    expect(byId).toMatchObject({ signature: true, chain: true, product: true, tcb: true, binding: true });
    expect(byId['hwid']).toBe(report.signingKey === 0 ? true : null);
    expect(r.steps.find((s) => s.id === 'chain')!.detail).toContain(`-> ARK-${v.product}`);
  });

  it.each(REAL)('$file under a job binding is failed, naming the binding', async (v) => {
    const r = await verifyEvidence({ bytes: vector(v.file), aux: aux(...v.certs) }, 'f', opts({ at: v.at, reportData: Buffer.alloc(64, 0x5c) }));
    expect(r).toMatchObject({ status: 'failed', bindingMatches: false });
    expect(r.detail).toMatch(/foreign binding: REPORT_DATA/);
    expect(r.steps.find((s) => s.id === 'binding')!.detail).toMatch(/does not equal the expected 5c5c/);
  });

  it.each(REAL)('$file: a flipped byte anywhere in the signed region or in r/s never verifies', async (v) => {
    const raw = Buffer.from(decodeEvidenceText(vector(v.file)));
    const offsets = [0x04, 0x08, 21, 42, 0x50, 0x90, 0xc0, 0x180, 384, 0x1a0, 0x1e0, 0x29f];
    for (let o = 0; o < 0x2a0; o += 37) offsets.push(o);
    offsets.push(0x2a0, 0x2a0 + 47, 0x2a0 + 72, 0x2a0 + 72 + 47, 0x2a0 + 60);
    for (const o of offsets) {
      const b = Buffer.from(raw);
      b[o] = b[o]! ^ 0x01;
      const r = await verifyEvidence({ bytes: b, aux: aux(...v.certs) }, 'f', opts({ at: v.at }));
      expect([o, r.status]).not.toEqual([o, 'verified']);
    }
  });

  it('the VLEK chain verifies before its expiry (2025-12-10) and fails after it', async () => {
    const run = (at: string) =>
      verifyEvidence({ bytes: vector('trustee-snp/test-vlek-report.bin'), aux: aux('trustee-snp/test-vlek.der') }, 'f', opts({ at: new Date(at) }));
    expect((await run('2025-12-09T00:00:00Z')).status).toBe('verified');
    const late = await run('2025-12-11T00:00:00Z');
    expect(late.status).toBe('failed');
    expect(late.steps.find((s) => s.id === 'chain')).toMatchObject({ ok: false, detail: expect.stringMatching(/^CHAIN_EXPIRED: SEV-VLEK expired 2025-12-10/) });
    // Before the VLEK existed, too.
    expect((await run('2024-12-01T00:00:00Z')).steps.find((s) => s.id === 'chain')!.detail).toMatch(/^CHAIN_NOT_YET_VALID/);
  });

  it('a VCEK report with a VLEK certificate (and the reverse) does not verify', async () => {
    const a = await verifyEvidence({ bytes: vector('gosev-milan/attestation.bin'), aux: aux('trustee-snp/test-vlek.der') }, 'f', opts());
    expect(a.status).toBe('unavailable'); // no SEV-VCEK certificate among the aux files
    const b = await verifyEvidence({ bytes: vector('trustee-snp/test-report.bin'), aux: aux('gosev-milan/vcek.testcer') }, 'f', opts());
    expect(b.status).toBe('failed');
    expect(b.steps.find((s) => s.id === 'signature')!.ok).toBe(false);
  });

  it('another chip\'s VCEK among several: the one whose key verifies is used', async () => {
    const r = await verifyEvidence(
      { bytes: vector('trustee-snp/test-report.bin'), aux: aux('gosev-milan/vcek.testcer', 'virtee-milan/vcek_milan.der', 'trustee-snp/test-vcek.der') },
      'f',
      opts(),
    );
    expect(r.status).toBe('verified');
    expect(r.steps.find((s) => s.id === 'signature')!.detail).toContain('test-vcek.der');
  });

  it('REPORTED_TCB changed and re-signed is impossible; changed alone breaks the signature (trustee byte 384)', async () => {
    const b = Buffer.from(vector('trustee-snp/test-report.bin'));
    b[384] = b[384]! + 1;
    const r = await verifyEvidence({ bytes: b, aux: aux('trustee-snp/test-vcek.der') }, 'f', opts());
    expect(r.status).toBe('failed');
  });

  it('without a VCEK and without network: unavailable, never a pass; binding still compared', async () => {
    const v = REAL[0];
    const own = parseSevSnpReport(vector(v.file)).reportData;
    const r = await verifyEvidence({ bytes: vector(v.file) }, 'f', opts({ reportData: own }));
    expect(r).toMatchObject({ status: 'unavailable', bindingMatches: true, trustRoots: 'none' });
    expect(r.detail).toMatch(/verifier unavailable/);
    const foreign = await verifyEvidence({ bytes: vector(v.file) }, 'f', opts({ reportData: Buffer.alloc(64, 1) }));
    expect(foreign).toMatchObject({ status: 'failed', bindingMatches: false });
  });

  it('with custom roots that are not AMD\'s, the real chain does not verify', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cr-snp-roots-'));
    try {
      const roots = loadTrustRoots(writeAmdTrustRoots(dir, await makeAmdPki('Milan')));
      const r = await verifyEvidence({ bytes: vector('gosev-milan/attestation.bin'), aux: aux('gosev-milan/vcek.testcer', 'gosev-milan/milan.testcer') }, 'f', opts({ trustRoots: roots }));
      expect(r.status).toBe('failed');
      expect(r.steps.find((s) => s.id === 'chain')!.ok).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!haveVectors)('real AMD certificates: Turin and Genoa', () => {
  it('the Turin VCEK chains to the pinned Turin ARK and carries the FMC SPL and an 8-byte hwID', () => {
    const vcek = new X509Certificate(vector('virtee-milan/vcek_turin.der'));
    const roots = shipped().certs.filter((c) => c.vendor === 'amd');
    const r = verifyChain({ leaf: vcek, intermediates: roots.map((c) => c.x509), anchors: roots.filter((c) => c.x509.checkIssued(c.x509)).map((c) => c.x509), at: AT });
    expect(r.ok && r.path.map(certName)).toEqual(['SEV-VCEK', 'SEV-Turin', 'ARK-Turin']);
    const ext = readVekExtensions(vcek.raw);
    expect(ext).toMatchObject({ productName: 'Turin', tcb: { fmc: 0, bootloader: 0, tee: 0, snp: 0, microcode: 9 }, problems: [] });
    expect(ext.hwId!.toString('hex')).toBe('1e550a8ee5cf9f4d');
  });

  it.each(['milan', 'genoa', 'turin'])('trustee %s ASK/ARK/ASVK bundle: ASK and ASVK chain to the pinned ARK', (gen) => {
    const ders = pemCertificates(vector(`trustee-snp/${gen}_ask_ark_asvk.pem`).toString('latin1')).map((d) => new X509Certificate(d));
    const P = gen[0]!.toUpperCase() + gen.slice(1);
    const anchors = shipped().certs.filter((c) => c.name === `amd/${gen}_ark.pem`).map((c) => c.x509);
    for (const c of ders.filter((d) => certName(d) !== `ARK-${P}`)) {
      const r = verifyChain({ leaf: c, anchors, at: AT });
      expect(r.ok && r.path.map(certName)).toEqual([certName(c), `ARK-${P}`]);
    }
  });

  it('the VCEK extensions equal the README values (gosev Milan, VLEK)', () => {
    expect(readVekExtensions(vector('gosev-milan/vcek.testcer'))).toMatchObject({ productName: 'Milan-B0', tcb: { bootloader: 2, tee: 0, snp: 5, microcode: 68 } });
    const vlek = readVekExtensions(vector('trustee-snp/test-vlek.der'));
    expect(vlek).toMatchObject({ productName: 'Milan', tcb: { bootloader: 4, tee: 0, snp: 24, microcode: 217 }, hwId: null });
    expect(vlek.cspId).toMatch(/amazonaws/);
  });
});

describe.skipIf(!haveVectors)('the configfs certificate table', () => {
  it('a table of VCEK, ASK and ARK (as a host serves it) verifies the report', async () => {
    const [ask, ark] = pemCertificates(vector('gosev-milan/milan.testcer').toString('latin1'));
    const table = buildSnpCertTable([
      { guid: SNP_CERT_GUIDS.vcek, bytes: vector('gosev-milan/vcek.testcer') },
      { guid: SNP_CERT_GUIDS.ask, bytes: ask! },
      { guid: SNP_CERT_GUIDS.ark, bytes: ark! },
    ]);
    const r = await verifyEvidence({ bytes: vector('gosev-milan/attestation.bin'), aux: [{ name: 'sev-snp-certs.bin', bytes: table }] }, 'f', opts());
    expect(r.status).toBe('verified');
    expect(r.steps.find((s) => s.id === 'signature')!.detail).toContain('sev-snp-certs.bin[VCEK]');
  });

  it('a VLEK table with the ASVK in the ASK slot verifies', async () => {
    const asvk = pemCertificates(vector('trustee-snp/milan_ask_ark_asvk.pem').toString('latin1')).find((d) => certName(new X509Certificate(d)) === 'SEV-VLEK-Milan')!;
    const table = buildSnpCertTable([
      { guid: SNP_CERT_GUIDS.vlek, bytes: vector('trustee-snp/test-vlek.der') },
      { guid: SNP_CERT_GUIDS.ask, bytes: asvk },
    ]);
    const r = await verifyEvidence({ bytes: vector('trustee-snp/test-vlek-report.bin'), aux: [{ name: 'sev-snp-certs.bin', bytes: table }] }, 'f', opts({ at: new Date('2025-06-01T00:00:00Z') }));
    expect(r.status).toBe('verified');
  });

  it('a malformed table is reported and never used', async () => {
    const table = buildSnpCertTable([{ guid: SNP_CERT_GUIDS.vcek, bytes: vector('gosev-milan/vcek.testcer') }]);
    table.writeUInt32LE(table.length, 20); // the VCEK entry now runs past the end
    const r = await verifyEvidence({ bytes: vector('gosev-milan/attestation.bin'), aux: [{ name: 'sev-snp-certs.bin', bytes: table }] }, 'f', opts());
    expect(r.status).toBe('unavailable');
    expect(r.steps.find((s) => s.id === 'certificates')!.detail).toMatch(/sev-snp-certs\.bin: SEV-SNP certificate table: entry 0 .* outside/);
  });
});

describe('SEV-SNP reports from test keys (Milan, Genoa, Turin layouts)', () => {
  const RD = Buffer.alloc(64, 0x42);
  const CHIP = Buffer.from('c0ffee'.repeat(21) + 'ee', 'hex');
  const TCB = { bootloader: 9, tee: 1, snp: 23, microcode: 213, fmc: 2 };
  const pkis = new Map<string, AmdTestPki>();
  const rootsOf = new Map<string, TrustRoots>();
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cr-snp-pki-'));
    for (const p of ['Milan', 'Genoa', 'Turin'] as const) {
      const pki = await makeAmdPki(p);
      pkis.set(p, pki);
      rootsOf.set(p, loadTrustRoots(writeAmdTrustRoots(join(dir, p), pki)));
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const o = (p: string, over: Partial<VerifyOptions> = {}) => opts({ trustRoots: rootsOf.get(p)!, reportData: RD, ...over });

  it.each(['Milan', 'Genoa', 'Turin'] as const)('%s: a report signed by a test VCEK verifies through ASK and ARK (custom roots)', async (p) => {
    const pki = pkis.get(p)!;
    const tcb = p === 'Turin' ? TCB : { ...TCB, fmc: undefined };
    const vcek = await makeVek(pki, { tcb, hwId: p === 'Turin' ? CHIP.subarray(0, 8) : CHIP });
    const report = makeSnpReport({ product: p, reportData: RD, tcb, chipId: CHIP }, vcek);
    const r = await verifyEvidence({ bytes: report, aux: [{ name: 'vcek.der', bytes: vcek.der }] }, 'f', o(p));
    expect(r.detail).toMatch(/^SEV-SNP report signed by the VCEK/);
    expect(r).toMatchObject({ status: 'verified', trustRoots: 'custom', bindingMatches: true });
    expect(r.claims['product']).toBe(p);
    expect(r.claims['reported_tcb']).toMatchObject(p === 'Turin' ? TCB : { bootloader: 9, tee: 1, snp: 23, microcode: 213 });
    if (p !== 'Turin') expect(r.claims['reported_tcb']).not.toHaveProperty('fmc');
  });

  it('Turin: the FMC SPL is compared; a VCEK for another FMC level fails the TCB step', async () => {
    const pki = pkis.get('Turin')!;
    const vcek = await makeVek(pki, { tcb: { ...TCB, fmc: 3 }, hwId: CHIP.subarray(0, 8) });
    const r = await verifyEvidence({ bytes: makeSnpReport({ product: 'Turin', reportData: RD, tcb: TCB, chipId: CHIP }, vcek), aux: [{ name: 'v', bytes: vcek.der }] }, 'f', o('Turin'));
    expect(r.status).toBe('failed');
    expect(r.steps.find((s) => s.id === 'tcb')!.detail).toMatch(/fmc: certificate 3, report 2/);
  });

  it.each([
    ['microcode differs', { tcb: { ...TCB, microcode: 200 } }, 'tcb', /microcode: certificate 200, report 213/],
    ['SPL missing', { omit: ['snp'] }, 'tcb', /no snp SPL/],
    ['hwID of another chip', { hwId: Buffer.alloc(64, 7) }, 'hwid', /does not equal CHIP_ID/],
    ['no hwID', { hwId: undefined }, 'hwid', /\(none\)/],
    ['productName Genoa under a Milan chain', { productName: 'Genoa' }, 'product', /names product Genoa, its chain is Milan/],
  ] as const)('Milan VCEK: %s fails', async (_n, over, step, msg) => {
    const pki = pkis.get('Milan')!;
    const tcb = { ...TCB, fmc: undefined };
    const vcek = await makeVek(pki, { tcb, hwId: CHIP, ...over } as Parameters<typeof makeVek>[1]);
    const r = await verifyEvidence({ bytes: makeSnpReport({ product: 'Milan', reportData: RD, tcb, chipId: CHIP }, vcek), aux: [{ name: 'v', bytes: vcek.der }] }, 'f', o('Milan'));
    expect(r.status).toBe('failed');
    expect(r.steps.find((s) => s.id === step)).toMatchObject({ ok: false, detail: expect.stringMatching(msg) });
  });

  it('MASK_CHIP_ID: hwID is not compared and the report still verifies', async () => {
    const pki = pkis.get('Genoa')!;
    const tcb = { ...TCB, fmc: undefined };
    const vcek = await makeVek(pki, { tcb, hwId: CHIP });
    const r = await verifyEvidence({ bytes: makeSnpReport({ product: 'Genoa', version: 3, reportData: RD, tcb, chipId: CHIP, maskChipId: true }, vcek), aux: [{ name: 'v', bytes: vcek.der }] }, 'f', o('Genoa'));
    expect(r.status).toBe('verified');
    expect(r.steps.find((s) => s.id === 'hwid')).toMatchObject({ ok: null, detail: expect.stringMatching(/MASK_CHIP_ID/) });
  });

  it('a report whose CPUID names another product than its chain fails', async () => {
    const pki = pkis.get('Milan')!;
    const tcb = { ...TCB, fmc: undefined };
    const vcek = await makeVek(pki, { tcb, hwId: CHIP });
    const report = makeSnpReport({ product: 'Milan', version: 3, reportData: RD, tcb, chipId: CHIP }, vcek);
    report[0x189] = 0x11; // Genoa model
    signSnpReport(report, vcek);
    const r = await verifyEvidence({ bytes: report, aux: [{ name: 'v', bytes: vcek.der }] }, 'f', o('Milan'));
    expect(r.status).toBe('failed');
    expect(r.steps.find((s) => s.id === 'product')!.detail).toMatch(/CPUID is a Genoa part/);
  });

  it('a VCEK issued by the ASVK, or a VLEK issued by the ASK, fails the chain shape', async () => {
    const pki = pkis.get('Milan')!;
    const tcb = { ...TCB, fmc: undefined };
    // A "VLEK" (CN SEV-VLEK) signed by the ASK: swap issuers by building a VCEK-named leaf under the ASVK.
    const wrong = await makeVek({ ...pki, ask: pki.asvk }, { tcb, hwId: CHIP });
    const r = await verifyEvidence({ bytes: makeSnpReport({ product: 'Milan', reportData: RD, tcb, chipId: CHIP }, wrong), aux: [{ name: 'v', bytes: wrong.der }] }, 'f', o('Milan'));
    expect(r.status).toBe('failed');
    expect(r.steps.find((s) => s.id === 'chain')!.detail).toMatch(/a VCEK must be issued by SEV-Milan, not SEV-VLEK-Milan/);
  });

  it('SIGNING_KEY none or reserved: failed, never looked up', async () => {
    const pki = pkis.get('Milan')!;
    const tcb = { ...TCB, fmc: undefined };
    const vcek = await makeVek(pki, { tcb, hwId: CHIP });
    for (const k of [7, 3]) {
      const report = makeSnpReport({ product: 'Milan', reportData: RD, tcb, chipId: CHIP, signingKey: k as 7 }, vcek);
      const r = await verifyEvidence({ bytes: report, aux: [{ name: 'v', bytes: vcek.der }] }, 'f', o('Milan'));
      expect(r.status).toBe('failed');
      expect(r.steps.find((s) => s.id === 'signing_key')!.ok).toBe(false);
    }
  });

  it('r or s with non-zero high bytes never verifies', async () => {
    const pki = pkis.get('Milan')!;
    const tcb = { ...TCB, fmc: undefined };
    const vcek = await makeVek(pki, { tcb, hwId: CHIP });
    const report = makeSnpReport({ product: 'Milan', reportData: RD, tcb, chipId: CHIP }, vcek);
    report[0x2a0 + 48] = 1;
    const r = await verifyEvidence({ bytes: report, aux: [{ name: 'v', bytes: vcek.der }] }, 'f', o('Milan'));
    expect(r.steps.find((s) => s.id === 'signature')!.detail).toMatch(/does not fit P-384/);
  });

  it('a test VLEK verifies through the test ASVK; hwID is not compared', async () => {
    const pki = pkis.get('Genoa')!;
    const tcb = { ...TCB, fmc: undefined };
    const vlek = await makeVek(pki, { kind: 'vlek', tcb });
    const report = makeSnpReport({ product: 'Genoa', version: 3, reportData: RD, tcb, chipId: Buffer.alloc(64), signingKey: 1 }, vlek);
    const r = await verifyEvidence({ bytes: report, aux: [{ name: 'v', bytes: vlek.der }] }, 'f', o('Genoa'));
    expect(r.status).toBe('verified');
    expect(r.steps.find((s) => s.id === 'chain')!.detail).toMatch(/SEV-VLEK -> SEV-VLEK-Genoa -> ARK-Genoa/);
  });

  describe('AMD KDS through a stand-in on 127.0.0.1', () => {
    let server: Server;
    let base = '';
    const served: string[] = [];
    let answer: (url: string) => { status: number; body: Buffer } = () => ({ status: 404, body: Buffer.alloc(0) });
    beforeAll(async () => {
      server = createServer((req, res) => {
        served.push(req.url ?? '');
        const a = answer(req.url ?? '');
        res.writeHead(a.status, { 'content-type': 'application/octet-stream' });
        res.end(a.body);
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    it('fetches the VCEK by chip id and REPORTED_TCB, verifies, and returns it as material to be saved', async () => {
      const pki = pkis.get('Turin')!;
      const vcek = await makeVek(pki, { tcb: TCB, hwId: CHIP.subarray(0, 8) });
      const report = makeSnpReport({ product: 'Turin', reportData: RD, tcb: TCB, chipId: CHIP }, vcek);
      const url = vcekUrl(base, 'Turin', parseSevSnpReport(report));
      expect(url).toBe(`${base}/vcek/v1/Turin/${CHIP.subarray(0, 8).toString('hex')}?fmcSPL=2&blSPL=9&teeSPL=1&snpSPL=23&ucodeSPL=213`);
      answer = (u) => (`${base}${u}` === url ? { status: 200, body: vcek.der } : { status: 404, body: Buffer.alloc(0) });
      const r = await verifyEvidence({ bytes: report }, 'f', o('Turin', { network: true, kds: { baseUrl: base } }));
      expect(r.status).toBe('verified');
      expect(r.material).toEqual([{ name: 'vcek-kds-turin.der', bytes: vcek.der }]);
      // Replayed offline from what was saved: the same verdict, no request.
      const before = served.length;
      const again = await verifyEvidence({ bytes: report, aux: r.material! }, 'f', o('Turin'));
      expect(again.status).toBe('verified');
      expect(served.length).toBe(before);
    });

    it('a v2 report (no CPUID) asks Milan, then Genoa', async () => {
      const pki = pkis.get('Genoa')!;
      const tcb = { ...TCB, fmc: undefined };
      const vcek = await makeVek(pki, { tcb, hwId: CHIP });
      const report = makeSnpReport({ product: 'Genoa', version: 2, reportData: RD, tcb, chipId: CHIP }, vcek);
      served.length = 0;
      answer = (u) => (u.startsWith('/vcek/v1/Genoa/') ? { status: 200, body: Buffer.from(vcek.pem) } : { status: 404, body: Buffer.alloc(0) });
      const r = await verifyEvidence({ bytes: report }, 'f', o('Genoa', { network: true, kds: { baseUrl: base } }));
      expect(served.map((u) => u.split('/')[3])).toEqual(['Milan', 'Genoa']);
      expect(r.status).toBe('verified');
    });

    it.each([
      ['HTTP 500', () => ({ status: 500, body: Buffer.from('oops') }), /HTTP 500/],
      ['HTTP 429', () => ({ status: 429, body: Buffer.alloc(0) }), /HTTP 429/],
      ['not a certificate', () => ({ status: 200, body: Buffer.from('hello') }), /not a certificate/],
      ['no such chip', () => ({ status: 404, body: Buffer.alloc(0) }), /no VCEK for this chip/],
    ] as const)('%s: verifier unavailable, never a pass', async (_n, a, msg) => {
      answer = a;
      const pki = pkis.get('Milan')!;
      const tcb = { ...TCB, fmc: undefined };
      const vcek = await makeVek(pki, { tcb, hwId: CHIP });
      const report = makeSnpReport({ product: 'Milan', version: 3, reportData: RD, tcb, chipId: CHIP }, vcek);
      const r = await verifyEvidence({ bytes: report }, 'f', o('Milan', { network: true, kds: { baseUrl: base } }));
      expect(r.status).toBe('unavailable');
      expect(r.steps.find((s) => s.id === 'certificates')!.detail).toMatch(msg);
    });

    it('a refused connection is verifier unavailable', async () => {
      const closed = createServer();
      await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((r) => closed.close(() => r()));
      const pki = pkis.get('Milan')!;
      const tcb = { ...TCB, fmc: undefined };
      const vcek = await makeVek(pki, { tcb, hwId: CHIP });
      const report = makeSnpReport({ product: 'Milan', reportData: RD, tcb, chipId: CHIP }, vcek);
      const r = await verifyEvidence({ bytes: report }, 'f', o('Milan', { network: true, kds: { baseUrl: `http://127.0.0.1:${port}` } }));
      expect(r).toMatchObject({ status: 'unavailable' });
      expect(r.detail).toMatch(/verifier unavailable: AMD KDS unreachable \(http:\/\/127\.0\.0\.1/);
    });

    it('an injected getter that throws is verifier unavailable; a masked chip id is never fetched', async () => {
      const pki = pkis.get('Milan')!;
      const tcb = { ...TCB, fmc: undefined };
      const vcek = await makeVek(pki, { tcb, hwId: CHIP });
      const report = makeSnpReport({ product: 'Milan', reportData: RD, tcb, chipId: CHIP }, vcek);
      const thrower = async () => {
        throw new Error('boom');
      };
      expect((await verifyEvidence({ bytes: report }, 'f', o('Milan', { network: true, kds: { get: thrower } }))).detail).toMatch(/verifier unavailable: AMD KDS unreachable .* boom/);
      let asked = 0;
      const masked = makeSnpReport({ product: 'Milan', reportData: RD, tcb, chipId: CHIP, maskChipId: true }, vcek);
      const r = await verifyEvidence({ bytes: masked }, 'f', o('Milan', { network: true, kds: { get: async () => (asked++, { status: 200, headers: {}, body: vcek.der }) } }));
      expect(r.status).toBe('unavailable');
      expect(asked).toBe(0);
    });
  });
});

describe('product and TCB layout from the report', () => {
  it.each([
    [{ family: 0x19, model: 0x01, stepping: 1 }, 'Milan'],
    [{ family: 0x19, model: 0x11, stepping: 1 }, 'Genoa'],
    [{ family: 0x19, model: 0xa0, stepping: 2 }, 'Genoa'],
    [{ family: 0x1a, model: 0x02, stepping: 0 }, 'Turin'],
    [{ family: 0x1a, model: 0x11, stepping: 0 }, 'Turin'],
    [{ family: 0x17, model: 0x31, stepping: 0 }, null],
    [null, null],
  ] as const)('%j -> %s', (cpuid, product) => {
    expect(snpProductFromCpuid(cpuid)).toBe(product);
  });

  it('decodes both layouts', () => {
    const raw = Buffer.from('0102000000000304', 'hex');
    expect(decodeSnpTcb(raw, 'milan-genoa')).toEqual({ raw: '0102000000000304', bootloader: 1, tee: 2, snp: 3, microcode: 4 });
    const t = Buffer.from('0506070800000009', 'hex');
    expect(decodeSnpTcb(t, 'turin')).toEqual({ raw: '0506070800000009', fmc: 5, bootloader: 6, tee: 7, snp: 8, microcode: 9 });
  });
});
