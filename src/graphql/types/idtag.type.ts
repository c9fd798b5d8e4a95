import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { IdTagRow } from '../../domain/idtags/idtag.repository.js';
import type { ReservationRow } from '../../domain/reservations/reservation-query.repository.js';
import { Node, toGlobalId } from '../node.js';

export type { IdTagRow, ReservationRow };

export enum IdTagStatus {
  ACCEPTED = 'ACCEPTED',
  BLOCKED = 'BLOCKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(IdTagStatus, { name: 'IdTagStatus' });

@ObjectType({ implements: Node, description: 'An RFID card or app token a driver authorizes with.' })
export class IdTag implements Node {
  @Field(() => ID)
  id!: string;

  dbId!: string;
  tenantId!: string;
  userDbId!: string | null;

  @Field(() => String)
  value!: string;

  @Field(() => IdTagStatus)
  status!: IdTagStatus;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => String, { nullable: true })
  parentIdTag!: string | null;

  @Field(() => String, { nullable: true, description: 'A group for pricing: tariffs can be offered to it.' })
  groupName!: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Load management: a session of this tag ranks at the higher of this and its charger's priority on the circuit (PRIORITY circuits fill higher first; any circuit holds the lowest at 0 first). Null: the charger's alone.",
  })
  chargingPriority!: number | null;

  static from(row: IdTagRow): IdTag {
    return Object.assign(new IdTag(), {
      id: toGlobalId('IdTag', row.id),
      dbId: row.id,
      tenantId: row.tenantId,
      userDbId: row.userId,
      value: row.value,
      status: row.status as IdTagStatus,
      expiresAt: row.expiresAt,
      parentIdTag: row.parentIdTag,
      groupName: row.groupName,
      chargingPriority: row.chargingPriority,
    });
  }
}

export enum ReservationStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  USED = 'USED',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
  REJECTED = 'REJECTED',
  FAILED = 'FAILED',
}
registerEnumType(ReservationStatus, {
  name: 'ReservationStatus',
  valuesConfig: {
    PENDING: { description: 'Sent to the charger (reserveNow with wait: false); no answer yet.' },
    REJECTED: { description: 'The charger refused the reservation; its answer is in `answer`.' },
    FAILED: { description: 'The charger never answered (offline, timeout, CALLERROR): see the command.' },
  },
});

@ObjectType({ implements: Node })
export class Reservation implements Node {
  @Field(() => ID)
  id!: string;

  dbId!: string;
  tenantId!: string;
  chargerDbId!: string;

  @Field(() => Int, { description: 'The OCPP reservationId.' })
  reservationId!: number;

  @Field(() => Int)
  connectorId!: number;

  @Field(() => String)
  idTag!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => ReservationStatus)
  status!: ReservationStatus;

  @Field(() => String, {
    nullable: true,
    description:
      "The charger's own answer to ReserveNow (Accepted, Occupied, Faulted, Rejected, Unavailable); the enum is `status` (ReservationStatus).",
  })
  answer!: string | null;

  static from(row: ReservationRow): Reservation {
    return Object.assign(new Reservation(), {
      id: toGlobalId('Reservation', row.id),
      dbId: row.id,
      tenantId: row.tenantId,
      chargerDbId: row.chargerId,
      reservationId: row.reservationId,
      connectorId: row.connectorId,
      idTag: row.idTag,
      expiresAt: row.expiresAt,
      status: row.status as ReservationStatus,
      answer: row.answer,
    });
  }
}
