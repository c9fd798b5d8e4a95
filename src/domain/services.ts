import type { Db } from '../db/client.js';
import type { EventBus } from '../events/bus.js';
import { createAuthService, type AuthService } from './auth/auth.service.js';
import type { TokenSigner } from './auth/tokens.js';
import { createChargerRepository, type ChargerRepository } from './chargers/charger.repository.js';
import { createChargerService, type ChargerService } from './chargers/charger.service.js';
import { createStationService, type StationService } from './chargers/station.service.js';
import { createAuthorization } from './idtags/authorization.js';
import { createMessageLogRepository, type MessageLogRepository } from './ocpp-log/message-log.repository.js';
import { createTransactionService, type TransactionService } from './sessions/transactions.service.js';
import { createTenantService, type TenantService } from './tenancy/tenant.service.js';

export interface Services {
  db: Db;
  events: EventBus;
  auth: AuthService;
  tenants: TenantService;
  chargers: ChargerService;
  chargerRepository: ChargerRepository;
  /** What chargers report about themselves (boot, status, events). */
  station: StationService;
  /** Charging transactions as chargers report them (start, stop, meter values). */
  transactions: TransactionService;
  /** Reads the OCPP message log. */
  ocppMessages: MessageLogRepository;
}

export interface ServiceDeps {
  db: Db;
  events: EventBus;
  signer: TokenSigner;
  refreshTtlSeconds: number;
  ocppPublicUrl: (slug: string) => string;
  /** Batched writes fail off any request; they are reported here. */
  onBackgroundError?: (err: unknown) => void;
}

/** Composition without a container: each service gets exactly what it needs. */
export function createServices(deps: ServiceDeps): Services {
  const chargerRepository = createChargerRepository(deps.db);
  const onError = deps.onBackgroundError ?? ((err: unknown) => console.error('background write failed', err));
  const station = createStationService({ db: deps.db, events: deps.events, onError });
  return {
    db: deps.db,
    events: deps.events,
    auth: createAuthService({ db: deps.db, signer: deps.signer, refreshTtlSeconds: deps.refreshTtlSeconds }),
    tenants: createTenantService({ db: deps.db, ocppPublicUrl: deps.ocppPublicUrl }),
    chargers: createChargerService({ chargers: chargerRepository }),
    chargerRepository,
    station,
    ocppMessages: createMessageLogRepository(deps.db),
    transactions: createTransactionService({
      db: deps.db,
      events: deps.events,
      authorization: createAuthorization({ db: deps.db }),
      recordEvent: station.recordEvent,
      onError,
    }),
  };
}
