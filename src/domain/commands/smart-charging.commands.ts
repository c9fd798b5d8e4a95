import type { ChargerRow } from '../chargers/charger.repository.js';
import { InputChecker, InvalidInputError } from '../errors.js';
import { assertCan } from '../policy.js';
import type { Scope } from '../scope.js';
import { k01Problems, scheduleProblems, type ProfileFacts } from './charging-profile-rules.js';
import { noteForCaller, type CommandAnswer, type CommandSender } from './command-sender.js';
import type { ChargingProfileRow, CommandStateRepository, ProfileReportCriteria } from './command-state.repository.js';

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

/** One part of a ReportChargingProfiles (OCPP 2.0.1 K09), as far as the stored profiles need it. */
export interface ProfileReportPart {
  requestId: number;
  evseId: number;
  tbc?: boolean;
  chargingProfile: Array<{
    id: number;
    stackLevel: number;
    chargingProfilePurpose: string;
    chargingProfileKind: string;
    recurrencyKind?: string;
    validFrom?: string;
    validTo?: string;
    transactionId?: string;
    chargingSchedule: object[];
  }>;
}

/** 2.0.1's ChargingStationMaxProfile is stored under 1.6's name, as setChargingProfile stores it. */
const storedPurpose = (p: string) => (p === 'ChargingStationMaxProfile' ? 'ChargePointMaxProfile' : p);

/** A reported profile in the shape setChargingProfile stores (one schedule per profile here: the first). */
function storedProfile(p: ProfileReportPart['chargingProfile'][number]): OcppChargingProfile {
  const { id: _scheduleId, ...schedule } = (p.chargingSchedule[0] ?? {}) as Record<string, unknown>;
  return {
    chargingProfileId: p.id,
    stackLevel: p.stackLevel,
    chargingProfilePurpose: storedPurpose(p.chargingProfilePurpose) as OcppChargingProfile['chargingProfilePurpose'],
    chargingProfileKind: p.chargingProfileKind as OcppChargingProfile['chargingProfileKind'],
    ...(p.recurrencyKind ? { recurrencyKind: p.recurrencyKind as 'Daily' | 'Weekly' } : {}),
    ...(p.validFrom ? { validFrom: p.validFrom } : {}),
    ...(p.validTo ? { validTo: p.validTo } : {}),
    ...(p.transactionId !== undefined ? { transactionId: p.transactionId } : {}),
    chargingSchedule: schedule as OcppChargingProfile['chargingSchedule'],
  };
}

/**
 * The criteria of a GetChargingProfiles payload as it was sent (and logged); null when they can
 * match none of the stored profiles: those are all the CSMS's own (chargingLimitSource CSO).
 */
function criteriaOf(payload: unknown): ProfileReportCriteria | null {
  const p = payload as {
    evseId?: number;
    chargingProfile?: {
      chargingProfilePurpose?: string;
      stackLevel?: number;
      chargingProfileId?: number[];
      chargingLimitSource?: string[];
    };
  };
  const c = p.chargingProfile ?? {};
  if (c.chargingLimitSource?.length && !c.chargingLimitSource.includes('CSO')) return null;
  return {
    connectorId: p.evseId ?? null,
    purpose: c.chargingProfilePurpose ? storedPurpose(c.chargingProfilePurpose) : null,
    stackLevel: c.stackLevel ?? null,
    chargingProfileIds: c.chargingProfileId ?? null,
  };
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
      const payload = {
        requestId,
        ...(input.connectorId != null ? { evseId: input.connectorId } : {}),
        chargingProfile: criterion,
      };
      const answer = await sender.command(scope, charger, 'GetChargingProfiles', payload);
      // K09: NoProfiles means the station holds none that match: neither do we, then.
      const criteria = criteriaOf(payload);
      if (answer.status === 'NoProfiles' && criteria)
        await state.clearProfilesNotReported(scope, charger.id, criteria, []);
      return { ...answer, requestId };
    },

    /**
     * A ReportChargingProfiles part (K09): each profile reported is kept (replacing one with its id);
     * after the last part, the stored profiles the request asked about that no part reported are
     * cleared. The request's criteria come from the command log, so any node can take the report.
     */
    async profilesReported(scope: Scope, charger: Pick<ChargerRow, 'id'>, part: ProfileReportPart): Promise<void> {
      for (const profile of part.chargingProfile)
        await state.replaceProfile(scope, charger, part.evseId, storedProfile(profile), { sameLevelReplaces: false });
      if (part.tbc) return;
      const request = await state.profileRequest(scope, charger.id, part.requestId);
      const criteria = request && criteriaOf(request.payload);
      if (!request || !criteria) return; // not asked by us (or not about our profiles): nothing to reconcile
      const reported = await state.reportedProfileIds(scope, charger.id, part.requestId, request.createdAt);
      await state.clearProfilesNotReported(scope, charger.id, criteria, reported);
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
