import type { IdTagVerdict } from '../../domain/idtags/authorization.js';
import type { MeterReading } from '../../domain/sessions/transactions.service.js';
import { throughOutage, timeOf, type ConnectionState, type HandlerDeps, type HandlersOf } from '../handler.js';
import type { AuthorizeResponse, MeterValuesRequest, Ocpp16Actions } from './types.generated.js';

// SteVe's tolerance: a start more than five minutes ahead of our clock is flagged, not refused.
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** OCPP 1.6 IdTagInfo (§7.27): expiryDate and parentIdTag only when known. */
function idTagInfo(v: IdTagVerdict): AuthorizeResponse['idTagInfo'] {
  return {
    status: v.status,
    ...(v.expiryDate ? { expiryDate: v.expiryDate.toISOString() } : {}),
    ...(v.parentIdTag ? { parentIdTag: v.parentIdTag } : {}),
  };
}

function readings(
  state: ConnectionState,
  action: string,
  meterValue: MeterValuesRequest['meterValue'] | undefined,
): MeterReading[] {
  return (meterValue ?? []).map((mv) => {
    // Some chargers send `sampledValue: []` (e.g. a clock-aligned sample with nothing configured).
    if (!mv.sampledValue.length) state.flag('meterValues.emptySampledValue', { action });
    return { timestamp: timeOf(state, action, mv.timestamp), sampledValues: mv.sampledValue };
  });
}

/** OCPP 1.6 Authorize, Start/StopTransaction and MeterValues, mapped onto the version-neutral domain. */
export function ocpp16TransactionHandlers(deps: HandlerDeps): HandlersOf<Ocpp16Actions> {
  const { transactions, outage, database } = deps;
  return {
    async Authorize(state, { params }) {
      const verdict = await throughOutage(
        database,
        () => transactions.authorize(state.charger, params.idTag),
        () => outage.authorize(state.charger, params.idTag),
      );
      return { idTagInfo: idTagInfo(verdict) };
    },

    async StartTransaction(state, { params }) {
      const timestamp = timeOf(state, 'StartTransaction', params.timestamp);
      const flags: Record<string, unknown> = {};
      if (timestamp.getTime() > Date.now() + FUTURE_TOLERANCE_MS) {
        flags.futureTimestamp = params.timestamp;
        state.flag('startTransaction.futureTimestamp', { timestamp: params.timestamp });
      }
      const input = {
        connectorId: params.connectorId,
        idTag: params.idTag,
        meterStartWh: params.meterStart,
        timestamp,
        reservationId: params.reservationId,
        flags,
      };
      const { transactionId, idTag } = await throughOutage(
        database,
        () => transactions.start(state.charger, input),
        () => outage.start(state.charger, input),
      );
      return { transactionId, idTagInfo: idTagInfo(idTag) };
    },

    async StopTransaction(state, { params }) {
      const input = {
        transactionId: params.transactionId,
        idTag: params.idTag,
        meterStopWh: params.meterStop,
        timestamp: timeOf(state, 'StopTransaction', params.timestamp),
        reason: params.reason,
        transactionData: readings(state, 'StopTransaction', params.transactionData),
      };
      const { idTag } = await throughOutage(
        database,
        (spooled) => transactions.stop(state.charger, input, false, spooled),
        (spooled) => outage.stop(state.charger, input, spooled),
      );
      return idTag ? { idTagInfo: idTagInfo(idTag) } : {};
    },

    async MeterValues(state, { params }) {
      const input = {
        connectorId: params.connectorId,
        transactionId: params.transactionId,
        readings: readings(state, 'MeterValues', params.meterValue),
      };
      await throughOutage(
        database,
        (spooled) => transactions.meterValues(state.charger, input, spooled),
        (spooled) => outage.meterValues(state.charger, input, spooled),
      );
      return {};
    },
  };
}
