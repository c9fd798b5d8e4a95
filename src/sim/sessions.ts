// A charging session at one connector: plug in, Authorize, StartTransaction, MeterValues while the
// car charges, StopTransaction, unplug. The order and fields follow OCPP 1.6 §4.
import type { AutoCharge, VirtualCharger } from './charger.js';
import { isFree, type Connector, type ConnectorStatus, type Session } from './connector.js';
import { advance, randomEv, sampledValues, startReading } from './meter.js';
import { effectiveLimitA } from './profiles.js';

export type StopReason =
  | 'EmergencyStop'
  | 'EVDisconnected'
  | 'HardReset'
  | 'Local'
  | 'Other'
  | 'PowerLoss'
  | 'Reboot'
  | 'Remote'
  | 'SoftReset'
  | 'UnlockCommand'
  | 'DeAuthorized';

type StartedSession = Session & { lastSampleAt: number; startFailed?: boolean };

export async function setStatus(cp: VirtualCharger, c: Connector, status: ConnectorStatus): Promise<void> {
  c.status = status;
  await cp.sendStatus(c.id, status, c.errorCode);
}

const between = (cp: VirtualCharger, [min, max]: [number, number]) => (min + cp.random() * (max - min)) * 1000;

/** Plug in and start charging; false when the connector is busy, reserved for someone else, or the idTag is refused. */
export async function plugIn(
  cp: VirtualCharger,
  c: Connector,
  idTag: string,
  opts: { remote: boolean },
): Promise<boolean> {
  if (!isFree(c, idTag)) return false;
  clearTimeout(c.autoTimer);
  const reservation = c.reservation;
  await setStatus(cp, c, 'Preparing');
  // A remote start skips Authorize unless AuthorizeRemoteTxRequests is true (OCPP 1.6 §5.11).
  const mustAuthorize = !opts.remote || cp.configuration.get('AuthorizeRemoteTxRequests')?.value === 'true';
  if (mustAuthorize && cp.online) {
    const answer = await cp.call('Authorize', { idTag }).catch(() => null);
    const status = (answer?.idTagInfo as { status?: string } | undefined)?.status;
    // No answer (NotImplemented, dropped): LocalAuthorizeOffline lets the driver charge.
    if (status && status !== 'Accepted') {
      await setStatus(cp, c, 'Available');
      return false;
    }
  }
  if (c.session) return false; // another start won the race while we waited for Authorize
  const ev = { ...randomEv(cp.random), ...cp.opts.ev };
  const session: StartedSession = {
    idTag,
    transactionId: null,
    meterStartWh: c.registerWh,
    startedAt: new Date(),
    ev,
    reading: startReading(c.registerWh, ev),
    reservationId: reservation?.id,
    lastSampleAt: Date.now(),
  };
  if (reservation) clearTimeout(reservation.timer);
  c.reservation = null;
  c.session = session;
  cp.stats.charging++;
  await setStatus(cp, c, 'Charging');
  startMeter(cp, c, session);
  if (cp.opts.auto)
    session.stopTimer = setTimeout(
      () => void stopSession(cp, c, 'EVDisconnected'),
      between(cp, cp.opts.auto.sessionSeconds),
    );
  void startTransaction(cp, c, session);
  return true;
}

async function startTransaction(cp: VirtualCharger, c: Connector, session: StartedSession): Promise<void> {
  const answer = await cp.tx('StartTransaction', () => ({
    connectorId: c.id,
    idTag: session.idTag,
    meterStart: Math.round(session.meterStartWh),
    timestamp: session.startedAt.toISOString(),
    ...(session.reservationId !== undefined ? { reservationId: session.reservationId } : {}),
  }));
  if (!answer) {
    // The server could not start it (e.g. NotImplemented): keep charging and metering without a transaction.
    session.startFailed = true;
    return;
  }
  // 1.6: the server's number; 2.0.1: the station's own id (the dialect answers with it).
  session.transactionId =
    typeof answer.transactionId === 'string' ? answer.transactionId : Number(answer.transactionId);
  const status = (answer.idTagInfo as { status?: string } | undefined)?.status;
  // StopTransactionOnInvalidId (OCPP 1.6 errata §3.17): a refused idTag ends the session.
  if (status !== 'Accepted' && c.session === session) await stopSession(cp, c, 'DeAuthorized');
}

