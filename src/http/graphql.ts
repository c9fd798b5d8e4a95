import type { IncomingMessage, Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Services } from '../domain/services.js';
import { bearerOf, buildContext, type Context } from '../graphql/context.js';
import { errorCodeOf, formatError } from '../graphql/errors.js';
import { createGuards } from '../graphql/hardening/guards.js';
import type { GraphqlLimits } from '../config.js';
import type { SharedRateLimiter } from '../cluster/shared-limits.js';
import type { Metrics } from './metrics.js';
import { countStatements, statementsSoFar } from '../db/statement-count.js';
import { createSubscriptionSharing, type SubscriptionSharing } from './shared-subscriptions.js';

export interface GraphqlDeps {
  schema: GraphQLSchema;
  services: Services;
  httpServer: Server;
  wsServer: WebSocketServer;
  metrics: Metrics;
  logger: Logger;
  limits: GraphqlLimits;
  /** Requests per token (cluster.rateLimiter: shared across nodes with Redis). */
  rateLimiter: SharedRateLimiter;
  /** The client's address under TRUST_PROXY (the IP allow-list and rate limits look at it). */
  clientAddress: (req: IncomingMessage) => string | undefined;
}

/** Apollo on POST /graphql and graphql-ws on the same path's WebSocket upgrades. */
export async function createGraphqlHandlers(
  deps: GraphqlDeps,
): Promise<{ router: Router; subscriptions: SubscriptionSharing; stop: () => Promise<void> }> {
  const { schema, services, logger } = deps;
  const log = logger.child({ component: 'graphql' });
  const onInternal = (err: unknown) => log.error({ err }, 'unhandled error in resolver');
  const guards = createGuards(schema, deps.limits, deps.rateLimiter);
  const authOf = (params: Record<string, unknown> | undefined) =>
    (params?.authorization ?? params?.Authorization) as string | undefined;
  const subscriptions = createSubscriptionSharing({ enabled: deps.limits.sharedSubscriptions });

  const wsCleanup = useServer(
    {
      schema,
      context: async (ctx, id, payload) => {
        // Loaders must not cache: this context lives as long as the subscription.
        const context = await buildContext(services, authOf(ctx.connectionParams), {
          cacheLoaders: false,
          remoteAddress: deps.clientAddress(ctx.extra.request),
        });
        subscriptions.note(context, { socket: ctx.extra.socket, id, query: payload.query });
        return context;
      },
      // Identical subscriptions (document, variables, Scope) share one execution: shared-subscriptions.ts.
      subscribe: subscriptions.subscribe,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const auth = (params.authorization ?? params.Authorization) as string | undefined;
        const context = await buildContext(services, auth, {
          cacheLoaders: false,
          remoteAddress: deps.clientAddress(ctx.extra.request),
        });
        if (context.denied) {
          // 4403 Forbidden: a valid credential from an address outside the tenant's IP allow-list.
          ctx.extra.socket.close(4403, context.denied.message.slice(0, 120));
          return false;
        }
        if (!context.actor) {
          // 4401 Unauthorized: graphql-ws closes the socket with this code (API.md).
          ctx.extra.socket.close(4401, context.authError ?? 'Unauthorized');
          return false;
        }
        closeWhenExpired(ctx.extra.socket, services.auth.expiresAt(bearerOf(auth)!));
        return true;
      },
      onSubscribe: (ctx, _id, payload) =>
        guards.onSubscribe(payload, authOf(ctx.connectionParams), deps.clientAddress(ctx.extra.request)),
      onError: (_ctx, _id, _payload, errors) => {
        for (const e of errors) if (!e.extensions?.code) log.warn({ err: e }, 'subscription error');
      },
    },
    deps.wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    // Our own guard answers INTROSPECTION_DISABLED when GRAPHQL_INTROSPECTION=false (hardening/analyze.ts).
    introspection: true,
    formatError: (formatted, error) => formatError(formatted, error, onInternal),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: deps.httpServer }),
      // We send no cache hints; the plugin would otherwise wrap every field resolver (a cost on big lists).
      ApolloServerPluginCacheControlDisabled(),
      operationMetrics(deps.metrics),
      guards.apolloPlugin,
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const router = express.Router();
  router.post(
    '/graphql',
    express.json({ limit: '1mb' }),
    answerBadBodies,
    rejectSubscriptionsOverHttp,
    guards.httpMiddleware,
    ((_req, _res, next) => countStatements(next)) satisfies express.RequestHandler,
    expressMiddleware(apollo, {
      context: ({ req }) =>
        buildContext(services, req.headers.authorization, { cacheLoaders: true, remoteAddress: req.ip }),
    }),
  );
  return { router, subscriptions, stop: () => apollo.stop() };
}

/**
 * The server reads a socket's token once, when it connects, and every subscription on it runs as that
 * token's actor: when the token expires the socket is closed, so a client reconnects with a fresh one
 * (graphql-ws clients retry 4403; 4401 would be final). API keys do not expire: their sockets stay.
 */
function closeWhenExpired(socket: WebSocket, expiresAt: Date | null): void {
  const left = expiresAt ? expiresAt.getTime() - Date.now() : Infinity;
  if (left > 2 ** 31 - 1) return; // past setTimeout's range (~24.8 days)
  const timer = setTimeout(() => socket.close(4403, 'Token expired'), left);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}

/**
 * A body express.json cannot take (not JSON, a bare `null`, over 1 MB) gets a GraphQL-shaped error
 * with a code, not express's HTML page with a stack trace. Found by the fuzzer (test/fuzz-graphql).
 */
const answerBadBodies: express.ErrorRequestHandler = (err, _req, res, _next) => {
  const status = (err as { status?: number }).status ?? 400;
  const tooLarge = status === 413;
  res.status(tooLarge ? 413 : 400).json({
    errors: [
      {
        message: tooLarge ? 'The request body is over 1 MB' : 'The request body is not a JSON object',
        extensions: { code: tooLarge ? 'QUERY_TOO_LARGE' : 'BAD_REQUEST' },
      },
    ],
  });
};

// GraphiQL sometimes POSTs a subscription: answer with a clear 400 instead of a confusing error.
const rejectSubscriptionsOverHttp: express.RequestHandler = (req, res, next) => {
  const query = typeof req.body?.query === 'string' ? req.body.query : '';
  if (/^\s*subscription\b/.test(query.replace(/^\s*#.*$/gm, ''))) {
    res.status(400).json({
      errors: [
        {
          message: 'Subscriptions run over WebSocket (graphql-transport-ws) at /graphql, not HTTP POST',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
    return;
  }
  next();
};

function operationMetrics(metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operationName, operation, errors }) {
          metrics.graphqlOperations.inc({
            operation: operationName ?? 'anonymous',
            type: operation?.operation ?? 'unknown',
            code: errors?.length ? errorCodeOf(errors[0]) : 'none',
          });
          const statements = statementsSoFar();
          if (statements !== undefined)
            metrics.graphqlStatements.observe({ operation: operationName ?? 'anonymous' }, statements);
        },
      };
    },
  };
}
