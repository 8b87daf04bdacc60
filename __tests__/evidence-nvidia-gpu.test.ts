import { describe, expect, it } from 'vitest';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeEvidenceText } from '../src/evidence/formats/sniff.js';
import { parseNvidiaSpdmEvidence } from '../src/evidence/formats/nvidia-spdm.js';
import { loadTrustRoots, trustRootsDigest } from '../src/evidence/roots.js';
import { verifyEvidence } from '../src/evidence/verify/verify-evidence.js';
import { readDeviceCert } from '../src/evidence/verify/nvidia-device-cert.js';
import type { AuxFile, TrustRoots, VerifyOptions } from '../src/evidence/types.js';
import { checkerOutput, haveVectors, vector } from './helpers/vectors.js';
import { evidenceListEntry, makeGpuPki, makeSpdmEvidence, writeGpuTrustRoots } from './helpers/gpu-synth.js';

const opts = (over: Partial<VerifyOptions> = {}): VerifyOptions => ({
  reportData: null,
  gpuNonce: null,
  trustRoots: loadTrustRoots(),
  network: false,
  ...over,
});
const aux = (rel: string): AuxFile[] => [{ name: rel.split('/').pop()!, bytes: vector(rel) }];
const steps = (v: { steps: { id: string; ok: boolean | null }[] }) => Object.fromEntries(v.steps.map((s) => [s.id, s.ok]));

/** Single captures: [report, chain, README, checker section]. */
const CAPTURES = [
  ['nvtrust-hopper/hopperAttestationReport.txt', 'nvtrust-hopper/hopperCertChain.txt', 'nvtrust-hopper/README.txt', '', 'HOPPER', '550.90.07'],
  ['trustee-nvidia/hopper_coco_report1.txt', 'trustee-nvidia/hopper_coco_certs1.txt', 'trustee-nvidia/README.txt', '', 'HOPPER', '580.95.05'],
  ['nvattest-sdk/blackwellAttestationReport.txt', 'nvattest-sdk/blackwellCertChain.txt', 'nvattest-sdk/README.txt', 'blackwell', 'BLACKWELL', '575.32'],
  ['nvattest-sdk/hopperAttestationReport.txt', 'nvattest-sdk/hopperCertChain.txt', 'nvattest-sdk/README.txt', 'hopper', 'HOPPER', '535.86.09'],
] as const;

