import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export type Respond = (r: Received) => number | Promise<number>;

export interface Received {
  /** The request path. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: any;
  at: number;
}

/**
 * A webhook receiver as an operator would run one: a real HTTP server on a port of its own.
 * `respond` decides each answer (200 by default); `down()` closes the port so connections are
 * refused, `up()` listens on the same port again.
 */
export async function startReceiver(opts: { respond?: Respond } = {}) {
  const received: Received[] = [];
  let respond = opts.respond ?? (() => 200);
  let server: Server;
  let port = 0;
  const listen = async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', async () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const r: Received = { url: req.url ?? '', headers: req.headers, body, json: safeJson(body), at: Date.now() };
        received.push(r);
        const status = await respond(r);
        res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : `status ${status}`);
      });
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  };
  await listen();
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    url: (path = '/hook') => `http://127.0.0.1:${port}${path}`,
    received,
    setRespond(fn: (r: Received) => number | Promise<number>) {
      respond = fn;
    },
    /** Waits until `n` requests arrived (matching `filter` when given). */
    async waitFor(n: number, filter: (r: Received) => boolean = () => true, timeoutMs = 15_000): Promise<Received[]> {
      const deadline = Date.now() + timeoutMs;
      while (received.filter(filter).length < n) {
        if (Date.now() > deadline)
          throw new Error(
            `receiver got ${received.filter(filter).length}/${n}: ${received.map((r) => r.json?.type).join(', ')}`,
          );
        await new Promise((r) => setTimeout(r, 20));
      }
      return received.filter(filter);
    },
    down: close,
    up: listen,
    close,
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/** Verifies a delivery the way a receiver using the `standardwebhooks` package does; throws when it does not verify. */
export function verified(secret: string, r: Received): any {
  return new Webhook(secret).verify(r.body, {
    'webhook-id': String(r.headers['webhook-id']),
    'webhook-timestamp': String(r.headers['webhook-timestamp']),
    'webhook-signature': String(r.headers['webhook-signature']),
  });
}

function safeJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
