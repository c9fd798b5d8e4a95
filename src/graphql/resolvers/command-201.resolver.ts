import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { requireScope, type Context } from '../context.js';
import { ChargingProfilePurpose, toOcppName } from '../types/command-input.type.js';
import { dbIdOf } from '../ids.js';

@InputType()
export class GetTransactionStatusInput {
  @Field(() => ID) chargerId!: string;
  @Field(() => ID, { nullable: true, description: "One session's transaction; all of the station's when omitted." })
  sessionId?: string | null;
}

@ObjectType()
export class TransactionStatusResult {
  @Field(() => Boolean, { nullable: true, description: 'Whether the transaction still runs (asked for a session).' })
  ongoing!: boolean | null;
  @Field(() => Boolean, { description: 'Whether the station still has transaction messages to deliver.' })
  messagesInQueue!: boolean;
}

@InputType()
export class RequestChargingProfilesInput {
  @Field(() => ID) chargerId!: string;
  @Field(() => Int, { nullable: true, description: 'The EVSE (0: the station itself); all when omitted.' })
  connectorId?: number | null;
  @Field(() => ChargingProfilePurpose, { nullable: true }) purpose?: ChargingProfilePurpose | null;
  @Field(() => Int, { nullable: true }) stackLevel?: number | null;
  @Field(() => [Int], { nullable: true, description: 'These profile ids (the other criteria are then ignored).' })
  chargingProfileIds?: number[] | null;
}

@ObjectType()
export class ChargingProfilesRequestResult {
  @Field(() => String, { description: 'Accepted or NoProfiles.' }) status!: string;
  @Field(() => Boolean) accepted!: boolean;
  @Field(() => Int, {
    description:
      'The requestId the ReportChargingProfiles parts carry (Charger.events(type: "ReportChargingProfiles")).',
  })
  requestId!: number;
}

/** OCPP 2.0.1 commands with no 1.6 equivalent: a 1.6 charger gets NOT_SUPPORTED_BY_PROTOCOL, nothing sent. */
@Resolver()
export class Command201Resolver {
  @Authorized('chargers:command')
  @Mutation(() => TransactionStatusResult, { description: 'GetTransactionStatus (OCPP 2.0.1 E14).' })
  async getTransactionStatus(
    @Arg('input', () => GetTransactionStatusInput) input: GetTransactionStatusInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionStatusResult> {
    const answer = await ctx.services.commands.getTransactionStatus(requireScope(ctx), {
      chargerId: dbIdOf('Charger', input.chargerId),
      sessionId: input.sessionId ? dbIdOf('Session', input.sessionId) : null,
    });
    return Object.assign(new TransactionStatusResult(), {
      ongoing: answer.ongoing,
      messagesInQueue: answer.messagesInQueue,
    });
  }

  @Authorized('chargers:command')
  @Mutation(() => ChargingProfilesRequestResult, {
    description: 'GetChargingProfiles (OCPP 2.0.1 K09): the station reports what it holds in ReportChargingProfiles.',
  })
  async requestChargingProfiles(
    @Arg('input', () => RequestChargingProfilesInput) input: RequestChargingProfilesInput,
    @Ctx() ctx: Context,
  ): Promise<ChargingProfilesRequestResult> {
    const answer = await ctx.services.commands.requestChargingProfiles(requireScope(ctx), {
      ...input,
      chargerId: dbIdOf('Charger', input.chargerId),
      purpose: input.purpose ? (toOcppName(input.purpose) as never) : null,
    });
    return Object.assign(new ChargingProfilesRequestResult(), {
      status: answer.status,
      accepted: answer.status === 'Accepted',
      requestId: answer.requestId,
    });
  }
}
