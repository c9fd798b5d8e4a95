import type { GraphQLSchema } from 'graphql';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPayload, connectCharger, registerCharger, type TestCharger } from './kit/charger.js';
import type { GqlClient, GqlResult } from './kit/gql.js';
import { startServer, type TestServer } from './kit/server.js';
import { createTenant, type TestTenant } from './kit/tenant.js';
import { IdBag, introspect, leaksIn, normalized, phantomOf, sentValues } from './isolation/evidence.js';
import { buildCall, idSlotsOf, operationsOf, Skip, type Call, type Operation } from './isolation/schema-walk.js';
import { NATURAL_KEYS, StringBook } from './isolation/strings.js';
import { openWsSession, type Received } from './isolation/ws-session.js';

/**
 * Tenant B attacks tenant A through every operation of the schema, read from the API itself:
 * new queries, mutations and subscriptions are covered without touching this file.
 * B calls each with A's ids (and A's natural keys), and each answer must
 *  - hold nothing of A (no id, uuid or "zqa" marker string),
 *  - be the same as the answer for an id that exists nowhere (no hint that A's row exists);
 * and A's data, read back as A, must be unchanged afterwards.
 */
const MARK_A = /zqa/i;
let server: TestServer;
let A: TestTenant;
let B: TestTenant;
let schema: GraphQLSchema;
let ops: Operation[];
const aIds = new IdBag();
const aStrings = new StringBook('zqa');
const bStrings = new StringBook('zqb');
const chargers: TestCharger[] = [];
const coverage = new Map<string, { calls: number; codes: Set<string> }>();
const skipped = new Map<string, string>();
const seedFailures: string[] = [];
/** API key secrets and invite tokens A was shown: B must never see them. */
const aCredentials: string[] = [];

beforeAll(async () => {
  // The attack makes thousands of calls from one token: lift the rate limit for it.
  server = await startServer({ GRAPHQL_RATE_LIMIT_PER_SECOND: '100000', GRAPHQL_RATE_LIMIT_BURST: '100000' });
  A = await createTenant(server, 'zqa-one', 'Tenant zqa');
  B = await createTenant(server, 'zqb-one', 'Tenant zqb');
  aIds.collect((await A.admin.request('{ tenant { id } viewer { id } }')).expectNoErrors());
  schema = await introspect(A.admin);
  ops = operationsOf(schema);
  await seedTenantA();
  await chargeInTenantA();
  // Twice: the second round reads rows the first one found (node ids, relations).
  for (let round = 0; round < 2; round++) for (const call of readCalls(A.admin)) aIds.collect((await call()).data);
}, 300_000);

afterAll(async () => {
  printCoverage();
  for (const c of chargers) await c.close({ force: true }).catch(() => {});
  await server?.stop();
});

/** Creates A's data through whatever create/invite mutations exist, twice so later rows can link to earlier ones. */
async function seedTenantA(): Promise<void> {
  const creators = ops.filter(
    (o) => o.kind === 'mutation' && /^(create|invite)/.test(o.name) && o.name !== 'createTenant',
  );
  for (let pass = 0; pass < 2; pass++) {
    for (const op of creators) {
      // Enum values are tried in turn: the first may be refused (a role above the caller's).
      for (let enumPick = 0, done = false; enumPick < 5 && !done; enumPick++) {
        let call: Call;
        try {
          call = buildCall(schema, op, {
            optional: true,
            enumPick,
            string: (hint) => aStrings.next(hint),
            pickId: (guess) => (guess ? [...(aIds.byType.get(guess) ?? [])][0] : undefined),
          });
        } catch (err) {
          seedFailures.push(`${op.name}: ${(err as Error).message}`);
          break;
        }
        const result = await A.admin.request(call.query, call.variables);
        done = !result.errors;
        if (result.errors && enumPick === 4)
          seedFailures.push(`${op.name}: ${result.errors[0]?.extensions?.code} ${result.errors[0]?.message}`);
        aIds.collect(result.data);
        aCredentials.push(...(JSON.stringify(result.data ?? {}).match(/cq[kri]_[A-Za-z0-9_-]+/g) ?? []));
      }
    }
  }
}

