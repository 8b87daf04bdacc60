import { describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import {
  TDX_CLAIM_KEYS,
  defaultVerifiers,
  loadTrustRoots,
  makeSimulatedQuote,
  parseTdxQuote,
  verifyEvidence,
  type VerifyOptions,
} from '../src/evidence/index.js';
import { haveVectors, vector } from './helpers/vectors.js';

const REPORT_DATA = Buffer.alloc(64, 0x5c);
const GPU_NONCE = Buffer.alloc(32, 0x3a);
const opts = (over: Partial<VerifyOptions> = {}): VerifyOptions => ({
  reportData: REPORT_DATA,
  gpuNonce: GPU_NONCE,
  trustRoots: loadTrustRoots(),
  network: false,
  ...over,
});

describe('simulated evidence: make, parse, verify', () => {
  const quote = makeSimulatedQuote(REPORT_DATA);

  it('round trip verifies with kind simulated and TDX claim keys', async () => {
    const v = await verifyEvidence({ bytes: quote }, 'evidence/0-simulated-tdx-quote.bin', opts());
    expect(v.status).toBe('verified');
    expect(v.kind).toBe('simulated');
    expect(v.format).toBe('simulated-tdx-quote');
    expect(v.trustRoots).toBe('none');
    expect(v.bindingMatches).toBe(true);
    expect(v.file).toBe('evidence/0-simulated-tdx-quote.bin');
    expect(v.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(v.steps.map((s) => [s.id, s.ok])).toEqual([
      ['parse', true],
      ['signature', true],
      ['binding', true],
    ]);
    expect(Object.keys(v.claims).sort()).toEqual([...TDX_CLAIM_KEYS].sort());
    expect(v.claims['simulated']).toBe(true);
    expect(v.claims['debug']).toBe(false);
    expect(v.claims['sept_ve_disable']).toBe(true);
    expect(v.claims['report_data']).toBe(REPORT_DATA.toString('hex'));
    expect(v.claims['qe_vendor_id']).toBe(Buffer.from('SIMULATED-QUOTE!').toString('hex'));
  });

  it('also verifies as hex or base64 text and with configfs-style zero padding', async () => {
    for (const bytes of [Buffer.from(quote.toString('hex')), Buffer.from(quote.toString('base64')), Buffer.concat([quote, Buffer.alloc(4096)])]) {
      expect((await verifyEvidence({ bytes }, 'f', opts())).status).toBe('verified');
    }
  });

  it('a hint never turns simulated evidence into a real kind', async () => {
    const v = await verifyEvidence({ bytes: quote, formatHint: 'tdx-quote' }, 'f', opts());
    expect(v.kind).toBe('simulated');
    expect(v.format).toBe('simulated-tdx-quote');
  });

  it('signs with a given key too', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect((await verifyEvidence({ bytes: makeSimulatedQuote(REPORT_DATA, privateKey) }, 'f', opts())).status).toBe('verified');
  });

  const flips: [string, number][] = [
    ['header user_data', 30],
    ['body mr_td', 48 + 136],
    ['body rtmr3', 48 + 472],
    ['body report_data', 48 + 520 + 5],
    ['signature r', 636 + 3],
    ['signature s', 636 + 40],
    ['attestation key', 700 + 10],
  ];
  it.each(flips)('tampered %s: signature fails, status failed', async (_name, offset) => {
    const t = Buffer.from(quote);
    t[offset]! ^= 0x01;
    const v = await verifyEvidence({ bytes: t }, 'f', opts());
    expect(v.status).toBe('failed');
    expect(v.steps.find((s) => s.id === 'signature')?.ok).toBe(false);
  });

  it('wrong reportData: binding fails, status failed, signature still fine', async () => {
    const other = Buffer.alloc(64, 0x11);
    const v = await verifyEvidence({ bytes: quote }, 'f', opts({ reportData: other }));
    expect(v.status).toBe('failed');
    expect(v.bindingMatches).toBe(false);
    expect(v.steps.find((s) => s.id === 'signature')?.ok).toBe(true);
    expect(v.steps.find((s) => s.id === 'binding')?.ok).toBe(false);
  });

  it('non-zero bytes after a simulated quote: parse fails', async () => {
    const v = await verifyEvidence({ bytes: Buffer.concat([quote, Buffer.from([1])]) }, 'f', opts());
    expect(v.status).toBe('failed');
    expect(v.steps[0]).toMatchObject({ id: 'parse', ok: false });
  });

  const lengths = [8, 12, 30, 47, 48, 100, 631, 632, 635, 636, 700, 763, 764, 769, 770, quote.length - 1];
  it.each(lengths)('truncated to %i bytes: status failed with a parse step, never a throw', async (n) => {
    const v = await verifyEvidence({ bytes: quote.subarray(0, n) }, 'f', opts());
    expect(v.status).toBe('failed');
    expect(v.steps).toHaveLength(1);
    expect(v.steps[0]!.id).toBe('parse');
    expect(v.steps[0]!.detail).toMatch(/^parse failed: /);
    expect(v.bindingMatches).toBeNull();
  });

  it.each([0, 1, 4, 7])('truncated to %i bytes with the tsm hint: failed', async (n) => {
    const v = await verifyEvidence({ bytes: quote.subarray(0, n), formatHint: 'tdx-quote' }, 'f', opts());
    expect(v.status).toBe('failed');
    expect(v.kind).toBe('tdx');
  });

  it('random bytes are unsupported with kind null', async () => {
    const v = await verifyEvidence({ bytes: Buffer.from('not evidence at all') }, 'f', opts());
    expect(v).toMatchObject({ status: 'unsupported', kind: null, format: 'unknown', bindingMatches: null });
  });

  it('misuse throws TypeError', async () => {
    await expect(verifyEvidence({ bytes: quote }, 'f', opts({ reportData: Buffer.alloc(32) }))).rejects.toBeInstanceOf(TypeError);
    await expect(verifyEvidence({ bytes: quote }, 'f', opts({ gpuNonce: Buffer.alloc(64) }))).rejects.toBeInstanceOf(TypeError);
  });

  it('a verifier that throws yields failed, not a throw (registry is pluggable)', async () => {
    const v = await verifyEvidence({ bytes: quote }, 'f', opts(), {
      ...defaultVerifiers,
      'simulated-tdx-quote': () => {
        throw new Error('boom');
      },
    });
    expect(v.status).toBe('failed');
  });
});

describe.skipIf(!haveVectors)('real evidence: a foreign binding fails whatever the signatures say', () => {
  it.each([
    'gotdx-spr-e4/tdx_prod_quote_SPR_E4.dat',
    'gotdx-v5/quote_v5_sample.dat',
    'trustee-tdx/tdx_quote_4.dat',
    'trustee-tdx/tdx_quote_5.dat',
    'trustee-az-tdx/td-quote.bin',
  ])('%s with this job\'s report_data: failed (foreign binding)', async (f) => {
    const v = await verifyEvidence({ bytes: vector(f) }, 'f', opts());
    expect(v).toMatchObject({ kind: 'tdx', format: 'tdx-quote', status: 'failed', bindingMatches: false, trustRoots: 'shipped' });
    expect(v.detail).toMatch(/^foreign binding/);
    expect(v.steps.find((s) => s.id === 'quote_signature')?.ok).toBe(true);
    expect(v.claims['simulated']).toBe(false);
  });

  it('cos-113 with report_data = nonce.dat: binding matches, verified without collateral', async () => {
    const v = await verifyEvidence({ bytes: vector('gotdx-cos113/cos-113-tdx-quote.dat') }, 'f', opts({ reportData: vector('gotdx-cos113/nonce.dat'), at: new Date('2025-01-01T00:00:00Z') }));
    expect(v).toMatchObject({ kind: 'tdx', status: 'verified', bindingMatches: true, trustRoots: 'shipped' });
    expect(v.steps.find((s) => s.id === 'collateral')).toMatchObject({ ok: null });
    for (const k of TDX_CLAIM_KEYS) expect(v.claims).toHaveProperty(k);
    expect(v.claims['tcb_status']).toBeUndefined();
    expect(v.claims['padding_bytes']).toBe(3065);
  });

  it('SPR_E4 with its own REPORTDATA: verified, unsigned tail mentioned', async () => {
    const bytes = vector('gotdx-spr-e4/tdx_prod_quote_SPR_E4.dat');
    const rd = parseTdxQuote(bytes).body.reportData;
    const v = await verifyEvidence({ bytes }, 'f', opts({ reportData: Buffer.from(rd), at: new Date('2023-07-01T00:00:00Z') }));
    expect(v.status).toBe('verified');
    expect(v.steps[0]!.detail).toMatch(/39 unsigned non-zero bytes/);
    expect(v.claims['mr_td']).toBe('6363b8043668a3ad953278e10389574d326c6749fb78aa810ecd9336923db86f22fc00b8dcd404bc10d5e119d7215cbb');
    expect(v.claims['debug']).toBe(false);
  });

  it('trustee tdx_quote_4 claims say debug', async () => {
    const v = await verifyEvidence({ bytes: vector('trustee-tdx/tdx_quote_4.dat') }, 'f', opts());
    expect(v.claims['debug']).toBe(true);
    expect(v.claims['sept_ve_disable']).toBe(true);
  });

  it('v5 TDX 1.5 claims carry tee_tcb_svn2 and mr_service_td', async () => {
    const v = await verifyEvidence({ bytes: vector('trustee-tdx/tdx_quote_5.dat') }, 'f', opts());
    expect(v.claims['body_type']).toBe(3);
    expect(v.claims['mr_service_td']).toBe('383c87d3bbb047b2d171eaca95312ede99f258088dc788f6ae2ccf8b6dd848fe8d47629e08b3f6cbd4a00dd47a5a033d');
  });

  it.each([
    // No device chain came with the bare capture: verifier unavailable, never verified.
    ['nvtrust-hopper/hopperAttestationReport.txt', 'nvidia-gpu', 'unavailable', Buffer.from('931d8dd0add203ac3d8b4fbde75e115278eefcdceac5b87671a748f32364dfcb', 'hex')],
    ['nvtrust-ppcie-8gpu/gpu_evidence.json', 'nvidia-gpu', 'verified', Buffer.from('4760e30534a0621357d458b1a7936551b5dc4cd1e69718adf7ed9fb0252a537e', 'hex')],
    // The real NRAS key is not published: structure and nonce check, the signature cannot.
    ['nvattest-sdk/hopperClaimsv3_detached_eat.json', 'nvidia-gpu', 'unavailable', Buffer.from('931d8dd0add203ac3d8b4fbde75e115278eefcdceac5b87671a748f32364dfcb', 'hex')],
  ] as const)('%s: %s/%s with its own binding, failed with a foreign one', async (f, kind, status, nonce) => {
    const own = await verifyEvidence({ bytes: vector(f) }, 'f', opts({ gpuNonce: nonce }));
    expect(own).toMatchObject({ kind, status, bindingMatches: true });
    const foreign = await verifyEvidence({ bytes: vector(f) }, 'f', opts());
    expect(foreign).toMatchObject({ kind, status: 'failed', bindingMatches: false });
  });

  it('hcl-report.bin (Azure paravisor wrapper) is not recognised: unsupported, kind null', async () => {
    const v = await verifyEvidence({ bytes: vector('trustee-az-tdx/hcl-report.bin') }, 'f', opts());
    expect(v).toMatchObject({ kind: null, status: 'unsupported', format: 'unknown' });
  });
});
