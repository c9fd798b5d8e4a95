import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { ConnectorRow } from '../../domain/chargers/charger.repository.js';
import type { ChargerEventRow } from '../../domain/chargers/charger-events.repository.js';
import { JSONScalar } from '../scalars.js';
import type { DeviceVariableRow } from '../../domain/chargers/device-model.service.js';
import { toGlobalId } from '../node.js';

@ObjectType({ description: 'A connector as its EVSE holds it (OCPP 2.0.1 numbering within the EVSE).' })
export class EvseConnector {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'OCPP 2.0.1: the connector within its EVSE. OCPP 1.6: the connector id.' })
  connectorId!: number;

  @Field(() => String, { description: 'Status in SCREAMING_CASE, e.g. AVAILABLE, CHARGING.' })
  status!: string;

  @Field(() => String, { description: 'The OCPP errorCode as sent (1.6); NoError for 2.0.1.' })
  errorCode!: string;

  @Field(() => Date, { nullable: true })
  statusAt!: Date | null;
}

@ObjectType({
  description:
    'An EVSE: the part of a charger that charges one vehicle at a time (OCPP 2.0.1). A 1.6 charger shows each connector as an EVSE of its own.',
})
export class Evse {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The EVSE id; commands and sessions name it as their connectorId.' })
  evseId!: number;

  @Field(() => [EvseConnector])
  connectors!: EvseConnector[];

  /** One row per EVSE (connectors.connector_id is our position: the 1.6 connector, the 2.0.1 EVSE). */
  static fromConnectors(chargerDbId: string, rows: ConnectorRow[]): Evse[] {
    return rows
      .filter((r) => r.connectorId > 0)
      .sort((a, b) => a.connectorId - b.connectorId)
      .map((r) =>
        Object.assign(new Evse(), {
          id: toGlobalId('Evse', r.id),
          evseId: r.connectorId,
          connectors: [
            Object.assign(new EvseConnector(), {
              id: toGlobalId('EvseConnector', r.id),
              connectorId: r.evseConnectorId ?? r.connectorId,
              status: r.status,
              errorCode: r.errorCode,
              statusAt: r.statusAt,
            }),
          ],
        }),
      );
  }
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

  @Field(() => String, { description: 'Actual, Target, MinSet or MaxSet.' })
  attributeType!: string;

  @Field(() => String, { nullable: true, description: 'Null for secrets (SecurityCtrlr.BasicAuthPassword).' })
  value!: string | null;

  @Field(() => String, { nullable: true, description: 'ReadOnly, WriteOnly or ReadWrite.' })
  mutability!: string | null;

  @Field(() => String, { nullable: true })
  dataType!: string | null;

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
      attributeType: row.attributeType,
      value: row.value,
      mutability: row.mutability,
      dataType: row.dataType,
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

  @Field(() => JSONScalar, { description: 'The message as the charger sent it.' })
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
