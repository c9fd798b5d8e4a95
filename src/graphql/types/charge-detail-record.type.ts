import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { ChargeDetailRecordRow } from '../../domain/cdrs/cdr.repository.js';
import { recordFacts } from '../../domain/cdrs/cdr-format.js';
import { Node, toGlobalId } from '../node.js';
import { SafeIntScalar } from '../scalars.js';
import { Cost } from './money.type.js';
import { StopReason } from './ocpp-word-enums.js';
import { TariffSnapshot } from './tariff-snapshot.type.js';
import { tariffSnapshotOf } from '../../domain/cdrs/tariff-snapshot.js';
import { STOP_REASONS } from '../../domain/ocpp-report-words.js';

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

  row!: ChargeDetailRecordRow;

  // Read only when asked for: most lists of records never select it.
  @Field(() => TariffSnapshot)
  get tariffSnapshot(): TariffSnapshot {
    return TariffSnapshot.from(tariffSnapshotOf(this.row));
  }

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

  @Field(() => StopReason, { nullable: true })
  stopReason!: string | null;

  @Field(() => Date, { description: 'When the record was written (the session had just stopped).' })
  createdAt!: Date;

  static from(row: ChargeDetailRecordRow): ChargeDetailRecord {
    const { cost, chargerId, ...facts } = recordFacts(row);
    return Object.assign(new ChargeDetailRecord(), {
      ...facts,
      stopReason: STOP_REASONS.nameOrNull(facts.stopReason),
      id: toGlobalId('ChargeDetailRecord', row.id),
      dbId: row.id,
      sessionDbId: row.sessionId,
      chargerDbId: chargerId,
      cost: Cost.from(cost),
      row,
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
