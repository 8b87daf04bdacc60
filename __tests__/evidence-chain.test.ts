import { describe, expect, it } from 'vitest';
import { X509Certificate } from 'node:crypto';
import { loadTrustRoots } from '../src/evidence/index.js';
import { certName, verifyChain } from '../src/evidence/verify/chain.js';
import { makeCert, makeChain } from './helpers/test-pki.js';

const AT = new Date('2026-06-01T00:00:00Z');

function shipped(name: string): X509Certificate {
  const c = loadTrustRoots().certs.find((r) => r.name === name);
  if (!c) throw new Error(`no shipped root ${name}`);
  return c.x509;
}

describe('verifyChain on the shipped vendor certificates', () => {
  it('the Milan ASK (RSA-PSS) chains to the pinned Milan ARK', () => {
    const r = verifyChain({ leaf: shipped('amd/milan_ask.pem'), anchors: [shipped('amd/milan_ark.pem')], at: AT });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.path.map(certName)).toEqual(['SEV-Milan', 'ARK-Milan']);
  });

  it('the Milan ASK does not chain to the Genoa ARK', () => {
    const r = verifyChain({ leaf: shipped('amd/milan_ask.pem'), anchors: [shipped('amd/genoa_ark.pem')], at: AT });
    expect(r).toMatchObject({ ok: false, code: 'CHAIN_NO_ANCHOR' });
  });

  it('the VLEK ASVK chains to its ARK and expires with it', () => {
    const asvk = shipped('amd/gosev_ask_ark_genoa_vlek.pem#0');
    const ark = shipped('amd/gosev_ask_ark_genoa_vlek.pem#1');
    expect(verifyChain({ leaf: asvk, anchors: [ark], at: AT }).ok).toBe(true);
    const late = new Date(new Date(asvk.validTo).getTime() + 86_400_000);
    expect(verifyChain({ leaf: asvk, anchors: [ark], at: late })).toMatchObject({ ok: false, code: 'CHAIN_EXPIRED' });
  });
});

describe('verifyChain on test chains', () => {
  it('verifies leaf -> intermediate -> root, and only to a given anchor', async () => {
    const { root, intermediate, leaf } = await makeChain('Chain', 'P-384');
    const ok = verifyChain({ leaf: leaf.x509, intermediates: [intermediate.x509], anchors: [root.x509], at: AT });
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.path).toHaveLength(3);
    const other = await makeCert({ name: 'Chain Root CA', curve: 'P-384' });
    // Same subject, other key: the name matches but the signature does not.
    expect(verifyChain({ leaf: leaf.x509, intermediates: [intermediate.x509], anchors: [other.x509], at: AT })).toMatchObject({
      ok: false,
      code: 'CHAIN_SIGNATURE',
    });
    expect(verifyChain({ leaf: leaf.x509, anchors: [root.x509], at: AT })).toMatchObject({ ok: false, code: 'CHAIN_NO_ANCHOR' });
    expect(verifyChain({ leaf: leaf.x509, intermediates: [intermediate.x509], anchors: [], at: AT })).toMatchObject({ ok: false, code: 'CHAIN_NO_ANCHOR' });
  });

  it('never accepts an untrusted self-signed certificate as its own anchor', async () => {
    const { root, intermediate, leaf } = await makeChain('Rogue');
    const r = verifyChain({ leaf: leaf.x509, intermediates: [intermediate.x509, root.x509], anchors: [(await makeCert({ name: 'Real Root' })).x509], at: AT });
    expect(r.ok).toBe(false);
  });

  it('refuses a flipped signature byte anywhere in the leaf', async () => {
    const { root, intermediate, leaf } = await makeChain('Flip');
    const der = Buffer.from(leaf.der);
    der[der.length - 5]! ^= 0x01;
    let flipped: X509Certificate;
    try {
      flipped = new X509Certificate(der);
    } catch {
      return; // a DER that no longer parses cannot verify either
    }
    const r = verifyChain({ leaf: flipped, intermediates: [intermediate.x509], anchors: [root.x509], at: AT });
    expect(r.ok).toBe(false);
  });

  it('checks validity of every certificate on the path at the clock', async () => {
    const root = await makeCert({ name: 'Clock Root', notAfter: new Date('2030-01-01T00:00:00Z') });
    const mid = await makeCert({ name: 'Clock Mid', issuer: root, ca: true, notBefore: new Date('2025-01-01T00:00:00Z') });
    const leaf = await makeCert({ name: 'Clock Leaf', issuer: mid, ca: false });
    const base = { leaf: leaf.x509, intermediates: [mid.x509], anchors: [root.x509] };
    expect(verifyChain({ ...base, at: AT }).ok).toBe(true);
    expect(verifyChain({ ...base, at: new Date('2024-06-01T00:00:00Z') })).toMatchObject({ ok: false, code: 'CHAIN_NOT_YET_VALID' });
    expect(verifyChain({ ...base, at: new Date('2031-01-01T00:00:00Z') })).toMatchObject({ ok: false, code: 'CHAIN_EXPIRED' });
  });

  it('refuses an issuer that is not a CA', async () => {
    const root = await makeCert({ name: 'NotCA Root' });
    const endEntity = await makeCert({ name: 'NotCA Mid', issuer: root, ca: false });
    const leaf = await makeCert({ name: 'NotCA Leaf', issuer: endEntity, ca: false });
    expect(verifyChain({ leaf: leaf.x509, intermediates: [endEntity.x509], anchors: [root.x509], at: AT })).toMatchObject({
      ok: false,
      code: 'CHAIN_ISSUER_NOT_CA',
    });
  });

  it('asks the revocation callback about every certificate below the anchor', async () => {
    const { root, intermediate, leaf } = await makeChain('Revoke');
    const asked: string[] = [];
    const r = verifyChain({
      leaf: leaf.x509,
      intermediates: [intermediate.x509],
      anchors: [root.x509],
      at: AT,
      revoked: (c) => {
        asked.push(certName(c));
        return certName(c) === 'Revoke Intermediate CA' ? 'keyCompromise' : null;
      },
    });
    expect(asked).toEqual(['Revoke Leaf', 'Revoke Intermediate CA']);
    expect(r).toMatchObject({ ok: false, code: 'CHAIN_REVOKED' });
  });
});
