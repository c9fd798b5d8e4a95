import express, { type Router } from 'express';
import type { Services } from '../domain/services.js';
import { fromGlobalId } from '../graphql/node.js';

/**
 * POST /oauth/token: OAuth 2.0 client credentials (RFC 6749 §4.4) for integrators whose
 * tooling speaks OAuth2. client_id is the API key's id, client_secret its secret, sent with
 * HTTP Basic (§2.3.1) or in the form body. The answer is a JWT that acts as the key and dies
 * with it (revokeApiKey).
 */
export function oauthRouter(services: Services): Router {
  const router = express.Router();
  router.post(
    '/oauth/token',
    express.urlencoded({ extended: false, limit: '8kb' }),
    express.json({ limit: '8kb' }),
    async (req, res) => {
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Pragma', 'no-cache');
      const body = (req.body ?? {}) as Record<string, unknown>;
      const basic = parseBasic(req.headers.authorization);
      const fail = (status: number, error: string, description: string) => {
        if (status === 401 && basic) res.setHeader('WWW-Authenticate', 'Basic realm="chargeql"');
        res.status(status).json({ error, error_description: description });
      };
      if (body.grant_type !== 'client_credentials') {
        return fail(
          400,
          body.grant_type ? 'unsupported_grant_type' : 'invalid_request',
          'grant_type must be client_credentials',
        );
      }
      const clientId = basic?.id ?? (typeof body.client_id === 'string' ? body.client_id : undefined);
      const secret = basic?.secret ?? (typeof body.client_secret === 'string' ? body.client_secret : undefined);
      if (!secret || !services.apiKeys.looksLikeSecret(secret))
        return fail(401, 'invalid_client', 'client_secret must be an API key secret');
      try {
        const actor = await services.apiKeys.authenticate(secret);
        if (clientId && rawId(clientId) !== actor.apiKeyId)
          return fail(401, 'invalid_client', 'client_id does not match the secret');
        const { token, expiresAt } = await services.signer.sign(actor);
        res.json({
          access_token: token,
          token_type: 'Bearer',
          expires_in: Math.round((expiresAt.getTime() - Date.now()) / 1000),
        });
      } catch {
        fail(401, 'invalid_client', 'Unknown or revoked API key');
      }
    },
  );
  return router;
}

/** client_id may be the ApiKey's global id or its uuid. */
function rawId(clientId: string): string {
  const decoded = fromGlobalId(clientId);
  return decoded?.type === 'ApiKey' ? decoded.id : clientId;
}

// RFC 6749 §2.3.1: id and secret are form-urlencoded before Basic encoding.
function parseBasic(header: string | undefined): { id: string; secret: string } | null {
  const match = header?.match(/^Basic\s+(.+)$/i);
  if (!match) return null;
  const text = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const decode = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
  try {
    return { id: decode(text.slice(0, colon)), secret: decode(text.slice(colon + 1)) };
  } catch {
    return null;
  }
}
