import { beforeAll, describe, expect, it } from 'vitest';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AsnParser } from '@peculiar/asn1-schema';
import { OCSPRequest, OCSPResponseStatus } from '@peculiar/asn1-ocsp';
import { loadTrustRoots } from '../src/evidence/roots.js';
import { verifyEvidence } from '../src/evidence/verify/verify-evidence.js';
import { checkOcspResponse, certIdFor, ocspRequestFor } from '../src/evidence/verify/ocsp.js';
import { parseOcspResponse, isOcspResponse } from '../src/evidence/formats/ocsp.js';
import { readTdxCollateral } from '../src/evidence/formats/tdx-collateral.js';
import type { AuxFile, TrustRoots, VerifiedEvidence, VerifyOptions } from '../src/evidence/types.js';
import { appraise, decide, parsePolicy } from '../src/policy/index.js';
import { gpuSubjects } from '../src/policy/rules/nvidia-gpu.js';
import { evidenceListEntry, makeGpuPki, makeSpdmEvidence, writeGpuTrustRoots, type GpuTestPki } from './helpers/gpu-synth.js';
import { makeCert, type TestCert } from './helpers/test-pki.js';
import { makeOcspResponse, makeResponderCert, startOcspResponder, type OcspAnswer } from './helpers/ocsp-synth.js';
import { haveVectors, vector } from './helpers/vectors.js';

const NONCE = Buffer.alloc(32, 0x42);
let pki: GpuTestPki;
let roots: TrustRoots;
let evidence: Buffer;
let chain: AuxFile;
let stranger: TestCert;

beforeAll(async () => {
  pki = await makeGpuPki();
  const dir = mkdtempSync(join(tmpdir(), 'cr-ocsp-'));
  writeGpuTrustRoots(dir, pki);
  roots = loadTrustRoots(dir);
  evidence = makeSpdmEvidence(pki.leaf, { nonce: NONCE });
  chain = { name: 'chain.pem', bytes: Buffer.from(pki.chainPem) };
  stranger = await makeCert({ name: 'Not NVIDIA', curve: 'P-384' });
});

const opts = (over: Partial<VerifyOptions> = {}): VerifyOptions => ({ reportData: null, gpuNonce: NONCE, trustRoots: roots, network: false, ...over });
const gpu0 = (v: VerifiedEvidence) => (v.claims['gpus'] as Record<string, unknown>[])[0]!;
const step = (v: VerifiedEvidence, id = 'gpu.ocsp') => v.steps.find((s) => s.id === id);

/** The policy's word on this evidence, with `cert_status: valid` required. */
function decision(v: VerifiedEvidence): { status: string; check: string | undefined } {
  const p = parsePolicy('policy_id: g\nversion: 1\nevidence:\n  required: [nvidia-gpu]\n  on_verifier_unavailable: hold\n  trust_roots: any\nnvidia-gpu:\n  cert_status: valid\n', 'g.yml').policy;
  const checks = appraise(p, { evidence: [v], workloadDigest: `sha256:${'0'.repeat(64)}`, trustRoots: 'custom', benchmarkPresent: false });
  if (process.env['DEBUG_OCSP']) console.log(checks.filter((c) => c.outcome !== 'pass'));
  return { status: decide(checks, p.decision_ceiling).status, check: checks.find((c) => c.id === 'nvidia-gpu.cert_status')?.outcome };
}

/** Verify the synthetic GPU with --network against a stand-in answering `answer(nonce)`. */
async function online(answer: (nonce: Buffer | null) => Buffer, over: Partial<VerifyOptions> = {}) {
  const responder = await startOcspResponder((req) => answer(req.nonce));
  try {
    const v = await verifyEvidence({ bytes: evidence, aux: [chain] }, 'f', opts({ network: true, ocsp: { url: responder.url }, ...over }));
    return { v, requests: responder.requests };
  } finally {
    await responder.close();
  }
}

const answer = (a: OcspAnswer) => (nonce: Buffer | null) => makeOcspResponse(pki.identity, pki.root, { nonce, ...a });

