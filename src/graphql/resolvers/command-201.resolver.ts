import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { requireScope, type Context } from '../context.js';
import { ChargingProfilePurpose, CommandOptions, toOcppName } from '../types/command-input.type.js';
import { Command } from '../types/command.type.js';
import { dbIdOf } from '../ids.js';
import { commandArgs, dispatch } from '../command-dispatch.js';

@InputType()
export class GetTransactionStatusInput extends CommandOptions {
  @Field(() => ID) chargerId!: string;
  @Field(() => ID, { nullable: true, description: "One session's transaction; all of the station's when omitted." })
  sessionId?: string | null;
}

@ObjectType()
export class TransactionStatusResult {
  @Field(() => Boolean, { nullable: true, description: 'Whether the transaction still runs (asked for a session).' })
  ongoing!: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the station still has transaction messages to deliver. Null when sent with wait: false.',
  })
  messagesInQueue!: boolean | null;
  @Field(() => Command, { nullable: true, description: 'The GetTransactionStatus command as logged.' })
  command!: Command | null;
}

@InputType()
export class RequestChargingProfilesInput extends CommandOptions {
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
  @Field(() => String, { nullable: true, description: 'Accepted or NoProfiles; null when sent with wait: false.' })
  status!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Null when sent with wait: false.' })
  accepted!: boolean | null;
  @Field(() => Int, {
    description:
      'The requestId the ReportChargingProfiles parts carry (Charger.events(type: "ReportChargingProfiles")).',
  })
  requestId!: number;
  @Field(() => Command, { nullable: true, description: 'The GetChargingProfiles command as logged.' })
  command!: Command | null;
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
    const args = {
      chargerId: dbIdOf('Charger', input.chargerId),
      sessionId: input.sessionId ? dbIdOf('Session', input.sessionId) : null,
    };
    return dispatch(
      input.wait,
      () => ctx.services.commands.getTransactionStatus(requireScope(ctx), args),
      ({ ongoing, messagesInQueue }, command): TransactionStatusResult =>
        Object.assign(new TransactionStatusResult(), { ongoing, messagesInQueue, command }),
      (command) => Object.assign(new TransactionStatusResult(), { ongoing: null, messagesInQueue: null, command }),
    );
  }

  @Authorized('chargers:command')
  @Mutation(() => ChargingProfilesRequestResult, {
    description: 'GetChargingProfiles (OCPP 2.0.1 K09): the station reports what it holds in ReportChargingProfiles.',
  })
  async requestChargingProfiles(
    @Arg('input', () => RequestChargingProfilesInput) input: RequestChargingProfilesInput,
    @Ctx() ctx: Context,
  ): Promise<ChargingProfilesRequestResult> {
    const args = {
      ...commandArgs(input),
      chargerId: dbIdOf('Charger', input.chargerId),
      purpose: input.purpose ? (toOcppName(input.purpose) as never) : null,
    };
    return dispatch(
      input.wait,
      () => ctx.services.commands.requestChargingProfiles(requireScope(ctx), args),
      ({ status, requestId }, command): ChargingProfilesRequestResult =>
        Object.assign(new ChargingProfilesRequestResult(), {
          status,
          accepted: status === 'Accepted',
          requestId,
          command,
        }),
      (command, notes) =>
        Object.assign(new ChargingProfilesRequestResult(), {
          status: null,
          accepted: null,
          requestId: notes.requestId as number,
          command,
        }),
    );
  }
}
