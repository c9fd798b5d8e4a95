import fc from 'fast-check';
import WebSocket from 'ws';
import { expectedRefusal, isCallFrame, ocppFrame, type FuzzFrame, type OcppVersion } from './ocpp-frames.js';

export interface FuzzStation {
  ocppId: string;
  version: OcppVersion;
}

interface Expectation {
  action: string;
  kind: string;
  /** The CALLERROR code strict validation must give, or null for a valid payload. */
  refusal: string | null;
  /** Two CALLs with one id in flight at once: any answer will do for either. */
  loose: boolean;
  /** The id was used before on this socket: "already processing" (RpcFrameworkError) is a fair answer. */
  reused: boolean;
  timer: NodeJS.Timeout;
}

export interface OcppFuzzReport {
  frames: number;
  calls: number;
  results: number;
  callErrors: Record<string, number>;
  /** CALLs never answered (not counting those in flight when the server closed the socket by policy). */
  unanswered: { action: string; kind: string }[];
  /** Answers that break the rules: a result for an invalid payload, the wrong code, NotImplemented for a handled action. */
  wrong: { action: string; kind: string; got: string; expected: string }[];
  /** Valid payloads refused anyway, by action and code (a business refusal, or a bug). */
  refusedValid: Record<string, number>;
  /** Close codes of the sockets the server closed, and how many times. */
  closes: Record<string, number>;
  /** Calls in flight when the server closed a socket (the charger would resend them after reconnecting). */
  inFlightAtClose: number;
  rssMb: number[];
  seconds: number;
}

const CHUNK = 500;
const RSS_EVERY = 100;

/**
 * Sends `frames` fuzzed frames spread over the stations (each on its own WebSocket, `window` CALLs in
 * flight) and checks every answer against the schema's verdict. Reconnects a socket the server closes.
 */
