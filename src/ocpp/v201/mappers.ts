// Pure 2.0.1 <-> domain mappers (no I/O), unit-tested in mappers.test.ts.
import type { IdTagVerdict } from '../../domain/idtags/authorization.js';
import type { VariableFacts } from '../../domain/chargers/device-model.service.js';
import type { SampledValueInput } from '../../domain/sessions/meter-values.js';
import type {
  ConnectorStatusEnumType,
  IdTokenInfoType,
  MeterValueType,
  ReportDataType,
  SampledValueType,
} from './types.generated.js';

/**
 * A 2.0.1 sampled value in the domain's 1.6-shaped form: the number times 10^multiplier, the unit
 * as sent (default Wh for energy, OCPP 2.0.1 UnitOfMeasureType), the signed data's format kept.
 */
export function sampledValueOf(sv: SampledValueType): SampledValueInput {
  const multiplier = sv.unitOfMeasure?.multiplier ?? 0;
  const value = multiplier === 0 ? sv.value : scale(sv.value, multiplier);
  return {
    value: String(value),
    ...(sv.measurand ? { measurand: sv.measurand } : {}),
    ...(sv.unitOfMeasure?.unit ? { unit: sv.unitOfMeasure.unit } : {}),
    ...(sv.phase ? { phase: sv.phase } : {}),
    ...(sv.context ? { context: sv.context } : {}),
    ...(sv.location ? { location: sv.location } : {}),
  };
}

// 10^-3 is 0.0010000000000000002 in floating point: divide by the exact power instead.
function scale(value: number, multiplier: number): number {
  return multiplier > 0 ? value * 10 ** multiplier : value / 10 ** -multiplier;
}

export function meterValuesOf(meterValue: MeterValueType[] | undefined) {
  return (meterValue ?? []).map((mv) => ({
    timestamp: mv.timestamp,
    sampledValues: mv.sampledValue.map(sampledValueOf),
  }));
}

/**
 * 2.0.1 ConnectorStatusEnumType in the 1.6 vocabulary the API shows for both versions: Occupied
 * (a cable plugged, or a transaction) reads PREPARING until a TransactionEvent's chargingState
 * says more (chargingStateStatus).
 */
export function connectorStatusOf(status: ConnectorStatusEnumType): string {
  return status === 'Occupied' ? 'PREPARING' : status.toUpperCase();
}

const CHARGING_STATE_STATUS: Record<string, string> = {
  Charging: 'CHARGING',
  SuspendedEV: 'SUSPENDED_EV',
  SuspendedEVSE: 'SUSPENDED_EVSE',
  EVConnected: 'PREPARING',
};

/** TransactionType.chargingState as a connector status; null when it says nothing a status would. */
export function chargingStateStatus(chargingState: string | undefined): string | null {
  return (chargingState && CHARGING_STATE_STATUS[chargingState]) || null;
}

/** OCPP 2.0.1 IdTokenInfoType: the parent tag becomes groupIdToken, its expiry the cache expiry. */
export function idTokenInfoOf(v: IdTagVerdict): IdTokenInfoType {
  return {
    status: v.status,
    ...(v.expiryDate ? { cacheExpiryDateTime: v.expiryDate.toISOString() } : {}),
    ...(v.parentIdTag ? { groupIdToken: { idToken: v.parentIdTag, type: 'Central' } } : {}),
  };
}

/** One NotifyReport entry as device-model facts: one per attribute type it reports. */
export function variableFactsOf(entry: ReportDataType): VariableFacts[] {
  const { component, variable, variableCharacteristics: ch } = entry;
  const characteristics = ch
    ? Object.fromEntries(
        Object.entries({
          minLimit: ch.minLimit,
          maxLimit: ch.maxLimit,
          valuesList: ch.valuesList,
          supportsMonitoring: ch.supportsMonitoring,
        }).filter(([, v]) => v !== undefined),
      )
    : null;
  return entry.variableAttribute.map((attr) => ({
    component: component.name,
    componentInstance: component.instance ?? null,
    evseId: component.evse?.id ?? null,
    connectorId: component.evse?.connectorId ?? null,
    variable: variable.name,
    variableInstance: variable.instance ?? null,
    attributeType: attr.type ?? 'Actual',
    value: attr.value ?? null,
    mutability: attr.mutability ?? null,
    dataType: ch?.dataType ?? null,
    unit: ch?.unit ?? null,
    characteristics: characteristics && {
      ...characteristics,
      ...(attr.persistent !== undefined ? { persistent: attr.persistent } : {}),
      ...(attr.constant !== undefined ? { constant: attr.constant } : {}),
    },
  }));
}
