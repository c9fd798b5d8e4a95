// One virtual OCPP 1.6 or 2.0.1 charge point over a real WebSocket, like any charger in the field.
// It thinks in 1.6; a 2.0.1 one speaks through Dialect201 (dialect-201.ts, commands-201.ts).
// It imports nothing from the server (ARCHITECTURE.md): everything it knows comes over the wire.
import { RPCClient } from 'ocpp-rpc';
import { commandHandlers } from './commands.js';
import { commandHandlers201 } from './commands-201.js';
import { Dialect201, type Wire } from './dialect-201.js';
import { defaultConfiguration, type ConfigKey } from './config-keys.js';
import { newConnector, type Connector, type ConnectorStatus } from './connector.js';
import { drawW, NOMINAL_VOLTAGE, PHASES, type EvProfile } from './meter.js';
import { effectiveLimitA } from './profiles.js';
import { scheduleFaults, type Faults } from './faults.js';
import { autoCycle, plugIn, sendMeterValues, stopSession, type StopReason } from './sessions.js';
import { createStats, type SimStats } from './stats.js';

export interface AutoCharge {
  /** Idle time between sessions, seconds [min, max]. */
  idleSeconds: [number, number];
  /** Session length, seconds [min, max]. */
  sessionSeconds: [number, number];
  idTags: string[];
}

export interface VirtualChargerOptions {
  /** The OCPP endpoint without the identity: ws://host:4000/ocpp or ws://host:4000/ocpp/{tenantSlug}. */
  endpoint: string;
  ocppId: string;
  password?: string;
  connectors?: number;
  maxPowerW?: number;
  vendor?: string;
  model?: string;
  firmwareVersion?: string;
  meterIntervalSeconds?: number;
  /** Overrides the interval the server gives in BootNotification.conf. */
  heartbeatSeconds?: number;
  /** Random plug-in/charge/unplug cycles; false = only what commands and the caller ask. */
  auto?: AutoCharge | false;
  faults?: Faults;
  /** The car of every session here (default: a random one per session). */
  ev?: Partial<EvProfile>;
  /** OCPP version it speaks (default 1.6). */
  protocol?: '1.6' | '2.0.1';
  /** Validate frames both ways against the OCPP schemas of its version (ocpp-rpc strict mode). */
  strictMode?: boolean;
  /** Source address on the loopback range, to spread 10,000s of sockets over more ephemeral ports. */
  localAddress?: string;
  callTimeoutMs?: number;
  stats?: SimStats;
  random?: () => number;
}

type Client = InstanceType<typeof RPCClient>;
type QueuedCall = {
  action: string;
  build: () => Record<string, unknown>;
  done: (answer: Record<string, unknown> | null) => void;
  /** Once built and said in the charger's version: sent again as it is (same seqNo), never rebuilt. */
  wire?: Wire | null;
};

const TX_ACTIONS = new Set(['StartTransaction', 'StopTransaction', 'MeterValues']);

export class VirtualCharger {
  readonly ocppId: string;
  readonly stats: SimStats;
  readonly connectors: Connector[];
  readonly configuration: Map<string, ConfigKey>;
  readonly random: () => number;
  /** Set when it speaks 2.0.1. */
  readonly dialect: Dialect201 | null;
  readonly opts: Required<
    Pick<VirtualChargerOptions, 'meterIntervalSeconds' | 'vendor' | 'model' | 'firmwareVersion'>
  > &
    VirtualChargerOptions;
  online = false;
  bootAccepted = false;
  localListVersion = 0;
  private client: Client | null = null;
  private running = false;
  private offlineUntil = 0;
  private reconnectTimer?: NodeJS.Timeout;
  private heartbeatTimer?: NodeJS.Timeout;
  private stopFaults?: () => void;
  private queue: QueuedCall[] = [];
  private replaying = false;
  private attempt = 0;

