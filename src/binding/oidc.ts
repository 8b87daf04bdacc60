import { createLocalJWKSet, decodeJwt, type JSONWebKeySet, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import type { HttpFetcher } from '../net/http.js';
import { InputError, q } from '../util/errors.js';
import { READ_LIMITS, readRegularText } from '../util/read-file.js';

/**
 * GitHub OIDC job identity (DESIGN §3). The producer asks GitHub for a token with audience
 * `compute-receipt` and binds its SHA-256; the verifier checks the token's signature with GitHub's
 * keys (fetched when the network is allowed, or from a key-set file) and that its repository, run
 * and commit are the receipt's job context. This module does no `@actions/*` I/O, so the receipt
 * replay can use it.
 */

export const OIDC_AUDIENCE = 'compute-receipt';
export const GITHUB_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';

/** The token issuer for a GitHub server: github.com's, or GHES's `/_services/token`. */
export function oidcIssuer(serverUrl: string | null | undefined): string {
  const s = (serverUrl ?? '').replace(/\/+$/, '');
  if (s === '' || /^https:\/\/github\.com$/i.test(s)) return GITHUB_OIDC_ISSUER;
  return `${s}/_services/token`;
}

export function jwksUrl(issuer: string): URL {
  return new URL(`${issuer.replace(/\/+$/, '')}/.well-known/jwks`);
}

export interface ExpectedJob {
  repository: string | null;
  run_id: string | null;
  sha: string | null;
  run_attempt?: string | null;
  workflow_ref?: string | null;
}

export interface OidcVerifyOptions {
  /** A key set read from a trusted file; takes precedence over the network. */
  jwks?: JSONWebKeySet | null;
  /** Fetch GitHub's key set when no file is given. */
  network: boolean;
  issuer?: string;
  audience?: string;
  expected: ExpectedJob;
  /** Key getter override for the network case (tests). */
  remoteKeys?: JWTVerifyGetKey;
  /** The fetcher for the issuer's key set (default: the proxy-aware network layer). */
  http?: HttpFetcher;
}

export type OidcVerification =
  | { status: 'verified'; detail: string; claims: JWTPayload }
  | { status: 'failed'; detail: string }
  | { status: 'unavailable'; detail: string };

/** Read a JWKS file (`{"keys": [...]}`); a malformed file is an input error. */
export async function loadJwksFile(path: string): Promise<JSONWebKeySet> {
  const text = await readRegularText(path, { maxBytes: READ_LIMITS.jwks, what: 'key-set file' });
  let j: unknown;
  try {
    j = JSON.parse(text);
  } catch {
    throw new InputError('CONFIG_INVALID', `key-set file ${q(path)} is not valid JSON`);
  }
  if (!j || typeof j !== 'object' || !Array.isArray((j as { keys?: unknown }).keys)) {
    throw new InputError('CONFIG_INVALID', `key-set file ${q(path)} has no "keys" list`);
  }
  return j as JSONWebKeySet;
}

/**
 * Verify a saved OIDC token: signature first (RS256 by the issuer's keys), then issuer, audience,
 * and the job claims. A receipt is replayed after the token has expired, so `exp`/`nbf` are checked
 * at the token's own signed issue time; the signed `iat` is reported.
 */
export async function verifyOidcToken(token: string, opts: OidcVerifyOptions): Promise<OidcVerification> {
  const issuer = opts.issuer ?? GITHUB_OIDC_ISSUER;
  let keys: JWTVerifyGetKey;
  if (opts.jwks) keys = createLocalJWKSet(opts.jwks);
  else if (opts.network && opts.remoteKeys) keys = opts.remoteKeys;
  else if (opts.network) {
    try {
      // Loaded only when used: the network layer brings the proxy-aware HTTP stack.
      const http = opts.http ?? (await import('../net/http.js')).createHttpFetcher({ allowed: true, timeoutMs: 10_000 });
      const res = await http.get(jwksUrl(issuer).href, { accept: 'application/json', maxBytes: 1024 * 1024 });
      const j = JSON.parse(res.body.toString('utf8')) as unknown;
      if (!j || typeof j !== 'object' || !Array.isArray((j as { keys?: unknown }).keys)) throw new Error(`${jwksUrl(issuer).href} did not return a key set`);
      keys = createLocalJWKSet(j as JSONWebKeySet);
    } catch (e) {
      return { status: 'unavailable', detail: `OIDC token not verified: key set unavailable (${(e as Error).message})`.replace(/[\r\n]+/g, ' ').slice(0, 300) };
    }
  } else return { status: 'unavailable', detail: 'OIDC token not verified: no key set (allow network, or give a key-set file)' };

  let unverified: JWTPayload;
  try {
    unverified = decodeJwt(token.trim());
  } catch {
    return { status: 'failed', detail: 'OIDC token is not a JWT' };
  }
  if (typeof unverified.iat !== 'number') return { status: 'failed', detail: 'OIDC token has no iat' };
  const at = new Date(Math.max(unverified.iat, typeof unverified.nbf === 'number' ? unverified.nbf : 0) * 1000);

  let claims: JWTPayload;
  try {
    ({ payload: claims } = await jwtVerify(token.trim(), keys, {
      issuer,
      audience: opts.audience ?? OIDC_AUDIENCE,
      algorithms: ['RS256'],
      currentDate: at,
      clockTolerance: 5,
    }));
  } catch (e) {
    const code = (e as { code?: string }).code ?? 'ERR';
    if (code === 'ERR_JWKS_TIMEOUT' || (opts.network && !opts.jwks && /fetch|network|ENOTFOUND|ECONN/i.test((e as Error).message))) {
      return { status: 'unavailable', detail: `OIDC token not verified: key set unavailable (${code})` };
    }
    return { status: 'failed', detail: `OIDC token rejected: ${code}: ${(e as Error).message}`.replace(/[\r\n]+/g, ' ').slice(0, 300) };
  }

  const wrong: string[] = [];
  const cmp = (claim: string, expected: string | null | undefined, required: boolean) => {
    const got = claims[claim];
    if (expected === undefined || (expected === null && !required)) return;
    if (expected === null) wrong.push(`${claim}: the receipt has none to compare`);
    else if (typeof got !== 'string' || got.toLowerCase() !== expected.toLowerCase()) wrong.push(`${claim}: token ${JSON.stringify(got ?? null)} vs receipt ${JSON.stringify(expected)}`);
  };
  cmp('repository', opts.expected.repository, true);
  cmp('run_id', opts.expected.run_id, true);
  cmp('sha', opts.expected.sha, true);
  cmp('run_attempt', opts.expected.run_attempt, false);
  cmp('workflow_ref', opts.expected.workflow_ref, false);
  if (wrong.length) return { status: 'failed', detail: `OIDC token does not match the receipt's job: ${wrong.join('; ')}` };
  return {
    status: 'verified',
    detail: `OIDC token signed by ${issuer} for ${String(claims['repository'])} run ${String(claims['run_id'])} at ${new Date((claims.iat ?? 0) * 1000).toISOString()}`,
    claims,
  };
}
