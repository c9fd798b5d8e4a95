import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aUser, dbId, sessionsWithRecords } from './kit/builders.js';
import { bootedCharger, registerCharger } from './kit/charger.js';
import { startServer, type TestServer } from './kit/server.js';

// Charge detail records: the paged list through GraphQL and the export over HTTP (real fetch),
// with the API's bearer token and Scope, streamed for a range of thousands.
let server: TestServer;
const ids: Record<string, string> = {};
const BULK = 3000;
const RECORDS = `query($f: ChargeDetailRecordFilter, $first: Int, $after: String) {
  chargeDetailRecords(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id idTag energyWh stopReason stoppedAt charger { ocppId } session { id status } cost { total { amount currency } } } } } }`;

beforeAll(async () => {
  server = await startServer();
  const db = server.app.database.db;
  const gql = async (query: string, variables?: Record<string, unknown>) =>
    (await server.admin.request(query, variables)).expectNoErrors();
  ids.site = (
    await gql(`mutation { createSite(input: { name: "Quay", address: { city: "Bremen" } }) { id } }`)
  ).createSite.id;
  ids.a = await registerCharger(server.admin, 'CDR-A', { siteId: ids.site, name: 'Hall "B", north' });
  ids.b = await registerCharger(server.admin, 'CDR-B');
  const tariff = (
    await gql(
      `mutation { createTariff(input: { name: "Quay AC", currency: "EUR", energyPricePerKwh: "0.50" }) { id } }`,
    )
  ).createTariff.id;
  await gql(`mutation($i: AssignTariffInput!) { assignTariff(input: $i) { id } }`, {
    i: { tariffId: tariff, chargerId: ids.a },
  });
  const driver = await aUser(db, { email: 'cdr-driver@example.com', role: 'DRIVER' });
  await gql(`mutation($i: CreateIdTagInput!) { createIdTag(input: $i) { id } }`, {
    i: { value: 'DRV-1', userId: Buffer.from(`User:${driver.id}`).toString('base64url') },
  });
  await gql(`mutation { createIdTag(input: { value: "STAFF-1" }) { id } }`);

  // One session through OCPP, priced and recorded by the server at its stop: 8 kWh x 0.50 = 4.00 EUR.
  const charger = await bootedCharger(server.ocppUrl, 'CDR-A');
  try {
    const { transactionId } = (await charger.call('StartTransaction', {
      connectorId: 1,
      idTag: 'DRV-1',
      meterStart: 0,
      timestamp: '2024-11-05T10:00:00Z',
    })) as { transactionId: number };
    await charger.call('StopTransaction', {
      transactionId,
      meterStop: 8000,
      timestamp: '2024-11-05T11:00:00Z',
      reason: 'EVDisconnected',
    });
  } finally {
    await charger.close();
  }
  // A record whose id tag a spreadsheet would take for a formula, with a comma and quotes.
  await sessionsWithRecords(db, {
    chargerId: dbId(ids.a),
    count: 1,
    from: new Date('2024-12-01T08:00:00Z'),
    idTag: () => '=cmd,"x"',
  });
  await sessionsWithRecords(db, {
    chargerId: dbId(ids.b),
    count: BULK,
    from: new Date('2025-01-01T00:00:00Z'),
    idTag: (i) => (i % 2 ? 'BULK-ODD' : 'BULK-EVEN'),
    totalMinor: 415,
  });
  // Pricing writes the OCPP session's record after the stop's answer.
  for (let i = 0; i < 100; i++) {
    const { chargeDetailRecords } = await gql(RECORDS, { f: { chargerId: ids.a } });
    if (chargeDetailRecords.totalCount === 2) break;
    await new Promise((r) => setTimeout(r, 100));
  }
}, 120_000);
afterAll(() => server?.stop());

