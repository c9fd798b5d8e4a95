import { bootedCharger, type TestCharger } from '../charger.js';

export interface CallRecord {
  sentAt: number;
  /** null when no answer came (timeout, or the socket died with the node). */
  latencyMs: number | null;
}

const OPEN = 1; // ocpp-rpc's client state

/**
 * Chargers sending MeterValues readings 1, 2, 3, ... each at `perSecond` (one CALL at a time, as
 * OCPP-J requires), reconnecting and booting again when their socket dies. `acked` holds, per charger,
 * the readings it was answered for: a charger does not send those again, so each must end up stored.
 */
export function startFleet(opts: {
  /** The OCPP URL each charger connects to (node A or B in a cluster). */
  urls: string[];
  ids: string[];
  perSecond: number;
}) {
  const records: CallRecord[] = [];
  let answered = 0;
  const acked = new Map<string, number[]>(opts.ids.map((id) => [id, []]));
  const sockets: (TestCharger | null)[] = opts.ids.map(() => null);
  // Chargers asked to drop their connection between two calls and connect and boot again.
  const reconnectAsked = new Set<number>();
  let reconnected = 0;
  const booted = new Set<number>();
  let running = true;
  const interval = 1000 / opts.perSecond;

  async function run(i: number): Promise<void> {
    const id = opts.ids[i]!;
    // Spread the chargers over the interval, so the load is even rather than in waves.
    await new Promise((r) => setTimeout(r, (interval * i) / opts.ids.length));
    for (let n = 1; running; n++) {
      const started = Date.now();
      let cp = sockets[i];
      if (reconnectAsked.has(i) && cp) {
        await cp.close().catch(() => {});
        cp = sockets[i] = null;
      }
      if (!cp || cp.state !== OPEN) {
        cp = sockets[i] = await bootedCharger(opts.urls[i]!, id).catch(() => null);
        if (!cp) {
          await new Promise((r) => setTimeout(r, 200));
          n--;
          continue;
        }
        if (reconnectAsked.delete(i)) reconnected++;
        booted.add(i);
        cp.handle('Reset', async () => ({ status: 'Accepted' }));
      }
      const sentAt = Date.now();
      try {
        await cp.call('MeterValues', {
          connectorId: 1,
          meterValue: [{ timestamp: new Date(sentAt).toISOString(), sampledValue: [{ value: String(n) }] }],
        });
        records.push({ sentAt, latencyMs: Date.now() - sentAt });
        answered++;
        acked.get(id)!.push(n);
      } catch {
        records.push({ sentAt, latencyMs: null });
      }
      const wait = interval - (Date.now() - started);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  }

  const loops = opts.ids.map((_, i) => run(i));
  return {
    records,
    acked,
    /** Resolves once every charger has connected and booted (a fleet of hundreds takes a while). */
    async ready(timeoutMs = 120_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (booted.size < opts.ids.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    },
    /** Calls answered so far. */
    answered: () => answered,
    /** Every charger closes its connection after its current call, then connects and boots again. */
    reconnectAll(): void {
      opts.ids.forEach((_, i) => reconnectAsked.add(i));
    },
    /** Chargers that reconnected and were Accepted since `reconnectAll`. */
    reconnected: () => reconnected,
    async stop(): Promise<void> {
      running = false;
      await Promise.all(loops);
      await Promise.all(sockets.map((cp) => cp?.close({ force: true }).catch(() => {})));
    },
  };
}

export type Fleet = ReturnType<typeof startFleet>;

/** Calls sent within [from, to): how many, how many answered, and the p99 of the answered ones. */
export function window(records: CallRecord[], from: number, to: number) {
  const inside = records.filter((r) => r.sentAt >= from && r.sentAt < to);
  const answered = inside.filter((r) => r.latencyMs !== null).map((r) => r.latencyMs!);
  answered.sort((a, b) => a - b);
  const p99 = answered.length ? answered[Math.min(answered.length - 1, Math.floor(answered.length * 0.99))]! : null;
  return { sent: inside.length, answered: answered.length, p99Ms: p99 };
}
