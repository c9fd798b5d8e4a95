import { Field, Int, ObjectType } from 'type-graphql';
import { Charger, Connector } from './charger.type.js';
import { ConnectorStatus } from './enums.js';
import { ConnectorErrorCode } from './ocpp-word-enums.js';
import { Evse } from './evse.type.js';
import { MeterValue, Session } from './session.type.js';

// Live events carry whole objects (resolved in live-events.resolver.ts), so a client's cache is
// updated by the event itself: no second query per event.

@ObjectType({
  description:
    'A connector status change (connector set), or the charger-level status and the charger going online/offline (connector null).',
})
export class ChargerStatusEvent {
  chargerDbId!: string;
  /** The domain event this was made from: reads are shared per event (graphql/shared-reads.ts). */
  source!: object;

  @Field(() => Charger)
  charger!: Charger;

  @Field(() => Connector, { nullable: true, description: "Null for the charger's own status (OCPP connector 0)." })
  connector!: Connector | null;

  @Field(() => Int, { description: '0 for the charger itself; OCPP 2.0.1: the EVSE id (evseId).' })
  connectorId!: number;

  @Field(() => Int, {
    description: 'The EVSE (OCPP 1.6: the connector, an EVSE of its own); 0 for the charger itself.',
  })
  evseId!: number;

  @Field(() => Evse, {
    nullable: true,
    description: 'The EVSE with all its connectors as stored now; null for the charger itself.',
  })
  evse!: Evse | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The connector within the EVSE this report is about (OCPP 2.0.1 StatusNotification connectorId; 1 for a 1.6 connector); null for the charger or the EVSE as a whole.',
  })
  evseConnectorId!: number | null;

  @Field(() => ConnectorStatus, {
    nullable: true,
    description:
      'That connector’s own status; `status` is the EVSE’s as a whole (they differ when an EVSE has several connectors).',
  })
  evseConnectorStatus!: ConnectorStatus | null;

  @Field(() => ConnectorStatus, { description: 'The status of the connector (OCPP 2.0.1: of the EVSE as a whole).' })
  status!: ConnectorStatus;

  @Field(() => Boolean)
  online!: boolean;

  @Field(() => ConnectorErrorCode, { description: 'E.g. NO_ERROR, GROUND_FAILURE.' })
  errorCode!: string;

  @Field(() => Date)
  timestamp!: Date;
}

@ObjectType({ description: 'Values one charger sampled at one moment.' })
export class MeterValuesEvent {
  chargerDbId!: string;
  /** The domain event this was made from: reads are shared per event (graphql/shared-reads.ts). */
  source!: object;
  sessionDbId!: string | null;

  @Field(() => Charger)
  charger!: Charger;

  @Field(() => Connector, { nullable: true, description: 'Null for values of the whole charger (connector 0).' })
  connector!: Connector | null;

  @Field(() => Int, { description: '0 for the whole charger.' })
  connectorId!: number;

  @Field(() => Session, { nullable: true, description: 'Null for connector-0 or no-transaction values.' })
  session!: Session | null;

  @Field(() => Date)
  timestamp!: Date;

  @Field(() => [MeterValue])
  values!: MeterValue[];
}
