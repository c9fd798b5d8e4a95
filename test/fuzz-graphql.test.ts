import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from './kit/database.js';
import { fuzzGraphql } from './kit/fuzz/graphql-fuzzer.js';
import { rssMbOf } from './kit/fuzz/rss.js';
import { startNodeProcess, type NodeProcess } from './kit/node-process.js';

// The CI-size run of the GraphQL fuzzer against a real node process; `npm run fuzz` is the long one.
const COUNT = Number(process.env.FUZZ_REQUESTS ?? 1500);
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);

describe('generated GraphQL requests with hostile values', () => {
  let db: Awaited<ReturnType<typeof testDatabase>>;
  let node: NodeProcess;
  beforeAll(async () => {
    db = await testDatabase();
    node = await startNodeProcess({
      ...(db.config.kind === 'postgres' ? { DATABASE_URL: db.config.url } : {}),
      GRAPHQL_RATE_LIMIT_PER_SECOND: '100000', // the fuzzer is one token sending as fast as it can
      GRAPHQL_RATE_LIMIT_BURST: '100000',
    });
  }, 120_000);
  afterAll(async () => {
    await node?.stop(); // fails the file if the node died on its own
    await db?.drop();
  });

  it('answers what the long fuzz run found: NUL in an argument, an explicit null filter', async () => {
    const admin = await node.signIn();
    (await admin.request('query { charger(ocppId: "a\\u0000b") { id } }')).expectError('BAD_USER_INPUT');
    (await admin.request('query { tariffs(filter: null) { totalCount } }')).expectNoErrors();
  });

  it('never answers 5xx, never an error without a code, and stays up', async () => {
    const admin = await node.signIn();
    const report = await fuzzGraphql({
      url: `${node.url}/graphql`,
      token: admin.token!,
      count: COUNT,
      seed: SEED,
      rss: () => rssMbOf(node.pid()),
    });
    console.log(JSON.stringify({ seed: SEED, ...report, bad: report.bad.slice(0, 10) }, null, 1));
    expect(report.bad).toEqual([]);
    const errors = node
      .output()
      .split('\n')
      .filter((line) => /"level":(50|60)/.test(line));
    expect(errors.map((line) => line.slice(0, 2000))).toEqual([]);
    expect((await fetch(`${node.url}/healthz`)).status).toBe(200);
  }, 600_000);
});
