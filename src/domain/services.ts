import type { Db } from '../db/client.js';
import type { EventBus } from '../events/bus.js';
import { createAuthService, type AuthService } from './auth/auth.service.js';
import type { TokenSigner } from './auth/tokens.js';
import { createChargerRepository, type ChargerRepository } from './chargers/charger.repository.js';
import { createChargerService, type ChargerService } from './chargers/charger.service.js';
import { createTenantService, type TenantService } from './tenancy/tenant.service.js';
import { createLabService, type LabService, type VirtualChargerRunner } from './lab/lab.service.js';

export interface Services {
  db: Db;
  events: EventBus;
  auth: AuthService;
  tenants: TenantService;
  chargers: ChargerService;
  chargerRepository: ChargerRepository;
  lab: LabService;
}

export interface ServiceDeps {
  db: Db;
  events: EventBus;
  signer: TokenSigner;
  refreshTtlSeconds: number;
  ocppPublicUrl: (slug: string) => string;
  labRunner: VirtualChargerRunner;
}

/** Composition without a container: each service gets exactly what it needs. */
export function createServices(deps: ServiceDeps): Services {
  const chargerRepository = createChargerRepository(deps.db);
  const chargers = createChargerService({ chargers: chargerRepository });
  return {
    db: deps.db,
    events: deps.events,
    auth: createAuthService({ db: deps.db, signer: deps.signer, refreshTtlSeconds: deps.refreshTtlSeconds }),
    tenants: createTenantService({ db: deps.db, ocppPublicUrl: deps.ocppPublicUrl }),
    chargers,
    chargerRepository,
    lab: createLabService({ chargers, runner: deps.labRunner }),
  };
}
