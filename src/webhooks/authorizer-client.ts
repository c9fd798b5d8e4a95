import type { WebhookConfig } from '../config-webhooks.js';
import type { AuthorizerCall } from '../domain/idtags/external-authorization.js';
import { newEventId } from '../domain/webhooks/payloads.js';
import { guardedPost } from './http-post.js';
import { webhookHeaders } from './signing.js';

/**
 * The signed POST to a tenant's authorizer: Standard Webhooks headers (as deliveries carry), the
 * SSRF guard, no redirects, the tenant's timeout. Only a 2xx with a JSON body is an answer.
 */
export function authorizerClient(config: WebhookConfig): AuthorizerCall {
  const policy = { allowPrivate: config.allowPrivateUrls };
  return async ({ url, secret, timeoutMs, body }) => {
    const text = JSON.stringify(body);
    const result = await guardedPost(url, webhookHeaders([secret], newEventId(), text), text, {
      timeoutMs,
      policy,
      maxBodyBytes: 16 * 1024,
    });
    if (result.statusCode === null) return { ok: false, error: result.error ?? 'no answer' };
    if (result.statusCode < 200 || result.statusCode >= 300) return { ok: false, error: `HTTP ${result.statusCode}` };
    try {
      return { ok: true, answer: JSON.parse(result.body ?? '') };
    } catch {
      return { ok: false, error: 'the answer is not JSON' };
    }
  };
}