describe.skipIf(!haveVectors)('real GPU captures verify as their READMEs say', () => {
  it.each(CAPTURES)('%s', async (report, chain, readme, section, arch, driver) => {
    const expected = checkerOutput(readme).get(section)!;
    const nonce = Buffer.from(expected.get('request_nonce')!, 'hex');
    const v = await verifyEvidence({ bytes: vector(report), aux: aux(chain) }, 'f', opts({ gpuNonce: nonce }));
    expect(v).toMatchObject({ kind: 'nvidia-gpu', format: 'nvidia-spdm', status: 'verified', bindingMatches: true, trustRoots: 'shipped' });
    expect(steps(v)).toMatchObject({ parse: true, binding: true, 'gpu.signature': true, 'gpu.chain': true, 'gpu.device': true });
    const gpu = (v.claims['gpus'] as Record<string, unknown>[])[0]!;
    expect(v.claims['count']).toBe(1);
    expect(gpu).toMatchObject({ arch, driver_version: driver, measurement_count: Number(expected.get('num_blocks')), request_nonce: expected.get('request_nonce') });
    // The chain the README's checker walked, leaf first, ends at the pinned root.
    const chainLine = v.steps.find((s) => s.id === 'gpu.chain')!.detail;
    expect(chainLine).toMatch(/FMC LF -> .* BROM -> .* Provisioner ICA .* -> NVIDIA G[HB]100 Identity -> NVIDIA Device Identity CA/);
    // FWID from the leaf equals the signed opaque FWID where the capture carries one.
    const parsed = parseNvidiaSpdmEvidence(decodeEvidenceText(vector(report)));
    const opaqueFwid = parsed.opaque.find((o) => o.type === 20);
    if (opaqueFwid) expect(gpu['fwid']).toBe(opaqueFwid.value.toString('hex'));
    expect(parsed.trailing.length).toBe(Number(expected.get('trailing_after_signature') ?? 0));
  });

  it('trustee-nvidia: the one trailing byte is reported as unsigned and does not break the signature', async () => {
    const nonce = Buffer.from('87d8e24ab336adafe228d49e83d745f6dba4ae505372b6a5704820856b343fec', 'hex');
    const v = await verifyEvidence({ bytes: vector('trustee-nvidia/hopper_coco_report1.txt'), aux: aux('trustee-nvidia/hopper_coco_certs1.txt') }, 'f', opts({ gpuNonce: nonce }));
    expect(v.status).toBe('verified');
    expect(v.steps.find((s) => s.id === 'gpu.signature')!.detail).toMatch(/1 unsigned byte\(s\) after the signature/);
  });

  it('trustee expected claims for the nvtrust sample: fwid, vbios, driver', async () => {
    const want = JSON.parse(vector('trustee-nvidia/hopperAttestationReport-claims.txt').toString('utf8')) as { config: Record<string, string> };
    const v = await verifyEvidence({ bytes: vector('nvtrust-hopper/hopperAttestationReport.txt'), aux: aux('nvtrust-hopper/hopperCertChain.txt') }, 'f', opts());
    const gpu = (v.claims['gpus'] as Record<string, unknown>[])[0]!;
    expect(gpu['fwid']).toBe(want.config['fwid']);
    expect(gpu['driver_version']).toBe(want.config['driver_version']);
    expect(String(gpu['vbios_version']).toLowerCase()).toBe(want.config['vbios_version']);
  });

  it.each(CAPTURES)('%s: a wrong nonce denies (failed, binding false)', async (report, chain) => {
    const v = await verifyEvidence({ bytes: vector(report), aux: aux(chain) }, 'f', opts({ gpuNonce: Buffer.alloc(32, 0xab) }));
    expect(v).toMatchObject({ status: 'failed', bindingMatches: false });
    expect(v.detail).toMatch(/foreign binding/);
  });

  it.each(CAPTURES)('%s: a flipped byte anywhere in the signed span fails', async (report, chain) => {
    const raw = Buffer.from(decodeEvidenceText(vector(report)));
    const signedLength = parseNvidiaSpdmEvidence(raw).signedBytes.length;
    const positions = [0, 4, 20, 37, 45, 1000, 2000, 3500, signedLength - 40, signedLength - 1, signedLength, signedLength + 95];
    for (let p = 7; p < signedLength; p += 331) positions.push(p);
    for (const p of positions) {
      const bad = Buffer.from(raw);
      bad[p] = bad[p]! ^ 0x01;
      const nonce = parseNvidiaSpdmEvidence(raw).requestNonce;
      const v = await verifyEvidence({ bytes: bad, aux: aux(chain) }, 'f', opts({ gpuNonce: nonce }));
      const s = steps(v);
      // The bytes are no longer recognised as SPDM (unsupported, kind null), no longer parse, or the
      // signature fails; never verified.
      if (v.format === 'unknown') expect(v.status, `byte ${p}`).toBe('unsupported');
      else {
        expect(v.status, `byte ${p}`).toBe('failed');
        expect(s['parse'] === false || s['gpu.signature'] === false, `byte ${p}`).toBe(true);
      }
    }
  });

  it('another GPU\'s chain does not verify the report', async () => {
    const v = await verifyEvidence({ bytes: vector('nvtrust-hopper/hopperAttestationReport.txt'), aux: aux('trustee-nvidia/hopper_coco_certs1.txt') }, 'f', opts());
    expect(v.status).toBe('failed');
    expect(steps(v)['gpu.signature']).toBe(false);
  });

  it('without a certificate chain the verifier is unavailable, never verified', async () => {
    const v = await verifyEvidence({ bytes: vector('nvtrust-hopper/hopperAttestationReport.txt') }, 'f', opts());
    expect(v).toMatchObject({ status: 'unavailable', trustRoots: 'none' });
    expect(v.detail).toMatch(/no GPU device certificate chain/);
  });

  it('before the leaf is valid (injected clock) the chain fails with its code', async () => {
    const v = await verifyEvidence(
      { bytes: vector('nvattest-sdk/blackwellAttestationReport.txt'), aux: aux('nvattest-sdk/blackwellCertChain.txt') },
      'f',
      opts({ at: new Date('2023-01-01T00:00:00Z') }),
    );
    expect(v.status).toBe('failed');
    expect(v.steps.find((s) => s.id === 'gpu.chain')!.detail).toMatch(/^CHAIN_NOT_YET_VALID/);
  });

  it('the RIM root or the NRAS intermediate never anchors a device chain', async () => {
    const shipped = loadTrustRoots();
    const certs = shipped.certs.filter((c) => c.name !== 'nvidia/verifier_device_root.pem');
    const roots: TrustRoots = { kind: 'shipped', digest: trustRootsDigest(certs), certs };
    const v = await verifyEvidence({ bytes: vector('nvtrust-hopper/hopperAttestationReport.txt'), aux: aux('nvtrust-hopper/hopperCertChain.txt') }, 'f', opts({ trustRoots: roots }));
    expect(v.status).toBe('failed');
    expect(v.steps.find((s) => s.id === 'gpu.chain')!.detail).toMatch(/^CHAIN_NO_ANCHOR/);
  });

  it('device certificate facts: model, architecture, device id, FWID', () => {
    const leaf = new X509Certificate(vector('nvattest-sdk/blackwellCertChain.txt'));
    expect(readDeviceCert(leaf.raw)).toMatchObject({ model: 'GB100', arch: 'BLACKWELL', deviceId: 'NVIDIA:GB100:48B02DD4C0CB1539', problems: [] });
  });
});

