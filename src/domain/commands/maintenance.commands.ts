import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { chargers, idTags } from '../../db/schema/index.js';
import { InputChecker } from '../errors.js';
import { assertCan } from '../policy.js';
import type { Actor } from '../roles.js';
import type { CommandAnswer, CommandSender } from './command-sender.js';

export type UpdateType = 'FULL' | 'DIFFERENTIAL';

type IdTagRow = typeof idTags.$inferSelect;

const TAG_STATUS: Record<string, string> = { ACCEPTED: 'Accepted', BLOCKED: 'Blocked', EXPIRED: 'Expired' };

/** An id tag as a local list entry (OCPP 1.6 §7.5 AuthorizationData); a tag past its expiry is sent Expired. */
function authorizationData(tag: IdTagRow, now: Date) {
  const expired = tag.expiresAt !== null && tag.expiresAt <= now;
  return {
    idTag: tag.value,
    idTagInfo: {
      status: expired ? 'Expired' : (TAG_STATUS[tag.status] ?? 'Invalid'),
      ...(tag.expiresAt ? { expiryDate: tag.expiresAt.toISOString() } : {}),
      ...(tag.parentIdTag ? { parentIdTag: tag.parentIdTag } : {}),
    },
  };
}

/** LocalAuthListManagement and FirmwareManagement commands (OCPP 1.6 §5.15, §5.10, §5.19, §5.9). */
export function createMaintenanceCommands(deps: { db: Db; sender: CommandSender }) {
  const { db, sender } = deps;

  async function charger(actor: Actor, chargerId: string) {
    assertCan(actor, 'chargers:command');
    return sender.charger(actor, chargerId);
  }

  return {
    /**
     * Built from the tenant's id tags. FULL replaces the charger's list (with `idTags`, only those);
     * DIFFERENTIAL sends the named tags, and a tag we no longer have goes without idTagInfo,
     * which removes it from the charger's list (OCPP 1.6 §5.15).
     */
    async sendLocalList(
      actor: Actor,
      input: { chargerId: string; updateType: UpdateType; idTags?: string[] | null },
    ): Promise<CommandAnswer> {
      const target = await charger(actor, input.chargerId);
      new InputChecker()
        .check(
          input.updateType === 'FULL' || !!input.idTags?.length,
          'idTags',
          'a DIFFERENTIAL update names the tags to send',
        )
        .throwIfAny();
      const wanted = input.idTags?.map((t) => t.toLowerCase()) ?? null;
      const tags = await db
        .select()
        .from(idTags)
        .where(
          and(
            eq(idTags.tenantId, actor.tenantId),
            isNull(idTags.deletedAt),
            ...(wanted
              ? [
                  sql`lower(${idTags.value}) in (${sql.join(
                    wanted.map((w) => sql`${w}`),
                    sql`, `,
                  )})`,
                ]
              : []),
          ),
        )
        .orderBy(idTags.value);
      const now = new Date();
      const list: Record<string, unknown>[] = tags.map((t) => authorizationData(t, now));
      if (input.updateType === 'DIFFERENTIAL') {
        const found = new Set(tags.map((t) => t.value.toLowerCase()));
        for (const value of input.idTags!) if (!found.has(value.toLowerCase())) list.push({ idTag: value });
      }
      const listVersion = target.localListVersion + 1;
      const answer = await sender.command(actor, target, 'SendLocalList', {
        listVersion,
        updateType: input.updateType === 'FULL' ? 'Full' : 'Differential',
        localAuthorizationList: list,
      });
      if (answer.status === 'Accepted')
        await db.update(chargers).set({ localListVersion: listVersion }).where(eq(chargers.id, target.id));
      return answer;
    },

    async getLocalListVersion(actor: Actor, chargerId: string): Promise<CommandAnswer> {
      const target = await charger(actor, chargerId);
      const answer = await sender.command(actor, target, 'GetLocalListVersion', {});
      const version = answer.response.listVersion;
      // -1: the charger has no local list support; 0: no list installed (OCPP 1.6 §6.32).
      if (typeof version === 'number' && version >= 0)
        await db.update(chargers).set({ localListVersion: version }).where(eq(chargers.id, target.id));
      return answer;
    },

    /** Progress arrives as FirmwareStatusNotification, stored on the charger as firmwareStatus. */
    async updateFirmware(
      actor: Actor,
      input: {
        chargerId: string;
        location: string;
        retrieveDate?: Date | null;
        retries?: number | null;
        retryInterval?: number | null;
      },
    ): Promise<CommandAnswer> {
      const target = await charger(actor, input.chargerId);
      return sender.command(actor, target, 'UpdateFirmware', {
        location: input.location,
        retrieveDate: (input.retrieveDate ?? new Date()).toISOString(),
        ...(input.retries != null ? { retries: input.retries } : {}),
        ...(input.retryInterval != null ? { retryInterval: input.retryInterval } : {}),
      });
    },

    /** The answer names the file (response.fileName); progress arrives as DiagnosticsStatusNotification. */
    async getDiagnostics(
      actor: Actor,
      input: {
        chargerId: string;
        location: string;
        startTime?: Date | null;
        stopTime?: Date | null;
        retries?: number | null;
        retryInterval?: number | null;
      },
    ): Promise<CommandAnswer> {
      const target = await charger(actor, input.chargerId);
      return sender.command(actor, target, 'GetDiagnostics', {
        location: input.location,
        ...(input.startTime ? { startTime: input.startTime.toISOString() } : {}),
        ...(input.stopTime ? { stopTime: input.stopTime.toISOString() } : {}),
        ...(input.retries != null ? { retries: input.retries } : {}),
        ...(input.retryInterval != null ? { retryInterval: input.retryInterval } : {}),
      });
    },
  };
}

export type MaintenanceCommands = ReturnType<typeof createMaintenanceCommands>;
