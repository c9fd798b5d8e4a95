import type { ChargerRow } from '../chargers/charger.repository.js';
import { ChargerOfflineError } from '../errors.js';
import { setChargingProfile16, setChargingProfile201, type ChargingLimit } from '../loadmgmt/charging-limit.js';
import { chargerScope } from '../scope.js';
import type { CommandSender } from './command-sender.js';

/** The charger's answer to a limit, as load management stores it. */
export type LimitAnswer = 'ACCEPTED' | 'REJECTED' | 'OFFLINE' | 'FAILED';

/** Load management waits this long for an answer: a silent charger must not hold its site's next recomputation for the full command timeout. */
const LIMIT_TIMEOUT_MS = 10_000;

/**
 * Limits from load management, sent like every command (logged, routed to the node holding the
 * charger). The limit is version-neutral; the charger's protocol picks the spelling.
 */
export function createChargingLimitCommands(deps: { sender: CommandSender }) {
  const { sender } = deps;
  return {
    async applyChargingLimit(charger: ChargerRow, limit: ChargingLimit): Promise<LimitAnswer> {
      const now = new Date();
      const payload = /2\.0/.test(charger.ocppVersion ?? '')
        ? setChargingProfile201(limit, now)
        : setChargingProfile16(limit, now);
      try {
        const response = await sender.send(chargerScope(charger.tenantId), charger, 'SetChargingProfile', payload, {
          timeoutMs: LIMIT_TIMEOUT_MS,
        });
        return response.status === 'Accepted' ? 'ACCEPTED' : 'REJECTED';
      } catch (err) {
        return err instanceof ChargerOfflineError ? 'OFFLINE' : 'FAILED';
      }
    },
  };
}
