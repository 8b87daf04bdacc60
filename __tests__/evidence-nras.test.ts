import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTrustRoots } from '../src/evidence/roots.js';
import { verifyEvidence } from '../src/evidence/verify/verify-evidence.js';
import { parseNrasEatTokenSet } from '../src/evidence/formats/nras-eat.js';
import { submodsProblems } from '../src/evidence/verify/nras.js';
import type { AuxFile, VerifyOptions } from '../src/evidence/types.js';
import { haveVectors, vector } from './helpers/vectors.js';
import { forgedJwt, jwksFile, makeNrasPki, makeTokenSet, submodsOf, writeNrasTrustRoots, NRAS_ISS, type NrasTestPki } from './helpers/nras-synth.js';

const opts = (over: Partial<VerifyOptions> = {}): VerifyOptions => ({
  reportData: null,
  gpuNonce: null,
  trustRoots: loadTrustRoots(),
  network: false,
  ...over,
});
const steps = (v: { steps: { id: string; ok: boolean | null }[] }) => Object.fromEntries(v.steps.map((s) => [s.id, s.ok]));
const json = (v: unknown) => Buffer.from(JSON.stringify(v));

describe.skipIf(!haveVectors)('the real NRAS token set (nvattest-sdk)', () => {
  const F = 'nvattest-sdk/hopperClaimsv3_detached_eat.json';
  const NONCE = Buffer.from('931d8dd0add203ac3d8b4fbde75e115278eefcdceac5b87671a748f32364dfcb', 'hex');

  it('structure, submods digest and nonce check; the signature is verifier unavailable (key not published)', async () => {
    const v = await verifyEvidence({ bytes: vector(F) }, 'f', opts({ gpuNonce: NONCE }));
    expect(v).toMatchObject({ kind: 'nvidia-gpu', format: 'nras-eat', status: 'unavailable', bindingMatches: true, trustRoots: 'none' });
    expect(steps(v)).toMatchObject({ parse: true, binding: true, submods: true, keys: null });
    expect(v.claims).toMatchObject({ count: 1, overall_result: true, iss: NRAS_ISS, exp: 1749605458 });
    expect((v.claims['gpus'] as unknown[])[0]).toMatchObject({
      name: 'GPU-0',
      arch: 'HOPPER',
      measres: 'success',
      debug: false,
      driver_version: '550.90.07',
      vbios_version: '96.00.9F.00.01',
      cert_status: 'valid',
    });
  });

  it('with a key set that lacks its kid: still unavailable, naming the kid', async () => {
    const pki = await makeNrasPki();
    const v = await verifyEvidence({ bytes: vector(F), aux: [jwksFile(pki)] }, 'f', opts({ gpuNonce: NONCE, at: new Date(1749602000_000) }));
    expect(v.status).toBe('unavailable');
    expect(v.steps.find((s) => s.id === 'overall.key')!.detail).toMatch(/holds no key nv-eat-kid-prod-20250609211310110/);
  });

  it('the submods digest is the one the README computed', () => {
    const t = parseNrasEatTokenSet(JSON.parse(vector(F).toString('utf8')));
    expect(submodsProblems(t)).toEqual([]);
    expect((t.overall.claims['submods'] as Record<string, unknown>)['GPU-0']).toEqual(['DIGEST', ['SHA-256', 'd7c2a949a5c69bff1a12de3da0c9a23bc966041b811b99a89dfe44c2dde8c37c']]);
  });

  it('a changed device token breaks the submods digest: failed', async () => {
    const set = JSON.parse(vector(F).toString('utf8')) as [unknown, Record<string, string>];
    const [h, p, s] = set[1]['GPU-0']!.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString('utf8'));
    claims.measres = 'success ';
    set[1]['GPU-0'] = `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`;
    const v = await verifyEvidence({ bytes: json(set) }, 'f', opts({ gpuNonce: NONCE }));
    expect(v.status).toBe('failed');
    expect(steps(v)['submods']).toBe(false);
  });

  it('a wrong nonce denies', async () => {
    const v = await verifyEvidence({ bytes: vector(F) }, 'f', opts({ gpuNonce: Buffer.alloc(32, 9) }));
    expect(v).toMatchObject({ status: 'failed', bindingMatches: false });
  });
});

