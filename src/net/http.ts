/**
 * The one network layer: every request the tool makes (Intel PCS collateral, AMD KDS certificates,
 * NRAS keys, GitHub's OIDC keys, the GitHub REST API) goes through `proxyFetch` here, so each of them:
 *
 * - honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY exactly as the runner's own tooling does (the proxy
 *   decision is @actions/http-client's; loopback addresses never go through a proxy);
 * - has a timeout, and bounded retries with exponential backoff on 5xx, 429 and connection errors;
 * - reads bodies under a size cap;
 * - fails with an error that names the URL and why. For evidence, a network failure is "verifier
 *   unavailable" (a policy decides, hold by default): never a pass.
 *
 * The network is off unless the caller allows it (`--network`, Action input `network`); `HttpFetcher`
 * is an interface so that tests inject local stand-ins on 127.0.0.1.
 */
import { HttpClient } from '@actions/http-client';
import { fetch as undiciFetch, type Dispatcher } from 'undici';
import { VerifierUnavailableError } from '../util/errors.js';

export interface RetryOptions {
  /** Further attempts after the first (default 3). */
  retries: number;
  /** First backoff delay; doubles each attempt, with jitter (default 500 ms). */
  baseDelayMs: number;
  /** Longest single wait, including a server's Retry-After (default 10 s). */
  maxDelayMs: number;
}

export interface NetOptions {
  /** Whether the caller allowed the network at all. */
  allowed: boolean;
  /** Per attempt, from request to the end of the body (default 30 s). */
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  /** Largest body accepted (default 16 MiB). */
  maxBytes?: number;
  userAgent?: string;
  /** Injected for tests: the wait between attempts. */
  sleep?: (ms: number) => Promise<void>;
}

export interface HttpResponse {
  url: string;
  status: number;
  headers: Headers;
  body: Buffer;
}

export interface HttpFetcher {
  /** GET a URL; resolves on 2xx, rejects with NetworkError otherwise. */
  get(url: string, init?: { headers?: Record<string, string>; maxBytes?: number; accept?: string }): Promise<HttpResponse>;
}

export interface HttpPoster {
  /**
   * POST a body (an OCSP request, for example); resolves on 2xx, rejects with NetworkError otherwise.
   * Retried only when the connection was never made or the server rate-limited it.
   */
  post(url: string, body: Uint8Array, init: { contentType: string; headers?: Record<string, string>; maxBytes?: number; accept?: string }): Promise<HttpResponse>;
}

/** A request that could not be completed: names the URL and the reason. */
export class NetworkError extends VerifierUnavailableError {
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly status: number | null = null,
  ) {
    super(`fetching ${redactUrl(url)} failed: ${reason}`);
    this.name = 'NetworkError';
  }
}

/** The network was not allowed: the material must come from files instead. */
export class NetworkOffError extends VerifierUnavailableError {
  constructor(readonly url: string) {
    super(`network is off: not fetching ${redactUrl(url)} (allow it with --network, or give the material as a file)`);
    this.name = 'NetworkOffError';
  }
}

/** A URL for a log or error line: no credentials, no query string (tokens and keys travel there). */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    const q = u.search ? '?…' : '';
    u.search = '';
    return u.toString() + q;
  } catch {
    return '(invalid URL)';
  }
}

const DEFAULT_RETRY: RetryOptions = { retries: 3, baseDelayMs: 500, maxDelayMs: 10_000 };
const DEFAULT_TIMEOUT = 30_000;
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/** The proxy dispatcher for a URL (undefined: connect directly), decided as @actions/http-client does. */
function dispatcherFor(url: string): Dispatcher | undefined {
  return new HttpClient('compute-receipt').getAgentDispatcher(url) as Dispatcher | undefined;
}

/**
 * `fetch` through the proxy the environment names for this URL. Used as is by Octokit (which does its
 * own body handling), and by `createHttpFetcher` below.
 */
export const proxyFetch: typeof fetch = ((input: string | URL | Request, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const dispatcher = dispatcherFor(url);
  return undiciFetch(input as Parameters<typeof undiciFetch>[0], { ...(init as object), ...(dispatcher ? { dispatcher } : {}) } as Parameters<typeof undiciFetch>[1]);
}) as unknown as typeof fetch;

function isRetryableStatus(s: number): boolean {
  return s === 408 || s >= 500;
}

/** A rate-limited answer (429, or GitHub's 403 with Retry-After or no quota left): not acted upon. */
function rateLimited(res: Response): boolean {
  if (res.status === 429) return true;
  return res.status === 403 && (res.headers.get('retry-after') !== null || res.headers.get('x-ratelimit-remaining') === '0');
}

