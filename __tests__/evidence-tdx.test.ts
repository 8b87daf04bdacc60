import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTrustRoots, parseTdxQuote, verifyEvidence, type AuxFile, type VerifyOptions } from '../src/evidence/index.js';
import { parsePckExtensions } from '../src/evidence/verify/sgx-pck.js';
import { parseTcg2Log } from '../src/evidence/formats/tdx-eventlog.js';
import { pckChainPem } from '../src/evidence/formats/tdx-quote.js';
import { pemCertificates } from '../src/evidence/roots.js';
import { checkerOutput, haveVectors, vector } from './helpers/vectors.js';
import { makeCollateral, makeTdxPki, makeTdxQuote, startPcsStandIn, tcbLevel, type PcsStandIn, type TdxPki } from './helpers/tdx-synth.js';

const RD = Buffer.alloc(64, 0x42);
const IN_WINDOW = new Date('2025-06-15T00:00:00Z');

function opts(over: Partial<VerifyOptions> = {}): VerifyOptions {
  return { reportData: RD, gpuNonce: null, trustRoots: loadTrustRoots(), network: false, ...over };
}

const step = (v: { steps: { id: string; ok: boolean | null }[] }, id: string) => v.steps.find((s) => s.id === id)?.ok;

/** Every real TDX quote, the README section of its checker output, and a clock inside its PCK validity. */
const REAL: [file: string, readme: string, section: string, at: string][] = [
  ['gotdx-spr-e4/tdx_prod_quote_SPR_E4.dat', 'gotdx-spr-e4/README.txt', '', '2023-07-01T00:00:00Z'],
  ['gotdx-v5/quote_v5_sample.dat', 'gotdx-v5/README.txt', '', '2026-02-03T00:00:00Z'],
  ['gotdx-cos113/cos-113-tdx-quote.dat', 'gotdx-cos113/README.txt', '', '2025-01-01T00:00:00Z'],
  ['dcapqvl-tdx/tdx_quote', 'dcapqvl-tdx/README.txt', 'tdx_quote', '2025-07-01T00:00:00Z'],
  ['dcapqvl-tdx/tdx_quote_outdated', 'dcapqvl-tdx/README.txt', 'tdx_quote_outdated', '2026-03-01T00:00:00Z'],
  ['trustee-tdx/tdx_quote_4.dat', 'trustee-tdx/README.txt', 'tdx_quote_4.dat', '2024-01-01T00:00:00Z'],
  ['trustee-tdx/tdx_quote_5.dat', 'trustee-tdx/README.txt', 'tdx_quote_5.dat', '2025-01-01T00:00:00Z'],
  ['trustee-tdx/tdx_quote_6.dat', 'trustee-tdx/README.txt', 'tdx_quote_6.dat', '2026-01-01T00:00:00Z'],
  ['trustee-az-tdx/td-quote.bin', 'trustee-az-tdx/README.txt', '', '2024-01-01T00:00:00Z'],
];

