import { Field, Int, ObjectType } from 'type-graphql';
import { Charger, Connector } from './charger.type.js';
import { ConnectorStatus } from './enums.js';
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

  @Field(() => Int, { description: '0 for the charger itself.' })
  connectorId!: number;

  @Field(() => ConnectorStatus)
  status!: ConnectorStatus;

  @Field(() => Boolean)
  online!: boolean;

  @Field(() => String, { description: 'The OCPP errorCode as sent, e.g. NoError.' })
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
