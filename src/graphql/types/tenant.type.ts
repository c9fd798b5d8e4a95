import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { TenantRow } from '../../domain/tenancy/tenant.service.js';
import { Node, toGlobalId } from '../node.js';
import { SafeIntScalar } from '../scalars.js';

@ObjectType({ description: 'Usage figures for a tenant.' })
export class TenantStats {
  @Field(() => Int)
  chargerCount!: number;

  @Field(() => Int)
  onlineChargerCount!: number;

  @Field(() => Int)
  userCount!: number;

  @Field(() => SafeIntScalar, { description: 'OCPP frames in and out, all time (survives log retention).' })
  ocppMessageCount!: number;

  @Field(() => Int)
  activeSessionCount!: number;

  @Field(() => SafeIntScalar)
  energyWh!: number;
}

@ObjectType({ implements: Node, description: 'An operator: its chargers, sites, users and data are its own.' })
export class Tenant implements Node {
  @Field(() => ID)
  id!: string;

  dbId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Short name; part of the OCPP URL.' })
  slug!: string;

  @Field(() => String, { nullable: true })
  customDomain!: string | null;

  @Field(() => Boolean, { description: 'Register unknown chargers as PENDING for an operator to approve.' })
  acceptUnknownChargers!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  static from(row: TenantRow): Tenant {
    return Object.assign(new Tenant(), {
      id: toGlobalId('Tenant', row.id),
      dbId: row.id,
      name: row.name,
      slug: row.slug,
      customDomain: row.customDomain,
      acceptUnknownChargers: row.acceptUnknownChargers,
      createdAt: row.createdAt,
    });
  }
}
