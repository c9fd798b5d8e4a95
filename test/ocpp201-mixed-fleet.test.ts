import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DashboardChargersDocument,
  DashboardChargerStatusDocument,
  DashboardSessionUpdatedDocument,
} from '../client/generated/graphql.js';
import { bootedCharger, registerCharger } from './kit/charger.js';
import { anIdTag } from './kit/ocpp.js';
import { bootedStation } from './kit/raw-station.js';
import { startServer, type TestServer } from './kit/server.js';
import type { Subscription } from './kit/subscribe.js';

// A mixed fleet in one tenant, seen through the dashboard's own documents (client/operations/dashboard):
// a 1.6 charger (the ocpp-rpc test client) and a hand-written 2.0.1 station show up together in the
// charger list and in the one chargerStatus and sessionUpdated subscription the dashboard holds.
let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(() => server?.stop());

const OLD = 'MIXED-16';
const NEW = 'MIXED-201';
const now = () => new Date().toISOString();

/** Takes events until one that `wanted` keeps has arrived for each charger; the last one kept per charger. */
async function fromBoth<T>(
  sub: Subscription<T>,
  ocppIdOf: (e: T) => string,
  wanted: (e: T) => boolean,
): Promise<Record<string, T>> {
  const seen = new Map<string, T>();
  while (!seen.has(OLD) || !seen.has(NEW)) {
    const event = await sub.next(10_000);
    if (wanted(event)) seen.set(ocppIdOf(event), event);
  }
  return { [OLD]: seen.get(OLD)!, [NEW]: seen.get(NEW)! };
}

describe('a mixed 1.6 + 2.0.1 fleet', () => {
  it('shows in the same list, chargerStatus and sessionUpdated subscriptions', async () => {
    await anIdTag(server, 'MIXED-TAG');
    await registerCharger(server.admin, OLD);
    await registerCharger(server.admin, NEW);
    const statuses = await server.subscribe(print(DashboardChargerStatusDocument));
    const sessions = await server.subscribe(print(DashboardSessionUpdatedDocument), {});
    const old = await bootedCharger(server.ocppUrl, OLD);
    const station = await bootedStation(`${server.ocppUrl}/${NEW}`);
    try {
      await old.call('StatusNotification', { connectorId: 1, status: 'Available', errorCode: 'NoError' });
      await station.call('StatusNotification', {
        timestamp: now(),
        connectorStatus: 'Available',
        evseId: 1,
        connectorId: 1,
      });
      const status = await fromBoth(
        statuses,
        (e: any) => e.chargerStatus.charger.ocppId,
        (e: any) => e.chargerStatus.connectorId === 1 && e.chargerStatus.status === 'AVAILABLE',
      );
      for (const ocppId of [OLD, NEW])
        expect(status[ocppId]!.chargerStatus).toMatchObject({
          charger: { ocppId, online: true },
          connector: { connectorId: 1, status: 'AVAILABLE' },
          connectorId: 1,
          online: true,
        });

      const { transactionId } = (await old.call('StartTransaction', {
        connectorId: 1,
        idTag: 'MIXED-TAG',
        meterStart: 1000,
        timestamp: now(),
      })) as { transactionId: number };
      await station.call('TransactionEvent', {
        eventType: 'Started',
        timestamp: now(),
        triggerReason: 'Authorized',
        seqNo: 0,
        transactionInfo: { transactionId: 'MIXED-TX', chargingState: 'Charging' },
        evse: { id: 1, connectorId: 1 },
        idToken: { idToken: 'MIXED-TAG', type: 'ISO14443' },
      });
      const session = await fromBoth(
        sessions,
        (e: any) => e.sessionUpdated.charger.ocppId,
        (e: any) => e.sessionUpdated.status === 'ACTIVE',
      );
      expect(session[OLD]!.sessionUpdated).toMatchObject({
        transactionId: String(transactionId),
        connectorId: 1,
        idTag: 'MIXED-TAG',
      });
      expect(session[NEW]!.sessionUpdated).toMatchObject({
        transactionId: 'MIXED-TX',
        connectorId: 1,
        idTag: 'MIXED-TAG',
      });

      const { chargers } = (
        await server.admin.request(print(DashboardChargersDocument), { first: 50 })
      ).expectNoErrors();
      const listed = chargers.edges.map((e: any) => e.node).filter((c: any) => [OLD, NEW].includes(c.ocppId));
      expect(listed.map((c: any) => [c.ocppId, c.online, c.connectors.map((k: any) => k.connectorId)])).toEqual([
        [OLD, true, [1]],
        [NEW, true, [1]],
      ]);
    } finally {
      await old.close();
      await station.close();
      await statuses.close();
      await sessions.close();
    }
  });
});
