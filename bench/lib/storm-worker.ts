// A load-generator process for the boot storm: raw WebSocket clients (`raw-ws.ts`: no OCPP library and
// not even `ws`, so the client side costs little and is the same for every server), each connects,
// sends BootNotification and then StatusNotification for connectors 0..connectors. Sockets stay open
// until told to close. Many such processes run at once, each from its own source address (127.0.0.x),
// so one machine can hold more sockets than one process may open files.
// With `reconnect`, a booted charger whose socket the server drops comes back like a real one: after
// `minMs` plus a random share of `rangeMs` (OCPP 2.0.1's RetryBackOffWaitMinimum/RandomRange), doubling
// after each failed attempt up to `maxMs`; the same frames again, so it is Accepted anew.
// Every second it tells the parent how far it got (`progress`), so a long run is never silent.
import { openRawWs, type RawWs } from './raw-ws.js';

interface Backoff {
  minMs: number;
  rangeMs: number;
  maxMs: number;
  /** The first attempt at once, all chargers in the same millisecond (a storm); backoff only after a failure. */
  atOnce: boolean;
  /** Where a charger comes back to: one of these at random (a load balancer), else where it was. */
  urls?: string[];
}

interface Job {
  url: string;
  ids: string[];
  inFlight: number;
  connectors: number;
  localAddress?: string;
  protocol: string;
  reconnect?: Backoff;
}

// The bench stopped (Ctrl-C, a timeout): no orphan keeps 8,000 sockets open.
process.on('disconnect', () => process.exit(0));
const jobArrives = new Promise<Job>((resolve) => process.once('message', (m) => resolve(m as Job)));
process.send!({ type: 'loaded' });
const job = await jobArrives;
const sockets: RawWs[] = [];
const doneAt: number[] = [];
const failures: string[] = [];
let failed = 0;
let inFlight = 0;

// One timestamp string per 100 ms, not a Date per frame.
let stamp = new Date().toISOString();
setInterval(() => (stamp = new Date().toISOString()), 100).unref();

/** The frames as text, built by hand: JSON.stringify of small arrays is most of a cheap client's work. */
function bootFrames(i: number): string[] {
  if (job.protocol === 'ocpp2.0.1') {
    const frames = [
      `[2,"b${i}","BootNotification",{"reason":"PowerUp","chargingStation":{"model":"S1","vendorName":"Storm"}}]`,
    ];
    for (let c = 1; c <= job.connectors; c++)
      frames.push(
        `[2,"s${i}-${c}","StatusNotification",{"timestamp":"${stamp}","connectorStatus":"Available","evseId":${c},"connectorId":1}]`,
      );
    return frames;
  }
  const frames = [`[2,"b${i}","BootNotification",{"chargePointVendor":"Storm","chargePointModel":"S1"}]`];
  for (let c = 0; c <= job.connectors; c++)
    frames.push(
      `[2,"s${i}-${c}","StatusNotification",{"connectorId":${c},"errorCode":"NoError","status":"Available","timestamp":"${stamp}"}]`,
    );
  return frames;
}

/** Connects one charger and walks it through its frames, one CALL awaiting its answer at a time. */
function bootOne(id: string, i: number): Promise<void> {
  return attempt(job.url, id, i).then((failure) => {
    if (!failure) return;
    failed++;
    if (failures.length < 5) failures.push(`${id}: ${failure}`);
  });
}

let closing = false;
/** Chargers booted in the first round: the reconnect is over when as many have come back. */
let booted = 0;
const reconnect = { lostAt: 0, doneAt: 0, lost: 0, attempts: 0, back: 0, refusals: new Map<string, number>() };

