import { InputChecker } from '../errors.js';
import type { IdTagRow } from '../idtags/idtag.repository.js';
import { assertCan } from '../policy.js';
import type { Scope } from '../scope.js';
import type { CommandAnswer, CommandSender } from './command-sender.js';
import type { CommandStateRepository } from './command-state.repository.js';

export type UpdateType = 'FULL' | 'DIFFERENTIAL';

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
export function createMaintenanceCommands(deps: { state: CommandStateRepository; sender: CommandSender }) {
  const { state, sender } = deps;

  async function charger(scope: Scope, chargerId: string) {
    assertCan(scope, 'chargers:command');
    return sender.charger(scope, chargerId);
  }

  return {
    /**
     * Built from the tenant's id tags. FULL replaces the charger's list (with `idTags`, only those);
     * DIFFERENTIAL sends the named tags, and a tag we no longer have goes without idTagInfo,
     * which removes it from the charger's list (OCPP 1.6 §5.15).
     */
    async sendLocalList(
      scope: Scope,
      input: { chargerId: string; updateType: UpdateType; idTags?: string[] | null },
    ): Promise<CommandAnswer> {
      const target = await charger(scope, input.chargerId);
      new InputChecker()
        .check(
          input.updateType === 'FULL' || !!input.idTags?.length,
          'idTags',
          'a DIFFERENTIAL update names the tags to send',
        )
        .throwIfAny();
      const wanted = input.idTags?.map((t) => t.toLowerCase()) ?? null;
      const tags = await state.tagsForLocalList(scope, wanted);
      const now = new Date();
      const list: Record<string, unknown>[] = tags.map((t) => authorizationData(t, now));
      if (input.updateType === 'DIFFERENTIAL') {
        const found = new Set(tags.map((t) => t.value.toLowerCase()));
        for (const value of input.idTags!) if (!found.has(value.toLowerCase())) list.push({ idTag: value });
      }
      const listVersion = target.localListVersion + 1;
      const answer = await sender.command(scope, target, 'SendLocalList', {
        listVersion,
        updateType: input.updateType === 'FULL' ? 'Full' : 'Differential',
        localAuthorizationList: list,
      });
      if (answer.status === 'Accepted') await state.setLocalListVersion(scope, target.id, listVersion);
      return answer;
    },

    async getLocalListVersion(scope: Scope, chargerId: string): Promise<CommandAnswer> {
      const target = await charger(scope, chargerId);
      const answer = await sender.command(scope, target, 'GetLocalListVersion', {});
      const version = answer.response.listVersion;
      // -1: the charger has no local list support; 0: no list installed (OCPP 1.6 §6.32).
      if (typeof version === 'number' && version >= 0) await state.setLocalListVersion(scope, target.id, version);
      return answer;
    },

    /** Progress arrives as FirmwareStatusNotification, stored on the charger as firmwareStatus. */
    async updateFirmware(
      scope: Scope,
      input: {
        chargerId: string;
        location: string;
        retrieveDate?: Date | null;
        retries?: number | null;
        retryInterval?: number | null;
      },
    ): Promise<CommandAnswer> {
      const target = await charger(scope, input.chargerId);
      return sender.command(scope, target, 'UpdateFirmware', {
        location: input.location,
        retrieveDate: (input.retrieveDate ?? new Date()).toISOString(),
        ...(input.retries != null ? { retries: input.retries } : {}),
        ...(input.retryInterval != null ? { retryInterval: input.retryInterval } : {}),
      });
    },

    /** The answer names the file (response.fileName); progress arrives as DiagnosticsStatusNotification. */
    async getDiagnostics(
      scope: Scope,
      input: {
        chargerId: string;
        location: string;
        startTime?: Date | null;
        stopTime?: Date | null;
        retries?: number | null;
        retryInterval?: number | null;
      },
    ): Promise<CommandAnswer> {
      const target = await charger(scope, input.chargerId);
      return sender.command(scope, target, 'GetDiagnostics', {
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
