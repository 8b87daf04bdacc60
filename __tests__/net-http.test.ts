import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NetworkError, NetworkOffError, createHttpFetcher, redactUrl } from '../src/net/http.js';
import { createGitHubClient, upsertStickyComment } from '../src/action/github.js';
import { VerifierUnavailableError } from '../src/util/errors.js';
import { FakeGitHubApi } from './fixtures/action/api-server.js';
import { LocalProxy } from './helpers/local-proxy.js';

/** A host that the proxy decision does not treat as loopback, yet that reaches this machine when dialled directly. */
const MAPPED = '0.0.0.0';
const noWait = { sleep: async () => undefined };

let server: Server;
let port = 0;
let script: Array<(res: import('node:http').ServerResponse) => void> = [];
let hits = 0;

beforeEach(async () => {
  hits = 0;
  script = [];
  server = createServer((req, res) => {
    hits++;
    const step = script.shift();
    if (step) return step(res);
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from(`ok ${req.url}`));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.address() as AddressInfo).port;
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((ok) => server.close(() => ok()));
  delete process.env['HTTP_PROXY'];
  delete process.env['HTTPS_PROXY'];
  delete process.env['NO_PROXY'];
});

describe('the network layer', () => {
  it('is off unless allowed: verifier unavailable, naming the URL, and nothing is sent', async () => {
    const f = createHttpFetcher({ allowed: false });
    const e = await f.get(`http://127.0.0.1:${port}/collateral`).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NetworkOffError);
    expect(e).toBeInstanceOf(VerifierUnavailableError);
    expect((e as Error).message).toContain(`http://127.0.0.1:${port}/collateral`);
    expect(hits).toBe(0);
  });

  it('retries 5xx with backoff, then succeeds', async () => {
    script = [(r) => r.writeHead(502).end(), (r) => r.writeHead(503).end()];
    const waits: number[] = [];
    const f = createHttpFetcher({ allowed: true, sleep: async (ms) => void waits.push(ms) });
    const r = await f.get(`http://127.0.0.1:${port}/tcb`);
    expect(r.body.toString()).toBe('ok /tcb');
    expect(hits).toBe(3);
    expect(waits).toHaveLength(2);
  });

  it('gives up after the bounded retries with an error naming the URL and status', async () => {
    script = Array.from({ length: 10 }, () => (r: import('node:http').ServerResponse) => r.writeHead(500).end());
    const f = createHttpFetcher({ allowed: true, retry: { retries: 2 }, ...noWait });
    const e = await f.get(`http://127.0.0.1:${port}/x?key=secret`).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NetworkError);
    expect((e as NetworkError).status).toBe(500);
    expect((e as Error).message).toBe(`fetching http://127.0.0.1:${port}/x?… failed: HTTP 500 Internal Server Error`);
    expect(hits).toBe(3);
  });

  it('does not retry a 404', async () => {
    script = [(r) => r.writeHead(404).end()];
    const f = createHttpFetcher({ allowed: true, ...noWait });
    await expect(f.get(`http://127.0.0.1:${port}/missing`)).rejects.toThrow(/HTTP 404/);
    expect(hits).toBe(1);
  });

  it('honours Retry-After on 429', async () => {
    script = [(r) => r.writeHead(429, { 'retry-after': '2' }).end()];
    const waits: number[] = [];
    const f = createHttpFetcher({ allowed: true, sleep: async (ms) => void waits.push(ms) });
    await f.get(`http://127.0.0.1:${port}/k`);
    expect(waits).toEqual([2000]);
  });

  it('caps the body size', async () => {
    script = [(r) => r.writeHead(200).end(Buffer.alloc(5000))];
    const f = createHttpFetcher({ allowed: true, maxBytes: 1000, ...noWait });
    await expect(f.get(`http://127.0.0.1:${port}/big`)).rejects.toThrow(/exceeds the 1000-byte limit/);
  });

  it('times out a server that never answers, as verifier unavailable', async () => {
    script = Array.from({ length: 5 }, () => () => undefined);
    const f = createHttpFetcher({ allowed: true, timeoutMs: 200, retry: { retries: 1 }, ...noWait });
    const e = await f.get(`http://127.0.0.1:${port}/slow`).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(VerifierUnavailableError);
    expect((e as Error).message).toMatch(/slow failed: timed out/);
  });

  it('reports a refused connection with its URL', async () => {
    const closed = createServer();
    await new Promise<void>((ok) => closed.listen(0, '127.0.0.1', ok));
    const dead = (closed.address() as AddressInfo).port;
    await new Promise<void>((ok) => closed.close(() => ok()));
    const f = createHttpFetcher({ allowed: true, retry: { retries: 0 }, ...noWait });
    const e = await f.get(`http://127.0.0.1:${dead}/nothing`).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NetworkError);
    expect((e as Error).message).toMatch(new RegExp(`127\\.0\\.0\\.1:${dead}/nothing failed: .*ECONNREFUSED`));
  });

  it('redacts credentials and query strings from URLs it prints', () => {
    expect(redactUrl('https://user:pw@h.example/p?token=abc')).toBe('https://h.example/p?…');
  });
});

describe('through a proxy on 127.0.0.1', () => {
  let proxy: LocalProxy;
  beforeEach(async () => {
    proxy = await new LocalProxy().start();
  });
  afterEach(async () => {
    await proxy.stop();
  });

  it('sends requests through HTTP_PROXY', async () => {
    process.env['HTTP_PROXY'] = proxy.url;
    const r = await createHttpFetcher({ allowed: true, ...noWait }).get(`http://${MAPPED}:${port}/pcs/tcb`);
    expect(r.body.toString()).toBe('ok /pcs/tcb');
    expect(proxy.forwarded).toEqual([`${MAPPED}:${port}`]);
  });

  it('bypasses the proxy for hosts in NO_PROXY', async () => {
    process.env['HTTP_PROXY'] = proxy.url;
    process.env['NO_PROXY'] = `example.invalid, ${MAPPED}`;
    const r = await createHttpFetcher({ allowed: true, ...noWait }).get(`http://${MAPPED}:${port}/direct`);
    expect(r.body.toString()).toBe('ok /direct');
    expect(proxy.forwarded).toEqual([]);
    expect(hits).toBe(1);
  });

  it('carries the sticky comment through the proxy, and not when NO_PROXY covers the API host', async () => {
    const api = await new FakeGitHubApi().start();
    try {
      const apiPort = new URL(api.url).port;
      const client = () => createGitHubClient({ apiUrl: `http://${MAPPED}:${apiPort}`, token: 'ghs_test', net: noWait });
      const marker = '<!-- compute-receipt:test -->';
      process.env['HTTP_PROXY'] = proxy.url;
      expect((await upsertStickyComment(client(), { owner: 'o', repo: 'r', issue: 3, marker, body: marker + '\none' })).action).toBe('created');
      expect(proxy.forwarded.length).toBeGreaterThanOrEqual(1);
      expect(new Set(proxy.forwarded)).toEqual(new Set([`${MAPPED}:${apiPort}`]));
      const before = proxy.forwarded.length;
      process.env['NO_PROXY'] = MAPPED;
      expect((await upsertStickyComment(client(), { owner: 'o', repo: 'r', issue: 3, marker, body: marker + '\ntwo' })).action).toBe('updated');
      expect(proxy.forwarded.length).toBe(before);
    } finally {
      await api.stop();
    }
  });
});
