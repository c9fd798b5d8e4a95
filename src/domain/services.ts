import type { Db } from '../db/client.js';
import type { EventBus } from '../events/bus.js';
import { createAuthService, type AuthService } from './auth/auth.service.js';
import { createApiKeyService, type ApiKeyService } from './auth/api-key.service.js';
import { createLoginThrottle, type LoginThrottleOptions } from './auth/login-throttle.js';
import type { TokenSigner } from './auth/tokens.js';
import { createChargerRepository, type ChargerRepository } from './chargers/charger.repository.js';
import { createChargerService, type ChargerService } from './chargers/charger.service.js';
import { createTenantService, type TenantService } from './tenancy/tenant.service.js';
import { createPricingRepository, type PricingRepository } from './pricing/pricing.repository.js';
import { createSessionPricing, type SessionPricing } from './pricing/session-pricing.service.js';
import { createTariffRepository } from './tariffs/tariff.repository.js';
import { createTariffService, type TariffService } from './tariffs/tariff.service.js';
import { createUserRepository } from './users/user.repository.js';
import { createUserService, type UserService } from './users/user.service.js';

export interface Services {
  db: Db;
  events: EventBus;
  auth: AuthService;
  signer: TokenSigner;
  apiKeys: ApiKeyService;
  users: UserService;
  tenants: TenantService;
  chargers: ChargerService;
  chargerRepository: ChargerRepository;
  tariffs: TariffService;
  pricingRepository: PricingRepository;
  sessionPricing: SessionPricing;
}

export interface ServiceDeps {
  db: Db;
  events: EventBus;
  signer: TokenSigner;
  refreshTtlSeconds: number;
  inviteTtlSeconds: number;
  loginThrottle: LoginThrottleOptions;
  /** Base of each tenant's ocppUrl; may contain `{slug}` (host style). */
  ocppPublicBase: string;
}

/** Composition without a container: each service gets exactly what it needs. */
export function createServices(deps: ServiceDeps): Services {
  const chargerRepository = createChargerRepository(deps.db);
  const tariffRepository = createTariffRepository(deps.db);
  const pricingRepository = createPricingRepository(deps.db);
  const apiKeys = createApiKeyService({ db: deps.db });
  const throttle = createLoginThrottle(deps.loginThrottle);
  return {
    db: deps.db,
    events: deps.events,
    auth: createAuthService({ db: deps.db, signer: deps.signer, refreshTtlSeconds: deps.refreshTtlSeconds, throttle, apiKeys }),
    signer: deps.signer,
    apiKeys,
    users: createUserService({ users: createUserRepository(deps.db), inviteTtlSeconds: deps.inviteTtlSeconds }),
    tenants: createTenantService({ db: deps.db, ocppPublicBase: deps.ocppPublicBase }),
    chargers: createChargerService({ chargers: chargerRepository }),
    chargerRepository,
    tariffs: createTariffService({ tariffs: tariffRepository }),
    pricingRepository,
    sessionPricing: createSessionPricing({ pricing: pricingRepository, tariffs: tariffRepository, events: deps.events }),
  };
}
