import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import express from 'express';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Database } from '../db/client.js';
import type { Metrics } from './metrics.js';
import { graphiqlRouter } from './graphiql.js';

export interface HttpDoors {
  httpServer: Server;
  graphqlWs: WebSocketServer;
  app: express.Express;
  /** Set once the OCPP server exists; upgrades under /ocpp/ go to it. */
  setOcppUpgrade(handler: (req: IncomingMessage, socket: Duplex, head: Buffer) => void): void;
}

/**
 * One http.Server, one upgrade handler: /graphql -> graphql-ws, /ocpp/... -> ocpp-rpc,
 * anything else destroyed. (Never `new WebSocketServer({ server })`: it 400s OCPP upgrades.)
 */
export function createHttpDoors(deps: { database: Database; metrics: Metrics; logger: Logger }): HttpDoors {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
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
  app.get('/readyz', async (_req, res) => {
    try {
      await deps.database.ping();
      res.json({ status: 'ready', database: deps.database.kind });
    } catch (err) {
      deps.logger.warn({ err }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', database: deps.database.kind });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  app.use(graphiqlRouter());

  return { httpServer, graphqlWs, app, setOcppUpgrade: (h) => void (ocppUpgrade = h) };
}
