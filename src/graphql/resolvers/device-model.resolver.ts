import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  registerEnumType,
  Resolver,
} from 'type-graphql';
import type { VariableResult } from '../../domain/commands/device-model.commands.js';
import { requireScope, type Context } from '../context.js';
import { dbIdOf } from '../ids.js';
import { dispatch } from '../command-dispatch.js';
import {
  AttributeType,
  attributeTypeOf,
  CommandOptions,
  enumOf,
  fromOcppName,
  toOcppName,
} from '../types/command-input.type.js';
import { Command } from '../types/command.type.js';

export enum ReportBase {
  FULL_INVENTORY = 'FullInventory',
  CONFIGURATION_INVENTORY = 'ConfigurationInventory',
  SUMMARY_INVENTORY = 'SummaryInventory',
}
registerEnumType(ReportBase, { name: 'ReportBase', description: 'OCPP 2.0.1 GetBaseReport reportBase.' });

export const VariableStatus = enumOf([
  'ACCEPTED',
  'REJECTED',
  'UNKNOWN_COMPONENT',
  'UNKNOWN_VARIABLE',
  'NOT_SUPPORTED_ATTRIBUTE_TYPE',
  'REBOOT_REQUIRED',
] as const);
export type VariableStatus = keyof typeof VariableStatus;
registerEnumType(VariableStatus, {
  name: 'VariableStatus',
  description:
    "A station's answer for one variable (OCPP 2.0.1 GetVariableStatus / SetVariableStatus). REBOOT_REQUIRED: set, takes effect after a reboot.",
});

/** The station's word as the enum; a word OCPP does not define reads REJECTED (nothing was done). */
function variableStatusOf(wire: string): VariableStatus {
  const name = fromOcppName<VariableStatus>(wire);
  return name in VariableStatus ? name : 'REJECTED';
}

@InputType({ description: 'A variable of a component (OCPP 2.0.1 device model).' })
export class VariableAddressInput {
  @Field(() => String) component!: string;
  @Field(() => String, { nullable: true, description: 'The component instance.' }) instance?: string | null;
  @Field(() => Int, { nullable: true }) evseId?: number | null;
  @Field(() => Int, { nullable: true }) connectorId?: number | null;
  @Field(() => String) variable!: string;
  @Field(() => String, { nullable: true }) variableInstance?: string | null;
  @Field(() => AttributeType, { nullable: true, description: 'ACTUAL when omitted.' })
  attributeType?: AttributeType | null;
}

@InputType()
export class VariableValueInput extends VariableAddressInput {
  @Field(() => String) value!: string;
}

@InputType()
export class GetVariablesInput extends CommandOptions {
  @Field(() => ID) chargerId!: string;
  @Field(() => [VariableAddressInput]) variables!: VariableAddressInput[];
}

@InputType()
export class SetVariablesInput extends CommandOptions {
  @Field(() => ID) chargerId!: string;
  @Field(() => [VariableValueInput]) variables!: VariableValueInput[];
}

@InputType()
export class RequestBaseReportInput extends CommandOptions {
  @Field(() => ID) chargerId!: string;
  @Field(() => ReportBase) reportBase!: ReportBase;
}

@ObjectType({ description: "One variable's outcome, with the station's own status." })
export class VariableResultType {
  @Field(() => String) component!: string;
  @Field(() => String, { nullable: true }) instance!: string | null;
  @Field(() => Int, { nullable: true }) evseId!: number | null;
  @Field(() => Int, { nullable: true }) connectorId!: number | null;
  @Field(() => String) variable!: string;
  @Field(() => String, { nullable: true }) variableInstance!: string | null;
  @Field(() => AttributeType) attributeType!: AttributeType;
  @Field(() => VariableStatus, { description: "The station's answer for this variable." })
  status!: VariableStatus;
  @Field(() => String, { nullable: true, description: 'Null for secrets.' }) value!: string | null;

