/**
 * A forward proxy on 127.0.0.1 that records what it forwarded: CONNECT tunnels (HTTPS, and HTTP
 * through undici's ProxyAgent) and absolute-form HTTP requests. Every target is forwarded to
 * 127.0.0.1 on the target's port, whatever host name the client asked for, so tests can use names
 * that the proxy decision treats as remote without any traffic leaving the machine.
 */
import { type IncomingMessage, type Server, createServer, request as httpRequest } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export class LocalProxy {
  /** `host:port` of every target the proxy was asked to reach, in order. */
  readonly forwarded: string[] = [];
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  url = '';

  async start(): Promise<this> {
    const server = createServer((req, res) => {
      const target = new URL(req.url ?? '/');
      this.forwarded.push(`${target.hostname}:${target.port || '80'}`);
      const up = httpRequest(
        { host: '127.0.0.1', port: Number(target.port || 80), method: req.method, path: target.pathname + target.search, headers: req.headers },
        (upRes) => {
          res.writeHead(upRes.statusCode ?? 502, upRes.headers);
          upRes.pipe(res);
        },
      );
      up.on('error', () => res.writeHead(502).end());
      req.pipe(up);
    });
    server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
      const [host, port] = splitHostPort(req.url ?? '');
      this.forwarded.push(`${host}:${port}`);
      const upstream = connect(Number(port), '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (head.length) upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    server.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    this.server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((ok) => this.server?.close(() => ok()) ?? ok());
  }
}

function splitHostPort(s: string): [string, string] {
  const i = s.lastIndexOf(':');
  return i === -1 ? [s, '443'] : [s.slice(0, i), s.slice(i + 1)];
}
