import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import { GraphQLError, parse, type GraphQLSchema } from 'graphql';
import type { GraphqlLimits } from '../../config.js';
import { checkOperation, refusal } from './analyze.js';
import type { SharedRateLimiter } from '../../cluster/shared-limits.js';
import { rateKey } from '../../domain/rate-limit.js';

/**
 * Every refusal the API makes before running an operation, for both doors (HTTP and graphql-ws):
 * query size (QUERY_TOO_LARGE), rate per token (RATE_LIMITED), then depth, aliases, page size,
 * cost and introspection (see analyze.ts). Size and rate run before any parsing or token check.
 */
export function createGuards(schema: GraphQLSchema, limits: GraphqlLimits, limiter: SharedRateLimiter) {
  async function admit(
    query: unknown,
    authorization: string | undefined,
    address: string | undefined,
  ): Promise<GraphQLError | null> {
    if (typeof query === 'string' && Buffer.byteLength(query) > limits.maxQueryBytes) {
      return refusal(
        'QUERY_TOO_LARGE',
        `Query is larger than ${limits.maxQueryBytes} bytes`,
        { maxQueryBytes: limits.maxQueryBytes },
        413,
      );
    }
    const taken = await limiter.take(rateKey(authorization, address));
    if (!taken.ok) {
      return refusal(
        'RATE_LIMITED',
        `Too many requests; retry in ${taken.retryAfterSeconds}s`,
        { retryAfterSeconds: taken.retryAfterSeconds },
        429,
      );
    }
    return null;
  }

  const httpMiddleware: express.RequestHandler = async (req, res, next) => {
    const refused = await admit(req.body?.query, req.headers.authorization, req.ip);
    if (!refused) return next();
    const { http, ...extensions } = refused.extensions as {
      http: { status: number };
      code: string;
      retryAfterSeconds?: number;
    };
    if (extensions.code === 'RATE_LIMITED') res.setHeader('Retry-After', String(extensions.retryAfterSeconds));
    res.status(http.status).json({ errors: [{ message: refused.message, extensions }] });
  };

  const apolloPlugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request }) {
          const refused = checkOperation(schema, document, operationName, request.variables, limits);
          if (refused) throw refused;
        },
      };
    },
  };

  /** graphql-ws `onSubscribe`: returns errors to refuse, nothing to let graphql-ws go on. */
  async function onSubscribe(
    payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
    authorization: string | undefined,
    address: string | undefined,
  ): Promise<GraphQLError[] | undefined> {
    const refused = await admit(payload.query, authorization, address);
    if (refused) return [refused];
    let document;
    try {
      document = parse(payload.query);
    } catch {
      return undefined; // graphql-ws reports the syntax error itself
    }
    const problem = checkOperation(schema, document, payload.operationName, payload.variables, limits);
    return problem ? [problem] : undefined;
  }

  return { httpMiddleware, apolloPlugin, onSubscribe };
}