describe('NRAS token sets from test keys', () => {
  const nonce = Buffer.alloc(32, 0x3a);
  const iat = 1_790_000_000;
  const at = new Date((iat + 60) * 1000);

  async function setup(o: { kid?: string } = {}) {
    const pki = await makeNrasPki(o);
    const dir = mkdtempSync(join(tmpdir(), 'nras-roots-'));
    writeNrasTrustRoots(dir, pki);
    return { pki, roots: loadTrustRoots(dir) };
  }
  const run = (set: unknown, pki: NrasTestPki, roots: ReturnType<typeof loadTrustRoots>, over: Partial<VerifyOptions> = {}, aux: AuxFile[] = [jwksFile(pki)]) =>
    verifyEvidence({ bytes: json(set), aux }, 'f', opts({ gpuNonce: nonce, trustRoots: roots, at, ...over }));

  it('verifies: ES384 by a key whose x5c reaches the NRAS intermediate, submods, nonce, time', async () => {
    const { pki, roots } = await setup();
    const set = await makeTokenSet(pki, { nonce, iat, gpus: 2 });
    const v = await run(set, pki, roots);
    expect(v).toMatchObject({ status: 'verified', bindingMatches: true, trustRoots: 'custom', claims: { count: 2, overall_result: true } });
    expect(steps(v)).toMatchObject({ submods: true, 'overall.signature': true, 'GPU-0.signature': true, 'GPU-1.signature': true, keys: true });
    expect(v.steps.find((s) => s.id === 'keys')!.detail).toMatch(/Test NRAS signing key -> Test NRAS GPU Intermediate/);
  });

  it('the shipped roots do not anchor a test key: failed CHAIN_NO_ANCHOR', async () => {
    const { pki } = await setup();
    const v = await run(await makeTokenSet(pki, { nonce, iat }), pki, loadTrustRoots());
    expect(v.status).toBe('failed');
    expect(v.steps.find((s) => s.id === 'overall.key')!.detail).toMatch(/CHAIN_NO_ANCHOR/);
  });

  it('expired at the clock, or issued after it: failed', async () => {
    const { pki, roots } = await setup();
    const set = await makeTokenSet(pki, { nonce, iat });
    const late = await run(set, pki, roots, { at: new Date((iat + 7200) * 1000) });
    expect(late.status).toBe('failed');
    expect(late.steps.find((s) => s.id === 'overall.signature')!.detail).toMatch(/ERR_JWT_EXPIRED/);
    const early = await run(set, pki, roots, { at: new Date((iat - 3600) * 1000) });
    expect(early.status).toBe('failed');
  });

  it('a wrong nonce denies', async () => {
    const { pki, roots } = await setup();
    const v = await run(await makeTokenSet(pki, { nonce: Buffer.alloc(32, 1), iat }), pki, roots);
    expect(v).toMatchObject({ status: 'failed', bindingMatches: false });
  });

  it('HS256 (the local verifier\'s shared secret) never passes, even with the secret in the key set', async () => {
    const { pki, roots } = await setup();
    const secret = Buffer.alloc(32, 7);
    const claims = { iss: NRAS_ISS, eat_nonce: nonce.toString('hex'), iat, nbf: iat, exp: iat + 3600, measres: 'success' };
    const device = forgedJwt({ alg: 'HS256', kid: pki.kid }, claims, secret);
    const overall = forgedJwt({ alg: 'HS256', kid: pki.kid }, { ...claims, submods: submodsOf({ 'GPU-0': device }) }, secret);
    const jwks = { name: 'jwks.json', bytes: json({ keys: [...pki.jwks.keys, { kty: 'oct', kid: pki.kid, k: secret.toString('base64url'), alg: 'HS256' }] }) };
    const v = await run([['JWT', overall], { 'GPU-0': device }], pki, roots, {}, [jwks]);
    expect(v.status).toBe('failed');
    expect(v.steps.find((s) => s.id === 'signature')!.detail).toMatch(/shared-secret .* never passes/);
  });

  it('alg none never passes', async () => {
    const { pki, roots } = await setup();
    const claims = { iss: NRAS_ISS, eat_nonce: nonce.toString('hex'), iat, nbf: iat, exp: iat + 3600 };
    const device = forgedJwt({ alg: 'none' }, claims);
    const overall = forgedJwt({ alg: 'none' }, { ...claims, submods: submodsOf({ 'GPU-0': device }) });
    const v = await run([['JWT', overall], { 'GPU-0': device }], pki, roots);
    expect(v.status).toBe('failed');
    expect(steps(v)['signature']).toBe(false);
  });

  it('an ES384 header over a token signed by another key fails the signature', async () => {
    const { pki, roots } = await setup();
    const other = await makeNrasPki({ kid: pki.kid });
    const v = await run(await makeTokenSet(other, { nonce, iat }), pki, roots);
    expect(v.status).toBe('failed');
    expect(v.steps.find((s) => s.id === 'overall.signature')!.detail).toMatch(/ERR_JWS_SIGNATURE_VERIFICATION_FAILED/);
  });

  it('a JWK that is not its x5c leaf\'s key fails', async () => {
    const { pki, roots } = await setup();
    const other = await makeNrasPki({ kid: pki.kid });
    const mixed = { ...pki.jwks.keys[0]!, x5c: other.jwks.keys[0]!['x5c'] };
    const v = await run(await makeTokenSet(pki, { nonce, iat }), pki, roots, {}, [{ name: 'jwks.json', bytes: json({ keys: [mixed] }) }]);
    expect(v.status).toBe('failed');
    expect(v.steps.find((s) => s.id === 'overall.key')!.detail).toMatch(/not the key of its x5c leaf/);
  });

  it('a key without x5c cannot be tied to NVIDIA: failed', async () => {
    const { pki, roots } = await setup();
    const bare = { ...pki.jwks.keys[0]! };
    delete bare['x5c'];
    const v = await run(await makeTokenSet(pki, { nonce, iat }), pki, roots, {}, [{ name: 'jwks.json', bytes: json({ keys: [bare] }) }]);
    expect(v.status).toBe('failed');
  });

  it('a device token left out of the overall token\'s submods, or swapped for another, fails', async () => {
    const { pki, roots } = await setup();
    const a = await makeTokenSet(pki, { nonce, iat, gpus: 2 });
    const missing = await run([a[0], { 'GPU-0': a[1]['GPU-0']! }], pki, roots);
    expect(missing.status).toBe('failed');
    expect(steps(missing)['submods']).toBe(false);
    const b = await makeTokenSet(pki, { nonce, iat, gpus: 2, gpuClaims: { measres: 'fail' } });
    const swapped = await run([a[0], { ...a[1], 'GPU-1': b[1]['GPU-1']! }], pki, roots);
    expect(swapped.status).toBe('failed');
    expect(steps(swapped)['submods']).toBe(false);
  });

  it('fetches the key set only with --network, keeps it as material, and is unavailable when it cannot', async () => {
    const { pki, roots } = await setup();
    const set = await makeTokenSet(pki, { nonce, iat });
    const urls: string[] = [];
    const get = async (url: string) => {
      urls.push(url);
      return { status: 200, headers: {}, body: json(pki.jwks) };
    };
    const off = await run(set, pki, roots, { nras: { get } }, []);
    expect(off.status).toBe('unavailable');
    expect(urls).toEqual([]);
    const on = await run(set, pki, roots, { network: true, nras: { get, jwksUrl: 'http://127.0.0.1:9/jwks.json' } }, []);
    expect(on.status).toBe('verified');
    expect(urls).toEqual(['http://127.0.0.1:9/jwks.json']);
    expect(on.material?.map((m) => m.name)).toEqual(['nras-jwks.json']);
    // Offline replay from the saved key set.
    const replay = await run(set, pki, roots, {}, on.material!);
    expect(replay.status).toBe('verified');
    const down = await run(set, pki, roots, { network: true, nras: { get: async () => ({ status: 503, headers: {}, body: Buffer.alloc(0) }) } }, []);
    expect(down.status).toBe('unavailable');
    expect(down.detail).toMatch(/NRAS answered 503/);
  });
});
