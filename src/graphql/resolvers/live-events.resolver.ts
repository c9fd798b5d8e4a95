import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { NotFoundError } from '../../domain/errors.js';
import { requireScope, type Context } from '../context.js';
import { toGlobalId } from '../node.js';
import { relationLoaders } from '../relation-loaders.js';
import { sharedRead } from '../shared-reads.js';
import { selectsOnly } from '../selection.js';
import { Charger, Connector } from '../types/charger.type.js';
import { ChargerStatusEvent, MeterValuesEvent } from '../types/live-events.type.js';
import { Session } from '../types/session.type.js';
import { Evse } from '../types/evse.type.js';

const ID_ONLY = new Set(['id']);
const CONNECTOR_CARRIED = new Set(['id', 'connectorId', 'status', 'errorCode']);

/** The event's charger: read once per event for all subscribers, or just its id when that is all they read. */
async function chargerOf(ctx: Context, info: GraphQLResolveInfo, event: object, dbId: string): Promise<Charger> {
  if (selectsOnly(info, ID_ONLY)) return Object.assign(new Charger(), { id: toGlobalId('Charger', dbId), dbId });
  const row = await sharedRead(event, requireScope(ctx), 'charger', () => relationLoaders.charger(ctx).load(dbId));
  if (!row) throw new NotFoundError('Charger', toGlobalId('Charger', dbId));
  return Charger.from(row);
}

/** A real connector (1 and up) as stored; the status write comes before its event, so they agree. */
async function connectorOf(
  ctx: Context,
  event: object,
  chargerDbId: string,
  connectorId: number,
): Promise<Connector | null> {
  if (connectorId < 1) return null;
  const rows = await sharedRead(event, requireScope(ctx), 'connectors', () =>
    relationLoaders.connectors(ctx).load(chargerDbId),
  );
  const row = rows.find((r) => r.connectorId === connectorId);
  return row ? Connector.from(row) : null;
}

@Resolver(() => ChargerStatusEvent)
export class ChargerStatusEventResolver {
  @FieldResolver(() => Charger)
  async charger(
    @Root() e: ChargerStatusEvent,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Charger> {
    // Going online is written with the batched signs of life, maybe after this event: the event is newer.
    return Object.assign(await chargerOf(ctx, info, e.source, e.chargerDbId), { online: e.online });
  }

  @FieldResolver(() => Connector, { nullable: true })
  async connector(
    @Root() e: ChargerStatusEvent,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connector | null> {
    if (e.connectorId < 1) return null;
    if (!selectsOnly(info, CONNECTOR_CARRIED)) return connectorOf(ctx, e.source, e.chargerDbId, e.connectorId);
    // What the event says is what was just stored.
    return Object.assign(new Connector(), {
      id: Connector.idOf(e.chargerDbId, e.connectorId),
      chargerDbId: e.chargerDbId,
      connectorId: e.connectorId,
      status: e.status,
      errorCode: e.errorCode,
    });
  }

  @FieldResolver(() => Evse, { nullable: true })
  async evse(@Root() e: ChargerStatusEvent, @Ctx() ctx: Context): Promise<Evse | null> {
    if (e.evseId < 1) return null;
    const scope = requireScope(ctx);
    const [rows, inEvses] = await Promise.all([
      sharedRead(e.source, scope, 'connectors', () => relationLoaders.connectors(ctx).load(e.chargerDbId)),
      sharedRead(e.source, scope, 'evseConnectors', () => relationLoaders.evseConnectors(ctx).load(e.chargerDbId)),
    ]);
    return Evse.fromRows(e.chargerDbId, rows, inEvses).find((x) => x.evseId === e.evseId) ?? null;
  }
}

@Resolver(() => MeterValuesEvent)
export class MeterValuesEventResolver {
  @FieldResolver(() => Charger)
  charger(@Root() e: MeterValuesEvent, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Charger> {
    return chargerOf(ctx, info, e.source, e.chargerDbId);
  }

  @FieldResolver(() => Connector, { nullable: true })
  async connector(
    @Root() e: MeterValuesEvent,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connector | null> {
    if (e.connectorId < 1) return null;
    if (selectsOnly(info, new Set(['id', 'connectorId']))) {
      return Object.assign(new Connector(), {
        id: Connector.idOf(e.chargerDbId, e.connectorId),
        chargerDbId: e.chargerDbId,
        connectorId: e.connectorId,
      });
    }
    return connectorOf(ctx, e.source, e.chargerDbId, e.connectorId);
  }

  @FieldResolver(() => Session, { nullable: true })
  async session(
    @Root() e: MeterValuesEvent,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Session | null> {
    if (!e.sessionDbId) return null;
    if (selectsOnly(info, ID_ONLY)) {
      return Object.assign(new Session(), { id: toGlobalId('Session', e.sessionDbId), dbId: e.sessionDbId });
    }
    const scope = requireScope(ctx);
    const row = await sharedRead(e.source, scope, 'session', () =>
      ctx.services.sessionQueries.get(scope, e.sessionDbId!),
    );
    return row ? Session.from(row) : null;
  }
}
