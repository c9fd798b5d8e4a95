import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { ChargeDetailRecordRow } from '../../domain/cdrs/cdr.repository.js';
import { recordFacts } from '../../domain/cdrs/cdr-format.js';
import { Node, toGlobalId } from '../node.js';
import { JSONScalar, SafeIntScalar } from '../scalars.js';
import { Cost } from './money.type.js';

@ObjectType({
  implements: Node,
  description:
    'Written once when a priced session ends and never changed: what was charged, and by which tariff. Its session facts are as they were then.',
})
export class ChargeDetailRecord implements Node {
  @Field(() => ID)
  id!: string;

  dbId!: string;
  sessionDbId!: string;
  chargerDbId!: string;

  @Field(() => Cost)
  cost!: Cost;

  @Field(() => JSONScalar, {
    description:
      'The tariff as locked at session start, with the power type and time zone it was priced in: a frozen copy kept verbatim for audit, so untyped JSON (the priced result is the typed `cost`).',
  })
  tariffSnapshot!: unknown;

  @Field(() => String, { nullable: true })
  transactionId!: string | null;

  @Field(() => Int)
  connectorId!: number;

  @Field(() => String, { nullable: true })
  idTag!: string | null;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  stoppedAt!: Date | null;

  @Field(() => SafeIntScalar, { nullable: true })
  durationSeconds!: number | null;

  @Field(() => SafeIntScalar, { nullable: true })
  meterStartWh!: number | null;

  @Field(() => SafeIntScalar, { nullable: true })
  meterStopWh!: number | null;

  @Field(() => SafeIntScalar, { nullable: true, description: 'meterStopWh - meterStartWh.' })
  energyWh!: number | null;

  @Field(() => String, { nullable: true })
  stopReason!: string | null;

  @Field(() => Date, { description: 'When the record was written (the session had just stopped).' })
  createdAt!: Date;

  static from(row: ChargeDetailRecordRow): ChargeDetailRecord {
    const { cost, chargerId, ...facts } = recordFacts(row);
    return Object.assign(new ChargeDetailRecord(), {
      ...facts,
      id: toGlobalId('ChargeDetailRecord', row.id),
      dbId: row.id,
      sessionDbId: row.sessionId,
      chargerDbId: chargerId,
      cost: Cost.from(cost),
      tariffSnapshot: (row.data as { tariff: unknown }).tariff,
      createdAt: row.createdAt,
    });
  }
}

@InputType({ description: 'from is inclusive, to exclusive; both on when the session stopped.' })
export class ChargeDetailRecordFilter {
  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;

  @Field(() => ID, { nullable: true })
  chargerId?: string | null;

  @Field(() => ID, { nullable: true })
  siteId?: string | null;

  @Field(() => ID, { nullable: true })
  userId?: string | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive, as OCPP compares id tags.' })
  idTag?: string | null;

  @Field(() => ID, { nullable: true })
  tariffId?: string | null;

  @Field(() => String, { nullable: true, description: "The city of the charger's site address; case-insensitive." })
  city?: string | null;
}
