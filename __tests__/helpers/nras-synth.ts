/**
 * Test NRAS PKI and token sets, made from test keys: a `Test NVIDIA Attestation Service CA` root, a
 * `Test NRAS GPU Intermediate` (the anchor, as the shipped NRAS intermediate is) and a P-384 signing
 * key whose certificate is its JWK's x5c. Token sets have the NRAS shape: an overall token whose
 * `submods` carry the SHA-256 of each device token.
 */
import { createHash, createHmac } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { makeCert, type TestCert } from './test-pki.js';

export const NRAS_ISS = 'https://nras.attestation.nvidia.com';

export interface NrasTestPki {
  root: TestCert;
  intermediate: TestCert;
  signer: TestCert;
  kid: string;
  /** `{"keys": [...]}` as NRAS serves it. */
  jwks: { keys: Record<string, unknown>[] };
}

export async function makeNrasPki(o: { kid?: string; notAfter?: Date } = {}): Promise<NrasTestPki> {
  const root = await makeCert({ name: 'Test NVIDIA Attestation Service CA', curve: 'P-384' });
  const intermediate = await makeCert({ name: 'Test NRAS GPU Intermediate', curve: 'P-384', issuer: root, ca: true });
  const signer = await makeCert({ name: 'Test NRAS signing key', curve: 'P-384', issuer: intermediate, ca: false, ...(o.notAfter ? { notAfter: o.notAfter } : {}) });
  const kid = o.kid ?? 'nv-eat-kid-test-1';
  const jwk = signer.publicKey.export({ format: 'jwk' }) as Record<string, unknown>;
  return {
    root,
    intermediate,
    signer,
    kid,
    jwks: { keys: [{ ...jwk, kid, alg: 'ES384', use: 'sig', x5c: [signer.der.toString('base64'), intermediate.der.toString('base64')] }] },
  };
}

export function jwksFile(pki: NrasTestPki, name = 'nras-jwks.json') {
  return { name, bytes: Buffer.from(JSON.stringify(pki.jwks)) };
}

/** Write the test NRAS intermediate as `<dir>/nvidia/nras_intermediate.pem` (a `--trust-roots` directory). */
export function writeNrasTrustRoots(dir: string, pki: NrasTestPki): void {
  mkdirSync(join(dir, 'nvidia'), { recursive: true });
  writeFileSync(join(dir, 'nvidia', 'nras_intermediate.pem'), pki.intermediate.pem);
}

export interface TokenSetOptions {
  nonce: Buffer;
  iat: number;
  gpus?: number;
  gpuClaims?: Record<string, unknown>;
  /** Each GPU's ueid (NRAS: the device certificate's serial in decimal); default 1000, 1001, ... */
  ueids?: string[];
}

async function es384(pki: NrasTestPki, claims: Record<string, unknown>, iat: number): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES384', kid: pki.kid })
    .setIssuer(NRAS_ISS)
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + 3600)
    .sign(pki.signer.keys.privateKey);
}

export function submodsOf(devices: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(devices).map(([n, t]) => [n, ['DIGEST', ['SHA-256', createHash('sha256').update(t).digest('hex')]]]));
}

/** `[["JWT", overall], {"GPU-0": device, ...}]`, every token ES384 by the test signing key. */
export async function makeTokenSet(pki: NrasTestPki, o: TokenSetOptions): Promise<[['JWT', string], Record<string, string>]> {
  const devices: Record<string, string> = {};
  for (let i = 0; i < (o.gpus ?? 1); i++) {
    devices[`GPU-${i}`] = await es384(
      pki,
      {
        eat_nonce: o.nonce.toString('hex'),
        hwmodel: 'GH100 A01 GSP BROM',
        ueid: o.ueids?.[i] ?? `${1000 + i}`,
        secboot: true,
        dbgstat: 'disabled',
        measres: 'success',
        'x-nvidia-gpu-driver-version': '550.90.07',
        'x-nvidia-gpu-vbios-version': '96.00.9F.00.01',
        'x-nvidia-gpu-attestation-report-cert-chain': { 'x-nvidia-cert-status': 'valid', 'x-nvidia-cert-ocsp-status': 'good' },
        ...o.gpuClaims,
      },
      o.iat,
    );
  }
  const overall = await es384(pki, { sub: 'NVIDIA-PLATFORM-ATTESTATION', eat_nonce: o.nonce.toString('hex'), 'x-nvidia-overall-att-result': true, 'x-nvidia-ver': '3.0', submods: submodsOf(devices) }, o.iat);
  return [['JWT', overall], devices];
}

/** An unsigned-or-HMAC compact JWT with the given header (for tokens that must never pass). */
export function forgedJwt(header: Record<string, unknown>, claims: Record<string, unknown>, secret?: Buffer): string {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const input = `${b64(header)}.${b64(claims)}`;
  if (!secret) return `${input}.`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}
