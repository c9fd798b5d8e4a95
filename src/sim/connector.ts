import type { EvProfile, MeterReading } from './meter.js';
import type { ProfileLimits } from './profiles.js';

/** OCPP 1.6 ChargePointStatus (§7.7). */
export type ConnectorStatus =
  | 'Available'
  | 'Preparing'
  | 'Charging'
  | 'SuspendedEVSE'
  | 'SuspendedEV'
  | 'Finishing'
  | 'Reserved'
  | 'Unavailable'
  | 'Faulted';

export interface Session {
  idTag: string;
  /**
   * 1.6: the server's number, null until it answered StartTransaction (or while that answer waits in
   * the offline queue). 2.0.1: the station's own string id.
   */
  transactionId: number | string | null;
  meterStartWh: number;
  startedAt: Date;
  ev: EvProfile;
  reading: MeterReading;
  reservationId?: number;
  meterTimer?: NodeJS.Timeout;
  stopTimer?: NodeJS.Timeout;
  stopping?: boolean;
}

export interface Reservation {
  id: number;
  idTag: string;
  expiresAt: Date;
  timer: NodeJS.Timeout;
}

export interface Connector {
  id: number;
  status: ConnectorStatus;
  errorCode: string;
  /** Lifetime energy register; a session starts from it. */
  registerWh: number;
  maxPowerW: number;
  /** From SetChargingProfile, per purpose (profiles.ts). */
  limits: ProfileLimits;
  operative: boolean;
  /** ChangeAvailability(Inoperative) while charging is Scheduled: applied when the session ends. */
  pendingInoperative: boolean;
  session: Session | null;
  reservation: Reservation | null;
  autoTimer?: NodeJS.Timeout;
}

export function newConnector(id: number, maxPowerW: number, random: () => number): Connector {
  return {
    id,
    status: 'Available',
    errorCode: 'NoError',
    registerWh: Math.round(random() * 1_000_000),
    maxPowerW,
    limits: {},
    operative: true,
    pendingInoperative: false,
    session: null,
    reservation: null,
  };
}

/** Can a new session start here for this idTag (OCPP 1.6 §5.11: a reserved connector only for its idTag)? */
export function isFree(c: Connector, idTag: string): boolean {
  if (!c.operative || c.session) return false;
  if (c.status === 'Reserved') return c.reservation?.idTag.toLowerCase() === idTag.toLowerCase();
  return c.status === 'Available' || c.status === 'Preparing';
}
