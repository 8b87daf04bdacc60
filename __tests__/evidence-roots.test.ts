import { describe, expect, it } from 'vitest';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHIPPED_ROOT_PINS, loadTrustRoots, pemCertificates } from '../src/evidence/index.js';
import { assetBytes, assetNames } from '../src/util/assets.js';
import { InputError } from '../src/util/errors.js';
import { VECTORS, haveVectors } from './helpers/vectors.js';

describe('shipped trust roots', () => {
  const roots = loadTrustRoots();

  it('are shipped, pinned and complete', () => {
    expect(roots.kind).toBe('shipped');
    expect(Object.keys(SHIPPED_ROOT_PINS).sort()).toEqual(assetNames('roots').filter((n) => n.endsWith('.pem')));
    for (const c of roots.certs) expect(createHash('sha256').update(c.der).digest('hex')).toBe(c.sha256);
    expect(roots.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it.each([
    ['intel/Intel_SGX_Root_CA.pem', 'intel', 'CN=Intel SGX Root CA'],
    ['amd/milan_ark.pem', 'amd', 'CN=ARK-Milan'],
    ['amd/gosev_ask_ark_genoa_vlek.pem#0', 'amd', 'CN=SEV-VLEK-Genoa'],
    ['nvidia/verifier_device_root.pem', 'nvidia', 'CN=NVIDIA Device Identity CA'],
    ['nvidia/nras_gpu_intermediate_004.pem', 'nvidia', 'CN=NVIDIA Attestation Service GPU Intermediate 004'],
  ])('%s is %s with %s', (name, vendor, cn) => {
    const c = roots.certs.find((r) => r.name === name)!;
    expect(c.vendor).toBe(vendor);
    expect(c.x509.subject).toContain(cn);
  });

  it('the Intel root is self-signed and verifies itself', () => {
    const c = roots.certs.find((r) => r.vendor === 'intel')!;
    expect(c.x509.verify(c.x509.publicKey)).toBe(true);
  });

  it('pins equal the shipped files (openssl-equivalent DER hashes)', () => {
    for (const [name, pin] of Object.entries(SHIPPED_ROOT_PINS)) {
      const ders = pemCertificates(assetBytes('roots', name)!.toString('latin1'));
      expect(ders.map((d) => createHash('sha256').update(d).digest('hex'))).toEqual(pin.sha256);
    }
  });

  it.skipIf(!haveVectors)('pins equal ../shared/vectors/roots/README.txt', () => {
    const readme = readFileSync(join(VECTORS, 'roots/README.txt'), 'utf8');
    for (const pin of Object.values(SHIPPED_ROOT_PINS)) for (const h of pin.sha256) expect(readme).toContain(h);
  });

  it('the digest is over the sorted unique pins', () => {
    const pins = [...new Set(roots.certs.map((c) => c.sha256))].sort();
    const h = createHash('sha256');
    for (const p of pins) h.update(Buffer.from(p, 'hex'));
    expect(roots.digest).toBe('sha256:' + h.digest('hex'));
  });
});

describe('custom trust roots', () => {
  const pem = assetBytes('roots', 'intel/Intel_SGX_Root_CA.pem')!.toString();

  it('a directory of PEM files is custom, vendor from the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cr-roots-'));
    try {
      mkdirSync(join(dir, 'intel'));
      writeFileSync(join(dir, 'intel', 'test-root.pem'), pem);
      const r = loadTrustRoots(dir);
      expect(r.kind).toBe('custom');
      expect(r.certs).toHaveLength(1);
      expect(r.certs[0]!).toMatchObject({ name: 'intel/test-root.pem', vendor: 'intel' });
      expect(r.certs[0]!.x509).toBeInstanceOf(X509Certificate);
      expect(r.digest).not.toBe(loadTrustRoots().digest);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['missing', 'PATH_MISSING', (d: string) => join(d, 'nope')],
    ['empty', 'USAGE', (d: string) => d],
  ])('%s directory -> %s', (_n, code, path) => {
    const dir = mkdtempSync(join(tmpdir(), 'cr-roots-'));
    try {
      loadTrustRoots(path(dir));
      throw new Error('expected a throw');
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).code).toBe(code);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
