/**
 * NRAS detached EAT token set verification (no policy):
 *
 * - structure: the overall token's `submods` name exactly the device tokens, each by the SHA-256 (or
 *   -384/-512) digest of the device token's compact text, so the overall token signs every GPU token;
 * - algorithm: ES384 only. A token signed with a shared secret (the local verifier's HS256) or
 *   `alg: none` is unauthenticated and fails, whatever the key set holds;
 * - key: the header `kid` in NVIDIA's key set (JWKS, a file that came with the evidence or, with the
 *   network allowed, fetched and kept as material for offline replay); the key's `x5c` chain must
 *   reach the shipped NRAS GPU intermediate (NRAS keys rotate about every 48 hours, so they cannot be
 *   pinned) at the clock, and the JWK must be the x5c leaf's key;
 * - claims: `iss` is NRAS, `eat_nonce` of every token equals the GPU nonce, `iat`/`nbf`/`exp` hold
 *   at the clock (60 s tolerance).
 *
 * Without a key set holding the token's kid the verdict is `unavailable`, never verified; structure,
 * digests and nonces are still checked, and a failure there fails.
 */
import { X509Certificate, createHash, createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { importX509, jwtVerify } from 'jose';
import type { AuxFile, VerificationStatus, VerifyOptions, VerifyStep } from '../types.js';
import type { DecodedJwt, NrasEatTokenSet } from '../formats/nras-eat.js';
import { hex } from '../formats/reader.js';
import { VerifierUnavailableError } from '../../util/errors.js';
import { verifyChain } from './chain.js';
import { anchorHint, nvidiaAnchors } from './nvidia-roots.js';
import { realHttpGet, type HttpGet } from './pcs.js';
import type { FormatVerdict } from './registry.js';

export const NRAS_ISSUER = 'https://nras.attestation.nvidia.com';
export const NRAS_JWKS_URL = 'https://nras.attestation.nvidia.com/.well-known/jwks.json';
export const NRAS_JWKS_FILE = 'nras-jwks.json';
const CLOCK_TOLERANCE_S = 60;

export interface NrasOptions {
  /** Default https://nras.attestation.nvidia.com/.well-known/jwks.json (tests: a local stand-in). */
  jwksUrl?: string;
  get?: HttpGet;
}

interface Jwk {
  kid?: unknown;
  kty?: unknown;
  crv?: unknown;
  x?: unknown;
  y?: unknown;
  x5c?: unknown;
}

/** The first aux file that is a JSON key set (`{"keys": [...]}`), or null. */
export function findJwks(aux: readonly AuxFile[]): { name: string; keys: Jwk[] } | null {
  for (const a of aux) {
    const b = Buffer.from(a.bytes.buffer, a.bytes.byteOffset, a.bytes.byteLength);
    const head = b.toString('utf8', 0, Math.min(64, b.length)).trimStart();
    if (!head.startsWith('{')) continue;
    try {
      const v = JSON.parse(b.toString('utf8')) as { keys?: unknown };
      if (v !== null && typeof v === 'object' && Array.isArray(v.keys)) return { name: a.name, keys: v.keys.filter((k): k is Jwk => k !== null && typeof k === 'object') };
    } catch {
      // not JSON: some other aux file
    }
  }
  return null;
}

async function fetchJwks(o: NrasOptions): Promise<Buffer> {
  const url = o.jwksUrl ?? NRAS_JWKS_URL;
  let res;
  try {
    res = await (o.get ?? realHttpGet)(url);
  } catch (e) {
    throw new VerifierUnavailableError(`NRAS key set unreachable (${url}): ${e instanceof Error ? e.message : String(e)}`);
  }
  if (res.status !== 200) throw new VerifierUnavailableError(`NRAS answered ${res.status} for ${url}`);
  return res.body;
}

const DIGEST_ALGS: Readonly<Record<string, string>> = { 'SHA-256': 'sha256', SHA256: 'sha256', 'SHA-384': 'sha384', SHA384: 'sha384', 'SHA-512': 'sha512', SHA512: 'sha512' };

/** Problems with how the overall token's submods name and digest the device tokens; empty when they match. */
export function submodsProblems(t: NrasEatTokenSet): string[] {
  const problems: string[] = [];
  const sub = t.overall.claims['submods'];
  if (sub === null || typeof sub !== 'object' || Array.isArray(sub)) return ['the overall token has no submods object'];
  const named = Object.keys(sub as object);
  const devices = Object.keys(t.submods);
  for (const n of devices) if (!named.includes(n)) problems.push(`device token ${JSON.stringify(n)} is not named in the overall token's submods`);
  for (const n of named) {
    const entry = (sub as Record<string, unknown>)[n];
    const dev = t.submods[n];
    if (!dev) {
      problems.push(`submods names ${JSON.stringify(n)} but no such device token came with the set`);
      continue;
    }
    const ok =
      Array.isArray(entry) &&
      entry[0] === 'DIGEST' &&
      Array.isArray(entry[1]) &&
      typeof entry[1][0] === 'string' &&
      typeof entry[1][1] === 'string' &&
      DIGEST_ALGS[entry[1][0]] !== undefined;
    if (!ok) {
      problems.push(`submods ${JSON.stringify(n)} is not ["DIGEST", [<SHA-256|SHA-384|SHA-512>, <hex>]]`);
      continue;
    }
    const [alg, want] = entry[1] as [string, string];
    const got = createHash(DIGEST_ALGS[alg]!).update(dev.token, 'ascii').digest('hex');
    if (got !== want.toLowerCase()) problems.push(`submods ${JSON.stringify(n)} ${alg} digest ${want} does not equal the device token's ${got}`);
  }
  return problems;
}

function tokenNames(t: NrasEatTokenSet): [string, DecodedJwt][] {
  return [['overall', t.overall], ...Object.entries(t.submods).map(([n, j]): [string, DecodedJwt] => [n, j])];
}

const ARCH_OF_MODEL: readonly [RegExp, string][] = [
  [/^GH1\d\d\b/, 'HOPPER'],
  [/^GB[12]\d\d\b/, 'BLACKWELL'],
];

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/** Per-GPU claims from the device tokens (as NRAS appraised them). */
export function nrasGpuClaims(t: NrasEatTokenSet): Record<string, unknown>[] {
  return Object.entries(t.submods).map(([name, j]) => {
    const c = j.claims;
    const hwmodel = str(c['hwmodel']);
    const model = hwmodel ? (/^(G[A-Z]\d{3})\b/.exec(hwmodel)?.[1] ?? null) : null;
    const chain = c['x-nvidia-gpu-attestation-report-cert-chain'] as Record<string, unknown> | undefined;
    const dbg = str(c['dbgstat']);
    return {
      name,
      model,
      arch: model ? (ARCH_OF_MODEL.find(([re]) => re.test(model))?.[1] ?? null) : null,
      hwmodel,
      ueid: str(c['ueid']),
      driver_version: str(c['x-nvidia-gpu-driver-version']),
      vbios_version: str(c['x-nvidia-gpu-vbios-version']),
      measres: str(c['measres']),
      dbgstat: dbg,
      debug: dbg === null ? null : dbg !== 'disabled',
      secboot: typeof c['secboot'] === 'boolean' ? c['secboot'] : null,
      cert_status: chain && typeof chain === 'object' ? (str(chain['x-nvidia-cert-status']) ?? null) : null,
      ocsp_status: chain && typeof chain === 'object' ? (str(chain['x-nvidia-cert-ocsp-status']) ?? null) : null,
    };
  });
}

export function nrasClaims(t: NrasEatTokenSet): Record<string, unknown> {
  const c = t.overall.claims;
  return {
    count: Object.keys(t.submods).length,
    gpus: nrasGpuClaims(t),
    eat_nonce: str(c['eat_nonce']),
    iss: c['iss'] ?? null,
    iat: c['iat'] ?? null,
    exp: c['exp'] ?? null,
    overall_result: c['x-nvidia-overall-att-result'] ?? null,
    submods: Object.keys(t.submods),
  };
}

export async function verifyNrasTokens(t: NrasEatTokenSet, opts: VerifyOptions): Promise<FormatVerdict> {
  const at = opts.at ?? new Date();
  const steps: VerifyStep[] = [{ id: 'parse', ok: true, detail: `NRAS detached EAT token set, ${Object.keys(t.submods).length} device token(s)` }];
  const tokens = tokenNames(t);
  const material: AuxFile[] = [];

  // Binding: every token's eat_nonce.
  let binding: VerifyStep;
  if (opts.gpuNonce === null) binding = { id: 'binding', ok: null, detail: 'eat_nonce not compared: no expected GPU nonce was given' };
  else {
    const want = hex(opts.gpuNonce);
    const bad = tokens.filter(([, j]) => str(j.claims['eat_nonce'])?.toLowerCase() !== want);
    binding =
      bad.length === 0
        ? { id: 'binding', ok: true, detail: `eat_nonce of all ${tokens.length} tokens equals the expected GPU nonce` }
        : {
            id: 'binding',
            ok: false,
            detail: `eat_nonce of ${bad.map(([n]) => n).join(', ')} (${String(bad[0]![1].claims['eat_nonce'])}) does not equal the expected ${want}: the evidence is bound to something else`,
          };
  }
  steps.push(binding);

  const finish = (status: VerificationStatus, detail: string, chainChecked: boolean): FormatVerdict => {
    const foreign = binding.ok === false;
    return {
      kind: 'nvidia-gpu',
      status: foreign ? 'failed' : status,
      detail: foreign ? `foreign binding: eat_nonce does not equal this job's GPU nonce; ${detail}` : detail,
      steps,
      bindingMatches: binding.ok,
      claims: nrasClaims(t),
      trustRoots: chainChecked ? opts.trustRoots.kind : 'none',
      ...(material.length > 0 ? { material } : {}),
    };
  };

  // Structure: submods digests link the overall token to each device token.
  const sub = submodsProblems(t);
  steps.push({
    id: 'submods',
    ok: sub.length === 0,
    detail: sub.length === 0 ? `the overall token's submods digests equal the ${Object.keys(t.submods).length} device token(s)` : sub.join('; '),
  });
  if (sub.length) return finish('failed', 'the overall token does not match its device tokens', false);

  // Algorithm: ES384 only, decided before any key is looked up.
  const algs = tokens.map(([n, j]) => [n, j.header['alg']] as const);
  const wrongAlg = algs.filter(([, a]) => a !== 'ES384');
  if (wrongAlg.length) {
    const shown = wrongAlg.map(([n, a]) => `${n}: ${JSON.stringify(a ?? null)}`).join(', ');
    const unauth = wrongAlg.some(([, a]) => typeof a !== 'string' || a === 'none' || /^HS/i.test(a));
    steps.push({
      id: 'signature',
      ok: false,
      detail: `only ES384 tokens are accepted (${shown})${unauth ? ': a shared-secret (HS*) or unsigned (none) token is unauthenticated and never passes' : ''}`,
    });
    return finish('failed', 'NRAS tokens not signed with ES384', false);
  }

  // Issuer.
  const wrongIss = tokens.filter(([, j]) => j.claims['iss'] !== NRAS_ISSUER);
  if (wrongIss.length) {
    steps.push({ id: 'issuer', ok: false, detail: `iss of ${wrongIss.map(([n]) => n).join(', ')} is not ${NRAS_ISSUER}` });
    return finish('failed', 'NRAS tokens from another issuer', false);
  }

  // Key set: from the evidence's files, else the network.
  let jwks = findJwks(opts.aux ?? []);
  if (jwks === null) {
    if (!opts.network) {
      steps.push({ id: 'keys', ok: null, detail: 'no NRAS key set (JWKS) came with the tokens; give it with --certs FILE, or allow --network to fetch it' });
      return finish('unavailable', 'verifier unavailable: no NRAS key set (network not allowed)', false);
    }
    try {
      const body = await fetchJwks(opts.nras ?? {});
      const found = findJwks([{ name: NRAS_JWKS_FILE, bytes: body }]);
      if (!found) throw new VerifierUnavailableError('NRAS answered with something that is not a JSON key set');
      material.push({ name: NRAS_JWKS_FILE, bytes: body });
      jwks = found;
    } catch (e) {
      if (!(e instanceof VerifierUnavailableError)) throw e;
      steps.push({ id: 'keys', ok: null, detail: e.message });
      return finish('unavailable', `verifier unavailable: ${e.message}`, false);
    }
  }

  // Each token: its kid's key, that key's x5c chain, the signature and the time claims.
  const anchors = nvidiaAnchors(opts.trustRoots, 'nras');
  const checked = new Map<string, { ok: true; pem: string; chain: string } | { ok: false; status: VerificationStatus; detail: string }>();
  const keyFor = (kid: string) => {
    const hit = checked.get(kid);
    if (hit) return hit;
    const jwk = jwks!.keys.find((k) => k.kid === kid);
    let r: { ok: true; pem: string; chain: string } | { ok: false; status: VerificationStatus; detail: string };
    if (!jwk) r = { ok: false, status: 'unavailable', detail: `the key set ${jwks!.name} holds no key ${kid} (NRAS keys rotate: keep the key set the tokens were checked with)` };
    else if (!Array.isArray(jwk.x5c) || jwk.x5c.length === 0 || !jwk.x5c.every((c) => typeof c === 'string')) {
      r = { ok: false, status: 'failed', detail: `key ${kid} has no x5c certificate chain: it cannot be tied to NVIDIA` };
    } else {
      const certs = (jwk.x5c as string[]).map((c) => {
        try {
          return new X509Certificate(Buffer.from(c, 'base64'));
        } catch {
          return null;
        }
      });
      if (certs.some((c) => c === null)) r = { ok: false, status: 'failed', detail: `key ${kid}: an x5c certificate does not parse` };
      else {
        const [leaf, ...rest] = certs as X509Certificate[];
        const spki = (k: KeyObject) => k.export({ type: 'spki', format: 'der' });
        let same = false;
        try {
          same = spki(createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' })).equals(spki(leaf!.publicKey));
        } catch {
          same = false;
        }
        const p384 = leaf!.publicKey.asymmetricKeyType === 'ec' && leaf!.publicKey.asymmetricKeyDetails?.namedCurve === 'secp384r1';
        if (!p384) r = { ok: false, status: 'failed', detail: `key ${kid}: the x5c leaf is not a P-384 key` };
        else if (!same) r = { ok: false, status: 'failed', detail: `key ${kid}: the JWK is not the key of its x5c leaf` };
        else {
          const chain = verifyChain({ leaf: leaf!, intermediates: rest, anchors, at });
          if (!chain.ok) {
            const hint = chain.code === 'CHAIN_NO_ANCHOR' ? ` (anchor: ${anchorHint(opts.trustRoots, 'nras')})` : '';
            r = { ok: false, status: 'failed', detail: `key ${kid}: ${chain.code}: ${chain.detail}${hint}` };
          } else r = { ok: true, pem: leaf!.toString(), chain: `${chain.detail} (${opts.trustRoots.kind} roots)` };
        }
      }
    }
    checked.set(kid, r);
    return r;
  };

  let worst: VerificationStatus = 'verified';
  const rank: Record<VerificationStatus, number> = { verified: 0, unsupported: 1, unavailable: 2, failed: 3 };
  const note = (s: VerificationStatus) => {
    if (rank[s] > rank[worst]) worst = s;
  };
  const chains = new Set<string>();
  for (const [name, j] of tokens) {
    const kid = str(j.header['kid']);
    if (kid === null) {
      steps.push({ id: `${name}.signature`, ok: false, detail: 'the token header names no kid' });
      note('failed');
      continue;
    }
    const key = keyFor(kid);
    if (!key.ok) {
      steps.push({ id: `${name}.key`, ok: key.status === 'failed' ? false : null, detail: key.detail });
      note(key.status);
      continue;
    }
    chains.add(key.chain);
    try {
      await jwtVerify(j.token, await importX509(key.pem, 'ES384'), { algorithms: ['ES384'], issuer: NRAS_ISSUER, currentDate: at, clockTolerance: CLOCK_TOLERANCE_S });
      const iat = j.claims['iat'];
      if (typeof iat === 'number' && iat > at.getTime() / 1000 + CLOCK_TOLERANCE_S) throw Object.assign(new Error(`iat ${iat} is after the clock ${at.toISOString()}`), { code: 'ERR_JWT_CLAIM_VALIDATION_FAILED' });
      if (typeof j.claims['exp'] !== 'number') throw Object.assign(new Error('the token has no exp'), { code: 'ERR_JWT_CLAIM_VALIDATION_FAILED' });
      steps.push({ id: `${name}.signature`, ok: true, detail: `ES384 by ${kid}; iat/nbf/exp hold at ${at.toISOString()}` });
    } catch (e) {
      const code = (e as { code?: string }).code ?? 'ERR';
      steps.push({ id: `${name}.signature`, ok: false, detail: `${code}: ${(e as Error).message}`.replace(/[\r\n]+/g, ' ').slice(0, 300) });
      note('failed');
    }
  }
  for (const c of chains) steps.push({ id: 'keys', ok: true, detail: `NRAS key chain ${c}` });
  if (worst === 'verified') {
    const result = t.overall.claims['x-nvidia-overall-att-result'];
    return finish('verified', `NRAS token set for ${Object.keys(t.submods).length} GPU(s) signed by an NVIDIA NRAS key (overall result ${String(result)})`, true);
  }
  return finish(worst, worst === 'unavailable' ? 'verifier unavailable: the NRAS signing key is not in the key set' : 'the NRAS token set does not verify', chains.size > 0);
}