describe.skipIf(!haveVectors)('multi-GPU evidence lists', () => {
  const NONCE_8 = Buffer.from('4760e30534a0621357d458b1a7936551b5dc4cd1e69718adf7ed9fb0252a537e', 'hex');

  it('nvtrust-ppcie-8gpu: all 8 GPUs verify on their own; the count is 8', async () => {
    const v = await verifyEvidence({ bytes: vector('nvtrust-ppcie-8gpu/gpu_evidence.json') }, 'f', opts({ gpuNonce: NONCE_8 }));
    expect(v).toMatchObject({ format: 'nvidia-evidence-list', status: 'verified', bindingMatches: true, trustRoots: 'shipped' });
    expect(v.claims['count']).toBe(8);
    const gpus = v.claims['gpus'] as Record<string, unknown>[];
    expect(gpus.map((g) => [g['arch'], g['driver_version'], g['vbios_version']])).toEqual(Array(8).fill(['HOPPER', '590.12', '96.00.A5.00.01']));
    for (let i = 0; i < 8; i++) expect(steps(v)).toMatchObject({ [`gpu${i}.signature`]: true, [`gpu${i}.chain`]: true });
    expect(new Set(gpus.map((g) => g['device_id'])).size).toBe(8);
  });

  it('one tampered GPU fails the whole set, and the GPU is named', async () => {
    const list = JSON.parse(vector('nvtrust-ppcie-8gpu/gpu_evidence.json').toString('utf8')) as { evidence: string }[];
    const ev = Buffer.from(list[5]!.evidence, 'base64');
    ev[300] = ev[300]! ^ 0x80;
    list[5]!.evidence = ev.toString('base64');
    const v = await verifyEvidence({ bytes: Buffer.from(JSON.stringify(list)) }, 'f', opts({ gpuNonce: NONCE_8 }));
    expect(v.status).toBe('failed');
    expect(steps(v)['gpu5.signature']).toBe(false);
    expect(steps(v)['gpu4.signature']).toBe(true);
    expect(v.detail).toMatch(/^1 of 8 GPUs failed: GPU 5/);
  });

  it('a GPU carrying another GPU\'s chain fails the set', async () => {
    const list = JSON.parse(vector('nvtrust-ppcie-8gpu/gpu_evidence.json').toString('utf8')) as { certificate: string }[];
    list[2]!.certificate = list[3]!.certificate;
    const v = await verifyEvidence({ bytes: Buffer.from(JSON.stringify(list)) }, 'f', opts({ gpuNonce: NONCE_8 }));
    expect(v.status).toBe('failed');
    expect(steps(v)['gpu2.signature']).toBe(false);
  });

  it('a wrong nonce denies the set', async () => {
    const v = await verifyEvidence({ bytes: vector('nvtrust-ppcie-8gpu/gpu_evidence.json') }, 'f', opts({ gpuNonce: Buffer.alloc(32, 1) }));
    expect(v).toMatchObject({ status: 'failed', bindingMatches: false });
  });

  it.each(['nvattest-sdk/hopper_evidence.json', 'nvattest-sdk/evidence_hopper_590_12.json'])('%s (nvattest collect-evidence JSON) verifies', async (f) => {
    const list = JSON.parse(vector(f).toString('utf8')) as { nonce: string }[];
    const nonce = Buffer.from(list[0]!.nonce, 'hex');
    const v = await verifyEvidence({ bytes: vector(f) }, 'f', opts({ gpuNonce: nonce }));
    expect(v).toMatchObject({ status: 'verified', bindingMatches: true });
    const wrong = await verifyEvidence({ bytes: vector(f) }, 'f', opts({ gpuNonce: Buffer.alloc(32, 2) }));
    expect(wrong.status).toBe('failed');
  });
});

