import fc from 'fast-check';
import { graphqlRequest, loadSchema } from './graphql-requests.js';

export interface GraphqlFuzzReport {
  requests: number;
  byStatus: Record<string, number>;
  byCode: Record<string, number>;
  /** Answers with a 5xx status, a body that is not JSON, an error without `extensions.code` or with INTERNAL. */
  bad: { kind: string; status: number; body: string; sent: string }[];
  rssMb: number[];
  seconds: number;
}

/** Sends `count` generated requests (`concurrency` at a time) and checks every answer. */
export async function fuzzGraphql(opts: {
  url: string;
  token: string;
  count: number;
  seed: number;
  concurrency?: number;
  rss?: () => number;
}): Promise<GraphqlFuzzReport> {
  const started = Date.now();
  const report: GraphqlFuzzReport = { requests: 0, byStatus: {}, byCode: {}, bad: [], rssMb: [], seconds: 0 };
  const arbitrary = graphqlRequest(loadSchema());
  const requests = fc.sample(arbitrary, { numRuns: opts.count, seed: opts.seed });
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const i = next++;
      if (opts.rss && i % 100 === 0) report.rssMb.push(opts.rss());
      await send(requests[i]!);
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency ?? 4 }, worker));
  report.seconds = (Date.now() - started) / 1000;
  return report;

  async function send(req: { kind: string; body: string; contentType: string }) {
    report.requests++;
    const bad = (status: number, body: string) =>
      report.bad.push({ kind: req.kind, status, body: body.slice(0, 500), sent: req.body.slice(0, 500) });
    let res: Response;
    try {
      res = await fetch(opts.url, {
        method: 'POST',
        headers: { 'content-type': req.contentType, authorization: `Bearer ${opts.token}` },
        body: req.body,
        signal: AbortSignal.timeout(60_000),
      });
    } catch (err) {
      return bad(0, `no answer: ${(err as Error).message}`);
    }
    const text = await res.text();
    report.byStatus[res.status] = (report.byStatus[res.status] ?? 0) + 1;
    if (res.status >= 500) return bad(res.status, text);
    let body: { errors?: { extensions?: { code?: string } }[] };
    try {
      body = JSON.parse(text);
    } catch {
      return bad(res.status, text);
    }
    for (const error of body.errors ?? []) {
      const code = error.extensions?.code;
      report.byCode[code ?? '(none)'] = (report.byCode[code ?? '(none)'] ?? 0) + 1;
      // INTERNAL is what an unexpected failure becomes: hostile input must get a code the client can act on.
      if (!code || code === 'INTERNAL') bad(res.status, JSON.stringify(error));
    }
  }
}
