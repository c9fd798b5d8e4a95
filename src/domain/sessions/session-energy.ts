/** What energy and duration figures need from a session row. */
export interface SessionMeters {
  status: string;
  startedAt: Date | null;
  stoppedAt: Date | null;
  meterStartWh: number | null;
  meterStopWh: number | null;
  lastMeterWh: number | null;
}

/**
 * Energy delivered: meterStop - meterStart once stopped; while active, the latest
 * Energy.Active.Import.Register seen (`latestRegisterWh` when the session row has none yet).
 * Never negative: some chargers report a meterStop below their last register
 * (Wallbox Copper SB, lbbrhzn/ocpp#1069).
 */
export function sessionEnergyWh(s: SessionMeters, latestRegisterWh: number | null = null): number | null {
  if (s.meterStartWh == null) return null;
  const end = s.meterStopWh ?? s.lastMeterWh ?? latestRegisterWh ?? (s.status === 'ACTIVE' ? s.meterStartWh : null);
  return end == null ? null : Math.max(0, end - s.meterStartWh);
}

/** Seconds from start to stop, or to `now` while the session runs. */
export function sessionDurationSeconds(s: SessionMeters, now = new Date()): number | null {
  if (!s.startedAt) return null;
  const end = s.stoppedAt ?? (s.status === 'ACTIVE' ? now : null);
  return end ? Math.max(0, Math.round((end.getTime() - s.startedAt.getTime()) / 1000)) : null;
}

/** Needs a lookup of the latest register: active, started, and no register on the row yet. */
export const needsLatestRegister = (s: SessionMeters) =>
  s.status === 'ACTIVE' && s.meterStartWh != null && s.meterStopWh == null && s.lastMeterWh == null;

/** The OCPP transactionId as the API shows it: ours for 1.6 (an integer, as text), the station's own for 2.0.1. */
export function ocppTransactionId(s: { transactionId: number | null; stationTransactionId: string | null }) {
  return s.stationTransactionId ?? (s.transactionId === null ? null : String(s.transactionId));
}