describe.skipIf(!haveVectors)('real TDX quotes: quote, QE report and PCK chain to the Intel SGX Root CA', () => {
  it.each(REAL)('%s: genuine chain verifies with its own REPORTDATA; PCK extensions equal the README', async (file, readme, section, at) => {
    const bytes = vector(file);
    const want = checkerOutput(readme).get(section)!;
    const rd = Buffer.from(parseTdxQuote(bytes).body.reportData);
    const v = await verifyEvidence({ bytes }, file, opts({ reportData: rd, at: new Date(at) }));
    expect(v.status, v.detail).toBe('verified');
    expect(v.trustRoots).toBe('shipped');
    for (const id of ['quote_signature', 'qe_report_signature', 'qe_report_data', 'pck_chain', 'pck_extensions', 'binding']) expect(step(v, id), id).toBe(true);
    expect(v.claims['fmspc']).toBe(want.get('fmspc'));
    expect(v.claims['pce_id']).toBe(want.get('pceid'));
    expect(v.claims['ppid']).toBe(want.get('ppid'));
    expect(v.claims['mr_td']).toBe(want.get('mrtd'));
    expect(v.claims['td_attributes']).toBe(want.get('td_attributes'));
  });

  it.each(REAL)("%s under a job's binding: failed, naming the binding", async (file, _r, _s, at) => {
    const v = await verifyEvidence({ bytes: vector(file) }, file, opts({ at: new Date(at) }));
    expect(v.status).toBe('failed');
    expect(v.bindingMatches).toBe(false);
    expect(v.detail).toMatch(/foreign binding.*REPORTDATA/);
  });

  it('SPR_E4 at 2053-07-01: the PCK leaf has expired (go-tdx-guest asserts the same)', async () => {
    const bytes = vector('gotdx-spr-e4/tdx_prod_quote_SPR_E4.dat');
    const rd = Buffer.from(parseTdxQuote(bytes).body.reportData);
    const v = await verifyEvidence({ bytes }, 'f', opts({ reportData: rd, at: new Date('2053-07-01T01:00:00Z') }));
    expect(v.status).toBe('failed');
    expect(v.steps.find((s) => s.id === 'pck_chain')?.detail).toMatch(/Intel SGX PCK Certificate expired 2029-09-20T13:20:31/);
  });

  it('PCK extensions are read with the ASN.1 library from the leaf', () => {
    const q = parseTdxQuote(vector('gotdx-v5/quote_v5_sample.dat'));
    const e = parsePckExtensions(pemCertificates(pckChainPem(q)!)[0]!);
    expect(e.fmspc.toString('hex')).toBe('90c06f000000');
    expect(e.cpuSvnComponents).toEqual([4, 4, 2, 2, 4, 1, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(e.pceSvn).toBe(13);
  });

  // Offsets into the SPR_E4 quote: header, body, signature, attestation key, QE report, QE report
  // signature, QE auth data, and the PEM of the PCK leaf. Every flip must stop verification.
  const SPR = 'gotdx-spr-e4/tdx_prod_quote_SPR_E4.dat';
  const s = 48 + 584 + 4;
  const flips: [string, number][] = [
    ['header version field low byte kept, qe_svn', 8],
    ['header user_data', 30],
    ['body tee_tcb_svn', 48],
    ['body mr_td', 48 + 136],
    ['body rtmr2', 48 + 424],
    ['body report_data', 48 + 520 + 3],
    ['quote signature r', s + 1],
    ['quote signature s', s + 40],
    ['attestation key', s + 64 + 5],
    ['QE report cpusvn', s + 134 + 2],
    ['QE report mr_signer', s + 134 + 130],
    ['QE report report_data', s + 134 + 330],
    ['QE report signature', s + 134 + 384 + 10],
    ['QE auth data', s + 134 + 448 + 2 + 5],
    ['PCK leaf (PEM body)', s + 134 + 448 + 2 + 32 + 6 + 200],
  ];
  it.each(flips)('flipped byte in %s: never verifies', async (_name, off) => {
    const bytes = Buffer.from(vector(SPR));
    const rd = Buffer.from(parseTdxQuote(bytes).body.reportData);
    bytes[off]! ^= 0x01;
    const v = await verifyEvidence({ bytes }, 'f', opts({ reportData: rd, at: new Date('2023-07-01T00:00:00Z') }));
    expect(v.status).toBe('failed');
  });
});

function dcapAux(file: string): AuxFile[] {
  return [{ name: 'collateral-quote_collateral.json', bytes: vector(file) }];
}

describe.skipIf(!haveVectors)('real collateral (dcap-qvl JSON): TCB status', () => {
  it('tdx_quote + its collateral inside the window: UpToDate, no advisories (dcap-qvl asserts the same)', async () => {
    const bytes = vector('dcapqvl-tdx/tdx_quote');
    const rd = Buffer.from(parseTdxQuote(bytes).body.reportData);
    const v = await verifyEvidence({ bytes, aux: dcapAux('dcapqvl-tdx/tdx_quote_collateral.json') }, 'f', opts({ reportData: rd, at: new Date('2025-07-01T00:00:00Z') }));
    expect(v.status, v.detail).toBe('verified');
    expect(v.claims).toMatchObject({ tcb_status: 'UpToDate', advisory_ids: [], tcb_evaluation_data_number: 17, qe_tcb_status: 'UpToDate' });
    for (const id of ['crl', 'tcb_info', 'qe_identity', 'tcb_status']) expect(step(v, id), id).toBe(true);
  });

  it('tdx_quote_outdated + its collateral: OutOfDate, below every TCB level, with the advisories', async () => {
    const bytes = vector('dcapqvl-tdx/tdx_quote_outdated');
    const rd = Buffer.from(parseTdxQuote(bytes).body.reportData);
    const v = await verifyEvidence({ bytes, aux: dcapAux('dcapqvl-tdx/tdx_quote_outdated_collateral.json') }, 'f', opts({ reportData: rd, at: new Date('2026-03-01T00:00:00Z') }));
    expect(v.status, v.detail).toBe('verified');
    expect(v.claims['tcb_status']).toBe('OutOfDate');
    expect(v.claims['advisory_ids']).toContain('INTEL-SA-01111');
    expect(v.steps.find((x) => x.id === 'tcb_status')?.detail).toMatch(/below the lowest TCB level/);
  });

  it('after nextUpdate the collateral is stale: verifier unavailable, never verified', async () => {
    const bytes = vector('dcapqvl-tdx/tdx_quote');
    const rd = Buffer.from(parseTdxQuote(bytes).body.reportData);
    const v = await verifyEvidence({ bytes, aux: dcapAux('dcapqvl-tdx/tdx_quote_collateral.json') }, 'f', opts({ reportData: rd, at: new Date('2025-08-01T00:00:00Z') }));
    expect(v.status).toBe('unavailable');
    expect(v.claims['tcb_status']).toBeUndefined();
  });

  it("another platform's collateral: verifier unavailable (no TCB info for this FMSPC)", async () => {
    const bytes = vector('dcapqvl-tdx/tdx_quote');
    const rd = Buffer.from(parseTdxQuote(bytes).body.reportData);
    const v = await verifyEvidence({ bytes, aux: dcapAux('dcapqvl-tdx/tdx_quote_outdated_collateral.json') }, 'f', opts({ reportData: rd, at: new Date('2025-07-01T00:00:00Z') }));
    expect(v.status).toBe('unavailable');
    expect(v.detail).toMatch(/TCB info for FMSPC b0c06f000000/);
  });

  it('a changed byte in the signed TCB info: failed', async () => {
    const bytes = vector('dcapqvl-tdx/tdx_quote');
    const rd = Buffer.from(parseTdxQuote(bytes).body.reportData);
    const json = JSON.parse(vector('dcapqvl-tdx/tdx_quote_collateral.json').toString('utf8')) as Record<string, string>;
    json['tcb_info'] = json['tcb_info']!.replace('"tcbEvaluationDataNumber":17', '"tcbEvaluationDataNumber":18');
    const v = await verifyEvidence({ bytes, aux: [{ name: 'collateral-c.json', bytes: Buffer.from(JSON.stringify(json)) }] }, 'f', opts({ reportData: rd, at: new Date('2025-07-01T00:00:00Z') }));
    expect(v.status).toBe('failed');
    expect(v.steps.find((x) => x.id === 'tcb_info')).toMatchObject({ ok: false });
  });

  it('gotdx PCS files: bodies parse and their signatures verify with the TCB signing key; dates are checked', async () => {
    const bytes = vector('gotdx-spr-e4/tdx_prod_quote_SPR_E4.dat');
    const rd = Buffer.from(parseTdxQuote(bytes).body.reportData);
    const chain = (JSON.parse(vector('dcapqvl-tdx/tdx_quote_collateral.json').toString('utf8')) as Record<string, string>)['tcb_info_issuer_chain']!;
    const aux: AuxFile[] = ['sample_tcbInfo_response', 'sample_qeIdentity_response', 'pckcrl', 'rootcrl.der'].map((n) => ({ name: `collateral-${n}`, bytes: vector(`gotdx-collateral/${n}`) }));
    aux.push({ name: 'collateral-tcb_info_issuer_chain.pem', bytes: Buffer.from(chain) });
    // The 2023 collateral is stale at any clock where this (2025) TCB signing certificate is valid.
    const v = await verifyEvidence({ bytes, aux }, 'f', opts({ reportData: rd, at: new Date('2026-01-01T00:00:00Z') }));
    expect(v.status).toBe('unavailable');
    expect(step(v, 'pck_chain')).toBe(true);
  });
});

describe('synthetic TDX evidence from test keys (--trust-roots)', () => {
  let pki: TdxPki;
  beforeAll(async () => {
    pki = await makeTdxPki();
  });

  it('quote + collateral verify to the test root: UpToDate, trust roots custom', async () => {
    const { quote } = makeTdxQuote(pki, { reportData: RD });
    const v = await verifyEvidence({ bytes: quote, aux: await makeCollateral(pki) }, 'f', opts({ trustRoots: pki.roots, at: IN_WINDOW }));
    expect(v.status, JSON.stringify(v.steps)).toBe('verified');
    expect(v.trustRoots).toBe('custom');
    expect(v.claims).toMatchObject({ tcb_status: 'UpToDate', tdx_module_tcb_status: 'UpToDate', fmspc: pki.tcb.fmspc });
  });

  it('the same quote is not trusted by the shipped Intel root', async () => {
    const { quote } = makeTdxQuote(pki, { reportData: RD });
    const v = await verifyEvidence({ bytes: quote }, 'f', opts({ at: IN_WINDOW }));
    expect(v.status).toBe('failed');
    expect(step(v, 'pck_chain')).toBe(false);
  });

  it('an older TDX module SVN: OutOfDate with the module advisory', async () => {
    const { quote } = makeTdxQuote(pki, { reportData: RD, teeTcbSvn: Buffer.from('01010300000000000000000000000000', 'hex') });
    const v = await verifyEvidence({ bytes: quote, aux: await makeCollateral(pki) }, 'f', opts({ trustRoots: pki.roots, at: IN_WINDOW }));
    expect(v.claims).toMatchObject({ tcb_status: 'OutOfDate', tdx_module_tcb_status: 'OutOfDate', advisory_ids: ['INTEL-SA-01036'] });
  });

  it('an unknown TDX module version: failed (no module identity)', async () => {
    const { quote } = makeTdxQuote(pki, { reportData: RD, teeTcbSvn: Buffer.from('03070300000000000000000000000000', 'hex') });
    const v = await verifyEvidence({ bytes: quote, aux: await makeCollateral(pki) }, 'f', opts({ trustRoots: pki.roots, at: IN_WINDOW }));
    expect(v.status).toBe('failed');
    expect(v.detail).toMatch(/TDX_MODULE_MISMATCH.*TDX_07/);
  });

  it('TDX components below the first level pick the second: OutOfDate with its advisories', async () => {
    const { quote } = makeTdxQuote(pki, { reportData: RD, teeTcbSvn: Buffer.from('03010200000000000000000000000000', 'hex') });
    const v = await verifyEvidence({ bytes: quote, aux: await makeCollateral(pki) }, 'f', opts({ trustRoots: pki.roots, at: IN_WINDOW }));
    expect(v.claims).toMatchObject({ tcb_status: 'OutOfDate', tcb_level_status: 'OutOfDate', advisory_ids: ['INTEL-SA-00837'] });
  });

  it.each([
    ['SWHardeningNeeded', 'UpToDate', 'SWHardeningNeeded'],
    ['ConfigurationNeeded', 'OutOfDate', 'OutOfDateConfigurationNeeded'],
    ['UpToDate', 'Revoked', 'Revoked'],
  ])('platform %s with QE %s: combined %s', async (platform, qe, combined) => {
    const { quote } = makeTdxQuote(pki, { reportData: RD });
    const col = await makeCollateral(pki, {
      levels: [tcbLevel(platform, pki.tcb.components, pki.tcb.pceSvn, [0, 0, 3], ['INTEL-SA-1'])],
      qeLevels: [{ tcb: { isvsvn: 2 }, tcbDate: '2024-01-01T00:00:00Z', tcbStatus: qe, advisoryIDs: ['INTEL-SA-2'] }],
    });
    const v = await verifyEvidence({ bytes: quote, aux: col }, 'f', opts({ trustRoots: pki.roots, at: IN_WINDOW }));
    expect(v.claims['tcb_status']).toBe(combined);
    expect(v.claims['advisory_ids']).toEqual(['INTEL-SA-1', 'INTEL-SA-2']);
  });

  it('a PCK leaf on the PCK CA CRL: failed, revoked', async () => {
    const { quote } = makeTdxQuote(pki, { reportData: RD });
    const v = await verifyEvidence({ bytes: quote, aux: await makeCollateral(pki, {}, [pki.pck.x509.serialNumber]) }, 'f', opts({ trustRoots: pki.roots, at: IN_WINDOW }));
    expect(v.status).toBe('failed');
    expect(v.steps.find((x) => x.id === 'pck_chain')?.detail).toMatch(/revoked/);
  });

  it('a CRL missing: verifier unavailable', async () => {
    const { quote } = makeTdxQuote(pki, { reportData: RD });
    const col = (await makeCollateral(pki)).filter((f) => !f.name.includes('root_ca_crl'));
    const v = await verifyEvidence({ bytes: quote, aux: col }, 'f', opts({ trustRoots: pki.roots, at: IN_WINDOW }));
    expect(v.status).toBe('unavailable');
  });

  it('QE report data not binding the attestation key: failed', async () => {
    const { quote } = makeTdxQuote(pki, { reportData: RD, qeReportData: Buffer.alloc(64, 1) });
    const v = await verifyEvidence({ bytes: quote }, 'f', opts({ trustRoots: pki.roots, at: IN_WINDOW }));
    expect(v.status).toBe('failed');
    expect(step(v, 'qe_report_data')).toBe(false);
  });

  it("a QE that is not Intel's (MRSIGNER): failed", async () => {
    const { quote } = makeTdxQuote(pki, { reportData: RD, qeMrSigner: Buffer.alloc(32, 9) });
    const v = await verifyEvidence({ bytes: quote, aux: await makeCollateral(pki) }, 'f', opts({ trustRoots: pki.roots, at: IN_WINDOW }));
    expect(v.status).toBe('failed');
    expect(v.detail).toMatch(/QE_IDENTITY_MISMATCH/);
  });

  it('every flipped byte of a synthetic quote (signed regions and chain) fails', async () => {
    const { quote, layout } = makeTdxQuote(pki, { reportData: RD, version: 5 });
    expect((await verifyEvidence({ bytes: quote }, 'f', opts({ trustRoots: pki.roots, at: IN_WINDOW }))).status).toBe('verified');
    const offsets: number[] = [];
    for (let o = 0; o < layout.pckPem; o += 7) offsets.push(o);
    for (const o of offsets) {
      if (o >= layout.qeAuthData - 2 && o < layout.qeAuthData) continue; // the auth-data length itself: reframes the data (parse fails or data changes)
      const t = Buffer.from(quote);
      t[o]! ^= 0x04;
      const v = await verifyEvidence({ bytes: t }, 'f', opts({ trustRoots: pki.roots, at: IN_WINDOW }));
      // A flip in the version or TEE type makes the bytes another format (unsupported); anything else fails.
      expect(v.status, `offset ${o}`).toEqual(o < 8 ? expect.stringMatching(/failed|unsupported/) : 'failed');
    }
  });
});

describe('collateral from Intel PCS with --network (a local stand-in on 127.0.0.1)', () => {
  let pki: TdxPki;
  let pcs: PcsStandIn;
  beforeAll(async () => {
    pki = await makeTdxPki();
    pcs = await startPcsStandIn(pki, await makeCollateral(pki));
  });
  afterAll(() => pcs.close());
  const net = (): Partial<VerifyOptions> => ({ network: true, pcs: { baseUrl: pcs.base, rootCrlUrl: `${pcs.base}/root.crl` } });

  it('fetches, verifies, and hands back what it used for the receipt', async () => {
    pcs.mode = 'ok';
    const { quote } = makeTdxQuote(pki, { reportData: RD });
    const v = await verifyEvidence({ bytes: quote }, 'f', opts({ trustRoots: pki.roots, at: IN_WINDOW, ...net() }));
    expect(v.status, v.detail).toBe('verified');
    expect(v.claims['tcb_status']).toBe('UpToDate');
    expect(pcs.hits.some((h) => h.includes(`fmspc=${pki.tcb.fmspc}`))).toBe(true);
    // Replayed offline from what it fetched: the same verdict, no network.
    const offline = await verifyEvidence({ bytes: quote, aux: v.material! }, 'f', opts({ trustRoots: pki.roots, at: IN_WINDOW }));
    expect(offline.status).toBe('verified');
    expect(offline.claims['tcb_status']).toBe('UpToDate');
  });

  it('PCS answering 503: verifier unavailable, never verified, never a throw', async () => {
    pcs.mode = 'error';
    const { quote } = makeTdxQuote(pki, { reportData: RD });
    const v = await verifyEvidence({ bytes: quote }, 'f', opts({ trustRoots: pki.roots, at: IN_WINDOW, ...net() }));
    expect(v.status).toBe('unavailable');
    expect(v.detail).toMatch(/^verifier unavailable: Intel PCS answered 503/);
  });

  it('PCS unreachable (nothing listens): verifier unavailable', async () => {
    const { quote } = makeTdxQuote(pki, { reportData: RD });
    const v = await verifyEvidence({ bytes: quote }, 'f', opts({ trustRoots: pki.roots, at: IN_WINDOW, network: true, pcs: { baseUrl: 'http://127.0.0.1:9', rootCrlUrl: 'http://127.0.0.1:9/r' } }));
    expect(v.status).toBe('unavailable');
    expect(v.detail).toMatch(/Intel PCS unreachable/);
  });

  it('PCS has no TCB info for this FMSPC (404): verifier unavailable', async () => {
    pcs.mode = 'ok';
    const other = await makeTdxPki({ ...pki.tcb, fmspc: '00bb6f000000' });
    const { quote } = makeTdxQuote(other, { reportData: RD });
    const v = await verifyEvidence({ bytes: quote }, 'f', opts({ trustRoots: other.roots, at: IN_WINDOW, ...net() }));
    expect(v.status).toBe('unavailable');
  });
});

describe.skipIf(!haveVectors)('event logs: CCEL and runtime (RTMR3) logs replay to RTMR0-3', () => {
  const AT = new Date('2026-05-01T00:00:00Z');
  const ccel = (): AuxFile[] => [
    { name: 'ccel-table.bin', bytes: vector('gotdx-cos113/ccel_table.dat') },
    { name: 'ccel-data.bin', bytes: vector('gotdx-cos113/ccel_data.dat') },
  ];
  const noBinding = (over: Partial<VerifyOptions> = {}) => opts({ reportData: null, at: AT, ...over });

  it('cos-113: the CCEL replays to RTMR0-2 of its quote', async () => {
    const v = await verifyEvidence({ bytes: vector('gotdx-cos113/cos-113-tdx-quote.dat'), aux: ccel() }, 'f', noBinding());
    expect(v.status).toBe('verified');
    expect(v.claims).toMatchObject({ event_log_replay: 'match', event_log_rtmrs: ['rtmr0', 'rtmr1', 'rtmr2'] });
    expect((v.claims['event_log_events'] as unknown[]).length).toBe(43);
  });

  it('cos-113: a changed digest byte in the CCEL does not replay', async () => {
    const [table, data] = ccel();
    const d = Buffer.from(data!.bytes);
    const spec = 32 + d.readUInt32LE(28); // after the Spec ID event
    d[spec + 4 + 4 + 4 + 2 + 7]! ^= 1; // a byte of the first event's first digest
    const v = await verifyEvidence({ bytes: vector('gotdx-cos113/cos-113-tdx-quote.dat'), aux: [table!, { name: 'ccel-data.bin', bytes: d }] }, 'f', noBinding());
    expect(v.claims['event_log_replay']).toBe('mismatch');
    expect(v.status).toBe('verified'); // the quote itself still verifies; the replay claim says no
  });

  it("the cos-113 CCEL against another quote's registers: mismatch", async () => {
    const v = await verifyEvidence({ bytes: vector('gotdx-v5/quote_v5_sample.dat'), aux: ccel() }, 'f', noBinding());
    expect(v.claims['event_log_replay']).toBe('mismatch');
    expect(v.steps.find((s) => s.id === 'event_log')?.detail).toMatch(/RTMR0 replays to/);
  });

  it('the raw dstack CCEL sample parses as a TCG2 crypto-agile log', () => {
    const log = parseTcg2Log(vector('dstack-rtmr3/ccel.bin'));
    expect(log.algorithms.some((a) => a.id === 0x0c && a.size === 48)).toBe(true);
    expect(log.events.length).toBeGreaterThan(10);
    expect(log.events.every((e) => e.rtmr >= 0 && e.rtmr <= 3 && e.digest.length === 96)).toBe(true);
  });

  const DSTACK = ['dstack-rtmr3/quote-report.json', 'dstack-rtmr3/tdx-lite-getquote.json'];

  it.each(DSTACK)('%s: the quote and its event log replay to RTMR0-3', async (f) => {
    const v = await verifyEvidence({ bytes: vector(f) }, 'f', noBinding());
    expect(v.status, v.detail).toBe('verified');
    expect(v.claims).toMatchObject({ event_log_replay: 'match', event_log_rtmrs: ['rtmr0', 'rtmr1', 'rtmr2', 'rtmr3'] });
    const names = (v.claims['event_log_events'] as { rtmr: number; name: string }[]).filter((e) => e.rtmr === 3).map((e) => e.name);
    expect(names.slice(0, 3)).toEqual(['system-preparing', 'app-id', 'compose-hash']);
  });

  type Ev = { imr: number; event_type: number; digest: string; event: string; event_payload: string };
  const edit = (f: string, change: (events: Ev[]) => Ev[]) => {
    const doc = JSON.parse(vector(f).toString('utf8')) as { event_log: string };
    doc.event_log = JSON.stringify(change(JSON.parse(doc.event_log) as Ev[]));
    return Buffer.from(JSON.stringify(doc));
  };

  it.each(DSTACK)('%s: a changed payload byte of a runtime event does not replay', async (f) => {
    const bytes = edit(f, (evs) => {
      const e = evs.find((x) => x.event === 'compose-hash')!;
      e.event_payload = (e.event_payload[0] === '0' ? '1' : '0') + e.event_payload.slice(1);
      e.digest = ''; // even with the recorded digest dropped, the recomputed one no longer replays
      return evs;
    });
    const v = await verifyEvidence({ bytes }, 'f', noBinding());
    expect(v.claims['event_log_replay']).toBe('mismatch');
    expect(v.steps.find((s) => s.id === 'event_log')?.detail).toMatch(/RTMR3 replays to/);
  });

  it.each(DSTACK)('%s: a dropped runtime event does not replay', async (f) => {
    const bytes = edit(f, (evs) => evs.filter((x) => x.event !== 'instance-id'));
    expect((await verifyEvidence({ bytes }, 'f', noBinding())).claims['event_log_replay']).toBe('mismatch');
  });

  it.each(DSTACK)('%s: two runtime events swapped do not replay', async (f) => {
    const bytes = edit(f, (evs) => {
      const i = evs.findIndex((x) => x.event === 'app-id');
      [evs[i], evs[i + 1]] = [evs[i + 1]!, evs[i]!];
      return evs;
    });
    expect((await verifyEvidence({ bytes }, 'f', noBinding())).claims['event_log_replay']).toBe('mismatch');
  });

  it('quote-report.json: a dropped boot event (RTMR1) does not replay', async () => {
    const bytes = edit('dstack-rtmr3/quote-report.json', (evs) => {
      const i = evs.findIndex((x) => x.imr === 1);
      return evs.filter((_x, j) => j !== i);
    });
    expect((await verifyEvidence({ bytes }, 'f', noBinding())).claims['event_log_replay']).toBe('mismatch');
  });

  it('a recorded runtime digest that is not the hash of its payload: mismatch', async () => {
    const bytes = edit('dstack-rtmr3/quote-report.json', (evs) => {
      const e = evs.find((x) => x.event === 'app-id')!;
      e.digest = 'ab'.repeat(48);
      return evs;
    });
    const v = await verifyEvidence({ bytes }, 'f', noBinding());
    expect(v.claims['event_log_replay']).toBe('mismatch');
    expect(v.steps.find((s) => s.id === 'event_log')?.detail).toMatch(/app-id\) records digest/);
  });
});
