import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  registerEnumType,
  Resolver,
} from 'type-graphql';
import { requireScope, type Context } from '../context.js';
import { commandArgs, dispatch } from '../command-dispatch.js';
import { dbIdOf } from '../ids.js';
import { CommandOptions } from '../types/command-input.type.js';
import { Command } from '../types/command.type.js';

// DataTransfer.conf status (OCPP 1.6 §6.18), SCREAMING_CASE like every enum of the API.
const STATUSES = {
  Accepted: 'ACCEPTED',
  Rejected: 'REJECTED',
  UnknownMessageId: 'UNKNOWN_MESSAGE_ID',
  UnknownVendorId: 'UNKNOWN_VENDOR_ID',
} as const;
export const DataTransferStatus = Object.fromEntries(Object.values(STATUSES).map((v) => [v, v])) as {
  [K in (typeof STATUSES)[keyof typeof STATUSES]]: K;
};
export type DataTransferStatus = keyof typeof DataTransferStatus;
registerEnumType(DataTransferStatus, { name: 'DataTransferStatus' });

@InputType()
export class DataTransferInput extends CommandOptions {
  @Field(() => ID) chargerId!: string;
  @Field(() => String, { description: 'Vendor identification, e.g. a reversed DNS name (at most 255 characters).' })
  vendorId!: string;
  @Field(() => String, { nullable: true, description: 'Message identification (at most 50 characters).' })
  messageId?: string | null;
  @Field(() => String, { nullable: true, description: 'Sent as is; JSON goes as a string.' })
  data?: string | null;
}

@ObjectType({ description: "The charger's answer to a DataTransfer." })
export class DataTransferResult {
  @Field(() => DataTransferStatus, { nullable: true, description: 'Null when sent with wait: false.' })
  status!: DataTransferStatus | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'True when the charger answered ACCEPTED. Null when sent with wait: false.',
  })
  accepted!: boolean | null;
  @Field(() => String, { nullable: true, description: "The charger's data, as it sent it." }) data!: string | null;
  @Field(() => Command, { nullable: true, description: 'The DataTransfer command as logged.' })
  command!: Command | null;
}

@Resolver()
export class DataTransferResolver {
  @Authorized('chargers:command')
  @Mutation(() => DataTransferResult, {
    description: 'DataTransfer to the charger (OCPP 1.6 §5.6): vendor-specific data, answered by the charger.',
  })
  async dataTransfer(
    @Arg('input', () => DataTransferInput) input: DataTransferInput,
    @Ctx() ctx: Context,
  ): Promise<DataTransferResult> {
    const chargerId = dbIdOf('Charger', input.chargerId);
    return dispatch(
      input.wait,
      () => ctx.services.commands.dataTransfer(requireScope(ctx), { ...commandArgs(input), chargerId }),
      (answer, command): DataTransferResult => {
        const data = answer.response.data;
        return Object.assign(new DataTransferResult(), {
          status: STATUSES[answer.status as keyof typeof STATUSES] ?? 'REJECTED',
          accepted: answer.status === 'Accepted',
          data: typeof data === 'string' ? data : data === undefined ? null : JSON.stringify(data),
          command,
        });
      },
      (command) => Object.assign(new DataTransferResult(), { status: null, accepted: null, data: null, command }),
    );
  }
}
