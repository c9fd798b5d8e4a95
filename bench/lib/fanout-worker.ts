// A subscriber process for the fan-out bench: `count` graphql-ws clients, each with its own socket and
// one `meterValues(siteId)` subscription, as dashboards watching a site. Each event's age is taken
// from the MeterValues timestamp the charger put in it (one machine, one clock, ms resolution).
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

interface Job {
  url: string;
  token: string;
  siteIds: string[];
  /** This worker's subscribers are numbers first .. first+count-1; number n watches site n mod sites. */
  first: number;
  count: number;
}

const QUERY = `subscription($siteId: ID) { meterValues(siteId: $siteId) { charger { id ocppId } connectorId timestamp values { measurand value } } }`;

const jobArrives = new Promise<Job>((resolve) => process.once('message', (m) => resolve(m as Job)));
process.send!({ type: 'loaded' });
const job = await jobArrives;

let counting = false;
let received = 0;
let cpuAtCount = process.cpuUsage();
/** Event age histogram in 1 ms buckets; the last bucket holds everything from 10 s up. */
const ages = new Array<number>(10_001).fill(0);
const clients: Client[] = [];
let errors = 0;
let firstError = '';

async function open(n: number): Promise<void> {
  const siteId = job.siteIds[n % job.siteIds.length];
  const client = createClient({
    url: job.url,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${job.token}` },
    lazy: false,
    retryAttempts: 0,
  });
  clients.push(client);
  // A socket refused or closed under load (e.g. 4408: no ConnectionInit within 3 s) is counted, not waited for.
  const subscribed = new Promise<void>((resolve) => {
    client.on('connected', () => resolve());
    client.on('closed', (e) => {
      errors++;
      firstError ||= `socket closed ${(e as { code?: number }).code ?? ''}`;
      resolve();
    });
  });
  client.subscribe(
    { query: QUERY, variables: { siteId } },
    {
      next: ({ data }: any) => {
        if (!counting) return;
        received++;
        ages[Math.max(0, Math.min(10_000, Date.now() - Date.parse(data.meterValues.timestamp)))]!++;
      },
      error: (err) => {
        errors++;
        firstError ||= JSON.stringify(err).slice(0, 300);
      },
      complete: () => {},
    },
  );
  await subscribed;
}

// 50 handshakes at a time: the server authenticates each connection.
for (let i = 0; i < job.count; i += 50)
  await Promise.all(Array.from({ length: Math.min(50, job.count - i) }, (_, k) => open(job.first + i + k)));
process.send!({ type: 'ready' });

process.on('message', async (m: any) => {
  if (m.type === 'count') {
    counting = true;
    received = 0;
    ages.fill(0);
    cpuAtCount = process.cpuUsage();
  } else if (m.type === 'report') {
    counting = false;
    const cpu = process.cpuUsage(cpuAtCount);
    process.send!({ type: 'report', received, ages, errors, firstError, cpuMs: (cpu.user + cpu.system) / 1000 });
  } else if (m.type === 'close') {
    await Promise.all(clients.map((c) => c.dispose()));
    process.exit(0);
  }
});