describe('chargeDetailRecords (GraphQL)', () => {
  it('lists the record the server wrote at the stop, with its session, charger and cost', async () => {
    const { chargeDetailRecords } = (
      await server.admin.request(RECORDS, { f: { chargerId: ids.a, idTag: 'drv-1' } })
    ).expectNoErrors();
    expect(chargeDetailRecords.totalCount).toBe(1);
    expect(chargeDetailRecords.edges[0].node).toMatchObject({
      idTag: 'DRV-1',
      energyWh: 8000,
      stopReason: 'EV_DISCONNECTED',
      stoppedAt: '2024-11-05T11:00:00.000Z',
      charger: { ocppId: 'CDR-A' },
      session: { status: 'COMPLETED' },
      cost: { total: { amount: '4.00', currency: 'EUR' } },
    });
    const { node } = (
      await server.admin.request(`query($id: ID!) { node(id: $id) { ... on ChargeDetailRecord { idTag } } }`, {
        id: chargeDetailRecords.edges[0].node.id,
      })
    ).expectNoErrors();
    expect(node).toEqual({ idTag: 'DRV-1' });
  });

  it('pages newest first and filters by stop time, city, tag and site', async () => {
    const f = { from: '2025-01-01T00:00:00Z', to: '2025-01-02T00:00:00Z' };
    const first = (await server.admin.request(RECORDS, { f, first: 20 })).expectNoErrors().chargeDetailRecords;
    expect(first.totalCount).toBe(24); // stopped 00:30 .. 23:30
    const rest = (
      await server.admin.request(RECORDS, { f, first: 20, after: first.pageInfo.endCursor })
    ).expectNoErrors().chargeDetailRecords;
    const stops = [...first.edges, ...rest.edges].map((e: any) => e.node.stoppedAt);
    expect(stops).toEqual([...stops].sort().reverse());
    expect(new Set(stops).size).toBe(24);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const count = async (filter: Record<string, unknown>) =>
      (await server.admin.request(RECORDS, { f: filter, first: 1 })).expectNoErrors().chargeDetailRecords.totalCount;
    expect(await count({ ...f, idTag: 'bulk-odd' })).toBe(12);
    expect(await count({ city: 'bremen' })).toBe(2);
    expect(await count({ siteId: ids.site, from: '2024-12-01T00:00:00Z' })).toBe(1);
    (await server.admin.request(RECORDS, { f: { from: f.to, to: f.from } })).expectError('BAD_USER_INPUT');
  });

  it('shows a driver the records of their own sessions only', async () => {
    const driver = await server.anonymous.signIn('cdr-driver@example.com', 'user-password-1');
    const { chargeDetailRecords } = (await driver.request(RECORDS, {})).expectNoErrors();
    expect(chargeDetailRecords.totalCount).toBe(1);
    expect(chargeDetailRecords.edges[0].node.idTag).toBe('DRV-1');
  });
});

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') (rows.push([...row, field]), (row = []), (field = ''), i++);
    else field += c;
  }
  return rows;
}

const get = (path: string, token: string | null = server.admin.token) =>
  fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

/** Reads a body chunk by chunk as it arrives. */
async function readChunks(res: Response): Promise<{ text: string; chunks: number }> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let chunks = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: text + decoder.decode(), chunks };
    chunks++;
    text += decoder.decode(value, { stream: true });
  }
}

