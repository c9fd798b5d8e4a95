// `npm run fuzz -- [--frames 100000] [--requests 10000] [--seed N]`: the long fuzzing run against a
// real node process on a fresh PostgreSQL database (BENCH_DATABASE_URL). test/fuzz-*.test.ts are the
// CI-size runs of the same generators. Exits 1 when anything breaks the rules.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { freshDatabase } from '../bench/lib/pg.js';
import { fuzzGraphql } from '../test/kit/fuzz/graphql-fuzzer.js';
import { fuzzOcpp, type FuzzStation } from '../test/kit/fuzz/ocpp-fuzzer.js';
import { rssMbOf, rssTrend } from '../test/kit/fuzz/rss.js';
import { freePort } from '../test/kit/node-process.js';
import { runMain, waitForOutput } from '../test/kit/process.js';

const { values } = parseArgs({
  options: {
    frames: { type: 'string', default: '100000' },
    requests: { type: 'string', default: '10000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    stations: { type: 'string', default: '8' },
  },
});
const seed = Number(values.seed);
const ADMIN = { email: 'fuzz@example.com', password: 'fuzz-admin-password' };

const db = await freshDatabase();
const port = await freePort();
const node = runMain({
  DATABASE_URL: db.url,
  PORT: String(port),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'info', // the start line says when it listens
  ADMIN_EMAIL: ADMIN.email,
  ADMIN_PASSWORD: ADMIN.password,
  JWT_SECRET: 'fuzz-secret-that-is-long-enough-0123456789',
  GRAPHQL_RATE_LIMIT_PER_SECOND: '100000',
  GRAPHQL_RATE_LIMIT_BURST: '100000',
  // Each fuzz station sends as fast as it is answered: on a quiet machine ~350 CALLs/s, past the per-charger
  // flood limit (50/s), which then answered 15,051 valid CALLs GenericError. The limit has its own test
  // (test/limits.test.ts); here every CALL must reach its handler.
  OCPP_RATE_LIMIT_PER_SECOND: '1000000',
  OCPP_RATE_LIMIT_BURST: '1000000',
  JWT_TTL_SECONDS: '86400', // the OCPP part alone takes longer than the default 15 min
});
const url = `http://127.0.0.1:${port}`;
let failed = false;
try {
  await waitForOutput(node, /GraphQL\s+http/, 120_000);
  const token = await signIn();
  const stations: FuzzStation[] = [];
  for (let i = 0; i < Number(values.stations); i++) {
    const version = i % 2 ? 'ocpp2.0.1' : 'ocpp1.6';
    const ocppId = `FUZZ-${version.slice(4)}-${i}`;
    await gql(token, `mutation($input: CreateChargerInput!) { createCharger(input: $input) { id } }`, {
      input: { ocppId },
    });
    stations.push({ ocppId, version });
  }
  const rss = () => rssMbOf(node.child.pid!);
  let printed = 0;
  console.log(
    `seed ${seed}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (${process.env.HOSTNAME ?? ''})`,
  );

  const ocpp = await fuzzOcpp({
    ocppUrl: url.replace('http', 'ws') + '/ocpp',
    stations,
    frames: Number(values.frames),
    seed,
    rss,
    onProgress: (sent) => {
      if (sent < printed + 10_000) return;
      printed = sent;
      console.log(`  ocpp: ${sent} frames sent, node RSS ${rss()} MB`);
    },
  });
  console.log(
    '\nOCPP',
    JSON.stringify(
      { ...ocpp, rssMb: summary(ocpp.rssMb), unanswered: ocpp.unanswered.slice(0, 20), wrong: ocpp.wrong.slice(0, 20) },
      null,
      1,
    ),
  );
  const graphql = await fuzzGraphql({
    url: `${url}/graphql`,
    token: await signIn(),
    count: Number(values.requests),
    seed,
    rss,
  });
  console.log(
    '\nGraphQL',
    JSON.stringify({ ...graphql, rssMb: summary(graphql.rssMb), bad: graphql.bad.slice(0, 20) }, null, 1),
  );

  const errors = node
    .output()
    .split('\n')
    .filter((line) => /"level":(50|60)/.test(line));
  const alive = node.child.exitCode === null && (await fetch(`${url}/healthz`)).ok;
  // Each phase on its own: the GraphQL requests may settle at another level than the frames did.
  const memory = [rssTrend(ocpp.rssMb), rssTrend(graphql.rssMb)];
  failed =
    !alive ||
    errors.length > 0 ||
    memory.some((m) => !m.flat) ||
    ocpp.unanswered.length + ocpp.wrong.length + Object.keys(ocpp.refusedValid).length + graphql.bad.length > 0;
  console.log(`\nnode alive: ${alive}; errors logged: ${errors.length}`);
  console.log(`OCPP ${memory[0]!.verdict}; GraphQL ${memory[1]!.verdict}`);
  for (const line of errors.slice(0, 10)) console.log(line.slice(0, 1500));
  console.log(
    `load average at the end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    failed
      ? 'FAILED'
      : 'PASSED: 0 crashes, every CALL answered as its schema says, no GraphQL 5xx or codeless error, RSS flat',
  );
} finally {
  node.child.kill('SIGTERM');
  await node.exited;
  await db.drop();
}
process.exit(failed ? 1 : 0);

/** RSS at the start, after 10 %, at the middle and at the end, with the peak: flat means no leak. */
function summary(mb: number[]) {
  const at = (f: number) => mb[Math.min(mb.length - 1, Math.floor(f * mb.length))];
  return {
    samples: mb.length,
    first: mb[0],
    at10pct: at(0.1),
    at50pct: at(0.5),
    last: mb[mb.length - 1],
    peak: Math.max(...mb),
  };
}

async function gql(token: string | null, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function signIn(): Promise<string> {
  const data = await gql(null, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
    e: ADMIN.email,
    p: ADMIN.password,
  });
  return data.login.token as string;
}