  constructor(options: VirtualChargerOptions) {
    this.opts = {
      meterIntervalSeconds: 10,
      vendor: 'ChargeQL',
      model: 'VirtualCharger',
      firmwareVersion: '1.0.0',
      ...options,
    };
    this.ocppId = options.ocppId;
    this.stats = options.stats ?? createStats();
    this.random = options.random ?? Math.random;
    this.dialect = options.protocol === '2.0.1' ? new Dialect201() : null;
    const n = options.connectors ?? 1;
    this.connectors = Array.from({ length: n }, (_, i) =>
      newConnector(i + 1, options.maxPowerW ?? 22_000, this.random),
    );
    this.configuration = defaultConfiguration(n, options.heartbeatSeconds ?? 300, this.opts.meterIntervalSeconds);
  }

  /** Connects and boots; resolves once BootNotification was answered (Accepted, or the first Pending/Rejected). */
  async start(): Promise<void> {
    this.running = true;
    if (this.opts.faults) this.stopFaults = scheduleFaults(this, this.opts.faults);
    await this.connect();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopFaults?.();
    clearTimeout(this.reconnectTimer);
    clearInterval(this.heartbeatTimer);
    for (const c of this.connectors) {
      clearTimeout(c.autoTimer);
      clearTimeout(c.reservation?.timer);
      clearInterval(c.session?.meterTimer);
      clearTimeout(c.session?.stopTimer);
    }
    await this.client
      ?.close({ code: 1000, reason: 'Simulator stopping', awaitPending: false, force: false } as never)
      .catch(() => {});
    for (const q of this.queue.splice(0)) q.done(null);
  }

  connector(id: number | undefined): Connector | undefined {
    return id === undefined ? undefined : this.connectors.find((c) => c.id === id);
  }

  // ---- the connection

  private async connect(): Promise<void> {
    if (!this.running) return;
    // Still inside a `disconnect(seconds)` window: wait out the rest (returning left the charger offline for good).
    // It happens when the window began while a reconnect was already scheduled, and when the timer set for the
    // window's end fires up to 1 ms before Date.now() gets there: Node times timers on the monotonic clock, Date.now()
    // is the wall clock (7-10 % of the simulator's reconnects on this machine).
    const offlineMs = this.offlineUntil - Date.now();
    if (offlineMs > 0) {
      clearTimeout(this.reconnectTimer);
      this.reconnectTimer = setTimeout(() => void this.connect(), offlineMs);
      return;
    }
    const client = new RPCClient({
      endpoint: this.opts.endpoint,
      identity: this.ocppId,
      password: this.opts.password,
      protocols: [this.dialect ? 'ocpp2.0.1' : 'ocpp1.6'],
      strictMode: this.opts.strictMode ?? true,
      reconnect: false,
      callTimeoutMs: this.opts.callTimeoutMs ?? 30_000,
      pingIntervalMs: 0, // the server pings; we answer
      wsOpts: this.opts.localAddress ? { localAddress: this.opts.localAddress } : {},
    } as never) as Client;
    const handlers16 = commandHandlers(this);
    const handlers = this.dialect ? commandHandlers201(this, this.dialect, handlers16) : handlers16;
    for (const [action, handler] of Object.entries(handlers)) client.handle(action, handler as never);
    client.on('message', ({ outbound }: { outbound: boolean }) =>
      outbound ? this.stats.framesOut++ : this.stats.framesIn++,
    );
    this.client = client;
    try {
      await client.connect();
    } catch (err) {
      this.client = null;
      const code = (err as { code?: number }).code;
      this.stats.errors++;
      this.stats.notice(
        `connect:${code ?? (err as Error).message}`,
        `${this.ocppId}: cannot connect (${code ? `HTTP ${code}` : (err as Error).message}); retrying`,
      );
      this.scheduleReconnect();
      return;
    }
    client.once('close', () => this.disconnected(client));
    this.online = true;
    this.attempt = 0;
    this.stats.connected++;
    // A charger that reconnects without rebooting does not boot again (OCPP-J 1.6 §5.4).
    try {
      if (this.bootAccepted) await this.resumed();
      else await this.boot();
    } catch {
      // Dropped mid-boot: the reconnect boots again.
    }
  }

