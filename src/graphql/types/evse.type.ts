import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ConnectorRow, EvseConnectorRow } from '../../domain/chargers/charger.repository.js';
import type { ChargerEventRow } from '../../domain/chargers/charger-events.repository.js';
import { JSONScalar } from '../scalars.js';
import { AttributeType, attributeTypeOf, AvailabilityType, enumOf, fromOcppName } from './command-input.type.js';
import type { DeviceVariableRow } from '../../domain/chargers/device-model.service.js';
import { toGlobalId } from '../node.js';
import { ConnectorStatus, toConnectorStatus } from './enums.js';
import { ConnectorErrorCode } from './ocpp-word-enums.js';
import { CONNECTOR_ERROR_CODES } from '../../domain/ocpp-report-words.js';

@ObjectType({ description: 'A connector as its EVSE holds it (OCPP 2.0.1 numbering within the EVSE).' })
export class EvseConnector {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'OCPP 2.0.1: the connector within its EVSE, from 1. OCPP 1.6: always 1.' })
  connectorId!: number;

  @Field(() => ConnectorStatus, { description: 'This connector’s own status, as the station last reported it.' })
  status!: ConnectorStatus;

  @Field(() => ConnectorErrorCode, { description: 'As the charger reported it (1.6); NO_ERROR for 2.0.1.' })
  errorCode!: string;

  @Field(() => Date, { nullable: true })
  statusAt!: Date | null;

  @Field(() => AvailabilityType, {
    nullable: true,
    description:
      'OPERATIVE or INOPERATIVE: a ChangeAvailability of this connector (or of its EVSE) the charger answered Scheduled, until a status report shows it took effect.',
  })
  scheduledAvailability!: AvailabilityType | null;

  static idOf(chargerDbId: string, evseId: number, connectorId: number): string {
    return toGlobalId('EvseConnector', `${chargerDbId}:${evseId}:${connectorId}`);
  }
}

@ObjectType({
  description:
    'An EVSE: the part of a charger that charges one vehicle at a time (OCPP 2.0.1). A 1.6 charger shows each connector as an EVSE of its own, holding that connector as its connector 1.',
})
export class Evse {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, {
    description:
      'The EVSE id (OCPP 1.6: the connector id); sessions, reservations and commands name it as connectorId.',
  })
  evseId!: number;

  @Field(() => ConnectorStatus, {
    description:
      'The EVSE as a whole (Connector.status): busy when one connector is in use, AVAILABLE when one is free, else FAULTED or UNAVAILABLE.',
  })
  status!: ConnectorStatus;

  @Field(() => [EvseConnector])
  connectors!: EvseConnector[];

  /**
   * The EVSEs from their rows in `connectors` (our position: the 1.6 connector, the 2.0.1 EVSE) and
   * the connectors 2.0.1 stations reported within them. An EVSE nobody reported a connector of (every
   * 1.6 connector) holds one connector, 1, with the EVSE's own status.
   */
  static fromRows(chargerDbId: string, rows: ConnectorRow[], inEvses: EvseConnectorRow[]): Evse[] {
    return rows
      .filter((r) => r.connectorId > 0)
      .sort((a, b) => a.connectorId - b.connectorId)
      .map((r) => {
        const reported = inEvses.filter((c) => c.evseId === r.connectorId);
        // A change of the whole EVSE waits on each of its connectors; one of a single connector is the EVSE's.
        const scheduled = (own: string | null) => (own ?? r.scheduledAvailability) as AvailabilityType | null;
        const connectors = reported.length
          ? reported.map((c) =>
              connectorOf(chargerDbId, r.connectorId, c.connectorId, {
                status: c.status,
                errorCode: 'NoError',
                statusAt: c.statusAt,
                scheduledAvailability: scheduled(c.scheduledAvailability),
              }),
            )
          : [
              connectorOf(chargerDbId, r.connectorId, 1, {
                status: r.status,
                errorCode: r.errorCode,
                statusAt: r.statusAt,
                scheduledAvailability: scheduled(null),
              }),
            ];
        return Object.assign(new Evse(), {
          id: toGlobalId('Evse', r.id),
          evseId: r.connectorId,
          status: toConnectorStatus(r.status),
          connectors: connectors.sort((a, b) => a.connectorId - b.connectorId),
        });
      });
  }
}

