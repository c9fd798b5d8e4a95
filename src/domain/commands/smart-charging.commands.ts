import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { chargingProfiles } from '../../db/schema/index.js';
import { InputChecker } from '../errors.js';
import { assertCan } from '../policy.js';
import type { Actor } from '../roles.js';
import type { CommandAnswer, CommandSender } from './command-sender.js';

export type ChargingProfileRow = typeof chargingProfiles.$inferSelect;

/** csChargingProfiles as OCPP 1.6 §7.8 spells it (PascalCase enums, ISO dates). */
export interface OcppChargingProfile {
  chargingProfileId: number;
  transactionId?: number;
  stackLevel: number;
  chargingProfilePurpose: 'ChargePointMaxProfile' | 'TxDefaultProfile' | 'TxProfile';
  chargingProfileKind: 'Absolute' | 'Recurring' | 'Relative';
  recurrencyKind?: 'Daily' | 'Weekly';
  validFrom?: string;
  validTo?: string;
  chargingSchedule: Record<string, unknown>;
}

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

  return {
    async setChargingProfile(
      actor: Actor,
      input: { chargerId: string; connectorId: number; profile: OcppChargingProfile },
    ): Promise<CommandAnswer> {
      assertCan(actor, 'chargers:command');
      const { profile } = input;
      new InputChecker()
        .check(
          profile.chargingProfilePurpose !== 'TxProfile' || input.connectorId > 0,
          'connectorId',
          'a TX_PROFILE needs a connector > 0',
        )
        .check(
          profile.chargingProfilePurpose !== 'ChargePointMaxProfile' || input.connectorId === 0,
          'connectorId',
          'a CHARGE_POINT_MAX_PROFILE applies to connector 0',
        )
        .check(
          profile.chargingProfileKind !== 'Recurring' || !!profile.recurrencyKind,
          'recurrencyKind',
          'required for a RECURRING profile',
        )
        .throwIfAny();
      const charger = await sender.charger(actor, input.chargerId);
      await sender.assertConnector(charger, input.connectorId, { allowZero: true });
      const answer = await sender.command(actor, charger, 'SetChargingProfile', {
        connectorId: input.connectorId,
        csChargingProfiles: profile,
      });
      if (answer.status !== 'Accepted') return answer;
      // A new profile replaces one with the same id, or with the same stackLevel and purpose on the connector (OCPP 1.6 §3.13.2).
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
                and(
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
