// A load-generator process for the boot storm: raw WebSocket clients (no OCPP library, so the
// client side costs little and is the same for every server), each connects, sends BootNotification
// and then StatusNotification for connectors 0..connectors. Sockets stay open until told to close.
// Many such processes run at once, each from its own source address (127.0.0.x), so one machine can
// hold more sockets than one process may open files.
// With `reconnect`, a booted charger whose socket the server drops comes back like a real one: after
// `minMs` plus a random share of `rangeMs` (OCPP 2.0.1's RetryBackOffWaitMinimum/RandomRange), doubling
// after each failed attempt up to `maxMs`; the same frames again, so it is Accepted anew.
import WebSocket from 'ws';

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

const jobArrives = new Promise<Job>((resolve) => process.once('message', (m) => resolve(m as Job)));
process.send!({ type: 'loaded' });
const job = await jobArrives;
const sockets: WebSocket[] = [];
const doneAt: number[] = [];
const failures: string[] = [];
const now = () => new Date().toISOString();

function bootFrames(i: number, connectors: number, protocol: string): unknown[][] {
  if (protocol === 'ocpp2.0.1') {
    const frames: unknown[][] = [
      [2, `b${i}`, 'BootNotification', { reason: 'PowerUp', chargingStation: { model: 'S1', vendorName: 'Storm' } }],
    ];
    for (let c = 1; c <= connectors; c++)
      frames.push([
        2,
        `s${i}-${c}`,
        'StatusNotification',
        { timestamp: now(), connectorStatus: 'Available', evseId: c, connectorId: 1 },
      ]);
    return frames;
  }
  const frames: unknown[][] = [
    [2, `b${i}`, 'BootNotification', { chargePointVendor: 'Storm', chargePointModel: 'S1' }],
  ];
  for (let c = 0; c <= connectors; c++)
    frames.push([
      2,
      `s${i}-${c}`,
      'StatusNotification',
      { connectorId: c, errorCode: 'NoError', status: 'Available', timestamp: now() },
    ]);
  return frames;
}

/** Connects one charger and walks it through its frames, one CALL awaiting its answer at a time. */
function bootOne(id: string, i: number): Promise<void> {
  return attempt(job.url, id, i).then((failure) => {
    if (failure) failures.push(`${id}: ${failure}`);
  });
}

let closing = false;
const lost = new Set<string>();
const reconnect = { lostAt: 0, doneAt: 0, attempts: 0, back: 0, refusals: new Map<string, number>() };

/** A booted charger whose socket closed: back off, try again until Accepted (reconnect mode). */
async function comeBack(id: string, i: number) {
  const b = job.reconnect!;
  if (lost.size === 0) reconnect.lostAt = performance.timeOrigin + performance.now();
  lost.add(id);
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
  lost.delete(id);
  reconnect.back++;
  reconnect.doneAt = performance.timeOrigin + performance.now();
  if (lost.size === 0)
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
  return new Promise((resolve) => {
    const ws = new WebSocket(`${url}/${encodeURIComponent(id)}`, [job.protocol], {
      localAddress: job.localAddress,
      perMessageDeflate: false,
    });
    const frames = bootFrames(i, job.connectors, job.protocol);
    let step = 0;
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      ws.terminate();
      resolve(why);
    };
    ws.on('open', () => ws.send(JSON.stringify(frames[0])));
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as unknown[];
      if (msg[0] === 2) {
        // A CALL from the server: a remote start is accepted (bench:cluster sends one across nodes),
        // anything else (TriggerMessage, GetConfiguration, ...) answered empty-handed.
        if (msg[2] === 'RemoteStartTransaction' || msg[2] === 'RequestStartTransaction')
          ws.send(JSON.stringify([3, msg[1], { status: 'Accepted' }]));
        else ws.send(JSON.stringify([4, msg[1], 'NotImplemented', '', {}]));
        return;
      }
      if (msg[0] !== 3) return fail(`error ${JSON.stringify(msg).slice(0, 200)}`);
      if (step === 0 && (msg[2] as { status?: string }).status !== 'Accepted')
        return fail(`boot ${JSON.stringify(msg[2])}`);
      step++;
      if (step < frames.length) ws.send(JSON.stringify(frames[step]));
      else {
        settled = true;
        doneAt.push(performance.timeOrigin + performance.now());
        sockets.push(ws);
        if (job.reconnect) ws.once('close', () => void (closing || comeBack(id, i)));
        resolve(null);
      }
    });
    ws.on('unexpected-response', (_req, res) => fail(`HTTP ${res.statusCode}`));
    ws.on('error', (err) => fail(String(err.message)));
    ws.on('close', () => fail('closed before Accepted'));
  });
}

process.send!({ type: 'ready' });
await new Promise((resolve) => process.once('message', resolve)); // go
const startedAt = performance.timeOrigin + performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: Math.min(job.inFlight, job.ids.length) }, async () => {
    while (next < job.ids.length) {
      const i = next++;
      await bootOne(job.ids[i]!, i);
    }
  }),
);
process.send!({ type: 'done', startedAt, doneAt, failures: failures.slice(0, 5), failed: failures.length });
process.on('message', (m: { type: string }) => {
  if (m.type !== 'close') return;
  closing = true;
  for (const ws of sockets) ws.terminate();
  process.exit(0);
});
