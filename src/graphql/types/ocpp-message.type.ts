import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../node.js';
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
  @Field(() => ID, { description: 'The same in the `ocppMessages` query and subscription.' })
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

  @Field(() => JSONScalar, {
    nullable: true,
    description:
      "The frame's payload as it went over the wire (any action, 1.6 or 2.0.1), so untyped JSON; a CALLERROR reads { errorCode errorDescription errorDetails }. Secrets sent to a station are masked.",
  })
  payload!: unknown;

  @Field(() => Date)
  timestamp!: Date;
}

/** Both doors (the log query and the live subscription) build the message from these facts. */
export function toOcppMessage(m: {
  messageId: string;
  chargerId: string;
  direction: string;
  messageType: string;
  action: string | null;
  uniqueId: string;
  payload: unknown;
  timestamp: Date;
}): OcppMessage {
  return Object.assign(new OcppMessage(), {
    id: toGlobalId('OcppMessage', m.messageId),
    chargerDbId: m.chargerId,
    direction: m.direction as MessageDirection,
    action: m.action,
    messageType: m.messageType as OcppMessageType,
    uniqueId: m.uniqueId,
    payload: m.payload,
    timestamp: m.timestamp,
  });
}
