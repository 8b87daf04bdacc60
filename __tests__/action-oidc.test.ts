import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { GITHUB_OIDC_ISSUER, loadJwksFile, oidcIssuer, verifyOidcToken } from '../src/binding/oidc.js';
import { InputError } from '../src/util/errors.js';
import { type HttpFetcher, NetworkError } from '../src/net/http.js';

const job = { repository: 'octo-org/ml', run_id: '42', sha: '1'.repeat(40), run_attempt: '1', workflow_ref: 'octo-org/ml/.github/workflows/train.yml@refs/heads/main' };

let jwks: { keys: object[] };
let otherJwks: { keys: object[] };
let sign: (claims: Record<string, unknown>, opts?: { iss?: string; aud?: string; iat?: number; exp?: number }) => Promise<string>;

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const other = await generateKeyPair('RS256', { extractable: true });
  jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] };
  otherJwks = { keys: [{ ...(await exportJWK(other.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] };
  sign = async (claims, o = {}) => {
    // An expired token (issued long ago) still verifies: it is checked at its own issue time.
    const iat = o.iat ?? 1_700_000_000;
    return new SignJWT({ ...job, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(o.iss ?? GITHUB_OIDC_ISSUER)
      .setAudience(o.aud ?? 'compute-receipt')
      .setIssuedAt(iat)
      .setNotBefore(iat - 60)
      .setExpirationTime(o.exp ?? iat + 300)
      .sign(privateKey);
  };
});

describe('verifyOidcToken', () => {
  it('verifies the signature and that repository, run and sha match the job', async () => {
    const v = await verifyOidcToken(await sign({}), { jwks, network: false, expected: job });
    expect(v.status).toBe('verified');
    expect(v.detail).toContain('octo-org/ml run 42');
  });

  it.each([
    ['another repository', { repository: 'evil/ml' }, /repository/],
    ['another run', { run_id: '43' }, /run_id/],
    ['another commit', { sha: '2'.repeat(40) }, /sha/],
    ['another attempt', { run_attempt: '2' }, /run_attempt/],
  ])('fails for %s', async (_n, claims, re) => {
    const v = await verifyOidcToken(await sign(claims), { jwks, network: false, expected: job });
    expect(v.status).toBe('failed');
    expect(v.detail).toMatch(re);
  });

  it.each([
    ['a wrong audience', { aud: 'sts.amazonaws.com' }],
    ['a wrong issuer', { iss: 'https://evil.example' }],
  ])('fails for %s', async (_n, o) => {
    const v = await verifyOidcToken(await sign({}, o), { jwks, network: false, expected: job });
    expect(v.status).toBe('failed');
  });

  it('fails for a token signed by another key', async () => {
    const v = await verifyOidcToken(await sign({}), { jwks: otherJwks, network: false, expected: job });
    expect(v).toMatchObject({ status: 'failed' });
  });

  it('fails for a receipt without a job context to compare', async () => {
    const v = await verifyOidcToken(await sign({}), { jwks, network: false, expected: { repository: null, run_id: null, sha: null } });
    expect(v.status).toBe('failed');
  });

  it('fails for garbage', async () => {
    expect((await verifyOidcToken('not.a.jwt', { jwks, network: false, expected: job })).status).toBe('failed');
  });

  it('is not a pass without a key set and without network', async () => {
    const v = await verifyOidcToken(await sign({}), { network: false, expected: job });
    expect(v).toEqual({ status: 'unavailable', detail: expect.stringMatching(/^OIDC token not verified: no key set/) });
  });

  it('uses the remote key set when the network is allowed', async () => {
    const { createLocalJWKSet } = await import('jose');
    const v = await verifyOidcToken(await sign({}), { network: true, expected: job, remoteKeys: createLocalJWKSet(jwks as never) });
    expect(v.status).toBe('verified');
  });

  it("fetches the issuer's key set through the network layer, and is unavailable when it cannot", async () => {
    const served: string[] = [];
    const http: HttpFetcher = {
      async get(url) {
        served.push(url);
        return { url, status: 200, headers: new Headers(), body: Buffer.from(JSON.stringify(jwks)) };
      },
    };
    const v = await verifyOidcToken(await sign({}), { network: true, expected: job, http });
    expect(v.status).toBe('verified');
    expect(served).toEqual([`${GITHUB_OIDC_ISSUER}/.well-known/jwks`]);
    const down: HttpFetcher = {
      get: async (url) => {
        throw new NetworkError(url, 'HTTP 503 Service Unavailable', 503);
      },
    };
    const u = await verifyOidcToken(await sign({}), { network: true, expected: job, http: down });
    expect(u).toEqual({ status: 'unavailable', detail: expect.stringContaining('failed: HTTP 503') });
  });
});

describe('key-set files and issuers', () => {
  it('reads a JWKS file and rejects bad ones with an InputError', async () => {
    const d = mkdtempSync(join(tmpdir(), 'oidc-'));
    writeFileSync(join(d, 'ok.json'), JSON.stringify({ keys: [] }));
    writeFileSync(join(d, 'bad.json'), '{');
    expect(await loadJwksFile(join(d, 'ok.json'))).toEqual({ keys: [] });
    await expect(loadJwksFile(join(d, 'bad.json'))).rejects.toBeInstanceOf(InputError);
    await expect(loadJwksFile(join(d, 'none.json'))).rejects.toBeInstanceOf(InputError);
  });

  it('derives the issuer for github.com and GHES', () => {
    expect(oidcIssuer('https://github.com')).toBe('https://token.actions.githubusercontent.com');
    expect(oidcIssuer(undefined)).toBe('https://token.actions.githubusercontent.com');
    expect(oidcIssuer('https://ghes.example/')).toBe('https://ghes.example/_services/token');
  });
});
