import type { Cost } from '../pricing/cost.model.js';
import { minorDigits } from '../pricing/currency.js';
import { formatMinor } from '../pricing/decimal.js';
import { toGlobalId } from '../global-id.js';
import type { ChargeDetailRecordExportRow, ChargeDetailRecordRow } from './cdr.repository.js';

/** The session facts a record froze when it was written (see session-pricing.service.ts). */
interface FrozenSession {
  transactionId: number | string | null;
  chargerId: string;
  connectorId: number;
  idTag: string | null;
  startedAt: string | null;
  stoppedAt: string | null;
  meterStartWh: number | null;
  meterStopWh: number | null;
  stopReason: string | null;
}

/** One exported record: ids are the API's global ids, money in major units as decimal strings. */
export interface ExportedRecord {
  id: string;
  sessionId: string;
  transactionId: string | null;
  chargerId: string;
  chargerOcppId: string | null;
  chargerName: string | null;
  connectorId: number;
  siteId: string | null;
  siteName: string | null;
  city: string | null;
  idTag: string | null;
  userId: string | null;
  userEmail: string | null;
  startedAt: string | null;
  stoppedAt: string | null;
  durationSeconds: number | null;
  meterStartWh: number | null;
  meterStopWh: number | null;
  energyWh: number | null;
  stopReason: string | null;
  tariffId: string | null;
  tariffName: string | null;
  currency: string;
  net: string;
  tax: string;
  total: string;
  createdAt: string;
  breakdown: { type: string; quantity: string; unit: string; unitPrice: string; amount: string }[];
}

export interface RecordFacts {
  transactionId: string | null;
  chargerId: string;
  connectorId: number;
  idTag: string | null;
  startedAt: Date | null;
  stoppedAt: Date | null;
  durationSeconds: number | null;
  meterStartWh: number | null;
  meterStopWh: number | null;
  energyWh: number | null;
  stopReason: string | null;
  cost: Cost;
}

/** What a record says about its session, as frozen when it was written. */
export function recordFacts(record: ChargeDetailRecordRow): RecordFacts {
  const data = record.data as { session: FrozenSession; cost: Cost };
  const s = data.session;
  const startedAt = s.startedAt ? new Date(s.startedAt) : null;
  const stoppedAt = s.stoppedAt ? new Date(s.stoppedAt) : null;
  return {
    transactionId: s.transactionId == null ? null : String(s.transactionId),
    chargerId: s.chargerId,
    connectorId: s.connectorId,
    idTag: s.idTag,
    startedAt,
    stoppedAt,
    durationSeconds: startedAt && stoppedAt ? Math.round((stoppedAt.getTime() - startedAt.getTime()) / 1000) : null,
    meterStartWh: s.meterStartWh,
    meterStopWh: s.meterStopWh,
    energyWh: s.meterStartWh != null && s.meterStopWh != null ? Math.max(0, s.meterStopWh - s.meterStartWh) : null,
    stopReason: s.stopReason,
    cost: data.cost,
  };
}

export function exportedRecord(row: ChargeDetailRecordExportRow): ExportedRecord {
  const { record } = row;
  const s = recordFacts(record);
  const cost = s.cost;
  const money = (minor: number) => formatMinor(minor, minorDigits(cost.currency));
  return {
    id: toGlobalId('ChargeDetailRecord', record.id),
    sessionId: toGlobalId('Session', record.sessionId),
    transactionId: s.transactionId,
    chargerId: toGlobalId('Charger', s.chargerId),
    chargerOcppId: row.chargerOcppId,
    chargerName: row.chargerName,
    connectorId: s.connectorId,
    siteId: row.siteId && toGlobalId('Site', row.siteId),
    siteName: row.siteName,
    city: row.city,
    idTag: s.idTag,
    userId: row.userId && toGlobalId('User', row.userId),
    userEmail: row.userEmail,
    startedAt: s.startedAt?.toISOString() ?? null,
    stoppedAt: s.stoppedAt?.toISOString() ?? null,
    durationSeconds: s.durationSeconds,
    meterStartWh: s.meterStartWh,
    meterStopWh: s.meterStopWh,
    energyWh: s.energyWh,
    stopReason: s.stopReason,
    tariffId: record.tariffId && toGlobalId('Tariff', record.tariffId),
    tariffName: row.tariffName,
    currency: cost.currency,
    net: money(cost.netMinor),
    tax: money(cost.taxMinor),
    total: money(cost.totalMinor),
    createdAt: record.createdAt.toISOString(),
    breakdown: cost.breakdown.map((l) => ({
      type: l.type,
      quantity: l.quantity,
      unit: l.unit,
      unitPrice: l.unitPrice,
      amount: money(l.amountMinor),
    })),
  };
}

/** The CSV columns, in order: every field of a record but its breakdown (JSON lines carry that). */
export const CSV_COLUMNS = [
  'id',
  'sessionId',
  'transactionId',
  'chargerId',
  'chargerOcppId',
  'chargerName',
  'connectorId',
  'siteId',
  'siteName',
  'city',
  'idTag',
  'userId',
  'userEmail',
  'startedAt',
  'stoppedAt',
  'durationSeconds',
  'meterStartWh',
  'meterStopWh',
  'energyWh',
  'stopReason',
  'tariffId',
  'tariffName',
  'currency',
  'net',
  'tax',
  'total',
  'createdAt',
] as const satisfies readonly (keyof ExportedRecord)[];

/** One CSV line (RFC 4180: CRLF, fields with a comma, quote or line break quoted, quotes doubled). */
export function csvLine(values: readonly (string | number | null)[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  // A text cell a spreadsheet would run as a formula (=, +, -, @; OWASP "CSV injection") gets a
  // leading apostrophe: id tags, names and stop reasons come from chargers and users.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(r: ExportedRecord): string {
  return csvLine(CSV_COLUMNS.map((c) => r[c] as string | number | null));
}

export function jsonLine(r: ExportedRecord): string {
  return JSON.stringify(r) + '\n';
}