describe('synthetic GPU evidence from test keys', () => {
  const nonce = Buffer.alloc(32, 0x3a);

  async function setup() {
    const pki = await makeGpuPki();
    const dir = mkdtempSync(join(tmpdir(), 'gpu-roots-'));
    writeGpuTrustRoots(dir, pki);
    return { pki, roots: loadTrustRoots(dir) };
  }

  it('verifies only against the test root it chains to', async () => {
    const { pki, roots } = await setup();
    const ev = makeSpdmEvidence(pki.leaf, { nonce, fwid: pki.fwid });
    const files = [{ name: 'chain.pem', bytes: Buffer.from(pki.chainPem) }];
    const ok = await verifyEvidence({ bytes: ev, aux: files }, 'f', opts({ gpuNonce: nonce, trustRoots: roots }));
    expect(ok).toMatchObject({ status: 'verified', trustRoots: 'custom', bindingMatches: true });
    expect((ok.claims['gpus'] as Record<string, unknown>[])[0]).toMatchObject({ arch: 'HOPPER', fwid: pki.fwid.toString('hex') });
    const shipped = await verifyEvidence({ bytes: ev, aux: files }, 'f', opts({ gpuNonce: nonce }));
    expect(shipped.status).toBe('failed');
    expect(shipped.steps.find((s) => s.id === 'gpu.chain')!.detail).toMatch(/^CHAIN_NO_ANCHOR/);
  });

  it('a FWID in the signed opaque data that differs from the leaf fails', async () => {
    const { pki, roots } = await setup();
    const ev = makeSpdmEvidence(pki.leaf, { nonce, fwid: Buffer.alloc(48, 0x11) });
    const v = await verifyEvidence({ bytes: ev, aux: [{ name: 'c.pem', bytes: Buffer.from(pki.chainPem) }] }, 'f', opts({ gpuNonce: nonce, trustRoots: roots }));
    expect(v.status).toBe('failed');
    expect(steps(v)['gpu.fwid']).toBe(false);
  });

  it('a leaf that is not a known GPU model fails', async () => {
    const { pki, roots } = await setup();
    const other = await makeGpuPki({ model: 'GX900', root: pki.root });
    const ev = makeSpdmEvidence(other.leaf, { nonce });
    const v = await verifyEvidence({ bytes: ev, aux: [{ name: 'c.pem', bytes: Buffer.from(other.chainPem) }] }, 'f', opts({ gpuNonce: nonce, trustRoots: roots }));
    expect(v.status).toBe('failed');
    expect(steps(v)['gpu.device']).toBe(false);
  });

  it('an expired leaf fails at the clock; the same evidence verifies at an earlier clock', async () => {
    const { root } = await setup().then((s) => s.pki);
    const pki = await makeGpuPki({ root, notAfter: new Date('2025-01-01T00:00:00Z') });
    const dir = mkdtempSync(join(tmpdir(), 'gpu-roots-'));
    writeGpuTrustRoots(dir, pki);
    const roots = loadTrustRoots(dir);
    const ev = makeSpdmEvidence(pki.leaf, { nonce });
    const files = [{ name: 'c.pem', bytes: Buffer.from(pki.chainPem) }];
    const late = await verifyEvidence({ bytes: ev, aux: files }, 'f', opts({ gpuNonce: nonce, trustRoots: roots, at: new Date('2026-12-02T00:00:00Z') }));
    expect(late.steps.find((s) => s.id === 'gpu.chain')!.detail).toMatch(/^CHAIN_EXPIRED/);
    const early = await verifyEvidence({ bytes: ev, aux: files }, 'f', opts({ gpuNonce: nonce, trustRoots: roots, at: new Date('2024-06-01T00:00:00Z') }));
    expect(early.status).toBe('verified');
  });

  it('an evidence list of test GPUs: every GPU verifies, one unsigned GPU fails the set', async () => {
    const { pki, roots } = await setup();
    const second = await makeGpuPki({ root: pki.root });
    const good = [evidenceListEntry(makeSpdmEvidence(pki.leaf, { nonce }), pki.chainPem, nonce), evidenceListEntry(makeSpdmEvidence(second.leaf, { nonce }), second.chainPem, nonce)];
    const v = await verifyEvidence({ bytes: Buffer.from(JSON.stringify({ evidences: good, result_code: 0 })) }, 'f', opts({ gpuNonce: nonce, trustRoots: roots }));
    expect(v).toMatchObject({ status: 'verified', claims: { count: 2 } });
    const forged = [good[0]!, evidenceListEntry(makeSpdmEvidence(pki.leaf, { nonce }), second.chainPem, nonce)];
    const bad = await verifyEvidence({ bytes: Buffer.from(JSON.stringify(forged)) }, 'f', opts({ gpuNonce: nonce, trustRoots: roots }));
    expect(bad.status).toBe('failed');
    expect(steps(bad)['gpu1.signature']).toBe(false);
  });
});
