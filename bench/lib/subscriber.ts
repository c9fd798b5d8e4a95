// The latency bench's subscriber: one graphql-ws client on `meterValues`, matching each event to the
// moment its MeterValues was sent by the sequence number carried in the raw register value.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { log } from './report.js';
import type { ServerUnderTest } from './server.js';

export interface MeterSubscriber {
  nextId(): number;
  sent(id: number, at: number): void;
  /** The server answered with a CALLERROR: it will not publish this one. */
  rejected(id: number): void;
  /** Starts a new measuring window: counts and latencies cover only ids sent from now on. */
  window(): void;
  sentCount(): number;
  /** Sent and not rejected: what the subscriber should receive. */
  published(): number;
  received(): number;
  latencies(): number[];
  stop(): Promise<void>;
}

const QUERY = 'subscription { meterValues { charger { id } connectorId timestamp values { measurand value raw } } }';

export async function subscribeMeterValues(server: ServerUnderTest, token: string): Promise<MeterSubscriber> {
  const sentAt = new Map<number, number>();
  let seq = 0;
  let windowStart = 1;
  let rejected = 0;
  let arrivals: number[] = [];
  const client = createClient({
    url: `${server.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
  });
  const connected = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  const dispose = client.subscribe(
    { query: QUERY },
    {
      next: ({ data }: any) => {
        const now = performance.now();
        const id = Number(data?.meterValues?.values?.[0]?.raw);
        const at = sentAt.get(id);
        if (at === undefined || id < windowStart) return;
        sentAt.delete(id);
        arrivals.push(now - at);
      },
      error: (err) => log(`subscription error: ${JSON.stringify(err)}`),
      complete: () => {},
    },
  );
  await connected;
  return {
    nextId: () => ++seq,
    sent: (id, at) => void sentAt.set(id, at),
    rejected: (id) => void (sentAt.delete(id), rejected++),
    window() {
      windowStart = seq + 1;
      sentAt.clear();
      arrivals = [];
      rejected = 0;
    },
    sentCount: () => seq - windowStart + 1,
    published: () => seq - windowStart + 1 - rejected,
    received: () => arrivals.length,
    latencies: () => arrivals,
    async stop() {
      dispose();
      await client.dispose();
    },
  };
}

/** The subscriber node's count of events dropped for slow subscribers (Prometheus text). */
export async function droppedEvents(server: ServerUnderTest): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return Number(text.match(/^chargeql_subscription_events_dropped_total (\d+)/m)?.[1] ?? 0);
}
