import { connect, createServer, type Socket } from 'node:net';

/**
 * A TCP proxy the test owns, between a server and PostgreSQL or Redis: `cut()` drops every
 * connection and refuses new ones (what a failover or a network partition looks like to a client),
 * `restore()` lets them through again; `muteAnswers()` loses PostgreSQL's answers; `writes()` counts
 * what the clients sent.
 */
export async function startTcpProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let cut = false;
  let muted = false;
  let writes = 0;
  const server = createServer((client) => {
    if (cut) return void client.destroy();
    const upstream = connect(target.port, target.host);
    sockets.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.on('data', () => writes++);
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => muted || client.write(chunk));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    /** `url` with its host and port replaced by the proxy's. */
    via(url: string): string {
      const u = new URL(url);
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.toString();
    },
    /**
     * Chunks the clients have sent so far. A PostgreSQL client waits for an answer between two
     * round trips of one statement, so each chunk of a lone statement is one round trip.
     */
    writes: () => writes,
    cut(): void {
      cut = true;
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
    restore(): void {
      cut = false;
      muted = false;
    },
    /**
     * Lets the clients' statements through but drops every answer: PostgreSQL commits what it is
     * sent and the client never hears (a connection that dies between the commit and its answer).
     */
    muteAnswers(): void {
      muted = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export type TcpProxy = Awaited<ReturnType<typeof startTcpProxy>>;
