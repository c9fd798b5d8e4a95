import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { StatusHistoryRow } from '../../domain/chargers/charger-details.repository.js';
import { toGlobalId } from '../node.js';
import { ConnectorStatus, toConnectorStatus } from './enums.js';
import { ConnectorErrorCode } from './ocpp-word-enums.js';
import { CONNECTOR_ERROR_CODES } from '../../domain/ocpp-report-words.js';
import { SafeIntScalar } from '../scalars.js';

@ObjectType({ description: 'A StatusNotification as the charger sent it.' })
export class ConnectorStatusChange {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '0 for the charger itself; OCPP 2.0.1: the EVSE id.' })
  connectorId!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'OCPP 2.0.1: the connector within the EVSE that reported (this status is its own); null for 1.6.',
  })
  evseConnectorId!: number | null;

  @Field(() => ConnectorStatus)
  status!: ConnectorStatus;

  @Field(() => ConnectorErrorCode)
  errorCode!: string;

  @Field(() => String, { nullable: true })
  info!: string | null;

  @Field(() => String, { nullable: true })
  vendorErrorCode!: string | null;

  @Field(() => Date, { description: "The charger's own timestamp (or when we received it, when it sent none)." })
  timestamp!: Date;

  static from(row: StatusHistoryRow): ConnectorStatusChange {
    return Object.assign(new ConnectorStatusChange(), {
      ...row,
      id: toGlobalId('ConnectorStatusChange', String(row.id)),
      status: toConnectorStatus(row.status),
      errorCode: CONNECTOR_ERROR_CODES.nameOf(row.errorCode),
    });
  }
}

@ObjectType({ description: 'All-time figures of one charger.' })
export class ChargerTotals {
  @Field(() => Int)
  sessionCount!: number;

  @Field(() => SafeIntScalar)
  energyWh!: number;
}

export enum PlugType {
  TYPE_1 = 'TYPE_1',
  TYPE_2 = 'TYPE_2',
  CCS_1 = 'CCS_1',
  CCS_2 = 'CCS_2',
  CHADEMO = 'CHADEMO',
  GB_T_AC = 'GB_T_AC',
  GB_T_DC = 'GB_T_DC',
  NACS = 'NACS',
  DOMESTIC = 'DOMESTIC',
  OTHER = 'OTHER',
}
registerEnumType(PlugType, {
  name: 'PlugType',
  description: 'The plug or socket of a connector; OCPP 1.6 does not report it, so the operator sets it.',
});

export enum PowerType {
  AC = 'AC',
  DC = 'DC',
}
registerEnumType(PowerType, { name: 'PowerType' });
