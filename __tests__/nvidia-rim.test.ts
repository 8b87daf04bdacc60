/**
 * NVIDIA RIMs: parsing, the XML-DSig profile, the chain to the RIM signing root and measurement
 * appraisal, on the real production RIMs and real H100 reports (read in place), and on synthetic
 * RIMs signed by a test RIM chain.
 *
 * The real RIM signing certificates expired in 2025 (HCC RIM L4 Signer: 2023-06-23 .. 2025-06-22,
 * the 74.00.1A one 2023-09-06 .. 2025-09-05): the real-vector tests verify at 2024-06-01T00:00:00Z,
 * inside every certificate's validity.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseNvidiaRim, looksLikeRim } from '../src/evidence/formats/nvidia-rim.js';
import { parseNvidiaSpdmEvidence } from '../src/evidence/formats/nvidia-spdm.js';
import { decodeEvidenceText } from '../src/evidence/formats/sniff.js';
import { parseXmlStrict } from '../src/evidence/formats/xml-c14n.js';
import { loadTrustRoots, trustRootsDigest } from '../src/evidence/roots.js';
import { verifyEvidence } from '../src/evidence/verify/verify-evidence.js';
import { appraiseGpuMeasurements, verifyRims } from '../src/evidence/verify/nvidia-rim.js';
import { verifyEnvelopedSignature } from '../src/evidence/verify/xmldsig.js';
import type { AuxFile, TrustRoots, VerifyOptions } from '../src/evidence/types.js';
import { haveVectors, vector } from './helpers/vectors.js';
import { makeGpuPki, makeSpdmEvidence, writeGpuTrustRoots } from './helpers/gpu-synth.js';
import { makeRimPki, makeSignedRim, writeRimTrustRoot } from './helpers/rim-synth.js';

const AT = new Date('2024-06-01T00:00:00Z');
const RIM_5E = 'nvtrust-rims/1010_0200_882_96005E0001_PROD.swidtag';
const RIM_74 = 'nvtrust-rims/1010_0200_882_960074001A_PROD.swidtag';
const RIM_DRIVER = 'nvtrust-rims/Driver_RIM_test_no_gpu.swidtag';
const rimFile = (rel: string, bytes?: Buffer): AuxFile => ({ name: `rim-${rel.split('/').pop()!}`, bytes: bytes ?? vector(rel) });
const file = (rel: string): AuxFile => ({ name: rel.split('/').pop()!, bytes: vector(rel) });
const opts = (over: Partial<VerifyOptions> = {}): VerifyOptions => ({ reportData: null, gpuNonce: null, trustRoots: loadTrustRoots(), network: false, at: AT, ...over });
const steps = (v: { steps: { id: string; ok: boolean | null }[] }) => Object.fromEntries(v.steps.map((s) => [s.id, s.ok]));
const gpu0 = (v: { claims: Record<string, unknown> }) => (v.claims['gpus'] as Record<string, unknown>[])[0]!;
const text = (rel: string) => vector(rel).toString('utf8');
const tamper = (rel: string, from: string | RegExp, to: string): Buffer => {
  const t = text(rel);
  const out = t.replace(from, to);
  expect(out).not.toBe(t);
  return Buffer.from(out, 'utf8');
};

describe.skipIf(!haveVectors)('real NVIDIA RIMs', () => {
  it.each([
    [RIM_5E, '96.00.5E.00.01', 12],
    [RIM_74, '96.00.74.00.1A', 12],
    [RIM_DRIVER, '545.00', 21],
  ])('%s parses: version, product, 64 resources, active count', (rel, version, active) => {
    const bytes = vector(rel);
    expect(looksLikeRim(bytes)).toBe(true);
    const rim = parseNvidiaRim(bytes, rel);
    expect(rim).toMatchObject({ colloquialVersion: version, product: 'GH100', edition: 'GPU', name: 'GH100' });
    expect(rim.tagId).toMatch(/^[0-9a-f]{96}$/);
    expect(rim.measurements).toHaveLength(64);
    expect(rim.measurements.filter((m) => m.active)).toHaveLength(active);
    expect(rim.measurements.every((m) => m.size === 48 && m.values.every((v) => /^[0-9a-f]{96}$/.test(v)))).toBe(true);
  });

  it('the 74.00.1A RIM lists 4 alternatives at index 12, the driver RIM 2 at index 23', () => {
    expect(parseNvidiaRim(vector(RIM_74)).measurements.find((m) => m.index === 12)!.values).toHaveLength(4);
    expect(parseNvidiaRim(vector(RIM_DRIVER)).measurements.find((m) => m.index === 23)!.values).toHaveLength(2);
  });

  it('all three signatures verify, and their KeyInfo chains reach the shipped RIM root', () => {
    const r = verifyRims([rimFile(RIM_5E), rimFile(RIM_74), rimFile(RIM_DRIVER)], loadTrustRoots(), AT);
    expect(r.failures).toEqual([]);
    expect(r.rims.map((x) => x.rim.colloquialVersion)).toEqual(['96.00.5E.00.01', '96.00.74.00.1A', '545.00']);
    for (const s of r.steps) {
      expect(s.ok).toBe(true);
      expect(s.detail).toContain('HCC RIM L4 Signer -> NVIDIA Reference Value L3 GH100 001 -> NVIDIA Reference Value GH100 CA -> NVIDIA CoRIM signing Root CA');
    }
  });

  it('at today\'s clock the expired signer fails the chain (CHAIN_EXPIRED), named', () => {
    const r = verifyRims([rimFile(RIM_5E)], loadTrustRoots(), new Date('2026-12-02T00:00:00Z'));
    expect(r.rims).toEqual([]);
    expect(r.failures[0]!.detail).toMatch(/^CHAIN_EXPIRED: .*expired/);
  });

  it('neither the device root nor the NRAS intermediate anchors a RIM', () => {
    const shipped = loadTrustRoots();
    const certs = shipped.certs.filter((c) => c.name !== 'nvidia/verifier_RIM_root.pem');
    expect(certs.length).toBe(shipped.certs.length - 1);
    const roots: TrustRoots = { kind: 'shipped', digest: trustRootsDigest(certs), certs };
    const r = verifyRims([rimFile(RIM_5E)], roots, AT);
    expect(r.failures[0]!.detail).toMatch(/^CHAIN_NO_ANCHOR/);
    // Custom roots: the real RIM root filed under a device name anchors no RIM either.
    const dir = mkdtempSync(join(tmpdir(), 'rim-roots-'));
    const rimRoot = shipped.certs.find((c) => c.name === 'nvidia/verifier_RIM_root.pem')!;
    writeGpuTrustRoots(dir, { root: { pem: rimRoot.x509.toString() } } as never);
    expect(verifyRims([rimFile(RIM_5E)], loadTrustRoots(dir), AT).failures[0]!.detail).toMatch(/^CHAIN_NO_ANCHOR.*"rim"/);
  });

  it.each([
    ['a flipped golden value', (): Buffer => tamper(RIM_5E, /ns2:Hash0="c3/, 'ns2:Hash0="c4'), /^DSIG_DIGEST: .*changed after signing/],
    ['a changed version', (): Buffer => tamper(RIM_5E, 'colloquialVersion="96.00.5E.00.01"', 'colloquialVersion="96.00.5E.00.02"'), /^DSIG_DIGEST/],
    ['a flipped SignatureValue', (): Buffer => tamper(RIM_5E, /<ds:SignatureValue>s5/, '<ds:SignatureValue>t5'), /^DSIG_SIGNATURE/],
    [
      'an extra Reference',
      (): Buffer => tamper(RIM_5E, '</ds:Reference></ds:SignedInfo>', '</ds:Reference><ds:Reference URI=""><ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#sha384"/><ds:DigestValue>AA==</ds:DigestValue></ds:Reference></ds:SignedInfo>'),
      /^DSIG_STRUCTURE: .*exactly one Reference/,
    ],
    ['a changed signature algorithm', (): Buffer => tamper(RIM_5E, 'xmldsig-more#ecdsa-sha384', 'xmldsig-more#ecdsa-sha256'), /^DSIG_ALGORITHM: RIM 96.00.5E.00.01 \(GH100\): the signature method is .*ecdsa-sha256/],
    ['a changed canonicalization', (): Buffer => tamper(RIM_5E, '<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2006/12/xml-c14n11"/>', '<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>'), /^DSIG_ALGORITHM/],
    ['a Reference to an id', (): Buffer => tamper(RIM_5E, '<ds:Reference URI="">', '<ds:Reference URI="#payload">'), /^DSIG_STRUCTURE: .*the Reference URI is "#payload"/],
    [
      'an attribute added to the signed Payload',
      (): Buffer => tamper(RIM_5E, /<ns0:Payload /, '<ns0:Payload ns2:x="1" '),
      /^DSIG_DIGEST/,
    ],
    ['a second Signature', (): Buffer => tamper(RIM_5E, '<ns0:Entity ', '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"/><ns0:Entity '), /^DSIG_STRUCTURE: .*2 ds:Signature elements/],
  ])('%s fails the RIM, and the evidence with it', async (_name, make, code) => {
    const r = verifyRims([rimFile(RIM_5E, make())], loadTrustRoots(), AT);
    expect(r.rims).toEqual([]);
    expect(r.failures[0]!.detail).toMatch(code);
    const v = await verifyEvidence({ bytes: vector('nvattest-sdk/hopperAttestationReport.txt'), aux: [file('nvattest-sdk/hopperCertChain.txt'), rimFile(RIM_5E, make())] }, 'f', opts());
    expect(v.status).toBe('failed');
    expect(v.detail).toMatch(/^RIM rim-1010_0200_882_96005E0001_PROD.swidtag does not verify/);
    expect(gpu0(v)['measres']).toBeNull();
  });

  it('a malformed RIM is one coded line', () => {
    expect(() => parseNvidiaRim(tamper(RIM_5E, 'index="3" active="True"', 'index="3" active="yes"'))).toThrow(expect.objectContaining({ code: 'EVIDENCE_MALFORMED', message: expect.stringMatching(/Resource index 3 active is "yes"/) }));
    expect(() => parseNvidiaRim(tamper(RIM_5E, 'index="4" ', 'index="3" '))).toThrow(/two Resources have index 3/);
    expect(() => parseNvidiaRim(tamper(RIM_5E, '</SoftwareIdentity>', '</SoftwareIdentit>'))).toThrow(expect.objectContaining({ code: 'EVIDENCE_MALFORMED' }));
    expect(() => parseNvidiaRim(Buffer.from('<!DOCTYPE x [<!ENTITY a "b">]><SoftwareIdentity/>'))).toThrow(/DOCTYPE/);
    expect(() => parseNvidiaRim(tamper(RIM_5E, 'alternatives="1" ns2:Hash0="c3', 'alternatives="2" ns2:Hash0="c3'))).toThrow(/no Hash1 in the sha384 namespace/);
  });

  it('96.00.5E.00.01 matches all 12 active measurements of the nvattest-sdk H100 report; without a driver RIM measres stays unavailable', async () => {
    const v = await verifyEvidence({ bytes: vector('nvattest-sdk/hopperAttestationReport.txt'), aux: [file('nvattest-sdk/hopperCertChain.txt'), rimFile(RIM_5E), rimFile(RIM_74)] }, 'f', opts());
    expect(v.status).toBe('verified');
    expect(steps(v)).toMatchObject({ 'rim.rim-1010_0200_882_96005E0001_PROD.swidtag': true, 'gpu.measurements': null });
    const m = v.steps.find((s) => s.id === 'gpu.measurements')!;
    expect(m.detail).toBe('verifier unavailable: no driver RIM for 535.86.09 (GH100); the 12 active measurement(s) of the VBIOS RIM 96.00.5E.00.01 match');
    const g = gpu0(v);
    expect(g).toMatchObject({ vbios_version: '96.00.5E.00.01', measres: null, rim_driver: null, measurement_mismatches: [] });
    expect(g['rim_vbios']).toBe(parseNvidiaRim(vector(RIM_5E)).tagId);
  });

  it('96.00.74.00.1A against the trustee H100 report: 11 of 12 match, index 9 differs and is named: measres fail', async () => {
    const v = await verifyEvidence({ bytes: vector('trustee-nvidia/hopper_coco_report1.txt'), aux: [file('trustee-nvidia/hopper_coco_certs1.txt'), rimFile(RIM_74), rimFile(RIM_5E)] }, 'f', opts());
    expect(v.status).toBe('verified');
    const m = v.steps.find((s) => s.id === 'gpu.measurements')!;
    expect(m.ok).toBe(false);
    expect(m.detail).toMatch(/^1 of 12 active measurement\(s\) differ from VBIOS RIM 96.00.74.00.1A: index 9 \(VBIOS Measurement_9: 059b32e712a153f4… matches none of 1 golden value\(s\)\)$/);
    expect(gpu0(v)).toMatchObject({ measres: 'fail', measurement_mismatches: [9], rim_vbios: parseNvidiaRim(vector(RIM_74)).tagId });
  });

  it('a RIM for another version is not used (no pass, no fail: unavailable)', async () => {
    const v = await verifyEvidence({ bytes: vector('trustee-nvidia/hopper_coco_report1.txt'), aux: [file('trustee-nvidia/hopper_coco_certs1.txt'), rimFile(RIM_5E), rimFile(RIM_DRIVER)] }, 'f', opts());
    expect(v.status).toBe('verified');
    expect(gpu0(v)).toMatchObject({ measres: null, rim_vbios: null, rim_driver: null });
    expect(v.steps.find((s) => s.id === 'gpu.measurements')!.detail).toBe('verifier unavailable: no driver RIM for 580.95.05, no VBIOS RIM for 96.00.74.00.1A (GH100)');
  });

  it('the driver and VBIOS RIMs merge: both found and matching is success; a conflict or a mismatch is fail', () => {
    const spdm = parseNvidiaSpdmEvidence(decodeEvidenceText(vector('nvattest-sdk/hopperAttestationReport.txt')));
    const rims = verifyRims([rimFile(RIM_5E), rimFile(RIM_DRIVER)], loadTrustRoots(), AT).rims;
    // Pretend the report came from driver 545.00: the driver RIM is then picked, and its 21 active
    // values (from nvtrust's test RIM, not this GPU's driver) do not match this report.
    const a = appraiseGpuMeasurements({ ...spdm, driverVersion: '545.00' }, 'GH100', rims, 'gpu');
    expect(a.measres).toBe('fail');
    expect(a.mismatches.length).toBeGreaterThan(0);
    expect(a.mismatches.every((i) => i === 7 || (i >= 21 && i <= 40))).toBe(true);
    // A RIM for another chip is not picked.
    expect(appraiseGpuMeasurements(spdm, 'GB100', rims, 'gpu')).toMatchObject({ measres: null, vbiosRim: null });
  });
});

describe('synthetic RIMs under a test RIM chain', () => {
  it('pass only with --trust-roots naming the test RIM root; match, mismatch, conflict', async () => {
    const rimPki = await makeRimPki();
    const gpuPki = await makeGpuPki();
    const dir = mkdtempSync(join(tmpdir(), 'rim-roots-'));
    writeGpuTrustRoots(dir, gpuPki);
    writeRimTrustRoot(dir, rimPki);
    const custom = loadTrustRoots(dir);
    const nonce = Buffer.alloc(32, 0x42);
    const value = (i: number) => Buffer.alloc(48, i);
    const evidence = makeSpdmEvidence(gpuPki.leaf, { nonce, blocks: 8, fwid: gpuPki.fwid });
    const driver = makeSignedRim(rimPki, { version: '550.90.07', measurements: [{ index: 4, values: [Buffer.alloc(48, 0xee), value(5)] }, { index: 0, values: [value(1)], active: false }] });
    const vbios = makeSignedRim(rimPki, { version: '96.00.9F.00.01', measurements: [0, 1, 2, 3, 5, 6].map((i) => ({ index: i, values: [value(i + 1)] })) });
    const aux = (d: Buffer, vb: Buffer): AuxFile[] => [{ name: 'c.pem', bytes: Buffer.from(gpuPki.chainPem) }, { name: 'rim-driver.xml', bytes: d }, { name: 'rim-vbios.xml', bytes: vb }];

    const ok = await verifyEvidence({ bytes: evidence, aux: aux(driver, vbios) }, 'f', opts({ gpuNonce: nonce, trustRoots: custom, at: new Date() }));
    expect(ok.status).toBe('verified');
    expect(gpu0(ok)).toMatchObject({ measres: 'success', measurement_mismatches: [] });
    expect(ok.steps.find((s) => s.id === 'gpu.measurements')!.detail).toBe('all 7 active measurement(s) match the driver RIM 550.90.07 and VBIOS RIM 96.00.9F.00.01');

    // The shipped roots do not anchor the test RIM chain: fail closed.
    const shipped = await verifyEvidence({ bytes: evidence, aux: aux(driver, vbios) }, 'f', opts({ gpuNonce: nonce, trustRoots: custom.kind === 'custom' ? { ...loadTrustRoots(), certs: [...loadTrustRoots().certs, ...custom.certs.filter((c) => /device/.test(c.name))] } : custom }));
    expect(shipped.status).toBe('failed');
    expect(shipped.steps.find((s) => s.id === 'rim.rim-driver.xml')!.detail).toMatch(/^CHAIN_NO_ANCHOR/);

    // A golden value the report does not have: measres fail, index named.
    const bad = makeSignedRim(rimPki, { version: '96.00.9F.00.01', measurements: [0, 1, 2, 3, 5, 6].map((i) => ({ index: i, values: [value(i === 2 ? 0x99 : i + 1)] })) });
    const mis = await verifyEvidence({ bytes: evidence, aux: aux(driver, bad) }, 'f', opts({ gpuNonce: nonce, trustRoots: custom, at: new Date() }));
    expect(gpu0(mis)).toMatchObject({ measres: 'fail', measurement_mismatches: [2] });

    // An index active in both RIMs is a conflict.
    const clash = makeSignedRim(rimPki, { version: '96.00.9F.00.01', measurements: [{ index: 4, values: [value(5)] }] });
    const c = await verifyEvidence({ bytes: evidence, aux: aux(driver, clash) }, 'f', opts({ gpuNonce: nonce, trustRoots: custom, at: new Date() }));
    expect(gpu0(c)['measres']).toBe('fail');
    expect(c.steps.find((s) => s.id === 'gpu.measurements')!.detail).toMatch(/both have active measurements at index 4/);

    // A golden index with no measurement block in the report mismatches.
    const beyond = makeSignedRim(rimPki, { version: '96.00.9F.00.01', measurements: [{ index: 40, values: [value(41)] }] });
    const b = await verifyEvidence({ bytes: evidence, aux: aux(driver, beyond) }, 'f', opts({ gpuNonce: nonce, trustRoots: custom, at: new Date() }));
    expect(gpu0(b)).toMatchObject({ measres: 'fail', measurement_mismatches: [40] });
  });

  it('index 35 is skipped when the report says NVDEC0 is disabled (0x55), compared otherwise', async () => {
    const rimPki = await makeRimPki();
    const gpuPki = await makeGpuPki();
    const dir = mkdtempSync(join(tmpdir(), 'rim-roots-'));
    writeGpuTrustRoots(dir, gpuPki);
    writeRimTrustRoot(dir, rimPki);
    const nonce = Buffer.alloc(32, 0x43);
    const driver = makeSignedRim(rimPki, { version: '550.90.07', measurements: [{ index: 35, values: [Buffer.alloc(48, 0xdd)] }] });
    const vbios = makeSignedRim(rimPki, { version: '96.00.9F.00.01', measurements: [{ index: 0, values: [Buffer.alloc(48, 1)] }] });
    const run = async (nvdec: number) => {
      const ev = makeSpdmEvidence(gpuPki.leaf, { nonce, blocks: 40, fwid: gpuPki.fwid, opaque: [[11, Buffer.from([nvdec])]] });
      const aux: AuxFile[] = [{ name: 'c.pem', bytes: Buffer.from(gpuPki.chainPem) }, { name: 'rim-d', bytes: driver }, { name: 'rim-v', bytes: vbios }];
      return verifyEvidence({ bytes: ev, aux }, 'f', opts({ gpuNonce: nonce, trustRoots: loadTrustRoots(dir), at: new Date() }));
    };
    const disabled = await run(0x55);
    expect(gpu0(disabled)['measres']).toBe('success');
    expect(disabled.steps.find((s) => s.id === 'gpu.measurements')!.detail).toMatch(/index 35 skipped \(NVDEC0 disabled\)$/);
    expect(gpu0(await run(0xaa))).toMatchObject({ measres: 'fail', measurement_mismatches: [35] });
  });

  it('the XML-DSig verifier rejects the same document with the Signature moved off the document element', async () => {
    const rimPki = await makeRimPki();
    const t = makeSignedRim(rimPki, { version: '1.0', measurements: [{ index: 0, values: [Buffer.alloc(48)] }] }).toString('utf8');
    const sig = t.slice(t.indexOf('<ds:Signature'), t.indexOf('</SoftwareIdentity>'));
    const moved = t.replace(sig, '').replace('</ns0:Payload>', `${sig}</ns0:Payload>`);
    const r = verifyEnvelopedSignature(parseXmlStrict(moved, 'moved'));
    expect(r).toMatchObject({ ok: false, code: 'DSIG_STRUCTURE' });
    expect(verifyEnvelopedSignature(parseXmlStrict(t, 'as signed'))).toMatchObject({ ok: true });
  });
});