function rateLimitResetMs(h: Headers): number | null {
  const reset = Number(h.get('x-ratelimit-reset'));
  return h.get('x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - Date.now()) : null;
}

function retryAfterMs(h: Headers): number | null {
  const v = h.get('retry-after');
  if (v === null) return null;
  const secs = Number(v);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

function backoff(attempt: number, r: RetryOptions): number {
  const exp = r.baseDelayMs * 2 ** attempt;
  return Math.min(r.maxDelayMs, exp / 2 + Math.random() * (exp / 2));
}

/** A connection that was never made: the server cannot have acted on the request. */
function neverConnected(e: unknown): boolean {
  const code = (e as { cause?: { code?: string } })?.cause?.code;
  return code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'UND_ERR_CONNECT_TIMEOUT';
}

function describe(e: unknown): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return 'timed out';
  const code = err?.cause?.code;
  const msg = err?.cause?.message ?? err?.message ?? String(e);
  return (code && !msg.includes(code) ? `${code} ${msg}` : msg).replace(/[\r\n]+/g, ' ');
}

async function readCapped(res: Response, maxBytes: number, url: string): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new NetworkError(url, `response of ${declared} bytes exceeds the ${maxBytes}-byte limit`, res.status);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  if (res.body) {
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new NetworkError(url, `response exceeds the ${maxBytes}-byte limit`, res.status);
      }
      chunks.push(Buffer.from(value));
    }
  }
  return Buffer.concat(chunks, total);
}

/**
 * Wrap a fetch with the timeout and retry policy. GET and HEAD are retried on 408, 5xx and
 * connection errors; any method is retried when it was rate limited or the connection was never made,
 * since the server cannot have acted on it (so a comment is never posted twice). Waits honour
 * Retry-After and GitHub's rate-limit reset, up to `maxDelayMs`.
 */
export function withRetries(f: typeof fetch, opts: Omit<NetOptions, 'allowed' | 'maxBytes'> = {}): typeof fetch {
  const r = { ...DEFAULT_RETRY, ...opts.retry };
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((ok) => setTimeout(ok, ms)));
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const idempotent = method === 'GET' || method === 'HEAD';
    for (let attempt = 0; ; attempt++) {
      const signal = init?.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
      let res: Response;
      try {
        res = await f(input, { ...init, signal });
      } catch (e) {
        if (init?.signal?.aborted || attempt >= r.retries || (!idempotent && !neverConnected(e))) throw e;
        await sleep(backoff(attempt, r));
        continue;
      }
      const limited = rateLimited(res);
      if (attempt >= r.retries || !(limited || (idempotent && isRetryableStatus(res.status)))) return res;
      const wait = retryAfterMs(res.headers) ?? rateLimitResetMs(res.headers);
      await res.body?.cancel().catch(() => undefined);
      await sleep(Math.min(r.maxDelayMs, wait ?? backoff(attempt, r)));
    }
  }) as typeof fetch;
}

/** The fetcher evidence verifiers use: proxy-aware, retried, capped, and off unless allowed. */
export function createHttpFetcher(opts: NetOptions, base: typeof fetch = proxyFetch): HttpFetcher & HttpPoster {
  const f = withRetries(base, opts);
  const maxDefault = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  async function send(method: 'GET' | 'POST', url: string, init: { headers?: Record<string, string>; maxBytes?: number; accept?: string; body?: Uint8Array; contentType?: string }): Promise<HttpResponse> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new NetworkError(url, 'not a valid URL');
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new NetworkError(url, `unsupported scheme ${parsed.protocol}`);
    if (!opts.allowed) throw new NetworkOffError(url);
    let res: Response;
    try {
      res = await f(url, {
        method,
        headers: {
          'user-agent': opts.userAgent ?? 'compute-receipt',
          ...(init.accept ? { accept: init.accept } : {}),
          ...(init.contentType ? { 'content-type': init.contentType } : {}),
          ...init.headers,
        },
        ...(init.body ? { body: init.body } : {}),
        // A POST is not replayed to wherever a redirect points.
        redirect: method === 'GET' ? 'follow' : 'error',
      });
    } catch (e) {
      throw new NetworkError(url, describe(e));
    }
    if (res.status < 200 || res.status > 299) {
      await res.body?.cancel().catch(() => undefined);
      throw new NetworkError(url, `HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`, res.status);
    }
    let body: Buffer;
    try {
      body = await readCapped(res, init.maxBytes ?? maxDefault, url);
    } catch (e) {
      if (e instanceof NetworkError) throw e;
      throw new NetworkError(url, describe(e));
    }
    return { url: res.url || url, status: res.status, headers: res.headers, body };
  }
  return {
    get: (url, init = {}) => send('GET', url, init),
    post: (url, body, init) => send('POST', url, { ...init, body }),
  };
}
