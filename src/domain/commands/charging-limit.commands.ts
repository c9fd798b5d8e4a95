import type { ChargerRow } from '../chargers/charger.repository.js';
import { ChargerOfflineError } from '../errors.js';
import { setChargingProfile16, type ChargingLimit } from '../loadmgmt/charging-limit.js';
import { chargerScope } from '../scope.js';
import type { CommandSender } from './command-sender.js';
import type { CommandStateRepository } from './command-state.repository.js';
import type { OcppChargingProfile } from './smart-charging.commands.js';

/** The charger's answer to a limit, as load management stores it. */
export type LimitAnswer = 'ACCEPTED' | 'REJECTED' | 'OFFLINE' | 'FAILED';

/** Load management waits this long for an answer: a silent charger must not hold its site's next recomputation for the full command timeout. */
const LIMIT_TIMEOUT_MS = 10_000;

/**
 * Limits from load management, sent like every command (logged, routed to the node holding the
 * charger). The limit is version-neutral; the charger's protocol picks the spelling.
 */
export function createChargingLimitCommands(deps: { state: CommandStateRepository; sender: CommandSender }) {
  const { state, sender } = deps;
  return {
    async applyChargingLimit(charger: ChargerRow, limit: ChargingLimit): Promise<LimitAnswer> {
      const now = new Date();
      // The domain speaks 1.6; a 2.0.1 station gets it mapped by the sender (ocpp/v201/commands.ts).
      const payload = setChargingProfile16(limit, now);
      try {
        const response = await sender.send(chargerScope(charger.tenantId), charger, 'SetChargingProfile', payload, {
          timeoutMs: LIMIT_TIMEOUT_MS,
        });
        if (response.status !== 'Accepted') return 'REJECTED';
      } catch (err) {
        return err instanceof ChargerOfflineError ? 'OFFLINE' : 'FAILED';
      }
      // Shown in Charger.chargingProfiles like any accepted profile, in the 1.6 spelling the table keeps.
      const { connectorId, csChargingProfiles } = payload;
      const profile = csChargingProfiles as OcppChargingProfile;
      await state.replaceProfile(chargerScope(charger.tenantId), charger, connectorId as number, profile, {
        sameLevelReplaces: true,
      });
      return 'ACCEPTED';
    },

    /** The session at this connector ended: its TxProfile went with it. */
    forgetSessionLimit: (charger: { id: string; tenantId: string }, connectorId: number) =>
      state.forgetTxProfiles(chargerScope(charger.tenantId), charger.id, connectorId),
  };
}
