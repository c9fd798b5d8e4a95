import { randomBytes } from 'node:crypto';
import type { ChargerService } from '../chargers/charger.service.js';
import { ConflictError, InputChecker, NotFoundError } from '../errors.js';
import { assertCan } from '../policy.js';
import { inScopeTenant, type Scope } from '../scope.js';

/**
 * The lab: virtual chargers a tenant admin starts from the API. They run inside the server but speak
 * real OCPP over a socket to its own port, so they exercise exactly what a field charger does.
 * The domain declares how to run one; `src/lab/` implements it with the simulator; `app.ts` hands it in.
 */
export interface VirtualChargerRunner {
  start(spec: VirtualChargerSpec): Promise<RunningVirtualCharger>;
}

export interface VirtualChargerSpec {
  ocppId: string;
  password: string;
  connectors: number;
  meterIntervalSeconds: number;
  autoCharge: boolean;
  /** The OCPP version it speaks. */
  ocppVersion: LabOcppVersion;
}

export const LAB_OCPP_VERSIONS = ['1.6', '2.0.1'] as const;
export type LabOcppVersion = (typeof LAB_OCPP_VERSIONS)[number];

export interface VirtualConnectorState {
  connectorId: number;
  status: string;
  /** 1.6: the server's number as a string; 2.0.1: the station's own id. */
  transactionId: string | null;
  energyWh: number;
  powerW: number;
  socPercent: number | null;
}

export interface RunningVirtualCharger {
  snapshot(): { online: boolean; connectors: VirtualConnectorState[] };
  plugIn(connectorId: number, idTag: string): Promise<boolean>;
  unplug(connectorId: number): Promise<void>;
  goOffline(seconds: number): Promise<void>;
  stop(): Promise<void>;
}

export interface LabEntry {
  tenantId: string;
  chargerId: string;
  ocppId: string;
  spec: VirtualChargerSpec;
  createdAt: Date;
  running: RunningVirtualCharger;
}

export interface CreateVirtualChargerInput {
  ocppId: string;
  name?: string | null;
  siteId?: string | null;
  connectors?: number | null;
  meterIntervalSeconds?: number | null;
  autoCharge?: boolean | null;
  ocppVersion?: string | null;
}

export type DriveAction = 'PLUG_IN' | 'UNPLUG' | 'GO_OFFLINE';

// A lab is for trying things, not for load: keep one tenant from filling the server with sockets.
export const MAX_VIRTUAL_CHARGERS_PER_TENANT = 25;

export function createLabService(deps: { chargers: ChargerService; runner: VirtualChargerRunner }) {
  const running = new Map<string, LabEntry>(); // by charger id

  const mine = (scope: Scope, chargerId: string): LabEntry => {
    const entry = running.get(chargerId);
    if (!entry || !inScopeTenant(scope, entry)) throw new NotFoundError('VirtualCharger', chargerId);
    return entry;
  };

  return {
    async create(scope: Scope, input: CreateVirtualChargerInput): Promise<LabEntry> {
      assertCan(scope, 'lab:manage');
      const connectors = input.connectors ?? 1;
      const meterIntervalSeconds = input.meterIntervalSeconds ?? 10;
      const ocppVersion = (input.ocppVersion ?? '1.6') as LabOcppVersion;
      new InputChecker()
        .check(LAB_OCPP_VERSIONS.includes(ocppVersion), 'ocppVersion', `must be one of ${LAB_OCPP_VERSIONS.join(', ')}`)
        .check(Number.isInteger(connectors) && connectors >= 1 && connectors <= 8, 'connectors', 'must be 1-8')
        .check(
          Number.isInteger(meterIntervalSeconds) && meterIntervalSeconds >= 1 && meterIntervalSeconds <= 3600,
          'meterIntervalSeconds',
          'must be 1-3600',
        )
        .throwIfAny();
      const count = [...running.values()].filter((e) => inScopeTenant(scope, e)).length;
      if (count >= MAX_VIRTUAL_CHARGERS_PER_TENANT) {
        throw new ConflictError(
          `A tenant may run at most ${MAX_VIRTUAL_CHARGERS_PER_TENANT} virtual chargers; stop one first`,
        );
      }
      // Security profile 1 like a real charger: its own random Basic-auth password, stored hashed.
      const password = randomBytes(18).toString('base64url');
      const charger = await deps.chargers.create(scope, {
        ocppId: input.ocppId,
        name: input.name ?? `Virtual ${input.ocppId}`,
        siteId: input.siteId,
        password,
      });
      const spec = {
        ocppId: charger.ocppId,
        password,
        connectors,
        meterIntervalSeconds,
        autoCharge: input.autoCharge ?? false,
        ocppVersion,
      };
      const entry: LabEntry = {
        tenantId: scope.tenantId,
        chargerId: charger.id,
        ocppId: charger.ocppId,
        spec,
        createdAt: new Date(),
        running: await deps.runner.start(spec),
      };
      running.set(charger.id, entry);
      return entry;
    },

    list(scope: Scope): LabEntry[] {
      assertCan(scope, 'chargers:read');
      return [...running.values()]
        .filter((e) => inScopeTenant(scope, e))
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    },

    get(scope: Scope, chargerId: string): LabEntry {
      assertCan(scope, 'chargers:read');
      return mine(scope, chargerId);
    },

    /** Stops the virtual charger; the charger stays registered (and shows offline) until deleted. */
    async stop(scope: Scope, chargerId: string): Promise<boolean> {
      assertCan(scope, 'lab:manage');
      const entry = mine(scope, chargerId);
      running.delete(chargerId);
      await entry.running.stop();
      return true;
    },

    /** What a driver or the power grid does at the charger. */
    async drive(
      scope: Scope,
      chargerId: string,
      action: DriveAction,
      opts: { connectorId: number; idTag: string; seconds: number },
    ): Promise<LabEntry> {
      assertCan(scope, 'lab:manage');
      const entry = mine(scope, chargerId);
      const { running: cp } = entry;
      if (!cp.snapshot().connectors.some((c) => c.connectorId === opts.connectorId)) {
        new InputChecker().check(false, 'connectorId', `must be 1-${entry.spec.connectors}`).throwIfAny();
      }
      if (action === 'PLUG_IN' && !(await cp.plugIn(opts.connectorId, opts.idTag))) {
        throw new ConflictError(`Connector ${opts.connectorId} is busy, reserved or refused the idTag`);
      }
      if (action === 'UNPLUG') await cp.unplug(opts.connectorId);
      if (action === 'GO_OFFLINE') await cp.goOffline(opts.seconds);
      return entry;
    },

    async stopAll(): Promise<void> {
      const entries = [...running.values()];
      running.clear();
      await Promise.all(entries.map((e) => e.running.stop()));
    },
  };
}

export type LabService = ReturnType<typeof createLabService>;