  private disconnected(client: Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.online = false;
    this.stats.connected--;
    clearInterval(this.heartbeatTimer);
    if (this.running) this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (!this.running) return;
    // Back-off with jitter, as chargers do (OCPP-J 1.6 errata §3.3), so a restarted server isn't stampeded.
    const base = Math.min(30_000, 1000 * 2 ** Math.min(this.attempt++, 5));
    const wait = Math.max(this.offlineUntil - Date.now(), base * (0.5 + this.random()));
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      this.stats.reconnects++;
      void this.connect();
    }, wait);
  }

  /** Drops the socket; with `seconds`, stays offline that long while sessions go on and queue their messages. */
  async disconnect(seconds = 0): Promise<void> {
    this.offlineUntil = Date.now() + seconds * 1000;
    await this.client?.close({ code: 1000, force: true } as never).catch(() => {});
  }

  private async boot(): Promise<void> {
    while (this.online && this.running) {
      const answer = await this.call('BootNotification', {
        chargePointVendor: this.opts.vendor,
        chargePointModel: this.opts.model,
        chargePointSerialNumber: `SN-${this.ocppId}`.slice(0, 25),
        firmwareVersion: this.opts.firmwareVersion,
        meterType: 'VirtualMeter',
      });
      if (!answer) return; // the server could not process it; the notice says why
      const interval = Number(answer.interval) || 0;
      if (answer.status === 'Accepted') {
        this.bootAccepted = true;
        this.stats.booted++;
        this.startHeartbeat(this.opts.heartbeatSeconds ?? (interval || 300));
        await this.resumed();
        for (const c of this.connectors) if (this.opts.auto) autoCycle(this, c, this.opts.auto);
        return;
      }
      // Pending/Rejected: wait at least `interval` before the next BootNotification (OCPP 1.6 §4.2).
      this.stats.notice(
        `boot:${answer.status}`,
        `${this.ocppId}: boot ${answer.status}; retrying after ${interval || 10} s`,
      );
      await new Promise((r) => setTimeout(r, (interval || 10) * 1000));
    }
  }

  /** After boot or a reconnect: tell the current status of everything (OCPP 1.6 §4.9), then replay queued transaction messages. */
  private async resumed(): Promise<void> {
    await this.sendStatus(0, this.connectors.every((c) => !c.operative) ? 'Unavailable' : 'Available');
    for (const c of this.connectors) await this.sendStatus(c.id, c.status, c.errorCode);
    await this.replay();
  }

  private startHeartbeat(seconds: number): void {
    clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = setInterval(() => void this.call('Heartbeat', {}).catch(() => {}), seconds * 1000);
    this.heartbeatTimer.unref?.();
  }

  // ---- sending

  /**
   * One CALL. A CALLERROR answer (NotImplemented while the server lacks a handler, InternalError, ...)
   * is noticed once and returns null so the charger keeps going; a dropped socket throws.
   */
  call(action: string, payload: Record<string, unknown>): Promise<Record<string, unknown> | null> {
    const wire = this.wire(action, payload);
    return wire ? this.send(wire) : Promise.resolve({});
  }

  /** The CALL in the charger's version; null when that version has nothing to send for it. */
  private wire(action: string, payload: Record<string, unknown>, opts: { offline?: boolean } = {}): Wire | null {
    if (this.dialect) return this.dialect.outbound(action, payload, opts);
    return { action, payload, answer: (r) => r };
  }

  private async send(wire: Wire): Promise<Record<string, unknown> | null> {
    const client = this.client;
    const action = wire.action;
    if (!client || !this.online) throw new Error('offline');
    try {
      return wire.answer((await client.call(action, wire.payload)) as Record<string, unknown>);
    } catch (err) {
      const code = (err as { rpcErrorCode?: string }).rpcErrorCode;
      if (!code || this.client !== client) throw err;
      if (code === 'NotImplemented' || code === 'NotSupported') this.stats.unsupported++;
      else this.stats.errors++;
      this.stats.notice(
        `callerror:${action}:${code}`,
        `server answered ${action} with ${code}${code === 'NotImplemented' ? ' (not built yet?)' : ''}; carrying on`,
      );
      return null;
    }
  }

  /** A status change; dropped while offline, since the current status is sent again on reconnect. */
  async sendStatus(connectorId: number, status: ConnectorStatus, errorCode = 'NoError'): Promise<void> {
    if (!this.online) return;
    await this.call('StatusNotification', {
      connectorId,
      status,
      errorCode,
      timestamp: new Date().toISOString(),
    }).catch(() => {});
  }

  /**
   * Transaction messages (Start/Stop/MeterValues) are never lost: while offline they queue and are replayed
   * in order on reconnect (OCPP 1.6 §3.7). `build` runs at send time, so a MeterValues queued before its
   * StartTransaction was answered still carries the transactionId.
   */
  tx(action: string, build: () => Record<string, unknown>): Promise<Record<string, unknown> | null> {
    if (!TX_ACTIONS.has(action)) throw new Error(`${action} is not a transaction message`);
    if (this.online && !this.replaying && this.queue.length === 0) return this.sendTx(action, build);
    return new Promise((done) => this.queue.push({ action, build, done }));
  }

  private async sendTx(action: string, build: () => Record<string, unknown>): Promise<Record<string, unknown> | null> {
    const wire = this.wire(action, build());
    if (!wire) return {};
    try {
      const answer = await this.send(wire);
      // Fault injection: the same message again, as a charger does when an answer was lost.
      if (this.opts.faults?.duplicateRate && this.random() < this.opts.faults.duplicateRate)
        await this.send(wire).catch(() => {});
      return answer;
    } catch {
      return new Promise((done) => this.queue.unshift({ action, build, done, wire }));
    }
  }

  private async replay(): Promise<void> {
    if (this.replaying) return;
    this.replaying = true;
    try {
      while (this.online && this.queue.length) {
        const next = this.queue[0]!;
        try {
          if (next.wire === undefined) next.wire = this.wire(next.action, next.build(), { offline: true });
          // OCPP 2.0.1 E04: a transaction event that waited for the connection says so.
          else if (next.wire?.action === 'TransactionEvent') next.wire.payload.offline = true;
          const answer = next.wire ? await this.send(next.wire) : {};
          this.queue.shift();
          next.done(answer);
        } catch {
          return; // dropped again: the rest waits for the next reconnect
        }
      }
    } finally {
      this.replaying = false;
    }
  }

  // ---- what a driver or a test does at the charger

  plugIn(connectorId: number, idTag: string): Promise<boolean> {
    const c = this.connector(connectorId);
    return c ? plugIn(this, c, idTag, { remote: false }) : Promise.resolve(false);
  }

  async unplug(connectorId: number, reason: StopReason = 'EVDisconnected'): Promise<void> {
    const c = this.connector(connectorId);
    if (c?.session) await stopSession(this, c, reason);
  }

  sendMeterValues(connectorId: number): Promise<Record<string, unknown> | null> {
    return sendMeterValues(this, this.connector(connectorId) ?? this.connectors[0]!);
  }

  /** What the car on this connector draws now, per phase (A): its limit, its own maximum, its taper. */
  drawA(connectorId: number, opts: { unlimited?: boolean } = {}): number {
    const c = this.connector(connectorId);
    if (!c?.session || c.session.stopping) return 0; // the driver ends it: the car stops drawing at once
    const perPhaseW = NOMINAL_VOLTAGE * PHASES;
    const limitA = opts.unlimited ? Infinity : effectiveLimitA(c.limits, true);
    const capW = Math.min(c.maxPowerW, limitA * perPhaseW);
    return drawW(c.session.ev, c.session.reading.socPercent, capW) / perPhaseW;
  }

  snapshot() {
    return {
      ocppId: this.ocppId,
      online: this.online,
      bootAccepted: this.bootAccepted,
      queued: this.queue.length,
      connectors: this.connectors.map((c) => ({
        connectorId: c.id,
        status: c.status,
        transactionId: c.session?.transactionId ?? null,
        energyWh: c.session ? Math.round(c.session.reading.registerWh - c.session.meterStartWh) : 0,
        powerW: c.session?.reading.powerW ?? 0,
        socPercent: c.session?.reading.socPercent ?? null,
      })),
    };
  }

  /** Reset.req (OCPP 1.6 §5.14): end sessions, reboot, connect and boot again. */
  async reboot(type: 'Soft' | 'Hard'): Promise<void> {
    for (const c of this.connectors)
      if (c.session) await stopSession(this, c, type === 'Hard' ? 'HardReset' : 'SoftReset');
    if (this.bootAccepted) this.stats.booted--;
    this.bootAccepted = false;
    await this.disconnect(type === 'Hard' ? 3 : 1);
  }
}
