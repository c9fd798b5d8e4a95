import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { chargingProfiles, sessions } from '../../db/schema/index.js';
import type { ChargerRow } from '../chargers/charger.repository.js';
import { InputChecker, InvalidInputError } from '../errors.js';
import { assertCan } from '../policy.js';
import type { Actor } from '../roles.js';
import { k01Problems, scheduleProblems, type ProfileFacts } from './charging-profile-rules.js';
import type { CommandAnswer, CommandSender } from './command-sender.js';

export type ChargingProfileRow = typeof chargingProfiles.$inferSelect;

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
export function createSmartChargingCommands(deps: { db: Db; sender: CommandSender }) {
  const { db, sender } = deps;
  let nextRequestId = Math.floor(Math.random() * 2 ** 30);

  /**
   * A 2.0.1 profile as the station must receive it (K01): a TxProfile names the station's own
   * transaction running on the EVSE; every K01 rule is checked against what the charger holds.
   */
  async function checkedFor201(charger: ChargerRow, connectorId: number, profile: OcppChargingProfile) {
    const [installed, [running]] = await Promise.all([
      db
        .select()
        .from(chargingProfiles)
        .where(and(eq(chargingProfiles.chargerId, charger.id), eq(chargingProfiles.status, 'ACTIVE'))),
      db
        .select({ transactionId: sessions.stationTransactionId })
        .from(sessions)
        .where(
          and(eq(sessions.chargerId, charger.id), eq(sessions.connectorId, connectorId), eq(sessions.status, 'ACTIVE')),
        )
        .limit(1),
    ]);
    const runningTransactionId = running?.transactionId ?? null;
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
      actor: Actor,
      input: { chargerId: string; connectorId: number; profile: OcppChargingProfile },
    ): Promise<CommandAnswer> {
      assertCan(actor, 'chargers:command');
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
      const charger = await sender.charger(actor, input.chargerId);
      await sender.assertConnector(charger, input.connectorId, { allowZero: true });
      const is201 = charger.ocppVersion === '2.0.1';
      const profile = is201 ? await checkedFor201(charger, input.connectorId, input.profile) : input.profile;
      const answer = await sender.command(actor, charger, 'SetChargingProfile', {
        connectorId: input.connectorId,
        csChargingProfiles: profile,
      });
      if (answer.status !== 'Accepted') return answer;
      // A new profile replaces one with the same id, or (1.6 §3.13.2; 2.0.1 refused that above) with the
      // same stackLevel and purpose on the connector.
      await db.transaction(async (tx) => {
        await tx
          .update(chargingProfiles)
          .set({ status: 'CLEARED', clearedAt: new Date() })
          .where(
            and(
              eq(chargingProfiles.chargerId, charger.id),
              eq(chargingProfiles.status, 'ACTIVE'),
              or(
                eq(chargingProfiles.chargingProfileId, profile.chargingProfileId),
                is201
                  ? undefined
                  : and(
                      eq(chargingProfiles.connectorId, input.connectorId),
                      eq(chargingProfiles.stackLevel, profile.stackLevel),
                      eq(chargingProfiles.purpose, profile.chargingProfilePurpose),
                    ),
              ),
            ),
          );
        await tx.insert(chargingProfiles).values({
          tenantId: charger.tenantId,
          chargerId: charger.id,
          connectorId: input.connectorId,
          chargingProfileId: profile.chargingProfileId,
          stackLevel: profile.stackLevel,
          purpose: profile.chargingProfilePurpose,
          kind: profile.chargingProfileKind,
          profile,
        });
      });
      return answer;
    },

    async clearChargingProfile(actor: Actor, input: ClearChargingProfileInput): Promise<CommandAnswer> {
      assertCan(actor, 'chargers:command');
      const charger = await sender.charger(actor, input.chargerId);
      const payload = {
        ...(input.chargingProfileId != null ? { id: input.chargingProfileId } : {}),
        ...(input.connectorId != null ? { connectorId: input.connectorId } : {}),
        ...(input.purpose ? { chargingProfilePurpose: input.purpose } : {}),
        ...(input.stackLevel != null ? { stackLevel: input.stackLevel } : {}),
      };
      const answer = await sender.command(actor, charger, 'ClearChargingProfile', payload);
      if (answer.status !== 'Accepted') return answer;
      const match: SQL[] = [eq(chargingProfiles.chargerId, charger.id), eq(chargingProfiles.status, 'ACTIVE')];
      // With an id the other criteria are ignored (OCPP 1.6 §6.9).
      if (input.chargingProfileId != null) match.push(eq(chargingProfiles.chargingProfileId, input.chargingProfileId));
      else {
        if (input.connectorId != null) match.push(eq(chargingProfiles.connectorId, input.connectorId));
        if (input.purpose) match.push(eq(chargingProfiles.purpose, input.purpose));
        if (input.stackLevel != null) match.push(eq(chargingProfiles.stackLevel, input.stackLevel));
      }
      await db
        .update(chargingProfiles)
        .set({ status: 'CLEARED', clearedAt: new Date() })
        .where(and(...match));
      return answer;
    },

    /**
     * GetChargingProfiles (OCPP 2.0.1 K09): the station answers Accepted or NoProfiles now and sends
     * what it holds in ReportChargingProfiles parts carrying `requestId` (kept as charger events).
     */
    async requestChargingProfiles(
      actor: Actor,
      input: {
        chargerId: string;
        connectorId?: number | null;
        purpose?: (typeof PROFILE_REPORT_PURPOSES)[number] | null;
        stackLevel?: number | null;
        chargingProfileIds?: number[] | null;
      },
    ): Promise<CommandAnswer & { requestId: number }> {
      assertCan(actor, 'chargers:command');
      const charger = await sender.charger(actor, input.chargerId);
      if (input.connectorId != null) await sender.assertConnector(charger, input.connectorId, { allowZero: true });
      const requestId = (nextRequestId = (nextRequestId + 1) % 2 ** 31);
      const purpose = input.purpose === 'ChargePointMaxProfile' ? 'ChargingStationMaxProfile' : input.purpose;
      // K09.FR.03: criteria are profile ids, or any of stack level and purpose (an empty criterion asks for all).
      const criterion = input.chargingProfileIds?.length
        ? { chargingProfileId: input.chargingProfileIds }
        : {
            ...(purpose ? { chargingProfilePurpose: purpose } : {}),
            ...(input.stackLevel != null ? { stackLevel: input.stackLevel } : {}),
          };
      const answer = await sender.command(actor, charger, 'GetChargingProfiles', {
        requestId,
        ...(input.connectorId != null ? { evseId: input.connectorId } : {}),
        chargingProfile: criterion,
      });
      return { ...answer, requestId };
    },

    async getCompositeSchedule(
      actor: Actor,
      input: { chargerId: string; connectorId: number; duration: number; chargingRateUnit?: 'W' | 'A' | null },
    ): Promise<CommandAnswer> {
      assertCan(actor, 'chargers:command');
      new InputChecker()
        .check(
          Number.isInteger(input.duration) && input.duration > 0,
          'duration',
          'must be a positive number of seconds',
        )
        .throwIfAny();
      const charger = await sender.charger(actor, input.chargerId);
      await sender.assertConnector(charger, input.connectorId, { allowZero: true });
      return sender.command(actor, charger, 'GetCompositeSchedule', {
        connectorId: input.connectorId,
        duration: input.duration,
        ...(input.chargingRateUnit ? { chargingRateUnit: input.chargingRateUnit } : {}),
      });
    },

    async profilesOf(tenantId: string, chargerIds: readonly string[]): Promise<ChargingProfileRow[]> {
      if (!chargerIds.length) return [];
      return db
        .select()
        .from(chargingProfiles)
        .where(
          and(
            eq(chargingProfiles.tenantId, tenantId),
            inArray(chargingProfiles.chargerId, [...chargerIds]),
            eq(chargingProfiles.status, 'ACTIVE'),
          ),
        )
        .orderBy(asc(chargingProfiles.connectorId), asc(chargingProfiles.stackLevel));
    },
  };
}

export type SmartChargingCommands = ReturnType<typeof createSmartChargingCommands>;