describe('GET /export/cdrs.csv and /export/cdrs.jsonl', () => {
  it('answers CSV as a download, escaped so a spreadsheet reads it back and runs no formula', async () => {
    const res = await get('/export/cdrs.csv?from=2024-11-01T00:00:00Z&to=2024-12-31T00:00:00Z');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="cdrs-2024-11-01_2024-12-31.csv"');
    const [header, ...rows] = parseCsv(await res.text());
    expect(rows).toHaveLength(2);
    const records = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
    expect(records[0]).toMatchObject({
      chargerOcppId: 'CDR-A',
      chargerName: 'Hall "B", north',
      siteName: 'Quay',
      city: 'Bremen',
      idTag: 'DRV-1',
      userEmail: 'cdr-driver@example.com',
      startedAt: '2024-11-05T10:00:00.000Z',
      stoppedAt: '2024-11-05T11:00:00.000Z',
      durationSeconds: '3600',
      energyWh: '8000',
      stopReason: 'EVDisconnected',
      tariffName: 'Quay AC',
      currency: 'EUR',
      total: '4.00',
    });
    expect(records[1]!.idTag).toBe(`'=cmd,"x"`);
  });

  it(`streams ${BULK} records in order, in batches, as CSV and as JSON lines`, async () => {
    const range = 'from=2025-01-01T00:00:00Z&to=2026-01-01T00:00:00Z';
    const csv = await get(`/export/cdrs.csv?${range}`);
    expect(csv.headers.get('transfer-encoding')).toBe('chunked'); // no length known up front: streamed
    expect(csv.headers.get('content-length')).toBeNull();
    const { text, chunks } = await readChunks(csv);
    expect(chunks).toBeGreaterThan(1);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(BULK + 1);
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(BULK);

    const jsonl = await get(`/export/cdrs.jsonl?${range}`);
    expect(jsonl.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const lines = (await jsonl.text()).split('\n');
    expect(lines.pop()).toBe(''); // every record ends with a newline
    const records = lines.map((l) => JSON.parse(l));
    expect(records).toHaveLength(BULK);
    const stops = records.map((r) => r.stoppedAt);
    expect(stops).toEqual([...stops].sort()); // oldest first, no record twice or missing
    expect(new Set(stops).size).toBe(BULK);
    expect(records[0]).toMatchObject({
      chargerOcppId: 'CDR-B',
      idTag: 'BULK-EVEN',
      total: '4.15',
      breakdown: [{ type: 'ENERGY', quantity: '10', unit: 'KWH', unitPrice: '0.40', amount: '4.15' }],
    });
  });

  it('a client that goes away mid-export breaks nothing: the next export is whole', async () => {
    const controller = new AbortController();
    const res = await fetch(`${server.url}/export/cdrs.jsonl`, {
      headers: { authorization: `Bearer ${server.admin.token}` },
      signal: controller.signal,
    });
    await res.body!.getReader().read();
    controller.abort();
    const again = await get('/export/cdrs.jsonl?from=2025-01-01T00:00:00Z&to=2025-01-01T02:00:00Z');
    expect((await again.text()).trim().split('\n')).toHaveLength(2);
  });

  it("needs the API's bearer token and gives a driver their own records only", async () => {
    const none = await get('/export/cdrs.csv', null);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(((await none.json()) as any).error.code).toBe('UNAUTHENTICATED');
    expect((await get('/export/cdrs.csv', 'not-a-token')).status).toBe(401);
    const bad = await get('/export/cdrs.jsonl?from=yesterday');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).error.message).toMatch(/^from: must be an ISO 8601/);
    expect((await get('/export/cdrs.jsonl?from=2025-02-01&to=2025-01-01')).status).toBe(400);
    const driver = await server.anonymous.signIn('cdr-driver@example.com', 'user-password-1');
    const mine = (await (await get('/export/cdrs.jsonl', driver.token)).text()).trim().split('\n');
    expect(mine.map((l) => JSON.parse(l).idTag)).toEqual(['DRV-1']);
  });

  it("keeps to the tenant's IP allow-list, like the API", async () => {
    (await server.admin.request(`mutation { addAllowedIp(input: { cidr: "127.0.0.1/32" }) { id } }`)).expectNoErrors();
    const from = (address: string) =>
      fetch(`${server.url}/export/cdrs.jsonl?to=2025-01-01T01:00:00Z`, {
        headers: { authorization: `Bearer ${server.admin.token}`, 'x-forwarded-for': address },
      });
    const outside = await from('203.0.113.9'); // the test client is a trusted (loopback) proxy
    expect(outside.status).toBe(403);
    expect(((await outside.json()) as any).error.code).toBe('FORBIDDEN');
    expect((await from('127.0.0.1')).status).toBe(200);
  });
});
