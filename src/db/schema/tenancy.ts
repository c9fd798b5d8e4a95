import { sql } from 'drizzle-orm';
import { bigint, boolean, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, deletedAt, id, tstz, updatedAt } from './columns.js';

export const tenants = pgTable(
  'tenants',
  {
    id: id(),
    name: text('name').notNull(),
    slug: text('slug').notNull().unique(),
    customDomain: text('custom_domain'),
    defaultTariffId: uuid('default_tariff_id'),
    // OCPP: register unknown chargers as Pending for an operator to approve (off by default).
    acceptUnknownChargers: boolean('accept_unknown_chargers').notNull().default(false),
    // Survives message-log retention: counts every OCPP frame in and out.
    ocppMessageCount: bigint('ocpp_message_count', { mode: 'number' }).notNull().default(0),
    // The operator's own authorizer for id tags ({ url, timeoutMs, fallback, mode, secret }); null: local list only.
    externalAuthorization: jsonb('external_authorization'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    // A charger's Host header names at most one tenant.
    uniqueIndex('tenants_custom_domain_key')
      .on(sql`lower(${t.customDomain})`)
      .where(sql`${t.deletedAt} is null`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    email: text('email').notNull(),
    name: text('name'),
    role: text('role').notNull(), // PLATFORM_ADMIN TENANT_ADMIN OPERATOR VIEWER DRIVER
    passwordHash: text('password_hash'),
    inviteTokenHash: text('invite_token_hash'),
    inviteExpiresAt: tstz('invite_expires_at'),
    // One outstanding password reset at a time: a new request replaces it; spent by resetPassword.
    resetTokenHash: text('reset_token_hash'),
    resetExpiresAt: tstz('reset_expires_at'),
    lastLoginAt: tstz('last_login_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: deletedAt(),
  },
  (t) => [
    // Login is by email alone, so an email is unique across tenants (among live users: a removed
    // user's address can be invited again).
    uniqueIndex('users_email_key')
      .on(sql`lower(${t.email})`)
      .where(sql`${t.deletedAt} is null`),
    index('users_tenant_idx').on(t.tenantId, t.createdAt),
  ],
);

export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull().unique(),
    // Every token rotated from one login shares it: reuse of a spent token revokes the family.
    familyId: uuid('family_id').notNull(),
    expiresAt: tstz('expires_at').notNull(),
    usedAt: tstz('used_at'),
    revokedAt: tstz('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [index('refresh_tokens_user_idx').on(t.userId), index('refresh_tokens_family_idx').on(t.familyId)],
);

export const apiKeys = pgTable(
  'api_keys',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    name: text('name').notNull(),
    role: text('role').notNull(),
    secretHash: text('secret_hash').notNull().unique(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    lastUsedAt: tstz('last_used_at'),
    revokedAt: tstz('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [index('api_keys_tenant_idx').on(t.tenantId)],
);

/**
 * A tenant's IP allow-list for API access (Exolink's `ips`). Empty: any address. Otherwise a
 * request with the tenant's credential from an address outside every entry is refused (FORBIDDEN).
 */
export const tenantAllowedIps = pgTable(
  'tenant_allowed_ips',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    // An address or a CIDR block, normalised (1.2.3.4/32 is stored as 1.2.3.4).
    cidr: text('cidr').notNull(),
    description: text('description'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('tenant_allowed_ips_key').on(t.tenantId, t.cidr)],
);
