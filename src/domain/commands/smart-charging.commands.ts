import type { ChargerRow } from '../chargers/charger.repository.js';
import { InputChecker, InvalidInputError } from '../errors.js';
import { assertCan } from '../policy.js';
import type { Scope } from '../scope.js';
import { k01Problems, scheduleProblems, type ProfileFacts } from './charging-profile-rules.js';
import { noteForCaller, type CommandAnswer, type CommandSender } from './command-sender.js';
import type { ChargingProfileRow, CommandStateRepository } from './command-state.repository.js';

export type { ChargingProfileRow };

/** csChargingProfiles as OCPP 1.6 §7.8 spells it (PascalCase enums, ISO dates). */
export interface OcppChargingProfile {
  chargingProfileId: number;
  /** 1.6: our transactionId; 2.0.1: the station's own (a string). */
  transactionId?: number | string;
  stackLevel: number;
  chargingProfilePurpose: 'ChargePointMaxProfile' | 'TxDefaultProfile' | 'TxProfile';
  chargingProfileKind: 'Absolute' | 'Recurring' | 'Relative';
  recurrencyKind?: 'Daily' | 'Weekly';
  validFrom?: string;
  validTo?: string;
  chargingSchedule: ProfileFacts['chargingSchedule'] & Record<string, unknown>;
}

export const PROFILE_REPORT_PURPOSES = ['ChargePointMaxProfile', 'TxDefaultProfile', 'TxProfile'] as const;

export interface ClearChargingProfileInput {
  chargerId: string;
  chargingProfileId?: number | null;
  connectorId?: number | null;
  purpose?: OcppChargingProfile['chargingProfilePurpose'] | null;
  stackLevel?: number | null;
}

