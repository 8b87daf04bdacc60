// A TUF repository made of a test key and served on 127.0.0.1, the way Sigstore serves its trusted
// root: root (the seed a client starts from), timestamp, snapshot and targets, each signed with
// ed25519 over its canonical JSON, consistent snapshots, and trusted_root.json as a hashed target.
// Every request is recorded; a path the repository does not hold is a 404 (the end of root rotation).
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { canonicalize } from '@tufjs/canonical-json';

export interface TufRepo {
  url: string;
  /** root.json, to seed the client. */
  root: Buffer;
  requests: string[];
  close(): Promise<void>;
}

export async function serveTufRepo(trustedRoot: Buffer, o: { expires?: string; tamperTarget?: boolean } = {}): Promise<TufRepo> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ type: 'spki', format: 'der' }).subarray(-32).toString('hex');
  const keyid = createHash('sha256').update(raw).digest('hex');
  const expires = o.expires ?? '2099-01-01T00:00:00Z';
  const common = { spec_version: '1.0.31', version: 1, expires };
  const signed = (s: Record<string, unknown>) => ({
    signed: s,
    signatures: [{ keyid, sig: sign(null, Buffer.from(canonicalize(s as never)), privateKey).toString('hex') }],
  });
  const role = { keyids: [keyid], threshold: 1 };
  const file = (v: unknown) => Buffer.from(JSON.stringify(v));
  const root = file(
    signed({
      _type: 'root',
      ...common,
      keys: { [keyid]: { keytype: 'ed25519', scheme: 'ed25519', keyval: { public: raw } } },
      roles: { root: role, timestamp: role, snapshot: role, targets: role },
      consistent_snapshot: true,
    }),
  );
  const hash = createHash('sha256').update(trustedRoot).digest('hex');
  const targets = file(signed({ _type: 'targets', ...common, targets: { 'trusted_root.json': { length: trustedRoot.length, hashes: { sha256: hash } } } }));
  const snapshot = file(signed({ _type: 'snapshot', ...common, meta: { 'targets.json': { version: 1 } } }));
  const timestamp = file(signed({ _type: 'timestamp', ...common, meta: { 'snapshot.json': { version: 1 } } }));
  const served = o.tamperTarget ? Buffer.concat([trustedRoot, Buffer.from(' ')]) : trustedRoot;
  const files = new Map<string, Buffer>([
    ['/1.root.json', root],
    ['/timestamp.json', timestamp],
    ['/1.snapshot.json', snapshot],
    ['/1.targets.json', targets],
    [`/targets/${hash}.trusted_root.json`, served],
  ]);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const body = files.get(req.url ?? '');
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, root, requests, close: () => new Promise((r) => server.close(() => r())) };
}