export async function fuzzOcpp(opts: {
  ocppUrl: string;
  stations: FuzzStation[];
  frames: number;
  seed: number;
  window?: number;
  answerTimeoutMs?: number;
  /** The server's RSS in MB, sampled every RSS_EVERY frames of the first station. */
  rss?: () => number;
  /** Called after each chunk of a station with the frames sent so far by all stations. */
  onProgress?: (sent: number) => void;
}): Promise<OcppFuzzReport> {
  const started = Date.now();
  const report: OcppFuzzReport = {
    frames: 0,
    calls: 0,
    results: 0,
    callErrors: {},
    unanswered: [],
    wrong: [],
    refusedValid: {},
    closes: {},
    inFlightAtClose: 0,
    rssMb: [],
    seconds: 0,
  };
  const answeredBy = new Map<string, Set<'result' | 'NotImplemented' | 'other'>>(); // per version:action
  const perStation = Math.ceil(opts.frames / opts.stations.length);
  await Promise.all(
    opts.stations.map((station, i) =>
      runStation(station, perStation, opts.seed + i * 1_000_003, i === 0 ? opts.rss : undefined),
    ),
  );
  for (const [key, seen] of answeredBy)
    if (seen.has('NotImplemented') && seen.size > 1)
      report.wrong.push({ action: key, kind: 'consistency', got: [...seen].join('+'), expected: 'one verdict' });
  report.seconds = (Date.now() - started) / 1000;
  return report;

  async function runStation(station: FuzzStation, count: number, seed: number, rss?: () => number) {
    const pending = new Map<string, Expectation[]>();
    const recentIds: string[] = [];
    let ws = await open(station);
    let freed: (() => void) | null = null;
    const inFlight = () => [...pending.values()].reduce((n, list) => n + list.length, 0);

    const onMessage = (data: WebSocket.RawData) => {
      let frame: unknown[];
      try {
        frame = JSON.parse(String(data));
      } catch {
        report.wrong.push({ action: '?', kind: 'answer', got: String(data).slice(0, 80), expected: 'JSON' });
        return;
      }
      const [type, id] = frame as [number, string];
      if (type === 2) {
        ws.send(JSON.stringify([4, id, 'NotImplemented', 'fuzzing station', {}])); // the server's own CALLs
        return;
      }
      const list = pending.get(id);
      const exp = list?.shift();
      if (!exp) return; // an answer to a frame that was not a CALL for us (odd envelopes): allowed
      if (!list!.length) pending.delete(id);
      clearTimeout(exp.timer);
      judge(station.version, exp, frame);
      freed?.();
    };
    const onClose = (code: number) => {
      report.closes[code] = (report.closes[code] ?? 0) + 1;
      for (const list of pending.values())
        for (const exp of list) {
          clearTimeout(exp.timer);
          report.inFlightAtClose++;
        }
      pending.clear();
      freed?.();
    };
    const attach = () => ws.on('message', onMessage).once('close', onClose);
    await boot(ws, station.version); // before it, every CALL but a boot is refused (SecurityError)
    attach();

    for (let start = 0; start < count; start += CHUNK) {
      const frames = fc.sample(ocppFrame(station.version), {
        numRuns: Math.min(CHUNK, count - start),
        seed: seed + start,
      });
      for (const [n, frame] of frames.entries()) {
        if (rss && (start + n) % RSS_EVERY === 0) report.rssMb.push(rss());
        while (inFlight() >= (opts.window ?? 4)) await new Promise<void>((r) => (freed = r));
        if (ws.readyState !== WebSocket.OPEN) {
          ws = await open(station);
          attach();
        }
        send(frame);
      }
      opts.onProgress?.(report.frames);
    }
    while (inFlight() > 0) await new Promise<void>((r) => (freed = r));
    ws.off('close', onClose).close();

    function send(frame: FuzzFrame) {
      let text = frame.text;
      let call = isCallFrame(text);
      if (call && frame.duplicateId && recentIds.length) {
        const parsed = JSON.parse(text);
        parsed[1] = recentIds[text.length % recentIds.length];
        text = JSON.stringify(parsed);
        call = isCallFrame(text);
      }
      report.frames++;
      if (call) {
        report.calls++;
        const list = pending.get(call.id) ?? [];
        const clash = list.length > 0;
        for (const other of list) other.loose = true;
        const exp: Expectation = {
          action: call.action,
          kind: frame.kind + (frame.duplicateId ? '+dupId' : ''),
          refusal: expectedRefusal(station.version, call.action, call.payload),
          loose: clash,
          reused: recentIds.includes(call.id),
          timer: setTimeout(() => {
            const at = pending.get(call!.id)?.indexOf(exp) ?? -1;
            if (at < 0) return;
            pending.get(call!.id)!.splice(at, 1);
            if (!pending.get(call!.id)!.length) pending.delete(call!.id);
            report.unanswered.push({ action: exp.action, kind: exp.kind });
            freed?.();
          }, opts.answerTimeoutMs ?? 30_000),
        };
        pending.set(call.id, [...list, exp]);
        recentIds.push(call.id);
        if (recentIds.length > 20) recentIds.shift();
      }
      ws.send(text);
    }
  }

  function judge(version: OcppVersion, exp: Expectation, frame: unknown[]) {
    const key = `${version} ${exp.action}`;
    const seen = answeredBy.get(key) ?? new Set();
    answeredBy.set(key, seen);
    if (frame[0] === 3) {
      report.results++;
      if (!exp.loose) seen.add('result');
      if (exp.refusal && !exp.loose)
        report.wrong.push({ action: key, kind: exp.kind, got: 'CALLRESULT', expected: exp.refusal });
      return;
    }
    const code = String(frame[2]);
    report.callErrors[code] = (report.callErrors[code] ?? 0) + 1;
    if (exp.loose || (exp.reused && code === 'RpcFrameworkError')) return;
    seen.add(code === 'NotImplemented' ? 'NotImplemented' : 'other');
    if (code === 'NotImplemented') return; // consistency per action is checked at the end
    if (exp.refusal && code !== exp.refusal)
      report.wrong.push({ action: key, kind: exp.kind, got: code, expected: exp.refusal });
    if (!exp.refusal) report.refusedValid[`${key}: ${code}`] = (report.refusedValid[`${key}: ${code}`] ?? 0) + 1;
  }

  async function boot(ws: WebSocket, version: OcppVersion): Promise<void> {
    const payload =
      version === 'ocpp1.6'
        ? { chargePointVendor: 'Fuzz', chargePointModel: 'F1' }
        : { reason: 'PowerUp', chargingStation: { vendorName: 'Fuzz', model: 'F1' } };
    const answer = await new Promise<unknown[]>((resolve) => {
      ws.once('message', (data) => resolve(JSON.parse(String(data))));
      ws.send(JSON.stringify([2, 'boot', 'BootNotification', payload]));
    });
    if (answer[0] !== 3 || (answer[2] as { status?: string }).status !== 'Accepted')
      throw new Error(`boot refused: ${JSON.stringify(answer)}`);
  }

  async function open(station: FuzzStation): Promise<WebSocket> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await new Promise<WebSocket>((resolve, reject) => {
          const ws = new WebSocket(`${opts.ocppUrl}/${station.ocppId}`, [station.version], { maxPayload: 1 << 24 });
          ws.once('open', () => resolve(ws));
          ws.once('unexpected-response', (_req, res) => (res.resume(), reject(new Error(`HTTP ${res.statusCode}`))));
          ws.once('error', reject);
        });
      } catch (err) {
        // A reconnect soon after a policy close is slowed down by the server (429): wait and retry.
        if (attempt > 40) throw err;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  }
}