/** SmartCharging (OCPP 1.6 §3.13, §5.16, §5.5, §5.7): profiles the charger Accepted are kept per charger. */
export function createSmartChargingCommands(deps: { state: CommandStateRepository; sender: CommandSender }) {
  const { state, sender } = deps;
  let nextRequestId = Math.floor(Math.random() * 2 ** 30);

  /**
   * A 2.0.1 profile as the station must receive it (K01): a TxProfile names the station's own
   * transaction running on the EVSE; every K01 rule is checked against what the charger holds.
   */
  async function checkedFor201(scope: Scope, charger: ChargerRow, connectorId: number, profile: OcppChargingProfile) {
    const [installed, runningTransactionId] = await Promise.all([
      state.activeProfiles(scope, [charger.id]),
      state.runningStationTransaction(scope, charger.id, connectorId),
    ]);
    const problems = k01Problems({
      connectorId,
      profile,
      runningTransactionId,
      installed: installed.map((r) => ({ connectorId: r.connectorId, profile: r.profile as ProfileFacts })),
    });
    if (problems.length) throw new InvalidInputError(problems);
    return profile.chargingProfilePurpose === 'TxProfile'
      ? { ...profile, transactionId: runningTransactionId! }
      : profile;
  }

  return {
    async setChargingProfile(
      scope: Scope,
      input: { chargerId: string; connectorId: number; profile: OcppChargingProfile },
    ): Promise<CommandAnswer> {
      assertCan(scope, 'chargers:command');
      new InputChecker()
        .check(
          input.profile.chargingProfilePurpose !== 'TxProfile' || input.connectorId > 0,
          'connectorId',
          'a TX_PROFILE needs a connector > 0',
        )
        .check(
          input.profile.chargingProfilePurpose !== 'ChargePointMaxProfile' || input.connectorId === 0,
          'connectorId',
          'a CHARGE_POINT_MAX_PROFILE applies to connector 0',
        )
        .check(
          input.profile.chargingProfileKind !== 'Recurring' || !!input.profile.recurrencyKind,
          'recurrencyKind',
          'required for a RECURRING profile',
        )
        .throwIfAny();
      const scheduleIssues = scheduleProblems(input.profile.chargingSchedule);
      if (scheduleIssues.length) throw new InvalidInputError(scheduleIssues);
      const charger = await sender.charger(scope, input.chargerId);
      await sender.assertConnector(scope, charger, input.connectorId, { allowZero: true });
      // K01 is checked for the version the charger speaks now (it may switch on a reconnect).
      const version = sender.versionOf(charger);
      const is201 = version === '2.0.1';
      const profile = is201 ? await checkedFor201(scope, charger, input.connectorId, input.profile) : input.profile;
      const answer = await sender.command(
        scope,
        charger,
        'SetChargingProfile',
        { connectorId: input.connectorId, csChargingProfiles: profile },
        version ? { checkedFor: version } : undefined,
      );
      if (answer.status !== 'Accepted') return answer;
      // A new profile replaces one with the same id, or (1.6 §3.13.2; 2.0.1 refused that above) with the
      // same stackLevel and purpose on the connector.
      await state.replaceProfile(scope, charger, input.connectorId, profile, { sameLevelReplaces: !is201 });
      return answer;
    },

    async clearChargingProfile(scope: Scope, input: ClearChargingProfileInput): Promise<CommandAnswer> {
      assertCan(scope, 'chargers:command');
      const charger = await sender.charger(scope, input.chargerId);
      const payload = {
        ...(input.chargingProfileId != null ? { id: input.chargingProfileId } : {}),
        ...(input.connectorId != null ? { connectorId: input.connectorId } : {}),
        ...(input.purpose ? { chargingProfilePurpose: input.purpose } : {}),
        ...(input.stackLevel != null ? { stackLevel: input.stackLevel } : {}),
      };
      const answer = await sender.command(scope, charger, 'ClearChargingProfile', payload);
      if (answer.status !== 'Accepted') return answer;
      await state.clearProfiles(scope, charger.id, input);
      return answer;
    },

    /**
     * GetChargingProfiles (OCPP 2.0.1 K09): the station answers Accepted or NoProfiles now and sends
     * what it holds in ReportChargingProfiles parts carrying `requestId` (kept as charger events).
     */
    async requestChargingProfiles(
      scope: Scope,
      input: {
        chargerId: string;
        connectorId?: number | null;
        purpose?: (typeof PROFILE_REPORT_PURPOSES)[number] | null;
        stackLevel?: number | null;
        chargingProfileIds?: number[] | null;
      },
    ): Promise<CommandAnswer & { requestId: number }> {
      assertCan(scope, 'chargers:command');
      const charger = await sender.charger(scope, input.chargerId);
      if (input.connectorId != null)
        await sender.assertConnector(scope, charger, input.connectorId, { allowZero: true });
      const requestId = (nextRequestId = (nextRequestId + 1) % 2 ** 31);
      const purpose = input.purpose === 'ChargePointMaxProfile' ? 'ChargingStationMaxProfile' : input.purpose;
      // K09.FR.03: criteria are profile ids, or any of stack level and purpose (an empty criterion asks for all).
      const criterion = input.chargingProfileIds?.length
        ? { chargingProfileId: input.chargingProfileIds }
        : {
            ...(purpose ? { chargingProfilePurpose: purpose } : {}),
            ...(input.stackLevel != null ? { stackLevel: input.stackLevel } : {}),
          };
      noteForCaller('requestId', requestId);
      const answer = await sender.command(scope, charger, 'GetChargingProfiles', {
        requestId,
        ...(input.connectorId != null ? { evseId: input.connectorId } : {}),
        chargingProfile: criterion,
      });
      return { ...answer, requestId };
    },

    async getCompositeSchedule(
      scope: Scope,
      input: { chargerId: string; connectorId: number; duration: number; chargingRateUnit?: 'W' | 'A' | null },
    ): Promise<CommandAnswer> {
      assertCan(scope, 'chargers:command');
      new InputChecker()
        .check(
          Number.isInteger(input.duration) && input.duration > 0,
          'duration',
          'must be a positive number of seconds',
        )
        .throwIfAny();
      const charger = await sender.charger(scope, input.chargerId);
      await sender.assertConnector(scope, charger, input.connectorId, { allowZero: true });
      return sender.command(scope, charger, 'GetCompositeSchedule', {
        connectorId: input.connectorId,
        duration: input.duration,
        ...(input.chargingRateUnit ? { chargingRateUnit: input.chargingRateUnit } : {}),
      });
    },

    profilesOf: state.activeProfiles,
  };
}

export type SmartChargingCommands = ReturnType<typeof createSmartChargingCommands>;
