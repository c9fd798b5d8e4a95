import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';

/** A CALLERROR the server answered with. */
export class CallError extends Error {
  constructor(
    readonly errorCode: string,
    readonly description: string,
    readonly details: unknown,
  ) {
    super(`${errorCode}: ${description}`);
  }
}

type Frame = unknown[];
type CsmsHandler = (payload: any) => unknown;

/**
 * A charging station written from OCPP-J by hand: plain `ws`, JSON frames, none of the product's
 * OCPP library. It answers the server's CALLs with the handlers given (a CALLERROR NotImplemented
 * otherwise) and keeps every CALL it received.
 */
export class RawStation {
  readonly received: { action: string; payload: any }[] = [];
  private readonly pending = new Map<string, { resolve(v: any): void; reject(e: unknown): void }>();
  private readonly handlers = new Map<string, CsmsHandler>();

  private constructor(
    readonly ws: WebSocket,
    readonly protocol: string,
  ) {
    ws.on('message', (data) => this.onFrame(String(data)));
    ws.on('close', () => {
      for (const p of this.pending.values()) p.reject(new Error('socket closed'));
      this.pending.clear();
    });
  }

  static connect(
    url: string,
    opts: { protocols?: string[]; headers?: Record<string, string> } = {},
  ): Promise<RawStation> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, opts.protocols ?? ['ocpp2.0.1'], { headers: opts.headers });
      ws.once('open', () => resolve(new RawStation(ws, ws.protocol)));
      ws.once('unexpected-response', (_req, res) => {
        res.resume();
        reject(new Error(`handshake refused: ${res.statusCode}`));
      });
      ws.once('error', reject);
    });
  }

  /** Sends a CALL and resolves with the CALLRESULT payload; rejects with CallError on a CALLERROR. */
  call(action: string, payload: unknown, id: string = randomUUID()): Promise<any> {
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.ws.send(JSON.stringify([2, id, action, payload]));
    });
  }

  /** Sends any text and resolves with the next frame the server sends back for `id` (or any frame). */
  sendRaw(text: string): Promise<Frame> {
    return new Promise((resolve) => {
      this.ws.once('message', (data) => resolve(JSON.parse(String(data)) as Frame));
      this.ws.send(text);
    });
  }

  handle(action: string, handler: CsmsHandler): void {
    this.handlers.set(action, handler);
  }

  close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      this.ws.once('close', () => resolve());
      this.ws.close(1000);
    });
  }

  private onFrame(text: string): void {
    const frame = JSON.parse(text) as Frame;
    const [type, id] = frame as [number, string];
    if (type === 2) {
      const [, , action, payload] = frame as [number, string, string, unknown];
      this.received.push({ action, payload });
      const handler = this.handlers.get(action);
      if (!handler) {
        this.ws.send(JSON.stringify([4, id, 'NotImplemented', `${action} not handled by the test`, {}]));
        return;
      }
      Promise.resolve(handler(payload)).then((answer) => this.ws.send(JSON.stringify([3, id, answer])));
      return;
    }
    const waiting = this.pending.get(id);
    if (!waiting) return;
    this.pending.delete(id);
    if (type === 3) waiting.resolve(frame[2]);
    else waiting.reject(new CallError(frame[2] as string, frame[3] as string, frame[4]));
  }
}

export const bootRequest201 = (reason = 'PowerUp') => ({
  reason,
  chargingStation: { vendorName: 'RawWorks', model: 'Raw-2', serialNumber: 'RW-1', firmwareVersion: '2.0.1-r1' },
});

/** Connects a raw 2.0.1 station and boots it; throws unless Accepted. */
export async function bootedStation(url: string, opts: { headers?: Record<string, string> } = {}): Promise<RawStation> {
  const station = await RawStation.connect(url, opts);
  const answer = await station.call('BootNotification', bootRequest201());
  if (answer.status !== 'Accepted') {
    await station.close();
    throw new Error(`BootNotification answered ${answer.status}`);
  }
  return station;
}
