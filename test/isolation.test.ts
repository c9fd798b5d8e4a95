import type { GraphQLSchema } from 'graphql';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootPayload, connectCharger, registerCharger, type TestCharger } from './kit/charger.js';
import type { GqlClient, GqlResult } from './kit/gql.js';
import { startServer, type TestServer } from './kit/server.js';
import { createTenant, createUser, type TestTenant } from './kit/tenant.js';
import { until } from './kit/wait.js';
import { dbId } from './kit/builders.js';
import { IdBag, introspect, leaksIn, normalized, phantomOf, sentValues } from './isolation/evidence.js';
import { buildCall, idSlotsOf, operationsOf, Skip, type Call, type Operation } from './isolation/schema-walk.js';
import { requestReadable } from './isolation/prune.js';
import { NATURAL_KEYS, StringBook } from './isolation/strings.js';
import { openWsSession, type Received } from './isolation/ws-session.js';

/**
 * Tenant B attacks tenant A through every operation of the schema, read from the API itself:
 * new queries, mutations and subscriptions are covered without touching this file.
 * B calls each with A's ids (and A's natural keys), and each answer must
 *  - hold nothing of A (no id, uuid or "zqa" marker string),
 *  - be the same as the answer for an id that exists nowhere (no hint that A's row exists);
 * and A's data, read back as A, must be unchanged afterwards.
 * B attacks with every kind of credential: a user token per role, an API key per role (a DRIVER
 * key has no user), and an OAuth client-credentials token. Inside A, a second driver and A's
 * DRIVER key attack the first driver's own rows (sessions, id tags, reservations, profile) the same way.
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
/** A's connected charger (its global id). */
let aLiveCharger: string;
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
  // A's virtual chargers would go on talking (heartbeats) on their own clock and change A's data mid-test.
  for (const id of aIds.byType.get('VirtualCharger') ?? [])
    await A.admin.request('mutation($id: ID!) { stopVirtualCharger(id: $id) }', { id });
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
  aLiveCharger = await registerCharger(A.admin, ocppId);
  aIds.collect(aLiveCharger);
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
            requestReadable(client, call.query, call.variables).then((r) => r.result),
      ),
    );
}

/** Who attacks whom: where the attacker's id slots get candidates, and which ids are the victim's. */
interface Target {
  /** Candidate ids for a slot of this type (the victim's where the type is theirs). */
  idsOf: (type: string | null) => string[];
  /** The victim's ids: the twin call replaces these (only these) by ids that exist nowhere. */
  isVictims: (id: string) => boolean;
  /** Candidates tried per id slot. */
  max: number;
}

const tenantA: Target = { idsOf: (t) => aIds.of(t), isVictims: () => true, max: 30 };

/**
 * One call per candidate id (cycling through each id slot's candidates) and its twin with
 * phantom ids; then each id slot alone (others left out where optional), so one filter cannot hide another.
 */
