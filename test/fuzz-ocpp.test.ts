import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCharger } from './kit/charger.js';
import { testDatabase } from './kit/database.js';
import { fuzzOcpp, type FuzzStation } from './kit/fuzz/ocpp-fuzzer.js';
import { rssMbOf } from './kit/fuzz/rss.js';
import { startNodeProcess, type NodeProcess } from './kit/node-process.js';

// The CI-size run of the OCPP fuzzer against a real node process; `npm run fuzz` is the long one.
// A fixed seed keeps CI repeatable; FUZZ_SEED=<n> explores another part of the space.
const FRAMES = Number(process.env.FUZZ_FRAMES ?? 3000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);

describe('fuzzed OCPP 1.6 and 2.0.1 frames from the schemas', () => {
  let db: Awaited<ReturnType<typeof testDatabase>>;
  let node: NodeProcess;
  const stations: FuzzStation[] = [];
  beforeAll(async () => {
    db = await testDatabase();
    node = await startNodeProcess(db.config.kind === 'postgres' ? { DATABASE_URL: db.config.url } : {});
    const admin = await node.signIn();
    for (let i = 0; i < 3; i++) {
      for (const version of ['ocpp1.6', 'ocpp2.0.1'] as const) {
        const ocppId = `FUZZ-${version.slice(4)}-${i}`;
        await registerCharger(admin, ocppId);
        stations.push({ ocppId, version });
      }
    }
  }, 120_000);
  afterAll(async () => {
    await node?.stop(); // fails the file if the node died on its own
    await db?.drop();
  });

  it('answers every CALL with a result or the CALLERROR its schema calls for, and stays up', async () => {
    const report = await fuzzOcpp({
      ocppUrl: node.ocppUrl,
      stations,
      frames: FRAMES,
      seed: SEED,
      rss: () => rssMbOf(node.pid()),
    });
    console.log(JSON.stringify({ seed: SEED, ...report }, null, 1));
    // Nothing went wrong inside either: no error logged (a row PostgreSQL refused, a handler that threw).
    const errors = node
      .output()
      .split('\n')
      .filter((line) => /"level":(50|60)/.test(line));
    expect(errors.map((line) => line.slice(0, 2000))).toEqual([]);
    expect(report.calls).toBeGreaterThan(FRAMES * 0.7);
    expect(report.wrong).toEqual([]);
    expect(report.unanswered).toEqual([]);
    expect(report.refusedValid).toEqual({});
    // The only sockets the server closes are chargers that kept sending garbage (OCPP_MAX_BAD_MESSAGES).
    expect(Object.keys(report.closes).filter((code) => !['1002', '1008'].includes(code))).toEqual([]);
    expect(report.results).toBeGreaterThan(FRAMES * 0.2);
  }, 600_000);
});
