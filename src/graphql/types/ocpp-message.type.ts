import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { JSONScalar } from '../scalars.js';

export enum MessageDirection {
  IN = 'IN',
  OUT = 'OUT',
}
registerEnumType(MessageDirection, {
  name: 'MessageDirection',
  valuesConfig: { IN: { description: 'From the charger' }, OUT: { description: 'To the charger' } },
});

export enum OcppMessageType {
  CALL = 'CALL',
  CALLRESULT = 'CALLRESULT',
  CALLERROR = 'CALLERROR',
}
registerEnumType(OcppMessageType, { name: 'OcppMessageType' });

@ObjectType({ description: 'One OCPP frame, in or out, as kept in the message log.' })
export class OcppMessage {
  @Field(() => ID)
  id!: string;

  chargerDbId!: string;

  @Field(() => MessageDirection)
  direction!: MessageDirection;

  @Field(() => String, { nullable: true, description: "The CALL's action; a response carries the action of its CALL." })
  action!: string | null;

  @Field(() => OcppMessageType)
  messageType!: OcppMessageType;

  @Field(() => String)
  uniqueId!: string;

  @Field(() => JSONScalar, { nullable: true })
  payload!: unknown;

  @Field(() => Date)
  timestamp!: Date;
}