/** A's charger on A's own OCPP path produces status, sessions, meter values and messages where handlers exist. */
async function chargeInTenantA(): Promise<void> {
  const ocppId = 'ZQA_CP_LIVE';
  aIds.collect(await registerCharger(A.admin, ocppId));
  const charger = await connectCharger(server.ocppUrl, ocppId, { slug: A.slug });
  chargers.push(charger);
  await charger.call(
    'BootNotification',
    bootPayload({ chargePointVendor: 'zqa-vendor', chargePointSerialNumber: 'zqa-serial' }),
  );
  await charger.call('StatusNotification', { connectorId: 1, status: 'Available', errorCode: 'NoError' });
  const idTag = aStrings.used.get('value')?.[0] ?? 'ZQA77';
  const optional = (p: Promise<unknown>) => p.catch(() => null); // handlers other issues add later
  const start = (await optional(
    charger.call('StartTransaction', { connectorId: 1, idTag, meterStart: 1000, timestamp: new Date().toISOString() }),
  )) as { transactionId?: number } | null;
  await optional(
    charger.call('MeterValues', {
      connectorId: 1,
      transactionId: start?.transactionId,
      meterValue: [
        {
          timestamp: new Date().toISOString(),
          sampledValue: [{ value: '1500', measurand: 'Energy.Active.Import.Register', unit: 'Wh' }],
        },
      ],
    }),
  );
  await server.app.flush();
}

/** Every Query field as A, with A's ids and A's values: what A's data looks like. */
function readCalls(client: GqlClient): (() => Promise<GqlResult>)[] {
  return ops
    .filter((o) => o.kind === 'query')
    .flatMap((op) =>
      variants(op, (hint) => aStrings.used.get(hint)?.[0] ?? aStrings.next(hint)).map(
        ({ call }) =>
          () =>
            client.request(call.query, call.variables),
      ),
    );
}

/**
 * One call per candidate id (cycling through each id slot's candidates) and its twin with
 * phantom ids; then each id slot alone (others left out where optional), so one filter cannot hide another.
 */
function variants(op: Operation, string: (hint: string) => string): { call: Call; twin: Call | null }[] {
  const base = { optional: false, string };
  const slots = idSlotsOf(schema, op, base);
  const candidates = slots.map((guess) => aIds.of(guess));
  const build = (pick: (slot: number) => string | undefined) => {
    const picked: (string | undefined)[] = [];
    const call = buildCall(schema, op, { ...base, pickId: (_g, slot) => (picked[slot] = pick(slot)) });
    const twin = picked.some(Boolean)
      ? buildCall(schema, op, { ...base, pickId: (_g, slot) => (picked[slot] ? phantomOf(picked[slot]) : undefined) })
      : null;
    return { call, twin };
  };
  const count = Math.min(30, Math.max(1, ...candidates.map((c) => c.length)));
  const out = Array.from({ length: count }, (_, i) => build((slot) => candidates[slot]![i % candidates[slot]!.length]));
  if (slots.length < 2) return out;
  for (let k = 0; k < slots.length; k++) {
    for (const id of candidates[k]!.slice(0, 30)) {
      try {
        out.push(build((slot) => (slot === k ? id : undefined)));
      } catch (err) {
        if (!(err instanceof Skip)) throw err;
        break; // another slot is required: the combined calls above cover it
      }
    }
  }
  return out;
}

/** The query with A's natural keys (ocppId, idTag value, email, ...) in its optional string arguments, and its twin with B's. */
function naturalKeyAttack(op: Operation): { call: Call; twin: Call }[] {
  const natural = (h: string) => (NATURAL_KEYS.test(h) ? aStrings.used.get(h)?.[0] : undefined);
  if (!op.field.args.some((a) => natural(a.name))) return [];
  try {
    const withA = buildCall(schema, op, {
      optional: true,
      pickId: () => undefined,
      string: (h) => natural(h) ?? bStrings.next(h),
    });
    const withB = buildCall(schema, op, { optional: true, pickId: () => undefined, string: (h) => bStrings.next(h) });
    return [{ call: withA, twin: withB }];
  } catch (err) {
    if (err instanceof Skip) return []; // needs an id as well: the id attack covers it
    throw err;
  }
}