/** A booted charger whose socket closed: back off, try again until Accepted (reconnect mode). */
async function comeBack(id: string, i: number) {
  const b = job.reconnect!;
  if (reconnect.lost === 0) reconnect.lostAt = performance.timeOrigin + performance.now();
  reconnect.lost++;
  for (let failures = 0; ; failures++) {
    const wait =
      failures === 0 && b.atOnce ? 0 : Math.min(b.maxMs, b.minMs * 2 ** failures) + Math.random() * b.rangeMs;
    await new Promise((r) => setTimeout(r, wait));
    if (closing) return;
    reconnect.attempts++;
    const url = b.urls?.length ? b.urls[Math.floor(Math.random() * b.urls.length)]! : job.url;
    const failure = await attempt(url, id, i);
    if (!failure) break;
    const why = failure.split(' ').slice(0, 2).join(' ');
    reconnect.refusals.set(why, (reconnect.refusals.get(why) ?? 0) + 1);
  }
  reconnect.back++;
  reconnect.doneAt = performance.timeOrigin + performance.now();
  if (reconnect.back === booted)
    process.send!({
      type: 'recovered',
      lostAt: reconnect.lostAt,
      doneAt: reconnect.doneAt,
      attempts: reconnect.attempts,
      back: reconnect.back,
      refusals: Object.fromEntries(reconnect.refusals),
    });
}

/** One connect and boot; resolves with why it failed, or null once every frame was answered. */
function attempt(url: string, id: string, i: number): Promise<string | null> {
  inFlight++;
  return new Promise((resolve) => {
    const frames = bootFrames(i);
    let step = 0;
    let settled = false;
    const settle = (failure: string | null) => {
      settled = true;
      inFlight--;
      resolve(failure);
    };
    const fail = (why: string) => {
      if (settled) return;
      ws.destroy();
      settle(why);
    };
    const ws: RawWs = openRawWs(new URL(`${url}/${encodeURIComponent(id)}`), job.protocol, job.localAddress, {
      open: () => ws.send(frames[0]!),
      message(text) {
        // A CALL from the server: a remote start is accepted (bench:cluster sends one across nodes),
        // anything else (TriggerMessage, GetConfiguration, ...) answered empty-handed. Only these are parsed.
        if (text.startsWith('[2,')) {
          const msg = JSON.parse(text) as [number, string, string];
          if (msg[2] === 'RemoteStartTransaction' || msg[2] === 'RequestStartTransaction')
            ws.send(`[3,${JSON.stringify(msg[1])},{"status":"Accepted"}]`);
          else ws.send(`[4,${JSON.stringify(msg[1])},"NotImplemented","",{}]`);
          return;
        }
        if (settled) return;
        if (!text.startsWith('[3,')) return fail(`error ${text.slice(0, 200)}`);
        if (step === 0 && !text.includes('"status":"Accepted"')) return fail(`boot ${text.slice(0, 200)}`);
        step++;
        if (step < frames.length) return ws.send(frames[step]!);
        doneAt.push(performance.timeOrigin + performance.now());
        sockets.push(ws);
        settle(null);
      },
      end(why) {
        if (!settled) return fail(why === 'closed' ? 'closed before Accepted' : why);
        if (job.reconnect && !closing) void comeBack(id, i);
      },
    });
  });
}

process.send!({ type: 'ready' });
await new Promise((resolve) => process.once('message', resolve)); // go
const startedAt = performance.timeOrigin + performance.now();
const progress = setInterval(
  () =>
    process.send!({
      type: 'progress',
      booted: doneAt.length,
      failed,
      inFlight,
      lost: reconnect.lost,
      back: reconnect.back,
      attempts: reconnect.attempts,
      refused: [...reconnect.refusals.values()].reduce((a, b) => a + b, 0),
    }),
  1000,
);
let next = 0;
await Promise.all(
  Array.from({ length: Math.min(job.inFlight, job.ids.length) }, async () => {
    while (next < job.ids.length) {
      const i = next++;
      await bootOne(job.ids[i]!, i);
    }
  }),
);
booted = doneAt.length;
process.send!({ type: 'done', startedAt, doneAt, failures, failed });
process.on('message', (m: { type: string }) => {
  if (m.type !== 'close') return;
  closing = true;
  clearInterval(progress);
  for (const ws of sockets) ws.destroy();
  process.exit(0);
});
