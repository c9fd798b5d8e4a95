import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { blockedAddress, guardedLookup, hostOf, urlProblem, type UrlPolicy } from './url-guard.js';

export interface PostResult {
  /** null when no HTTP answer came (refused, timeout, DNS, connection error). */
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  /** The start of the answer's body (at most `maxBodyBytes`). */
  body: string | null;
}

const agents = new Map<string, http.Agent>();

// Kept-alive connections per scheme and policy: a busy endpoint does not pay a TLS handshake per event.
function agentFor(protocol: string, policy: UrlPolicy): http.Agent {
  const key = `${protocol}${policy.allowPrivate}`;
  let agent = agents.get(key);
  if (!agent) {
    const options = { keepAlive: true, maxSockets: 32, lookup: guardedLookup(policy) as never };
    agent = protocol === 'https:' ? new https.Agent(options) : new http.Agent(options);
    agents.set(key, agent);
  }
  return agent;
}

/**
 * One POST under the SSRF guard: the URL is checked again (DNS may have changed since it was
 * saved), redirects are not followed (a 3xx is just an answer), and the whole exchange has a
 * deadline. Never throws.
 */
export function guardedPost(
  rawUrl: string,
  headers: Record<string, string>,
  body: string,
  opts: { timeoutMs: number; policy: UrlPolicy; maxBodyBytes?: number; signal?: AbortSignal },
): Promise<PostResult> {
  const started = performance.now();
  const done = (statusCode: number | null, error: string | null, text: string | null): PostResult => ({
    statusCode,
    latencyMs: performance.now() - started,
    error,
    body: text,
  });
  const problem = urlProblem(rawUrl, opts.policy);
  if (problem) return Promise.resolve(done(null, `refused: ${problem}`, null));
  const url = new URL(rawUrl);
  const literal = hostOf(url);
  if (!opts.policy.allowPrivate && isIP(literal) && blockedAddress(literal))
    return Promise.resolve(done(null, `refused: ${blockedAddress(literal)}`, null));
  const limit = opts.maxBodyBytes ?? 1024;

  return new Promise((resolve) => {
    let settled = false;
    const finish = (r: PostResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      resolve(r);
    };
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      agent: agentFor(url.protocol, opts.policy),
    });
    const timer = setTimeout(() => {
      request.destroy();
      finish(done(null, `timeout after ${opts.timeoutMs} ms`, null));
    }, opts.timeoutMs);
    const onAbort = () => {
      request.destroy();
      finish(done(null, 'aborted: the node is stopping', null));
    };
    opts.signal?.addEventListener('abort', onAbort);
    request.on('error', (err: NodeJS.ErrnoException) =>
      finish(done(null, err.code === 'EBLOCKED' ? err.message : `${err.code ?? 'error'}: ${err.message}`, null)),
    );
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const end = () => finish(done(response.statusCode ?? null, null, Buffer.concat(chunks).toString('utf8')));
      response.on('data', (chunk: Buffer) => {
        if (size < limit) chunks.push(chunk.subarray(0, limit - size));
        size += chunk.length;
        // Enough read: the rest of a large answer is not worth the wait.
        if (size >= limit) {
          end();
          response.destroy();
        }
      });
      response.on('end', end);
      response.on('error', end);
    });
    request.end(body);
  });
}