async function snapshotOfA(): Promise<string[]> {
  await server.app.flush();
  // Fields that change with the clock alone, not with anything tenant B could do.
  const volatile = new Set(['lastSeenAt', 'lastUsedAt', 'durationSeconds']);
  const results: string[] = [];
  for (const call of readCalls(A.admin)) {
    const r = await call();
    results.push(
      JSON.stringify({ data: r.data, codes: r.errors?.map((e) => e.extensions?.code) }, (k, v) =>
        volatile.has(k) ? undefined : v,
      ),
    );
  }
  return results;
}

function record(op: Operation, result: GqlResult): void {
  const entry = coverage.get(`${op.kind} ${op.name}`) ?? { calls: 0, codes: new Set<string>() };
  entry.calls++;
  entry.codes.add(result.errors ? String(result.errors[0]?.extensions?.code) : 'ok');
  coverage.set(`${op.kind} ${op.name}`, entry);
}

describe('tenant B attacking tenant A', () => {
  it('every query and mutation, with A ids and A values, answers B as if A did not exist, and changes nothing of A', async () => {
    expect(aIds.byType.get('Charger')?.size ?? 0).toBeGreaterThan(0);
    const secrets = [...aIds.secrets(), ...aCredentials];
    const before = await snapshotOfA();
    const problems: string[] = [];
    const destructive = (o: Operation) => /^(delete|remove|revoke|cancel)/.test(o.name);
    const order = [
      ...ops.filter((o) => o.kind === 'query'),
      ...ops.filter((o) => o.kind === 'mutation' && !destructive(o)),
      ...ops.filter(destructive),
    ];

    for (const op of order) {
      if (op.kind === 'subscription') continue;
      let attacks: { call: Call; twin: Call | null }[];
      try {
        attacks = variants(op, (hint) => bStrings.next(hint));
        // Reads also try A's natural keys (ocppId, idTag value, email, ...) against B's made-up ones.
        if (op.kind === 'query') attacks.push(...naturalKeyAttack(op));
      } catch (err) {
        if (!(err instanceof Skip)) throw err;
        skipped.set(`${op.kind} ${op.name}`, err.message);
        continue;
      }
      for (const { call, twin } of attacks) {
        const sent = sentValues(call.variables);
        const result = await B.admin.request(call.query, call.variables);
        record(op, result);
        if (result.errors?.some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED'))
          problems.push(`${op.name}: the walker built an invalid call: ${result.errors[0]!.message}`);
        for (const leak of leaksIn(result, secrets, MARK_A, sent))
          problems.push(`${op.name} ${JSON.stringify(call.variables)}: ${leak}`);
        if (twin) {
          const phantom = await B.admin.request(twin.query, twin.variables);
          const [mine, other] = [normalized(result, sent), normalized(phantom, sentValues(twin.variables))];
          if (mine !== other)
            problems.push(
              `${op.name} ${JSON.stringify(call.variables)}: answers differently for A's id than for none:\n  ${mine}\n  ${other}`,
            );
        }
      }
    }
    expect(problems).toEqual([]);
    expect(await snapshotOfA()).toEqual(before);
  }, 600_000);

  it('subscriptions with A ids (or none) deliver B nothing of A while A is busy', async () => {
    const secrets = aIds.secrets();
    await registerCharger(B.admin, 'ZQB_CP_LIVE');
    const bCharger = await connectCharger(server.ocppUrl, 'ZQB_CP_LIVE', { slug: B.slug });
    chargers.push(bCharger);
    await bCharger.call('BootNotification', bootPayload());
    const listening = server.app.services.events.activeSubscriptions();
    const session = await openWsSession(server.wsUrl, B.admin.token!);
    const aSession = await openWsSession(server.wsUrl, A.admin.token!);
    try {
      const subs: [string, Received][] = [];
      for (const op of ops.filter((o) => o.kind === 'subscription')) {
        try {
          const calls = [
            ...variants(op, (h) => bStrings.next(h)).map((v) => v.call),
            buildCall(schema, op, { optional: false, pickId: () => undefined, string: (h) => bStrings.next(h) }),
          ];
          for (const call of calls)
            subs.push([`${op.name} ${JSON.stringify(call.variables)}`, session.subscribe(call.query, call.variables)]);
          record(op, { data: null, status: 200 } as GqlResult);
        } catch (err) {
          if (!(err instanceof Skip)) throw err;
          skipped.set(`subscription ${op.name}`, err.message);
        }
      }
      const aSaw = aSession.subscribe('subscription { chargerStatus { charger { id } status } }', {});
      let barrier: (() => void) | null = null;
      session.subscribe('subscription { chargerStatus { status } }', {}, () => barrier?.());
      // Every subscription is either listening on the bus or was refused (an error frame).
      const all = [...subs.map(([, r]) => r), aSaw];
      await until(
        () =>
          server.app.services.events.activeSubscriptions() - listening + all.filter((r) => r.errors.length).length >=
          all.length + 1,
      );

      const aCharger = chargers[0]!;
      for (const status of ['Preparing', 'Available']) {
        await aCharger.call('StatusNotification', { connectorId: 1, status, errorCode: 'NoError' });
        await aCharger.call('Heartbeat', {});
        const seen = new Promise<void>((resolve) => (barrier = resolve));
        await bCharger.call('StatusNotification', { connectorId: 1, status, errorCode: 'NoError' });
        await seen; // B's own event came through the same socket after A's
      }
      expect(aSaw.events.length, 'A saw its own status changes').toBeGreaterThanOrEqual(2);
      const leaks = subs.flatMap(([name, got]) =>
        [...got.events, ...got.errors].flatMap((e) =>
          leaksIn({ data: e }, secrets, MARK_A, []).map((l) => `${name}: ${l}`),
        ),
      );
      expect(leaks).toEqual([]);
    } finally {
      await session.close();
      await aSession.close();
    }
  }, 120_000);

  it("refuses A's charger under B's OCPP path, and B's under A's, with 404", async () => {
    await registerCharger(A.admin, 'ZQA_PATH');
    await registerCharger(B.admin, 'ZQB_PATH');
    expect(await upgradeStatus(`${server.ocppUrl}/${B.slug}/ZQA_PATH`)).toBe(404);
    expect(await upgradeStatus(`${server.ocppUrl}/${A.slug}/ZQB_PATH`)).toBe(404);
    expect(await upgradeStatus(`${server.ocppUrl}/${A.slug}/ZQA_PATH`)).toBe(101);
  });
});

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('subscriptions did not start');
    await new Promise((r) => setTimeout(r, 10));
  }
}

function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, ['ocpp1.6']);
    ws.on('open', () => (ws.close(), resolve(101)));
    ws.on('unexpected-response', (_req, res) => (resolve(res.statusCode ?? 0), ws.terminate()));
    ws.on('error', (err) => (err.message.includes('Unexpected server response') ? undefined : reject(err)));
  });
}

function printCoverage(): void {
  const lines = [...coverage].map(
    ([name, c]) => `  ${name.padEnd(40)} ${String(c.calls).padStart(4)} calls  ${[...c.codes].join(' ')}`,
  );
  const skips = [...skipped].map(([name, why]) => `  ${name}: ${why}`);
  console.log(
    [
      `isolation: ${coverage.size} operations covered, ${skipped.size} skipped; tenant A has ${[...aIds.byType].map(([t, s]) => `${s.size} ${t}`).join(', ')}`,
      ...lines,
      ...(skips.length ? ['skipped:', ...skips] : []),
      ...(seedFailures.length ? ['seeding A (informational):', ...seedFailures.map((f) => `  ${f}`)] : []),
    ].join('\n'),
  );
}
