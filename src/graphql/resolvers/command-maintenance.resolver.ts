import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireScope, type Context } from '../context.js';
import {
  ChargerCommandInput,
  ClearChargingProfileInput,
  GetCompositeScheduleInput,
  GetDiagnosticsInput,
  SendLocalListInput,
  SetChargingProfileInput,
  UpdateFirmwareInput,
  toOcppName,
} from '../types/command-input.type.js';
import { CommandResult } from '../types/command.type.js';
import { dbIdOf } from '../ids.js';
import { commandArgs, commandResult } from '../command-dispatch.js';

const compact = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;

/** SmartCharging, LocalAuthListManagement and FirmwareManagement commands. */
@Resolver()
export class CommandMaintenanceResolver {
  @Authorized('chargers:command')
  @Mutation(() => CommandResult, {
    description: 'SetChargingProfile; an accepted profile shows in Charger.chargingProfiles.',
  })
  async setChargingProfile(
    @Arg('input', () => SetChargingProfileInput) input: SetChargingProfileInput,
    @Ctx() ctx: Context,
  ): Promise<CommandResult> {
    const { profile } = input;
    const schedule = profile.chargingSchedule;
    const csChargingProfiles = compact({
      chargingProfileId: profile.chargingProfileId,
      transactionId: profile.transactionId,
      stackLevel: profile.stackLevel,
      chargingProfilePurpose: toOcppName(profile.purpose) as never,
      chargingProfileKind: toOcppName(profile.kind) as never,
      recurrencyKind: profile.recurrencyKind ? (toOcppName(profile.recurrencyKind) as never) : undefined,
      validFrom: profile.validFrom?.toISOString(),
      validTo: profile.validTo?.toISOString(),
      chargingSchedule: compact({
        duration: schedule.duration,
        startSchedule: schedule.startSchedule?.toISOString(),
        chargingRateUnit: schedule.chargingRateUnit,
        chargingSchedulePeriod: schedule.chargingSchedulePeriod.map((p) => compact({ ...p })),
        minChargingRate: schedule.minChargingRate,
      }),
    });
    const chargerId = dbIdOf('Charger', input.chargerId);
    return commandResult(input, () =>
      ctx.services.commands.setChargingProfile(requireScope(ctx), {
        chargerId,
        connectorId: input.connectorId,
        profile: csChargingProfiles,
      }),
    );
  }

  @Authorized('chargers:command')
  @Mutation(() => CommandResult, { description: 'ClearChargingProfile; answers ACCEPTED or UNKNOWN.' })
  async clearChargingProfile(
    @Arg('input', () => ClearChargingProfileInput) input: ClearChargingProfileInput,
    @Ctx() ctx: Context,
  ): Promise<CommandResult> {
    const chargerId = dbIdOf('Charger', input.chargerId);
    const purpose = input.purpose ? (toOcppName(input.purpose) as never) : null;
    return commandResult(input, () =>
      ctx.services.commands.clearChargingProfile(requireScope(ctx), {
        ...commandArgs(input),
        chargerId,
        purpose,
      }),
    );
  }

  @Authorized('chargers:command')
  @Mutation(() => CommandResult, { description: 'GetCompositeSchedule; the schedule is in `response`.' })
  async getCompositeSchedule(
    @Arg('input', () => GetCompositeScheduleInput) input: GetCompositeScheduleInput,
    @Ctx() ctx: Context,
  ): Promise<CommandResult> {
    const chargerId = dbIdOf('Charger', input.chargerId);
    return commandResult(input, () =>
      ctx.services.commands.getCompositeSchedule(requireScope(ctx), { ...commandArgs(input), chargerId }),
    );
  }

  @Authorized('chargers:command')
  @Mutation(() => CommandResult, {
    description: "SendLocalList built from the tenant's id tags; Charger.localListVersion moves on when accepted.",
  })
  async sendLocalList(
    @Arg('input', () => SendLocalListInput) input: SendLocalListInput,
    @Ctx() ctx: Context,
  ): Promise<CommandResult> {
    const chargerId = dbIdOf('Charger', input.chargerId);
    return commandResult(input, () =>
      ctx.services.commands.sendLocalList(requireScope(ctx), { ...commandArgs(input), chargerId }),
    );
  }

  @Authorized('chargers:command')
  @Mutation(() => CommandResult, {
    description: 'GetLocalListVersion; the version is in `response.listVersion` and Charger.localListVersion.',
  })
  async getLocalListVersion(
    @Arg('input', () => ChargerCommandInput) input: ChargerCommandInput,
    @Ctx() ctx: Context,
  ): Promise<CommandResult> {
    const chargerId = dbIdOf('Charger', input.chargerId);
    return commandResult(input, () => ctx.services.commands.getLocalListVersion(requireScope(ctx), chargerId));
  }

  @Authorized('chargers:command')
  @Mutation(() => CommandResult, { description: 'UpdateFirmware; progress shows in Charger.firmwareStatus.' })
  async updateFirmware(
    @Arg('input', () => UpdateFirmwareInput) input: UpdateFirmwareInput,
    @Ctx() ctx: Context,
  ): Promise<CommandResult> {
    const chargerId = dbIdOf('Charger', input.chargerId);
    return commandResult(input, () =>
      ctx.services.commands.updateFirmware(requireScope(ctx), { ...commandArgs(input), chargerId }),
    );
  }

  @Authorized('chargers:command')
  @Mutation(() => CommandResult, {
    description: 'GetDiagnostics; the file name is in `fileName`, progress in Charger.diagnosticsStatus.',
  })
  async getDiagnostics(
    @Arg('input', () => GetDiagnosticsInput) input: GetDiagnosticsInput,
    @Ctx() ctx: Context,
  ): Promise<CommandResult> {
    const chargerId = dbIdOf('Charger', input.chargerId);
    return commandResult(input, () =>
      ctx.services.commands.getDiagnostics(requireScope(ctx), { ...commandArgs(input), chargerId }),
    );
  }
}
