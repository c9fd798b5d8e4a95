import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './kit/server.js';
import { answer, eventually, readyCharger, RESERVE_NOW, startTransaction } from './commands-kit.js';

let server: TestServer;
beforeAll(async () => (server = await startServer({ OCPP_SWEEP_INTERVAL_MS: '100' })));
afterAll(() => server?.stop());

const reservation = async (id: string) =>
  (
    await server.admin.request(
      `query($id: ID!) { node(id: $id) { ... on Reservation { status charger { ocppId } } } }`,
      { id },
    )
  ).expectNoErrors().node;
const connectorStatus = async (chargerId: string, connectorId: number) => {
  const { charger } = (
    await server.admin.request('query($id: ID) { charger(id: $id) { connectors { connectorId status } } }', {
      id: chargerId,
    })
  ).expectNoErrors();
  return charger.connectors.find((c: { connectorId: number }) => c.connectorId === connectorId)?.status;
};

describe('reservations', () => {
  it('shows the connector RESERVED while active, and expires by itself', async () => {
    const { id, client } = await readyCharger(server, 'CP-RES-EXPIRE');
    try {
      const sent: any[] = [];
      answer(client, 'ReserveNow', ({ params }) => (sent.push(params), { status: 'Accepted' }));
      const expiresAt = new Date(Date.now() + 2000).toISOString();
      const { reserveNow } = (
        await server.admin.request(RESERVE_NOW, { input: { chargerId: id, connectorId: 1, idTag: 'TAG-R', expiresAt } })
      ).expectNoErrors();
      expect(reserveNow).toMatchObject({ status: 'ACTIVE', answer: 'Accepted', connectorId: 1, idTag: 'TAG-R' });
      expect(sent).toEqual([
        { connectorId: 1, idTag: 'TAG-R', expiryDate: expiresAt, reservationId: reserveNow.reservationId },
      ]);
      expect(await connectorStatus(id, 1)).toBe('RESERVED');
      expect(await connectorStatus(id, 2)).toBe('AVAILABLE');

      const expired = await eventually(
        () => reservation(reserveNow.id),
        (r) => r.status !== 'ACTIVE',
      );
      expect(expired).toEqual({ status: 'EXPIRED', charger: { ocppId: 'CP-RES-EXPIRE' } });
      expect(await connectorStatus(id, 1)).toBe('AVAILABLE');
    } finally {
      await client.close({ force: true });
    }
  });

  it('is USED by a StartTransaction carrying its reservationId', async () => {
    const { id, client } = await readyCharger(server, 'CP-RES-USE');
    try {
      answer(client, 'ReserveNow', () => ({ status: 'Accepted' }));
      const expiresAt = new Date(Date.now() + 3600_000).toISOString();
      const { reserveNow } = (
        await server.admin.request(RESERVE_NOW, { input: { chargerId: id, connectorId: 2, idTag: 'TAG-U', expiresAt } })
      ).expectNoErrors();
      await startTransaction(client, 2, 'TAG-U', { reservationId: reserveNow.reservationId });
      expect((await reservation(reserveNow.id)).status).toBe('USED');
      const { reservations } = (
        await server.admin.request(
          'query($id: ID) { reservations(filter: { chargerId: $id, status: USED }) { totalCount edges { node { id } } } }',
          { id },
        )
      ).expectNoErrors();
      expect(reservations).toEqual({ totalCount: 1, edges: [{ node: { id: reserveNow.id } }] });
    } finally {
      await client.close({ force: true });
    }
  });

  it('is CANCELLED when the charger accepts cancelReservation, and only then', async () => {
    const { id, client } = await readyCharger(server, 'CP-RES-CANCEL');
    try {
      answer(client, 'ReserveNow', () => ({ status: 'Accepted' }));
      const { reserveNow } = (
        await server.admin.request(RESERVE_NOW, {
          input: {
            chargerId: id,
            connectorId: 1,
            idTag: 'TAG-X',
            expiresAt: new Date(Date.now() + 3600_000).toISOString(),
          },
        })
      ).expectNoErrors();
      const cancelled: any[] = [];
      answer(
        client,
        'CancelReservation',
        ({ params }) => (cancelled.push(params), { status: cancelled.length === 1 ? 'Rejected' : 'Accepted' }),
      );
      const cancel = 'mutation($id: ID!) { cancelReservation(input: { id: $id }) { status accepted } }';
      expect((await server.admin.request(cancel, { id: reserveNow.id })).expectNoErrors().cancelReservation).toEqual({
        status: 'Rejected',
        accepted: false,
      });
      expect((await reservation(reserveNow.id)).status).toBe('ACTIVE');
      expect((await server.admin.request(cancel, { id: reserveNow.id })).expectNoErrors().cancelReservation).toEqual({
        status: 'Accepted',
        accepted: true,
      });
      expect(cancelled).toEqual([
        { reservationId: reserveNow.reservationId },
        { reservationId: reserveNow.reservationId },
      ]);
      expect((await reservation(reserveNow.id)).status).toBe('CANCELLED');
      expect(await connectorStatus(id, 1)).toBe('AVAILABLE');
      (await server.admin.request(cancel, { id: reserveNow.id })).expectError('CONFLICT');
    } finally {
      await client.close({ force: true });
    }
  });

  it('keeps a refused reservation as REJECTED with the answer, and refuses a past expiry', async () => {
    const { id, client } = await readyCharger(server, 'CP-RES-REJ');
    try {
      answer(client, 'ReserveNow', () => ({ status: 'Occupied' }));
      const future = new Date(Date.now() + 3600_000).toISOString();
      const { reserveNow } = (
        await server.admin.request(RESERVE_NOW, {
          input: { chargerId: id, connectorId: 1, idTag: 'T', expiresAt: future },
        })
      ).expectNoErrors();
      expect(reserveNow).toMatchObject({ status: 'REJECTED', answer: 'Occupied' });
      expect(await connectorStatus(id, 1)).toBe('AVAILABLE');
      const past = new Date(Date.now() - 1000).toISOString();
      (
        await server.admin.request(RESERVE_NOW, {
          input: { chargerId: id, connectorId: 1, idTag: 'T', expiresAt: past },
        })
      ).expectError('BAD_USER_INPUT');
    } finally {
      await client.close({ force: true });
    }
  });
});
