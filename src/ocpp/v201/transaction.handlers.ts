import type { MeterReading } from '../../domain/sessions/transactions.service.js';
import { throughOutage, timeOf, type ConnectionState, type HandlerDeps, type HandlersOf } from '../handler.js';
import { chargingStateStatus, idTokenInfoOf, meterValuesOf } from './mappers.js';
import type { MeterValueType, Ocpp201Actions } from './types.generated.js';

function readings(state: ConnectionState, action: string, meterValue: MeterValueType[] | undefined): MeterReading[] {
  return meterValuesOf(meterValue).map((r) => {
    // Some stations send a sample with nothing configured: kept, flagged.
    if (!r.sampledValues.length) state.flag('meterValues.emptySampledValue', { action });
    return { timestamp: timeOf(state, action, r.timestamp), sampledValues: r.sampledValues };
  });
}

/** OCPP 2.0.1 blocks C (authorization), E (transactions), J (meter values), H (reservation updates), K (profile reports). */
export function ocpp201TransactionHandlers(deps: HandlerDeps): HandlersOf<Ocpp201Actions> {
  const { transactions, stationTransactions, station, outage, database } = deps;
  return {
    // C01: every IdTokenEnumType; a NoAuthorization token is accepted without a lookup.
    async Authorize(state, { params }) {
      const { idToken, type } = params.idToken;
      const verdict = await throughOutage(
        database,
        () => transactions.authorize(state.charger, idToken, type),
        () => outage.authorize(state.charger, idToken, type),
      );
      return { idTokenInfo: idTokenInfoOf(verdict) };
    },

    // E01-E07: Started/Updated/Ended, idempotent by seqNo, applied in whatever order they come;
    // while the database is unreachable, spooled and applied in order once it is back.
    async TransactionEvent(state, { params }) {
      const info = params.transactionInfo;
      const timestamp = timeOf(state, 'TransactionEvent', params.timestamp);
      const event = {
        transactionId: info.transactionId,
        seqNo: params.seqNo,
        eventType: params.eventType,
        timestamp,
        triggerReason: params.triggerReason,
        offline: params.offline ?? false,
        connectorId: params.evse?.id ?? null,
        evseConnectorId: params.evse?.connectorId ?? null,
        idTag: params.idToken?.idToken ?? null,
        tokenType: params.idToken?.type ?? null,
        remoteStartId: info.remoteStartId ?? null,
        reservationId: params.reservationId ?? null,
        stoppedReason: info.stoppedReason ?? null,
        chargingState: info.chargingState ?? null,
        readings: readings(state, 'TransactionEvent', params.meterValue),
        payload: params,
      };
      const { idTag } = await throughOutage(
        database,
        () => stationTransactions.event(state.charger, event),
        () => outage.transactionEvent(state.charger, event),
      );
      const status = chargingStateStatus(info.chargingState);
      if (status && params.evse) {
        const report = {
          connectorId: params.evse.id,
          evseConnectorId: params.evse.connectorId ?? null,
          status,
          errorCode: 'NoError',
          timestamp,
        };
        await throughOutage(
          database,
          () => station.status(state.charger, report),
          () => outage.status(state.charger, report),
        );
      }
      // The token's verdict goes back whenever the event carried one (E03: the station may stop on it).
      return idTag && params.idToken ? { idTokenInfo: idTokenInfoOf(idTag) } : {};
    },

    // J01/J02: sampled and clock-aligned values outside a transaction; EVSE 0 is the station's main meter.
    async MeterValues(state, { params }) {
      await transactions.meterValues(state.charger, {
        connectorId: params.evseId,
        transactionId: null,
        readings: readings(state, 'MeterValues', params.meterValue),
      });
      return {};
    },

    // H01: the station says a reservation expired or was removed: it ends here too (and is kept as reported).
    async ReservationStatusUpdate(state, { params }) {
      await deps.reservations.endedByCharger({
        tenantId: state.charger.tenantId,
        chargerId: state.charger.id,
        reservationId: params.reservationId,
        status: params.reservationUpdateStatus,
      });
      await station.recordEvent(state.charger, 'ReservationStatusUpdate', params);
      return {};
    },

    // K09: the parts of a GetChargingProfiles report (requestId, tbc), kept as the station sent them,
    // and reconciled with Charger.chargingProfiles (the event first: the last part reads every part).
    async ReportChargingProfiles(state, { params }) {
      await station.recordEvent(state.charger, 'ReportChargingProfiles', params);
      await deps.profileReports.profilesReported(state.scope, state.charger, params);
      return {};
    },
  };
}
