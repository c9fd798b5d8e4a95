// Background load for a bench that wants to be measured on a busy machine (bench:latency --load):
// the bench:ingest workload (100 chargers, each in a priced transaction, MeterValues of 5 measurands
// in a closed loop) against a ChargeQL node and database of its own, until the parent says stop.
// It is the product loading the machine, not a synthetic spinner: the same contention a node sees
// beside other nodes, PostgreSQL and their chargers.
import { benchIds, bootFleet, registerFor } from './chargers.js';
import { freshDatabase } from './pg.js';
import { startTarget } from './server.js';
import { pricedIdTag } from './tenant-setup.js';

const CHARGERS = Number(process.env.LOAD_CHARGERS ?? 100);
const TAG = 'LOAD-TAG';

let stopping = false;
process.once('message', () => (stopping = true));

const db = await freshDatabase();
const server = await startTarget('chargeql', db.url);
let messages = 0;
try {
  const token = await registerFor(server, benchIds(CHARGERS, 'LOAD'));
  await pricedIdTag(server.url, token, TAG);
  const fleet = await bootFleet(server, CHARGERS, { prefix: 'LOAD' });
  await Promise.all(fleet.chargers.map((cp) => cp.plugIn(1, TAG)));
  process.send!({ type: 'ready' });
  const started = performance.now();
  await Promise.all(
    fleet.chargers.map(async (cp) => {
      while (!stopping) {
        await cp.sendMeterValues(1);
        messages++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await fleet.stop();
  process.send!({ type: 'stopped', messages, perSecond: Math.round(messages / seconds) });
} finally {
  await server.stop();
  await db.drop();
}
process.exit(0);
