import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chargerEvents } from '../src/db/schema/index.js';
import { bootedCharger, registerCharger, type TestCharger } from './kit/charger.js';
import { dbId } from './kit/builders.js';
import { startServer, type TestServer } from './kit/server.js';

/** The operator's own system: answers by tag; SLOW never answers. */
const ANSWERS: Record<string, unknown> = {
  'EXT-OK': { status: 'Accepted', groupIdTag: 'FLEET-7', expiresAt: '2030-01-01T00:00:00.000Z' },
  'EXT-START': { status: 'Accepted' },
  'EXT-NO': { status: 'Blocked' },
  'EXT-ODD': { verdict: 'yes' },
};

let server: TestServer;
let authorizer: Server;
let charger: TestCharger;
let chargerId: string;
const asked: { headers: Record<string, unknown>; body: string }[] = [];

beforeAll(async () => {
  server = await startServer({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true' });
  authorizer = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      asked.push({ headers: req.headers, body });
      const answer = ANSWERS[JSON.parse(body).idTag];
      if (answer) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((r) => authorizer.listen(0, '127.0.0.1', r));
  chargerId = await registerCharger(server.admin, 'EXT-AUTH-1');
  charger = await bootedCharger(server.ocppUrl, 'EXT-AUTH-1');
}, 60_000);

afterAll(async () => {
  await charger?.close({ force: true }).catch(() => {});
  await server?.stop();
  authorizer?.closeAllConnections();
  await new Promise((r) => authorizer?.close(r));
});

async function configure(input: Record<string, unknown>): Promise<any> {
  const url = `http://127.0.0.1:${(authorizer.address() as AddressInfo).port}/authorize`;
  const { updateTenant } = (
    await server.admin.request(
      `mutation($i: UpdateTenantInput!) { updateTenant(input: $i) {
        externalAuthorization { url timeoutMs fallback mode secret } } }`,
      { i: { externalAuthorization: { url, ...input } } },
    )
  ).expectNoErrors();
  return updateTenant.externalAuthorization;
}

const authorize = async (idTag: string) =>
  ((await charger.call('Authorize', { idTag })) as { idTagInfo: Record<string, unknown> }).idTagInfo;

describe('external authorizer', () => {
  it('asks with a signed POST and applies Accepted, with expiry and group', async () => {
    const config = await configure({ timeoutMs: 500, fallback: 'REJECT', mode: 'UNKNOWN_ONLY' });
    expect(config).toMatchObject({ timeoutMs: 500, fallback: 'REJECT', mode: 'UNKNOWN_ONLY' });
    expect(config.secret).toMatch(/^whsec_/);
    expect(await authorize('EXT-OK')).toEqual({
      status: 'Accepted',
      parentIdTag: 'FLEET-7',
      expiryDate: '2030-01-01T00:00:00.000Z',
    });
    const request = asked.at(-1)!;
    const body = new Webhook(config.secret).verify(request.body, request.headers as Record<string, string>);
    expect(body).toEqual({ chargerId, ocppId: 'EXT-AUTH-1', idTag: 'EXT-OK', connectorId: null });
  });

  it('applies Blocked, and StartTransaction asks too (with the connector)', async () => {
    expect((await authorize('EXT-NO')).status).toBe('Blocked');
    const start = (await charger.call('StartTransaction', {
      connectorId: 1,
      idTag: 'EXT-START',
      meterStart: 0,
      timestamp: new Date().toISOString(),
    })) as { idTagInfo: { status: string } };
    expect(start.idTagInfo.status).toBe('Accepted');
    expect(JSON.parse(asked.at(-1)!.body)).toMatchObject({ idTag: 'EXT-START', connectorId: 1 });
  });

  it('falls back when the authorizer times out or answers nonsense, and shows it on the charger events', async () => {
    const before = asked.length;
    expect((await authorize('EXT-SLOW-1')).status).toBe('Invalid'); // REJECT
    expect((await authorize('EXT-ODD')).status).toBe('Invalid');
    expect(asked.length).toBe(before + 2);
    await configure({ fallback: 'ACCEPT' });
    expect((await authorize('EXT-SLOW-2')).status).toBe('Accepted');
    await configure({ fallback: 'LOCAL_ONLY' });
    expect((await authorize('EXT-SLOW-3')).status).toBe('Invalid'); // unknown locally

    const events = await server.app.database.db
      .select()
      .from(chargerEvents)
      .where(eq(chargerEvents.chargerId, dbId(chargerId)));
    const decisions = events
      .filter((e) => e.type === 'Authorize')
      .map((e) => e.payload as { idTag: string; status: string; authorizer?: { source: string; error?: string } });
    expect(decisions.find((d) => d.idTag === 'EXT-OK')).toMatchObject({
      status: 'Accepted',
      authorizer: { source: 'external' },
    });
    expect(decisions.find((d) => d.idTag === 'EXT-SLOW-1')).toMatchObject({
      status: 'Invalid',
      authorizer: { source: 'fallback', error: 'timeout after 500 ms' },
    });
    expect(decisions.find((d) => d.idTag === 'EXT-ODD')?.authorizer?.error).toMatch(/^unusable answer/);
    expect(events.some((e) => e.type === 'ExternalAuthorization')).toBe(true);
  });

  it('keeps answers briefly, and leaves known tags to the local list unless ALWAYS', async () => {
    const before = asked.length;
    expect((await authorize('EXT-OK')).status).toBe('Accepted');
    expect(asked.length).toBe(before); // cached
    (await server.admin.request('mutation { createIdTag(input: { value: "LOCAL-1" }) { id } }')).expectNoErrors();
    expect((await authorize('LOCAL-1')).status).toBe('Accepted');
    expect(asked.length).toBe(before);
    await configure({ mode: 'ALWAYS', fallback: 'REJECT' });
    expect((await authorize('LOCAL-1')).status).toBe('Invalid'); // the authorizer does not answer for it
    expect(JSON.parse(asked.at(-1)!.body).idTag).toBe('LOCAL-1');
  });
});
