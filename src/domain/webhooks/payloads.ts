import { randomBytes } from 'node:crypto';
import { toGlobalId } from '../global-id.js';
import type { Cost } from '../pricing/cost.model.js';
import { moneyOfDecimal, moneyOfMinor } from '../pricing/money.js';
import { ocppTransactionId, sessionEnergyWh } from '../sessions/session-energy.js';
import type { ChargerRow } from '../chargers/charger.repository.js';
import type { CommandRow } from '../commands/command-log.repository.js';
import type { ChargeDetailRecordRow } from '../cdrs/cdr.repository.js';
import type { ReservationRow } from '../reservations/reservation-query.repository.js';
import type { SessionRow } from '../sessions/session-query.repository.js';
import { recordFacts } from '../cdrs/cdr-format.js';
import { tariffSnapshotOf } from '../cdrs/tariff-snapshot.js';
import { COMMAND_ERROR_CODES } from '../ocpp-words.js';
import {
  FIRMWARE_STATUSES,
  MEASURANDS,
  METER_LOCATIONS,
  PHASES,
  READING_CONTEXTS,
  STOP_REASONS,
} from '../ocpp-report-words.js';
import type { MeterValueData } from '../../events/events.js';

/**
 * What a webhook carries. `data` has the shape of the GraphQL object it reports (same field names,
 * global ids, enums as the API spells them), so a client reads a webhook and a query alike.
 */
export interface WebhookBody {
  type: string;
  timestamp: string;
  data: unknown;
}

/** Standard Webhooks message id (`webhook-id`): unique per event, kept across retries. */
export function newEventId(): string {
  return `msg_${randomBytes(16).toString('hex')}`;
}

