// Bench 1, scale: N chargers connect and boot; time until all are Accepted, and server memory per
// connection, for ChargeQL on PostgreSQL and a bare ocpp-rpc server in the same run.
// Each size in OCPP 1.6 and 2.0.1 (the same server, one URL). Run: npm run bench:scale -- --sizes 1000,10000,19000 [--protocols 1.6]
import { parseArgs } from 'node:util';
import { benchIds, bootFleet, registerFor, sleep } from './lib/chargers.js';
import { freshDatabase } from './lib/pg.js';
import { log, machine, round, writeResults, type BenchResult } from './lib/report.js';
import { startTarget } from './lib/server.js';

// One process may hold this many open files here (ulimit -n); each socket is one on each side.
const FD_LIMIT = 20_000;

type Protocol = '1.6' | '2.0.1';

interface Row {
  target: string;
  protocol: Protocol;
  chargers: number;
  bootMs: number;
  perSecond: number;
  rssPerConnKB: number;
  heapPerConnKB: number;
  serverRssMB: number;
  statementsPerBoot: number;
}

async function measure(
  target: 'chargeql' | 'bare',
  n: number,
  database: 'postgres' | 'pglite',
  protocol: Protocol,
): Promise<Row> {
  const db = target === 'chargeql' && database === 'postgres' ? await freshDatabase() : null;
  const server = await startTarget(target, db?.url);
  try {
    await registerFor(server, benchIds(n));
    await sleep(500);
    const before = await server.memory();
    const statementsBefore = await server.statements();
    const fleet = await bootFleet(server, n, { protocol });
    const statements = (await server.statements()) - statementsBefore;
    await sleep(Math.min(5000, 1000 + n / 10)); // let the status notifications and the log writes settle
    await server.flush();
    const after = await server.memory();
    await fleet.stop();
    const row = {
      target:
        target === 'bare'
          ? 'bare ocpp-rpc'
          : `ChargeQL (${database === 'postgres' ? 'PostgreSQL' : 'embedded PGlite'})`,
      protocol,
      chargers: n,
      bootMs: Math.round(fleet.bootMs),
      perSecond: Math.round((n * 1000) / fleet.bootMs),
      rssPerConnKB: round((after.rss - before.rss) / n / 1024, 1),
      heapPerConnKB: round((after.heapUsed + after.external - before.heapUsed - before.external) / n / 1024, 1),
      serverRssMB: Math.round(after.rss / 2 ** 20),
      statementsPerBoot: round(statements / n, 1),
    };
    log(
      `${row.target} OCPP ${protocol} ${n}: all Accepted in ${row.bootMs} ms, ${row.rssPerConnKB} KB RSS per connection`,
    );
    return row;
  } finally {
    await server.stop();
    await db?.drop();
  }
}

export async function scale(opts: {
  sizes: number[];
  pglite?: number[];
  protocols?: Protocol[];
}): Promise<BenchResult> {
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const n of opts.sizes) {
    if (n > FD_LIMIT - 500) {
      notes.push(
        `${n.toLocaleString('en')} chargers skipped: one process may open ${FD_LIMIT.toLocaleString('en')} files here (hard limit, ulimit -Hn), so one node holds at most ~19,500 sockets on this machine.`,
      );
      continue;
    }
    for (const protocol of opts.protocols ?? ['1.6', '2.0.1']) {
      rows.push(await measure('bare', n, 'postgres', protocol));
      rows.push(await measure('chargeql', n, 'postgres', protocol));
    }
  }
  for (const n of opts.pglite ?? []) rows.push(await measure('chargeql', n, 'pglite', '1.6'));
  notes.push(
    'Boot = WebSocket handshake (charger looked up in the database) + BootNotification answered Accepted; the clock runs from the first connect to the last Accepted, 500 connects in flight.',
  );
  notes.push(
    'SQL statements per boot counts every statement the server sent while the chargers connected, booted and reported their connectors (including batched message-log writes).',
  );
  notes.push(
    'Memory per connection = server RSS (and JS heap + external) after a full GC, with N chargers connected minus before, divided by N.',
  );
  return {
    name: 'scale',
    title: '1. Scale: N chargers connect and boot',
    columns: [
      'server',
      'OCPP',
      'chargers',
      'all Accepted (ms)',
      'boots/s',
      'RSS per connection (KB)',
      'heap+external per connection (KB)',
      'server RSS (MB)',
      'SQL statements per boot',
    ],
    rows: rows.map((r) => [
      r.target,
      r.protocol,
      r.chargers,
      r.bootMs,
      r.perSecond,
      r.rssPerConnKB,
      r.heapPerConnKB,
      r.serverRssMB,
      r.target.startsWith('bare') ? '-' : r.statementsPerBoot,
    ]),
    notes,
    data: { rows },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000,50000' },
      pglite: { type: 'string', default: '1000' },
      protocols: { type: 'string', default: '1.6,2.0.1' },
    },
  });
  const protocols = values.protocols!.split(',') as Protocol[];
  if (protocols.some((p) => p !== '1.6' && p !== '2.0.1')) throw new Error('--protocols takes 1.6 and/or 2.0.1');
  const m = await machine();
  const result = await scale({
    sizes: values.sizes!.split(',').map(Number),
    protocols,
    pglite: values.pglite ? values.pglite.split(',').map(Number) : [],
  });
  writeResults('scale', m, [result]);
  process.exit(0);
}