function startMeter(cp: VirtualCharger, c: Connector, session: Session): void {
  const seconds = Number(cp.configuration.get('MeterValueSampleInterval')?.value ?? 0);
  if (seconds > 0) session.meterTimer = setInterval(() => void sendMeterValues(cp, c).catch(() => {}), seconds * 1000);
}

function sample(cp: VirtualCharger, c: Connector, session: StartedSession) {
  const now = Date.now();
  session.reading = advance(
    session.reading,
    session.ev,
    (now - session.lastSampleAt) / 1000,
    c.maxPowerW,
    cp.random() * 2 - 1,
    effectiveLimitA(c.limits, true),
  );
  session.lastSampleAt = now;
  c.registerWh = session.reading.registerWh;
  return session.reading;
}

/** One MeterValues.req for the connector: the session's readings, or the bare register when idle. */
export function sendMeterValues(
  cp: VirtualCharger,
  c: Connector,
  context = 'Sample.Periodic',
): Promise<Record<string, unknown> | null> {
  const session = c.session as StartedSession | null;
  const timestamp = new Date().toISOString();
  if (!session) {
    const sampledValue = [
      { value: c.registerWh.toFixed(1), context, measurand: 'Energy.Active.Import.Register', unit: 'Wh' },
    ];
    return cp.tx('MeterValues', () => ({ connectorId: c.id, meterValue: [{ timestamp, sampledValue }] }));
  }
  const reading = sample(cp, c, session);
  if (reading.socPercent >= 100 && c.status === 'Charging') void setStatus(cp, c, 'SuspendedEV'); // the car is full
  return cp.tx('MeterValues', () => ({
    connectorId: c.id,
    ...(session.transactionId !== null ? { transactionId: session.transactionId } : {}),
    meterValue: [{ timestamp, sampledValue: sampledValues(reading, context) }],
  }));
}

/** StopTransaction with the final register, then Finishing and (the driver unplugs) Available. */
export async function stopSession(cp: VirtualCharger, c: Connector, reason: StopReason): Promise<void> {
  const session = c.session as StartedSession | null;
  if (!session || session.stopping) return;
  session.stopping = true;
  delete c.limits.txA; // the transaction ends here, and its TxProfile with it (OCPP 1.6 §3.13.1)
  clearInterval(session.meterTimer);
  clearTimeout(session.stopTimer);
  const reading = sample(cp, c, session);
  const timestamp = new Date().toISOString();
  cp.stats.charging--;
  await setStatus(cp, c, 'Finishing');
  if (!session.startFailed) {
    await cp.tx('StopTransaction', () => ({
      // -1 when no transactionId was ever obtained (OCPP 1.6 errata §3.18).
      transactionId: session.transactionId ?? -1,
      idTag: session.idTag,
      meterStop: Math.round(reading.registerWh),
      timestamp,
      reason,
      transactionData: [
        {
          timestamp,
          sampledValue: [
            {
              value: reading.registerWh.toFixed(1),
              context: 'Transaction.End',
              measurand: 'Energy.Active.Import.Register',
              unit: 'Wh',
            },
          ],
        },
      ],
    }));
  }
  c.session = null;
  if (c.pendingInoperative) {
    c.operative = false;
    c.pendingInoperative = false;
    await setStatus(cp, c, 'Unavailable');
  } else {
    await setStatus(cp, c, 'Available');
  }
  if (cp.opts.auto) autoCycle(cp, c, cp.opts.auto);
}

/** Idle, then a driver plugs in with one of the idTags; the session's own timer ends it. */
export function autoCycle(cp: VirtualCharger, c: Connector, auto: AutoCharge): void {
  clearTimeout(c.autoTimer);
  c.autoTimer = setTimeout(
    async () => {
      const idTag = auto.idTags[Math.floor(cp.random() * auto.idTags.length)] ?? 'SIM-TAG';
      const started = await plugIn(cp, c, idTag, { remote: false }).catch(() => false);
      if (!started && !c.session) autoCycle(cp, c, auto);
    },
    between(cp, auto.idleSeconds),
  );
}
