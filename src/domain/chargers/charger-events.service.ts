import { assertCan } from '../policy.js';
import type { Scope } from '../scope.js';
import type { ChargerEventRepository } from './charger-events.repository.js';

/** Reads what chargers reported as events (security events, boot reasons, ...). */
export function createChargerEventService(deps: { events: ChargerEventRepository }) {
  return {
    latest(scope: Scope, chargerId: string, opts: { type?: string | null; first: number }) {
      assertCan(scope, 'chargers:read');
      return deps.events.latest(scope, chargerId, opts);
    },
  };
}

export type ChargerEventService = ReturnType<typeof createChargerEventService>;
