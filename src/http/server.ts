import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import express from 'express';
import proxyAddr from 'proxy-addr';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Database } from '../db/client.js';
import type { DbHealth } from '../db/health.js';
import type { Metrics } from './metrics.js';
import { graphiqlRouter } from './graphiql.js';

export interface HttpDoors {
  httpServer: Server;
  graphqlWs: WebSocketServer;
  app: express.Express;
  /** The client's address under TRUST_PROXY, for requests Express does not see (WebSocket upgrades). */
  clientAddress(req: IncomingMessage): string | undefined;
  /** Set once the OCPP server exists; upgrades under /ocpp/ go to it. */
  setOcppUpgrade(handler: (req: IncomingMessage, socket: Duplex, head: Buffer) => void): void;
}

/**
 * One http.Server, one upgrade handler: /graphql -> graphql-ws, /ocpp/... -> ocpp-rpc,
 * anything else destroyed. (Never `new WebSocketServer({ server })`: it 400s OCPP upgrades.)
 */
export function createHttpDoors(deps: {
  database: Database;
  health: DbHealth;
  metrics: Metrics;
  logger: Logger;
  /** Which hops may name the client in X-Forwarded-For (Express "trust proxy"). */
  trustProxy: boolean | number | string;
}): HttpDoors {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy);
  // The same rule req.ip follows, for WebSocket upgrades (graphql-ws) that never pass through Express.
  const trusted = app.get('trust proxy fn') as Parameters<typeof proxyAddr>[1];
  const clientAddress = (req: IncomingMessage) => (req.socket.remoteAddress ? proxyAddr(req, trusted) : undefined);
  const httpServer = createServer(app);
  const graphqlWs = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  let ocppUpgrade: ((req: IncomingMessage, socket: Duplex, head: Buffer) => void) | null = null;

  httpServer.on('upgrade', (req, socket, head) => {
    const path = (req.url ?? '').split('?')[0]!;
    if (path === '/graphql') {
      graphqlWs.handleUpgrade(req, socket, head, (ws) => graphqlWs.emit('connection', ws, req));
    } else if ((path === '/ocpp' || path.startsWith('/ocpp/')) && ocppUpgrade) {
      ocppUpgrade(req, socket, head);
    } else {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
    }
  });

  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  // Not ready while the database is down, answered at once (a load balancer must not wait on it);
  // /healthz stays 200: the node still serves its chargers through the outage.
  app.get('/readyz', async (_req, res) => {
    if (await deps.health.check()) res.json({ status: 'ready', database: deps.database.kind });
    else res.status(503).json({ status: 'unavailable', database: deps.database.kind });
  });
  // GraphQL needs the database nearly everywhere: while it is down, say so at once.
  app.post('/graphql', (_req, res, next) => {
    if (deps.health.up()) return next();
    res.status(503).json({
      errors: [{ message: 'The database is unreachable; retry shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  app.use(graphiqlRouter());

  return { httpServer, graphqlWs, app, clientAddress, setOcppUpgrade: (h) => void (ocppUpgrade = h) };
}
