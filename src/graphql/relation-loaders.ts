import type { ChargerRow, ConnectorRow, EvseConnectorRow } from '../domain/chargers/charger.repository.js';
import type { ConfigurationRow } from '../domain/chargers/charger-details.repository.js';
import type { IdTagRow } from '../domain/idtags/idtag.repository.js';
import type { ChargerTotalsRow, MeterValueRow, SessionRow } from '../domain/sessions/session-query.repository.js';
import type { SiteRow } from '../domain/sites/site.repository.js';
import type { UserRow } from '../domain/tenancy/tenant.service.js';
import { requireScope, type Context } from './context.js';
import { byKey, groupByKey } from './loaders.js';

/**
 * Every relation goes through one of these per-request DataLoaders (no N+1). Each batch is one
 * query scoped to the caller's tenant; the loader names are shared, so a second resolver of the
 * same relation joins the same batch.
 */
export const relationLoaders = {
  site: (ctx: Context) =>
    ctx.loaders.get<string, SiteRow | null>('site', async (ids) =>
      byKey(ids, await ctx.services.sites.byIds(requireScope(ctx), ids), (r) => r.id),
    ),

  /** Deleted sites too, for history (statistics of past sessions). */
  siteWithDeleted: (ctx: Context) =>
    ctx.loaders.get<string, SiteRow | null>('siteWithDeleted', async (ids) =>
      byKey(ids, await ctx.services.sites.byIds(requireScope(ctx), ids, { includeDeleted: true }), (r) => r.id),
    ),

  /** Deleted chargers too: history (sessions, reservations) keeps showing where it happened. */
  charger: (ctx: Context) =>
    ctx.loaders.get<string, ChargerRow | null>('chargerWithDeleted', async (ids) =>
      byKey(ids, await ctx.services.chargers.byIdsWithDeleted(requireScope(ctx), ids), (r) => r.id),
    ),

  /** Live chargers only: null once deleted (lab chargers, message log). */
  liveCharger: (ctx: Context) =>
    ctx.loaders.get<string, ChargerRow | null>('liveCharger', async (ids) =>
      byKey(ids, await ctx.services.chargers.byIds(requireScope(ctx), ids), (r) => r.id),
    ),

  session: (ctx: Context) =>
    ctx.loaders.get<string, SessionRow | null>('session', async (ids) =>
      byKey(ids, await ctx.services.sessionQueries.byIds(requireScope(ctx), ids), (r) => r.id),
    ),

  user: (ctx: Context) =>
    ctx.loaders.get<string, UserRow | null>('user', async (ids) =>
      byKey(ids, await ctx.services.users.byIdsWithDeleted(requireScope(ctx), ids), (r) => r.id),
    ),

  connectors: (ctx: Context) =>
    ctx.loaders.get<string, ConnectorRow[]>('connectorRowsByCharger', async (ids) =>
      groupByKey(ids, await ctx.services.chargers.connectorsOf(requireScope(ctx), ids), (r) => r.chargerId),
    ),

  evseConnectors: (ctx: Context) =>
    ctx.loaders.get<string, EvseConnectorRow[]>('evseConnectorRowsByCharger', async (ids) =>
      groupByKey(ids, await ctx.services.chargers.evseConnectorsOf(requireScope(ctx), ids), (r) => r.chargerId),
    ),

  activeSessions: (ctx: Context) =>
    ctx.loaders.get<string, SessionRow[]>('activeSessionsByCharger', async (ids) =>
      groupByKey(ids, await ctx.services.sessionQueries.activeByChargers(requireScope(ctx), ids), (r) => r.chargerId),
    ),

  chargerTotals: (ctx: Context) =>
    ctx.loaders.get<string, ChargerTotalsRow | null>('chargerTotals', async (ids) =>
      byKey(ids, await ctx.services.sessionQueries.totalsByChargers(requireScope(ctx), ids), (r) => r.chargerId),
    ),

  configuration: (ctx: Context, opts: { includeUnknown: boolean }) =>
    ctx.loaders.get<string, ConfigurationRow[]>(`configurationByCharger.${opts.includeUnknown}`, async (ids) =>
      groupByKey(ids, await ctx.services.chargers.configurationOf(requireScope(ctx), ids, opts), (r) => r.chargerId),
    ),

  idTagsOfUser: (ctx: Context) =>
    ctx.loaders.get<string, IdTagRow[]>('idTagsByUser', async (ids) =>
      groupByKey(ids, await ctx.services.idTags.ofUsers(requireScope(ctx), ids), (r) => r.userId!),
    ),

  latestRegister: (ctx: Context) =>
    ctx.loaders.get<string, number | null>('latestRegisterBySession', async (ids) => {
      const rows = await ctx.services.sessionQueries.latestRegisters(requireScope(ctx), ids);
      return byKey(ids, rows, (r) => r.sessionId).map((r) => r?.value ?? null);
    }),

  latestMeterValues: (ctx: Context) =>
    ctx.loaders.get<string, MeterValueRow[]>('latestMeterValuesBySession', async (ids) =>
      groupByKey(
        ids,
        await ctx.services.sessionQueries.latestPerMeasurand(requireScope(ctx), ids),
        (r) => r.sessionId!,
      ),
    ),
};
