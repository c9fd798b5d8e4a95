import { createHash } from 'node:crypto';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node, toGlobalId } from '../node.js';
import { normalizeDec } from '../../domain/pricing/decimal.js';
import { DecimalScalar, SafeIntScalar } from '../scalars.js';
import { ocppTransactionId } from '../../domain/sessions/session-energy.js';
import type { MeterValueRow, SessionRow } from '../../domain/sessions/session-query.repository.js';
import { MEASURANDS, METER_LOCATIONS, PHASES, READING_CONTEXTS, STOP_REASONS } from '../../domain/ocpp-report-words.js';
import { Measurand, MeterLocation, Phase, ReadingContext, StopReason } from './ocpp-word-enums.js';

export type { SessionRow };

export type { MeterValueRow };

export enum SessionStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}
registerEnumType(SessionStatus, {
  name: 'SessionStatus',
  valuesConfig: {
    PENDING: { description: 'Asked for by remoteStart; waiting for StartTransaction.' },
    FAILED: { description: "No StartTransaction came within the charger's connection timeout." },
  },
});

export enum SessionLimitKind {
  ENERGY = 'ENERGY',
  DURATION = 'DURATION',
  COST = 'COST',
}
registerEnumType(SessionLimitKind, {
  name: 'SessionLimitKind',
  description: 'Which limit set at remote start the server stopped a session at.',
});

@ObjectType({ description: 'Limits set at remote start; the server stops the session when one is reached.' })
export class SessionLimits {
  @Field(() => SafeIntScalar, { nullable: true })
  maxEnergyWh!: number | null;

  @Field(() => Int, { nullable: true })
  maxDurationSeconds!: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: "Gross, in the currency of the session's tariff." })
  maxCost!: string | null;
}

/**
 * A charging session (OCPP's "transaction"). Relations (charger, user, meterValues, cost)
 * are field resolvers added by the features that own them.
 */
@ObjectType({ implements: Node })
export class Session implements Node {
  @Field(() => ID)
  id!: string;

  dbId!: string;
  tenantId!: string;
  chargerDbId!: string;
  userDbId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The OCPP transactionId: ours for 1.6 (an integer, as a string), the station's own for 2.0.1; null while PENDING.",
  })
  transactionId!: string | null;

  @Field(() => Int, { description: 'OCPP 1.6: the connector. OCPP 2.0.1: the EVSE (0 until the station names it).' })
  connectorId!: number;

  @Field(() => Int, {
    description: 'The EVSE (the same number as connectorId; a 1.6 connector is an EVSE of its own).',
  })
  evseId!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'The connector within the EVSE: OCPP 2.0.1 when the station named it (TransactionEvent evse.connectorId); 1 for 1.6.',
  })
  evseConnectorId!: number | null;

  @Field(() => String, { nullable: true })
  idTag!: string | null;

  @Field(() => SessionStatus)
  status!: SessionStatus;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  stoppedAt!: Date | null;

  @Field(() => SafeIntScalar, { nullable: true })
  meterStartWh!: number | null;

  @Field(() => SafeIntScalar, { nullable: true })
  meterStopWh!: number | null;

  @Field(() => StopReason, {
    nullable: true,
    description:
      'OCPP stop reason (LOCAL, REMOTE, EV_DISCONNECTED, ...), or ours: ENERGY_LIMIT_REACHED, DURATION_LIMIT_REACHED, COST_LIMIT_REACHED (the server stopped it at a limit), FORCED, ...',
  })
  stopReason!: string | null;

  @Field(() => SessionLimits, { nullable: true, description: 'Set at remote start; null when none was.' })
  limits!: SessionLimits | null;

  @Field(() => SessionLimitKind, {
    nullable: true,
    description: 'The limit the server stopped the session at (it sent RemoteStopTransaction).',
  })
  limitReached!: SessionLimitKind | null;

  row!: SessionRow;

  static from(row: SessionRow): Session {
    return Object.assign(new Session(), {
      id: toGlobalId('Session', row.id),
      dbId: row.id,
      tenantId: row.tenantId,
      chargerDbId: row.chargerId,
      userDbId: row.userId,
      transactionId: ocppTransactionId(row),
      connectorId: row.connectorId,
      evseId: row.connectorId,
      evseConnectorId: row.evseConnectorId ?? (isOcpp16(row) && row.connectorId > 0 ? 1 : null),
      idTag: row.idTag,
      status: row.status as SessionStatus,
      startedAt: row.startedAt,
      stoppedAt: row.stoppedAt,
      meterStartWh: row.meterStartWh,
      meterStopWh: row.meterStopWh,
      stopReason: STOP_REASONS.nameOrNull(row.stopReason),
      limits:
        row.maxEnergyWh === null && row.maxDurationSeconds === null && row.maxCost === null
          ? null
          : Object.assign(new SessionLimits(), {
              maxEnergyWh: row.maxEnergyWh,
              maxDurationSeconds: row.maxDurationSeconds,
              maxCost: row.maxCost === null ? null : normalizeDec(row.maxCost),
            }),
      limitReached: row.limitReached as SessionLimitKind | null,
      row,
    });
  }
}

type MeterValueFacts = Pick<
  MeterValueRow,
  'chargerId' | 'connectorId' | 'timestamp' | 'measurand' | 'value' | 'raw' | 'unit' | 'phase' | 'context' | 'location'
>;

/**
 * A sampled value's identity is what the charger said about it: where, when, what, which phase,
 * location and context. The live event (before the write) and the stored row compute the same id.
 */
export function meterValueId(v: Omit<MeterValueFacts, 'value' | 'raw' | 'unit'>): string {
  const facts = [v.chargerId, v.connectorId, v.timestamp.toISOString(), v.measurand, v.phase, v.location, v.context];
  const digest = createHash('sha256').update(JSON.stringify(facts)).digest('base64url').slice(0, 22);
  return toGlobalId('MeterValue', digest);
}

@ObjectType({ description: 'One sampled value, as the charger reported it and normalised.' })
export class MeterValue {
  @Field(() => ID, { description: 'The same for the live event and the stored value.' })
  id!: string;

  @Field(() => Date)
  timestamp!: Date;

  @Field(() => Measurand, { description: 'E.g. ENERGY_ACTIVE_IMPORT_REGISTER (OCPP Energy.Active.Import.Register).' })
  measurand!: string;

  @Field(() => Float, { nullable: true, description: 'Normalised: energy in Wh, power in W.' })
  value!: number | null;

  @Field(() => String, { description: 'The value exactly as sent.' })
  raw!: string;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => Phase, { nullable: true })
  phase!: string | null;

  @Field(() => ReadingContext, { nullable: true })
  context!: string | null;

  @Field(() => MeterLocation, { nullable: true })
  location!: string | null;

  static from(row: MeterValueFacts): MeterValue {
    return Object.assign(new MeterValue(), {
      id: meterValueId(row),
      timestamp: row.timestamp,
      measurand: MEASURANDS.nameOf(row.measurand),
      value: row.value,
      raw: row.raw,
      unit: row.unit,
      phase: PHASES.nameOrNull(row.phase),
      context: READING_CONTEXTS.nameOrNull(row.context),
      location: METER_LOCATIONS.nameOrNull(row.location),
    });
  }
}

/** A 1.6 session: neither the station's own transaction id nor a 2.0.1 remoteStartId. */
function isOcpp16(row: SessionRow): boolean {
  return row.stationTransactionId === null && row.remoteStartId === null;
}