function connectorOf(
  chargerDbId: string,
  evseId: number,
  connectorId: number,
  state: { status: string; errorCode: string; statusAt: Date | null; scheduledAvailability: AvailabilityType | null },
): EvseConnector {
  return Object.assign(new EvseConnector(), {
    ...state,
    id: EvseConnector.idOf(chargerDbId, evseId, connectorId),
    connectorId,
    status: toConnectorStatus(state.status),
    errorCode: CONNECTOR_ERROR_CODES.nameOf(state.errorCode),
  });
}

export const VariableMutability = enumOf(['READ_ONLY', 'WRITE_ONLY', 'READ_WRITE'] as const);
export type VariableMutability = keyof typeof VariableMutability;
registerEnumType(VariableMutability, {
  name: 'VariableMutability',
  description: 'Whether the station lets this attribute be read, written or both (OCPP 2.0.1 MutabilityEnumType).',
});

export const VariableDataType = enumOf([
  'STRING',
  'DECIMAL',
  'INTEGER',
  'DATE_TIME',
  'BOOLEAN',
  'OPTION_LIST',
  'SEQUENCE_LIST',
  'MEMBER_LIST',
] as const);
export type VariableDataType = keyof typeof VariableDataType;
registerEnumType(VariableDataType, {
  name: 'VariableDataType',
  description: 'What a variable holds (OCPP 2.0.1 DataEnumType).',
});

/** A stored wire name (ReadOnly, dateTime, OptionList) as its enum value; null when the station sent none we know. */
function enumValueOf<T extends string>(values: Record<T, T>, wire: string | null): T | null {
  const name = wire === null ? null : fromOcppName<T>(wire);
  return name !== null && name in values ? name : null;
}

@ObjectType({ description: 'One attribute of a variable in a station’s device model (OCPP 2.0.1).' })
export class DeviceVariable {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  component!: string;

  @Field(() => String, { nullable: true, description: 'The component instance.' })
  instance!: string | null;

  @Field(() => Int, { nullable: true })
  evseId!: number | null;

  @Field(() => Int, { nullable: true })
  connectorId!: number | null;

  @Field(() => String)
  variable!: string;

  @Field(() => String, { nullable: true })
  variableInstance!: string | null;

  @Field(() => AttributeType)
  attributeType!: AttributeType;

  @Field(() => String, { nullable: true, description: 'Null for secrets (SecurityCtrlr.BasicAuthPassword).' })
  value!: string | null;

  @Field(() => VariableMutability, {
    nullable: true,
    description:
      'As the last report gave it; null when none did (OCPP 2.0.1 reads an omitted mutability as READ_WRITE).',
  })
  mutability!: VariableMutability | null;

  @Field(() => VariableDataType, { nullable: true })
  dataType!: VariableDataType | null;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => Date)
  updatedAt!: Date;

  static from(row: DeviceVariableRow): DeviceVariable {
    const key = [
      row.chargerId,
      row.component,
      row.componentInstance,
      row.evseId,
      row.connectorId,
      row.variable,
      row.variableInstance,
      row.attributeType,
    ];
    return Object.assign(new DeviceVariable(), {
      id: Buffer.from(`DeviceVariable:${JSON.stringify(key)}`).toString('base64url'),
      component: row.component,
      instance: row.componentInstance || null,
      evseId: row.evseId || null,
      connectorId: row.connectorId || null,
      variable: row.variable,
      variableInstance: row.variableInstance || null,
      attributeType: attributeTypeOf(row.attributeType),
      value: row.value,
      mutability: enumValueOf(VariableMutability, row.mutability),
      dataType: enumValueOf(VariableDataType, row.dataType),
      unit: row.unit,
      updatedAt: row.updatedAt,
    });
  }
}

@InputType()
export class DeviceVariableFilter {
  @Field(() => String, { nullable: true, description: 'Component name, case-insensitive.' })
  component?: string | null;

  @Field(() => String, { nullable: true, description: 'Variable name, case-insensitive.' })
  variable?: string | null;
}

@ObjectType({
  description: 'Something a charger reported that has no object of its own (a security event, a boot reason, ...).',
})
export class ChargerEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'SecurityEventNotification, BootReason, DataTransfer, ProtocolQuirk, ...' })
  type!: string;

  @Field(() => JSONScalar, {
    description: 'The message as the charger sent it: any of dozens of actions and vendor extensions, so untyped JSON.',
  })
  payload!: unknown;

  @Field(() => Date)
  timestamp!: Date;

  static from(row: ChargerEventRow): ChargerEvent {
    return Object.assign(new ChargerEvent(), {
      id: Buffer.from(`ChargerEvent:${row.id}`).toString('base64url'),
      type: row.type,
      payload: row.payload,
      timestamp: row.timestamp,
    });
  }
}