export function webhookBody(type: string, timestamp: Date, data: unknown): WebhookBody {
  return { type, timestamp: timestamp.toISOString(), data };
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** Charger { id ocppId name online registrationStatus vendor model ... site { id } }. */
export function chargerData(c: ChargerRow) {
  return {
    id: toGlobalId('Charger', c.id),
    ocppId: c.ocppId,
    name: c.name,
    online: c.online,
    registrationStatus: c.registrationStatus,
    vendor: c.vendor,
    model: c.model,
    serialNumber: c.serialNumber,
    firmwareVersion: c.firmwareVersion,
    firmwareStatus: FIRMWARE_STATUSES.nameOrNull(c.firmwareStatus),
    ocppVersion: c.ocppVersion,
    lastSeenAt: iso(c.lastSeenAt),
    site: c.siteId ? { id: toGlobalId('Site', c.siteId) } : null,
  };
}

/** A charger named inside another object: enough to find it and show it. */
export function chargerRef(c: Pick<ChargerRow, 'id' | 'ocppId'>) {
  return { id: toGlobalId('Charger', c.id), ocppId: c.ocppId };
}

/** Session { id transactionId charger connectorId idTag user status ... energyWh cost }. */
export function sessionData(s: SessionRow, charger: Pick<ChargerRow, 'id' | 'ocppId'>) {
  const cost = s.cost as Cost | null;
  return {
    id: toGlobalId('Session', s.id),
    transactionId: ocppTransactionId(s),
    charger: chargerRef(charger),
    connectorId: s.connectorId,
    idTag: s.idTag,
    user: s.userId ? { id: toGlobalId('User', s.userId) } : null,
    status: s.status,
    startedAt: iso(s.startedAt),
    stoppedAt: iso(s.stoppedAt),
    meterStartWh: s.meterStartWh,
    meterStopWh: s.meterStopWh,
    energyWh: sessionEnergyWh(s, null),
    stopReason: STOP_REASONS.nameOrNull(s.stopReason),
    cost: cost ? costData(cost) : null,
  };
}

/** Cost, as GraphQL's Cost type shows it (Money { amount minorUnits currency }). */
export function costData(c: Cost) {
  const money = (minor: number) => moneyOfMinor(minor, c.currency);
  return {
    currency: c.currency,
    net: money(c.netMinor),
    tax: money(c.taxMinor),
    total: money(c.totalMinor),
    gross: money(c.totalMinor),
    taxRatePercent: c.taxRatePercent,
    breakdown: c.breakdown.map((l) => ({
      type: l.type,
      quantity: l.quantity,
      unit: l.unit,
      unitPrice: moneyOfDecimal(l.unitPrice, c.currency),
      amount: money(l.amountMinor),
      tariffElement: l.element,
    })),
    energyWh: c.energyWh,
    chargingSeconds: c.chargingSeconds,
    idleSeconds: c.idleSeconds,
    final: c.final,
    asOf: new Date(c.asOf).toISOString(),
  };
}

/** ChargeDetailRecord { id session { id } charger { id } cost tariffSnapshot ...the facts frozen at the stop }. */
export function chargeDetailRecordData(r: ChargeDetailRecordRow) {
  const { cost, chargerId, startedAt, stoppedAt, ...facts } = recordFacts(r);
  return {
    id: toGlobalId('ChargeDetailRecord', r.id),
    session: { id: toGlobalId('Session', r.sessionId) },
    charger: { id: toGlobalId('Charger', chargerId) },
    ...facts,
    stopReason: STOP_REASONS.nameOrNull(facts.stopReason),
    startedAt: startedAt?.toISOString() ?? null,
    stoppedAt: stoppedAt?.toISOString() ?? null,
    cost: costData(cost),
    tariffSnapshot: tariffSnapshotData(r),
    createdAt: r.createdAt.toISOString(),
  };
}

/** TariffSnapshot, as GraphQL reads it (a component without a step reads stepSize null). */
function tariffSnapshotData(r: ChargeDetailRecordRow) {
  const s = tariffSnapshotOf(r);
  return {
    ...s,
    tariffId: toGlobalId('Tariff', s.tariffId),
    elements: s.elements.map((e) => ({
      components: e.components.map((c) => ({ type: c.type, price: c.price, stepSize: c.stepSize ?? null })),
      restrictions: e.restrictions ?? null,
    })),
    lockedAt: s.lockedAt.toISOString(),
  };
}

/** Reservation { id reservationId charger connectorId idTag expiresAt status answer }. */
export function reservationData(r: ReservationRow, charger: Pick<ChargerRow, 'id' | 'ocppId'>) {
  return {
    id: toGlobalId('Reservation', r.id),
    reservationId: r.reservationId,
    charger: chargerRef(charger),
    connectorId: r.connectorId,
    idTag: r.idTag,
    expiresAt: r.expiresAt.toISOString(),
    status: r.status,
    answer: r.answer,
  };
}

/** Command { id action payload requestedBy status chargerStatus response errorCode requestedAt completedAt charger }. */
export function commandData(c: CommandRow, charger: Pick<ChargerRow, 'id' | 'ocppId'>) {
  const response = c.response as Record<string, unknown> | null;
  return {
    id: toGlobalId('Command', c.id),
    action: c.action,
    payload: c.payload,
    requestedBy: c.requestedBy,
    status: c.status,
    chargerStatus: response && typeof response.status === 'string' ? response.status : null,
    response: c.response,
    errorCode: COMMAND_ERROR_CODES.nameOrNull(c.errorCode),
    requestedAt: c.createdAt.toISOString(),
    completedAt: iso(c.answeredAt),
    charger: chargerRef(charger),
  };
}

/** MeterValue { timestamp measurand value raw unit phase context location }, OCPP's words as the API's enums. */
export function meterValueData(v: MeterValueData) {
  return {
    ...v,
    timestamp: v.timestamp.toISOString(),
    measurand: MEASURANDS.nameOf(v.measurand),
    phase: PHASES.nameOrNull(v.phase),
    context: READING_CONTEXTS.nameOrNull(v.context),
    location: METER_LOCATIONS.nameOrNull(v.location),
  };
}