function variants(
  op: Operation,
  string: (hint: string) => string,
  target: Target = tenantA,
): { call: Call; twin: Call | null }[] {
  const base = { optional: false, string };
  const slots = idSlotsOf(schema, op, base);
  const candidates = slots.map((guess) => target.idsOf(guess));
  const build = (pick: (slot: number) => string | undefined) => {
    const picked: (string | undefined)[] = [];
    const call = buildCall(schema, op, { ...base, pickId: (_g, slot) => (picked[slot] = pick(slot)) });
    const victims = picked.map((id) => (id && target.isVictims(id) ? id : undefined));
    const twin = victims.some(Boolean)
      ? buildCall(schema, op, {
          ...base,
          pickId: (_g, slot) => (victims[slot] ? phantomOf(victims[slot]) : picked[slot]),
        })
      : null;
    return { call, twin };
  };
  const count = Math.min(target.max, Math.max(1, ...candidates.map((c) => c.length)));
  const out = Array.from({ length: count }, (_, i) => build((slot) => candidates[slot]![i % candidates[slot]!.length]));
  if (slots.length < 2) return out;
  for (let k = 0; k < slots.length; k++) {
    for (const id of candidates[k]!.slice(0, target.max)) {
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
function naturalKeyAttack(
  op: Operation,
  victim: StringBook = aStrings,
  own: StringBook = bStrings,
): { call: Call; twin: Call }[] {
  const natural = (h: string) => (NATURAL_KEYS.test(h) ? victim.used.get(h)?.[0] : undefined);
  if (!op.field.args.some((a) => natural(a.name))) return [];
  try {
    const withA = buildCall(schema, op, {
      optional: true,
      pickId: () => undefined,
      string: (h) => natural(h) ?? own.next(h),
    });
    const withB = buildCall(schema, op, { optional: true, pickId: () => undefined, string: (h) => own.next(h) });
    return [{ call: withA, twin: withB }];
  } catch (err) {
    if (err instanceof Skip) return []; // needs an id as well: the id attack covers it
    throw err;
  }
}

async function snapshotOfA(reader: GqlClient = A.admin): Promise<string[]> {
  await server.app.flush();
  // Fields that change with the clock alone, not with anything tenant B could do.
  const volatile = new Set(['lastSeenAt', 'lastUsedAt', 'durationSeconds']);
  const results: string[] = [];
  for (const call of readCalls(reader)) {
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

/**
 * Every query and mutation (destructive ones last) as `attacker`, with the victim's ids in id slots
 * and the victim's natural keys in string arguments. Returns what went wrong: a leak of a secret
 * or the victim's marker, an answer that differs from the one for an id that exists nowhere, or
 * a call the walker built wrongly.
 */
async function attack(
  label: string,
  attacker: GqlClient,
  opts: { target: Target; secrets: string[]; marker: RegExp; victimStrings: StringBook; own: StringBook },
): Promise<string[]> {
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
      attacks = variants(op, (hint) => opts.own.next(hint), opts.target);
      // Reads also try the victim's natural keys (ocppId, idTag value, email, ...) against made-up ones.
      if (op.kind === 'query') attacks.push(...naturalKeyAttack(op, opts.victimStrings, opts.own));
    } catch (err) {
      if (!(err instanceof Skip)) throw err;
      skipped.set(`${op.kind} ${op.name}`, err.message);
      continue;
    }
    for (const { call, twin } of attacks) {
      const sent = sentValues(call.variables);
      // Fields the attacker may not read at all are left out, so the rest of the answer is still checked.
      const { result, query } = await requestReadable(attacker, call.query, call.variables);
      record(op, result);
      const where = `${label}: ${op.name} ${JSON.stringify(call.variables)}`;
      if (result.errors?.some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED'))
        problems.push(`${label}: ${op.name}: the walker built an invalid call: ${result.errors[0]!.message}`);
      for (const leak of leaksIn(result, opts.secrets, opts.marker, sent)) problems.push(`${where}: ${leak}`);
      if (twin) {
        const phantom = await attacker.request(query, twin.variables);
        const [mine, other] = [normalized(result, sent), normalized(phantom, sentValues(twin.variables))];
        if (mine !== other)
          problems.push(`${where}: answers differently for the victim's id than for none:\n  ${mine}\n  ${other}`);
      }
    }
  }
  return problems;
}

/** An API key of `role` in the admin's tenant, and a client using its secret. */
async function apiKeyClient(
  admin: GqlClient,
  role: string,
): Promise<{ client: GqlClient; id: string; secret: string }> {
  const { createApiKey } = (
    await admin.request(
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }',
      { input: { name: `key ${role}`, role } },
    )
  ).expectNoErrors();
  const id = dbId(createApiKey.apiKey.id);
  return { client: server.anonymous.withToken(createApiKey.secret), id, secret: createApiKey.secret };
}

/** An OAuth 2.0 client-credentials token for an API key (POST /oauth/token), as a client. */
async function oauthClient(key: { id: string; secret: string }): Promise<GqlClient> {
  const res = await fetch(`${server.url}/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${key.id}:${key.secret}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
  });
  const body = (await res.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no OAuth token: ${JSON.stringify(body)}`);
  return server.anonymous.withToken(body.access_token);
}

describe('tenant B attacking tenant A', () => {
  it('every query and mutation, with A ids and A values, answers B as if A did not exist, and changes nothing of A', async () => {
    expect(aIds.byType.get('Charger')?.size ?? 0).toBeGreaterThan(0);
    const before = await snapshotOfA();
    const problems = await attack('B TENANT_ADMIN', B.admin, {
      target: tenantA,
      secrets: [...aIds.secrets(), ...aCredentials],
      marker: MARK_A,
      victimStrings: aStrings,
      own: bStrings,
    });
    expect(problems).toEqual([]);
    expect(await snapshotOfA()).toEqual(before);
  }, 600_000);

  it('with every other kind of credential of B (user per role, API key per role, a DRIVER key with no user, OAuth client credentials) likewise', async () => {
    const attackers: [string, GqlClient][] = [];
    for (const role of ['OPERATOR', 'VIEWER', 'DRIVER'])
      attackers.push([`B ${role} user`, await createUser(server, B.admin, role, `${role.toLowerCase()}@zqb.test`)]);
    for (const role of ['TENANT_ADMIN', 'OPERATOR', 'VIEWER', 'DRIVER'])
      attackers.push([`B ${role} API key`, (await apiKeyClient(B.admin, role)).client]);
    attackers.push(['B OAuth client-credentials token', await oauthClient(await apiKeyClient(B.admin, 'OPERATOR'))]);
    const before = await snapshotOfA();
    const problems: string[] = [];
    // Fewer candidates per id slot than the admin's full run: the credential is what varies here.
    const target = { ...tenantA, max: 2 };
    for (const [label, client] of attackers)
      problems.push(
        ...(await attack(label, client, {
          target,
          secrets: [...aIds.secrets(), ...aCredentials],
          marker: MARK_A,
          victimStrings: aStrings,
          own: bStrings,
        })),
      );
    expect(problems).toEqual([]);
    expect(await snapshotOfA()).toEqual(before);
  }, 900_000);

  it('subscriptions with A ids (or none) deliver B nothing of A while A is busy', async () => {
    const secrets = aIds.secrets();
    await registerCharger(B.admin, 'ZQB_CP_LIVE');
    const bCharger = await connectCharger(server.ocppUrl, 'ZQB_CP_LIVE', { slug: B.slug });
    chargers.push(bCharger);
    await bCharger.call('BootNotification', bootPayload());
    const listening = server.app.subscriptionsServed();
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
          server.app.subscriptionsServed() - listening + all.filter((r) => r.errors.length).length >= all.length + 1,
        { what: 'every subscription to start' },
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

describe("a driver attacking another driver's rows in the same tenant", () => {
  const MARK_D1 = /zqd1/i;
  const d1Strings = new StringBook('zqd1');
  const d2Strings = new StringBook('zqd2');
  /** What only the first driver may see: their sessions, id tags, reservations, meter values, profile. */
  const OWNED = new Set(['Session', 'IdTag', 'Reservation', 'MeterValue', 'ChargeDetailRecord', 'User']);
  const d1Ids = new IdBag();
  /** Rows of owned types the attackers (a second driver, a DRIVER key) do not own: the first driver's and the rest of A's. */
  const othersIds = new IdBag();
  let d1: GqlClient;

  beforeAll(async () => {
    const driver = await createUser(server, A.admin, 'DRIVER', 'zqd1@zqa-one.test');
    d1 = driver;
    const tag = d1Strings.next('value');
    (
      await A.admin.request('mutation($input: CreateIdTagInput!) { createIdTag(input: $input) { id } }', {
        input: { value: tag, userId: driver.userId },
      })
    ).expectNoErrors();
    // The driver's tag starts a session on A's charger (connector 2) and holds a reservation (connector 3).
    const charger = chargers[0]!;
    charger.handle('ReserveNow', async () => ({ status: 'Accepted' }));
    for (const connectorId of [2, 3, 4])
      await charger.call('StatusNotification', { connectorId, status: 'Available', errorCode: 'NoError' });
    const start = (await charger.call('StartTransaction', {
      connectorId: 2,
      idTag: tag,
      meterStart: 500,
      timestamp: new Date().toISOString(),
    })) as { transactionId: number; idTagInfo: { status: string } };
    expect(start.idTagInfo.status, "the first driver's tag starts a session").toBe('Accepted');
    await charger.call('MeterValues', {
      connectorId: 2,
      transactionId: start.transactionId,
      meterValue: [
        {
          timestamp: new Date().toISOString(),
          sampledValue: [{ value: '900', measurand: 'Energy.Active.Import.Register', unit: 'Wh' }],
        },
      ],
    });
    (
      await A.admin.request('mutation($input: ReserveNowInput!) { reserveNow(input: $input) { id status } }', {
        input: {
          chargerId: aLiveCharger,
          connectorId: 3,
          idTag: tag,
          expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        },
      })
    ).expectNoErrors();
    // And a session nobody owns: a tag with no user starts it. No driver credential may read it
    // (the bug this guards against: a DRIVER key reading every row whose owner is null).
    const nobodys = d1Strings.next('idTag').replace('ZQD1', 'ZQN');
    (
      await A.admin.request('mutation($input: CreateIdTagInput!) { createIdTag(input: $input) { id } }', {
        input: { value: nobodys },
      })
    ).expectNoErrors();
    await charger.call('StartTransaction', {
      connectorId: 4,
      idTag: nobodys,
      meterStart: 0,
      timestamp: new Date().toISOString(),
    });
    await server.app.flush();
    othersIds.collect(
      (
        await A.admin.request(
          '{ sessions(first: 50) { edges { node { id } } } idTags(first: 50) { edges { node { id } } } }',
        )
      ).expectNoErrors(),
    );
    // What the first driver reads of their own, twice (the second round follows the first's ids).
    const mine = new IdBag();
    for (let round = 0; round < 2; round++) for (const call of readCalls(d1)) mine.collect((await call()).data);
    for (const [type, ids] of mine.byType) if (OWNED.has(type)) for (const id of ids) d1Ids.collect(id);
    // Rows of those types that are nobody's or the admin's are not the attackers' either (a DRIVER
    // credential without a user must not read "rows without an owner").
    for (const [type, ids] of aIds.byType) if (OWNED.has(type)) for (const id of ids) othersIds.collect(id);
    for (const id of d1Ids.all()) othersIds.collect(id);
    console.log(`the first driver reads ${[...mine.byType].map(([t, ids]) => `${ids.size} ${t}`).join(', ')}`);
  }, 300_000);

  it('the first driver owns a session, an id tag and a reservation (the attack below has targets)', () => {
    for (const type of ['Session', 'IdTag', 'Reservation', 'User'])
      expect(d1Ids.byType.get(type)?.size ?? 0, type).toBeGreaterThan(0);
  });

  it("another driver and a DRIVER API key (no user) get nothing of the first driver's rows, through every operation", async () => {
    const attackers: [string, GqlClient][] = [
      ['A DRIVER user', await createUser(server, A.admin, 'DRIVER', 'zqd2@zqa-one.test')],
      ['A DRIVER API key', (await apiKeyClient(A.admin, 'DRIVER')).client],
    ];
    const before = await snapshotOfA(d1);
    const owned = new Set(othersIds.all());
    // Id slots of an owned type get others' ids (the first driver's first); others (a charger, a site) the tenant's.
    const target: Target = {
      idsOf: (type) =>
        type && OWNED.has(type)
          ? [...new Set([...d1Ids.of(type), ...othersIds.of(type)])]
          : type
            ? aIds.of(type)
            : othersIds.all(),
      isVictims: (id) => owned.has(id),
      max: 4,
    };
    const problems: string[] = [];
    for (const [label, client] of attackers)
      problems.push(
        ...(await attack(label, client, {
          target,
          secrets: othersIds.secrets(),
          marker: MARK_D1,
          victimStrings: d1Strings,
          own: d2Strings,
        })),
      );
    expect(problems).toEqual([]);
    expect(await snapshotOfA(d1)).toEqual(before);
  }, 900_000);
});

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
