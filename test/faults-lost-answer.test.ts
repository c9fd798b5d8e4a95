import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootedCharger, registerCharger, type TestCharger } from './kit/charger.js';
import { proxiedDatabase, type ProxiedDatabase } from './kit/proxied-database.js';
import { startServerOn, type TestServer } from './kit/server.js';

// PostgreSQL commits a batch of the spool and the answer never reaches the node (the connection dies
// in between): the node retries the batch, and the message log must still hold each frame once.
// A CI run once found 17 frames where 14 were sent: the batch in flight when a proxy cut the
// connection had been committed, then written again. Needs PostgreSQL (CI sets TEST_DATABASE_URL).
const pg = process.env.TEST_DATABASE_URL;

describe.skipIf(!pg)('a spool batch whose answer is lost', () => {
  let db: ProxiedDatabase;
  let server: TestServer;
  let cp: TestCharger;
  beforeAll(async () => {
    db = await proxiedDatabase();
    server = await startServerOn({ kind: 'postgres', url: db.viaProxy, poolSize: 10 });
  }, 90_000);
  afterAll(async () => {
    db?.proxy.cut(); // statements waiting for a muted answer fail instead of holding the pool
    db?.proxy.restore();
    await cp?.close({ force: true }).catch(() => {});
    await server?.stop();
    await db?.drop();
  });

  const frames = async (action: string) => {
    const [row] = await db.direct<{ n: number }[]>`
      select count(*)::int as n from ocpp_messages m join chargers c on c.id = m.charger_id
      where c.ocpp_id = 'LOST-1' and m.action = ${action} and m.direction = 'IN'`;
    return row!.n;
  };

  const until = async (done: () => Promise<boolean>) => {
    const deadline = Date.now() + 20_000;
    while (!(await done()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  };

  it('writes each frame once when the batch is retried after its commit', async () => {
    await registerCharger(server.admin, 'LOST-1');
    cp = await bootedCharger(server.ocppUrl, 'LOST-1');
    await server.app.flush();
    const before = await frames('Heartbeat');

    // Hold the spool's next batch inside PostgreSQL (behind its mark's row lock), lose the answers, then let it commit.
    const lockerDb = postgres(db.url, { max: 1, onnotice: () => {} });
    const locker = await lockerDb.reserve();
    await locker`begin`;
    await locker`select 1 from spool_marks for update`; // a row lock: met by the batch's execution, not its parse
    const answered = cp.call('Heartbeat', {});
    await until(async () => {
      const [w] = await db.direct<{ n: number }[]>`select count(*)::int as n from pg_stat_activity
        where wait_event_type = 'Lock' and query like '%spool_marks%' and pid <> pg_backend_pid()`;
      return w!.n > 0;
    });
    db.proxy.muteAnswers();
    await locker`commit`;
    locker.release();
    await lockerDb.end();
    await until(async () => (await frames('Heartbeat')) > before); // committed; the node heard nothing
    expect(await frames('Heartbeat')).toBe(before + 1);
    db.proxy.cut(); // the node's connections die: the batch failed as far as it knows
    db.proxy.restore();

    expect(await answered).toHaveProperty('currentTime');
    await server.app.flush();
    expect(await frames('Heartbeat')).toBe(before + 1);
    const [tenant] = await db.direct<{ counted: number; stored: number }[]>`
      select t.ocpp_message_count::int as counted,
             (select count(*)::int from ocpp_messages m where m.tenant_id = t.id) as stored
      from tenants t join chargers c on c.tenant_id = t.id where c.ocpp_id = 'LOST-1'`;
    expect(tenant!.counted).toBe(tenant!.stored);
  }, 90_000);
});