describe('OCSP for GPU device chains, against a stand-in responder on 127.0.0.1', () => {
  it('good: asks about every certificate but the device leaf and the root, with a nonce; cert_status valid; policy passes; saved for replay', async () => {
    const { v, requests } = await online(answer({ status: 'good' }));
    expect(v.status).toBe('verified');
    expect(requests).toEqual([{ serials: [pki.identity.x509.serialNumber.replace(/^(00)+/, '')], nonce: expect.any(Buffer), contentType: 'application/ocsp-request' }]);
    expect(requests[0]!.nonce!.length).toBe(32);
    expect(gpu0(v)).toMatchObject({ cert_status: 'valid', ocsp_status: 'good' });
    expect(step(v)).toMatchObject({ ok: true, detail: expect.stringMatching(/GH100 Identity: good \(signed by the issuer Test NVIDIA Device Identity CA/) });
    expect(decision(v)).toEqual({ status: 'pass', check: 'pass' });
    expect(v.material).toHaveLength(1);
    expect(isOcspResponse(v.material![0]!.bytes)).toBe(true);

    // Offline replay from the saved response: same verdict, no request (the network is off).
    const replay = await verifyEvidence({ bytes: evidence, aux: [chain, ...v.material!] }, 'f', opts());
    expect(replay.status).toBe('verified');
    expect(gpu0(replay)).toMatchObject({ cert_status: 'valid', ocsp_status: 'good' });
    expect(replay.material).toBeUndefined();
    expect(decision(replay).status).toBe('pass');
  });

  it('revoked: the GPU fails, named, and the policy denies; a certificateHold counts as revoked', async () => {
    for (const reason of [1, 6]) {
      const { v } = await online(answer({ status: 'revoked', reason }));
      expect(v.status).toBe('failed');
      expect(v.detail).toMatch(/a device certificate is revoked: .*REVOKED at .*(keyCompromise|certificateHold)/);
      expect(gpu0(v)).toMatchObject({ cert_status: 'revoked', ocsp_status: 'revoked' });
      expect(step(v)!.ok).toBe(false);
      expect(decision(v).status).toBe('deny');
    }
  });

  it('unknown: evidence verified, cert_status unknown, and `cert_status: valid` denies', async () => {
    const { v } = await online(answer({ status: 'unknown' }));
    expect(v.status).toBe('verified');
    expect(gpu0(v)).toMatchObject({ cert_status: 'unknown', ocsp_status: 'unknown' });
    expect(step(v)).toMatchObject({ ok: false, detail: expect.stringContaining('unknown to the responder') });
    expect(decision(v)).toEqual({ status: 'deny', check: 'deny' });
  });

  it('a delegated responder issued by the issuer with id-kp-OCSPSigning is accepted', async () => {
    const responder = await makeResponderCert(pki.root);
    const { v } = await online(answer({ status: 'good', signer: responder }));
    expect(v.status).toBe('verified');
    expect(step(v)!.detail).toMatch(/delegated responder Test OCSP Responder of Test NVIDIA Device Identity CA/);
    expect(gpu0(v)['cert_status']).toBe('valid');
  });

  it('a delegated responder certified by a CA above the issuer (the pinned root) is accepted', async () => {
    // A chain with one more CA: leaf <- identity <- provisioner ICA <- root; ask about the identity CA's child.
    const ica = await makeCert({ name: 'NVIDIA GH100 Provisioner ICA 1', curve: 'P-384', issuer: pki.identity, ca: true });
    const brom = await makeCert({ name: 'GH100 A01 GSP BROM', curve: 'P-384', issuer: ica, ca: true });
    const path = [brom.x509, ica.x509, pki.identity.x509, pki.root.x509];
    const byRoot = await makeResponderCert(pki.root);
    const der = makeOcspResponse(ica, pki.identity, { status: 'good', signer: byRoot });
    expect(checkOcspResponse(der, ica.x509, pki.identity.x509, { at: new Date(), nonce: null, above: path.slice(3) })).toMatchObject({
      result: 'good',
      detail: expect.stringContaining('delegated responder Test OCSP Responder of Test NVIDIA Device Identity CA, above the issuer NVIDIA GH100 Identity'),
    });
    // Without the chain above the issuer it is not authorised.
    expect(checkOcspResponse(der, ica.x509, pki.identity.x509, { at: new Date(), nonce: null })).toMatchObject({ result: 'invalid', code: 'OCSP_RESPONDER' });
    // A responder certified by the certificate asked about is never authorised for it.
    const bySelf = await makeResponderCert(ica);
    const own = makeOcspResponse(ica, pki.identity, { status: 'good', signer: bySelf });
    expect(checkOcspResponse(own, ica.x509, pki.identity.x509, { at: new Date(), nonce: null, above: path.slice(3) })).toMatchObject({ result: 'invalid', code: 'OCSP_RESPONDER' });
  });

  it.each([
    ['a key that is neither the issuer nor a certificate in the response', async () => ({ signer: stranger, drop: true }), /OCSP_SIGNATURE/],
    ['a certificate of another CA', async () => ({ signer: await makeResponderCert(stranger) }), /OCSP_RESPONDER: .*not a certificate of the issuer .* or a CA above it/],
    ['a certificate of the issuer without id-kp-OCSPSigning', async () => ({ signer: await makeResponderCert(pki.root, { eku: false }) }), /OCSP_RESPONDER: .*lacks the id-kp-OCSPSigning/],
  ])('signed by %s: the GPU fails, named', async (_, make, re) => {
    const m = (await make()) as { signer: TestCert; drop?: boolean };
    const { v } = await online((nonce) => makeOcspResponse(pki.identity, pki.root, { status: 'good', nonce, signer: m.signer, includeSigner: !m.drop }));
    expect(v.status).toBe('failed');
    expect(step(v)).toMatchObject({ ok: false, detail: expect.stringMatching(re) });
    expect(gpu0(v)['cert_status']).toBeNull();
    expect(decision(v).status).toBe('deny');
  });

  it('an answer about another serial fails (OCSP_NO_MATCH)', async () => {
    const { v } = await online(answer({ status: 'good', serial: '0BADC0DE' }));
    expect(v.status).toBe('failed');
    expect(step(v)!.detail).toMatch(/OCSP_NO_MATCH: .*answers for serial\(s\) 0BADC0DE, not for NVIDIA GH100 Identity/);
  });

  it('nonce: a response that does not echo it, or echoes another, fails', async () => {
    const none = await online(answer({ status: 'good' }), {});
    // `answer` echoes the request's nonce unless told otherwise.
    expect(none.v.status).toBe('verified');
    const missing = await online(() => makeOcspResponse(pki.identity, pki.root, { status: 'good', nonce: null }));
    expect(missing.v.status).toBe('failed');
    expect(step(missing.v)!.detail).toMatch(/OCSP_NONCE: .*does not echo the nonce/);
    const other = await online(() => makeOcspResponse(pki.identity, pki.root, { status: 'good', nonce: Buffer.alloc(32, 1) }));
    expect(step(other.v)!.detail).toMatch(/OCSP_NONCE: .*another nonce/);
  });

  it('stale: a response past nextUpdate says nothing now (hold, never pass); --at inside its window replays it as valid', async () => {
    const thisUpdate = new Date(Date.now() - 10 * 86400_000);
    const nextUpdate = new Date(Date.now() - 3 * 86400_000);
    const { v } = await online(answer({ status: 'good', thisUpdate, nextUpdate }));
    expect(v.status).toBe('verified');
    expect(gpu0(v)['cert_status']).toBeNull();
    expect(step(v)).toMatchObject({ ok: null, detail: expect.stringMatching(/expired at .*replay with --at/) });
    expect(decision(v)).toEqual({ status: 'hold', check: 'hold' });
    const at = new Date(Date.now() - 5 * 86400_000);
    const then = await verifyEvidence({ bytes: evidence, aux: [chain, ...v.material!] }, 'f', opts({ at }));
    expect(gpu0(then)['cert_status']).toBe('valid');
  });

  it('a responder that answers tryLater, or cannot be reached, leaves cert_status unevaluated (hold)', async () => {
    const later = await online(() => makeOcspResponse(pki.identity, pki.root, { status: 'good', responseStatus: OCSPResponseStatus.tryLater }));
    expect(later.v.status).toBe('verified');
    expect(gpu0(later.v)['cert_status']).toBeNull();
    expect(decision(later.v).status).toBe('hold');
    const responder = await startOcspResponder(() => Buffer.alloc(0));
    await responder.close();
    const down = await verifyEvidence({ bytes: evidence, aux: [chain] }, 'f', opts({ network: true, ocsp: { url: responder.url } }));
    expect(down.status).toBe('verified');
    expect(step(down)).toMatchObject({ ok: null, detail: expect.stringContaining('OCSP service unreachable') });
    expect(decision(down).status).toBe('hold');
  });

  it('without --network no request is made: cert_status unevaluated, the policy holds', async () => {
    const responder = await startOcspResponder((req) => answer({ status: 'good' })(req.nonce));
    try {
      const v = await verifyEvidence({ bytes: evidence, aux: [chain] }, 'f', opts({ ocsp: { url: responder.url } }));
      expect(responder.requests).toHaveLength(0);
      expect(v.status).toBe('verified');
      expect(gpu0(v)).toMatchObject({ cert_status: null, ocsp_status: null });
      expect(step(v)).toMatchObject({ ok: null, detail: expect.stringContaining('allow --network') });
      expect(decision(v)).toEqual({ status: 'hold', check: 'hold' });
    } finally {
      await responder.close();
    }
  });

  it('a forged saved response fails offline too; a saved response about another certificate is ignored', async () => {
    const forged = makeOcspResponse(pki.identity, pki.root, { status: 'good', signer: await makeResponderCert(stranger) });
    const v = await verifyEvidence({ bytes: evidence, aux: [chain, { name: 'ocsp.der', bytes: forged }] }, 'f', opts());
    expect(v.status).toBe('failed');
    const other = makeOcspResponse(pki.identity, pki.root, { status: 'good', serial: '0BADC0DE' });
    const w = await verifyEvidence({ bytes: evidence, aux: [chain, { name: 'ocsp.der', bytes: other }] }, 'f', opts());
    expect(w.status).toBe('verified');
    expect(gpu0(w)['cert_status']).toBeNull();
  });

  it('GPUs that share an intermediate ask about it once', async () => {
    const second = makeSpdmEvidence(pki.leaf, { nonce: NONCE });
    const list = Buffer.from(JSON.stringify([evidenceListEntry(evidence, pki.chainPem, NONCE), evidenceListEntry(second, pki.chainPem, NONCE)]));
    const responder = await startOcspResponder((req) => answer({ status: 'good' })(req.nonce));
    try {
      const v = await verifyEvidence({ bytes: list }, 'f', opts({ network: true, ocsp: { url: responder.url } }));
      expect(responder.requests).toHaveLength(1);
      expect((v.claims['gpus'] as Record<string, unknown>[]).map((g) => g['cert_status'])).toEqual(['valid', 'valid']);
      expect(v.steps.filter((s) => /^gpu\d\.ocsp$/.test(s.id)).map((s) => s.ok)).toEqual([true, true]);
      // Offline without answers: one line for the set says why, no request.
      const off = await verifyEvidence({ bytes: list }, 'f', opts({ ocsp: { url: responder.url } }));
      expect(responder.requests).toHaveLength(1);
      expect(off.steps.filter((s) => s.id.endsWith('ocsp'))).toEqual([{ id: 'ocsp', ok: null, detail: expect.stringMatching(/^2 GPU chains: no OCSP response came with the evidence for NVIDIA GH100 Identity \(allow --network/) }]);
    } finally {
      await responder.close();
    }
  });
});

describe('OCSP requests and responses (ASN.1)', () => {
  it('the request carries one SHA-384 CertID and the nonce; the response parses back', async () => {
    const req = ocspRequestFor(pki.identity.x509, pki.root.x509);
    const parsed = AsnParser.parse(req.der, OCSPRequest);
    expect(parsed.tbsRequest.requestList).toHaveLength(1);
    expect(parsed.tbsRequest.requestList[0]!.reqCert.hashAlgorithm.algorithm).toBe('2.16.840.1.101.3.4.2.2');
    const id = certIdFor(pki.identity.x509, pki.root.x509);
    expect(Buffer.from(parsed.tbsRequest.requestList[0]!.reqCert.issuerKeyHash.buffer).equals(id.issuerKeyHash)).toBe(true);
    const der = makeOcspResponse(pki.identity, pki.root, { status: 'revoked', reason: 6, nonce: req.nonce });
    const r = parseOcspResponse(der);
    expect(r.responseStatus).toBe('successful');
    expect(r.basic!.nonce!.equals(req.nonce)).toBe(true);
    expect(r.basic!.responses[0]!.status).toMatchObject({ kind: 'revoked', reason: 6 });
    expect(checkOcspResponse(der, pki.identity.x509, pki.root.x509, { at: new Date(), nonce: req.nonce })).toMatchObject({ result: 'revoked', reason: 'certificateHold' });
  });

  it('an OCSP response given beside TDX evidence (--certs reaches every item) is not taken for TDX collateral', () => {
    const der = makeOcspResponse(pki.identity, pki.root, { status: 'good' });
    const c = readTdxCollateral([{ name: 'ocsp.der', bytes: der }]);
    expect(c.crls).toEqual([]);
    expect(c.ignored).toEqual([{ source: 'ocsp.der', why: 'an OCSP response, not TDX collateral' }]);
  });

  it('bytes that are not an OCSP response are reported, never read as an answer', () => {
    const r = checkOcspResponse(Buffer.from('30030201ff', 'hex'), pki.identity.x509, pki.root.x509, { at: new Date(), nonce: null });
    expect(r).toMatchObject({ result: 'invalid', code: 'OCSP_MALFORMED' });
    expect(isOcspResponse(pki.root.der)).toBe(false);
  });

  it.skipIf(!haveVectors)('the real NVIDIA device chain yields CertIDs for its intermediates (no real NVIDIA OCSP response is among the vectors)', () => {
    const pem = vector('nvtrust-hopper/hopperCertChain.txt').toString('latin1');
    const certs = pem.split(/(?=-----BEGIN CERTIFICATE-----)/).filter((p) => p.includes('BEGIN')).map((p) => new X509Certificate(p));
    const id = certIdFor(certs[2]!, certs[3]!);
    expect(id.serial).toBe('6AFE7184F92232C8DF7B242261776E56');
    expect(id.issuerKeyHash.length).toBe(48);
  });
});

describe('SPDM/OCSP and NRAS about one GPU (joined by ueid)', () => {
  it('disagreeing on cert_status makes the GPU unreadable (deny); agreeing joins them', () => {
    const spdm = { label: 'evidence.0', claims: { gpus: [{ ueid: '42', arch: 'HOPPER', cert_status: 'revoked', ocsp_status: 'revoked' }] } };
    const nras = { label: 'evidence.1', claims: { gpus: [{ ueid: '42', arch: 'HOPPER', cert_status: 'valid', ocsp_status: 'good' }] } };
    const [joined] = gpuSubjects([spdm, nras]);
    expect(joined!.unreadable).toMatch(/disagree on (cert_status: revoked vs valid|ocsp_status: revoked vs good)/);
    const agree = gpuSubjects([spdm, { ...nras, claims: { gpus: [{ ueid: '42', cert_status: 'revoked' }] } }]);
    expect(agree).toHaveLength(1);
    expect(agree[0]!.unreadable).toBeUndefined();
  });
});
