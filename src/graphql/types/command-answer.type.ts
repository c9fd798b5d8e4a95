import { Field, Int, ObjectType } from 'type-graphql';
import { ChargingSchedule } from './command-input.type.js';

@ObjectType({ description: "An OCPP 2.0.1 station's reason beside its status word (StatusInfoType)." })
export class StatusInfo {
  @Field(() => String, { description: 'A predefined code, e.g. UnknownConnector or TxInProgress.' })
  reasonCode!: string;
  @Field(() => String, { nullable: true, description: 'Free text from the station.' })
  additionalInfo!: string | null;
}

@ObjectType({ description: "GetCompositeSchedule's answer: what the charger will draw over the asked duration." })
export class CompositeSchedule {
  @Field(() => Int, { nullable: true, description: 'The connector (EVSE for OCPP 2.0.1) it is for.' })
  connectorId!: number | null;
  @Field(() => Date, { nullable: true, description: 'Where the periods count from.' })
  scheduleStart!: Date | null;
  @Field(() => ChargingSchedule) chargingSchedule!: ChargingSchedule;
}

/** A charger's answer as the domain reads it: OCPP 1.6 names (a 2.0.1 answer is mapped to them by the gateway). */
type Answer = Record<string, unknown> | null | undefined;

const text = (v: unknown) => (typeof v === 'string' ? v : null);

/**
 * The parts of a charger's answer whose shape OCPP fixes, typed: one field per command family that
 * answers more than a status word. Shared by CommandResult (a waited answer) and Command (the log,
 * commandUpdated), so a client that does not wait reads the same fields.
 */
@ObjectType()
export abstract class ChargerAnswerFields {
  @Field(() => StatusInfo, { nullable: true, description: "The station's reason for its status (OCPP 2.0.1 only)." })
  statusInfo!: StatusInfo | null;

  @Field(() => Int, {
    nullable: true,
    description: 'getLocalListVersion: the version of the local list the charger holds (0: none, -1: not supported).',
  })
  listVersion!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'getDiagnostics: the file the charger will upload; null when it has none.',
  })
  fileName!: string | null;

  @Field(() => CompositeSchedule, {
    nullable: true,
    description: 'getCompositeSchedule: the schedule the charger computed; null when it has none or refused.',
  })
  compositeSchedule!: CompositeSchedule | null;
}

/** The typed fields of an answer (all null when there is none yet). */
export function answerFields(response: Answer): ChargerAnswerFields {
  const r = response ?? {};
  const info = r.statusInfo as { reasonCode?: unknown; additionalInfo?: unknown } | undefined;
  const schedule = r.chargingSchedule as Parameters<typeof ChargingSchedule.from>[0] | undefined;
  return {
    statusInfo:
      info && typeof info.reasonCode === 'string'
        ? Object.assign(new StatusInfo(), { reasonCode: info.reasonCode, additionalInfo: text(info.additionalInfo) })
        : null,
    listVersion: typeof r.listVersion === 'number' ? r.listVersion : null,
    fileName: text(r.fileName),
    compositeSchedule: schedule
      ? Object.assign(new CompositeSchedule(), {
          connectorId: typeof r.connectorId === 'number' ? r.connectorId : null,
          scheduleStart: typeof r.scheduleStart === 'string' ? new Date(r.scheduleStart) : null,
          chargingSchedule: ChargingSchedule.from(schedule),
        })
      : null,
  };
}