  static from(r: VariableResult): VariableResultType {
    return Object.assign(new VariableResultType(), {
      component: r.component,
      instance: r.componentInstance ?? null,
      evseId: r.evseId ?? null,
      connectorId: r.connectorId ?? null,
      variable: r.variable,
      variableInstance: r.variableInstance ?? null,
      attributeType: attributeTypeOf(r.attributeType),
      status: variableStatusOf(r.status),
      value: r.value,
    });
  }
}

@ObjectType({ description: "The station's answer to GetVariables or SetVariables, one result per variable." })
export class VariablesResult {
  @Field(() => [VariableResultType], {
    nullable: true,
    description: 'In the order asked. Null when sent with wait: false (the answer is then in command.response).',
  })
  results!: VariableResultType[] | null;
  @Field(() => Command, { nullable: true, description: 'The GetVariables or SetVariables command as logged.' })
  command!: Command | null;
}

@ObjectType()
export class BaseReportResult {
  @Field(() => String, {
    nullable: true,
    description: 'Accepted, Rejected, NotSupported, EmptyResultSet; null when sent with wait: false.',
  })
  status!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Null when sent with wait: false.' }) accepted!: boolean | null;
  @Field(() => Int, { description: 'The requestId the NotifyReport parts will carry.' }) requestId!: number;
  @Field(() => Command, { nullable: true, description: 'The GetBaseReport command as logged.' })
  command!: Command | null;
}

const variablesResult = (results: VariableResult[] | null, command: Command | null) =>
  Object.assign(new VariablesResult(), { results: results?.map(VariableResultType.from) ?? null, command });

const toAddress = <V extends VariableAddressInput>(v: V) => ({
  ...v,
  componentInstance: v.instance ?? null,
  attributeType: v.attributeType ? toOcppName(v.attributeType) : null,
});

/** OCPP 2.0.1 device model commands; a 1.6 charger answers NOT_SUPPORTED_BY_PROTOCOL before anything is sent. */
@Resolver()
export class DeviceModelResolver {
  @Authorized('chargers:command')
  @Mutation(() => VariablesResult, { description: 'GetVariables (OCPP 2.0.1 B06); accepted values are stored.' })
  async getVariables(@Arg('input', () => GetVariablesInput) input: GetVariablesInput, @Ctx() ctx: Context) {
    const args = { chargerId: dbIdOf('Charger', input.chargerId), variables: input.variables.map(toAddress) };
    return dispatch(
      input.wait,
      () => ctx.services.commands.getVariables(requireScope(ctx), args),
      (answer, command) => variablesResult(answer.results, command),
      (command) => variablesResult(null, command),
    );
  }

  @Authorized('chargers:command')
  @Mutation(() => VariablesResult, {
    description:
      'SetVariables (OCPP 2.0.1 B05); SecurityCtrlr.BasicAuthPassword, once accepted, is the password the station must present next.',
  })
  async setVariables(@Arg('input', () => SetVariablesInput) input: SetVariablesInput, @Ctx() ctx: Context) {
    const args = { chargerId: dbIdOf('Charger', input.chargerId), variables: input.variables.map(toAddress) };
    return dispatch(
      input.wait,
      () => ctx.services.commands.setVariables(requireScope(ctx), args),
      (answer, command) => variablesResult(answer.results, command),
      (command) => variablesResult(null, command),
    );
  }

  @Authorized('chargers:command')
  @Mutation(() => BaseReportResult, {
    description:
      'GetBaseReport (OCPP 2.0.1 B07): the station then sends NotifyReport parts, stored as its device model.',
  })
  async requestBaseReport(
    @Arg('input', () => RequestBaseReportInput) input: RequestBaseReportInput,
    @Ctx() ctx: Context,
  ) {
    const args = { chargerId: dbIdOf('Charger', input.chargerId), reportBase: input.reportBase };
    return dispatch(
      input.wait,
      () => ctx.services.commands.requestBaseReport(requireScope(ctx), args),
      ({ status, requestId }, command): BaseReportResult =>
        Object.assign(new BaseReportResult(), { status, accepted: status === 'Accepted', requestId, command }),
      (command, notes) =>
        Object.assign(new BaseReportResult(), {
          status: null,
          accepted: null,
          requestId: notes.requestId as number,
          command,
        }),
    );
  }
}
