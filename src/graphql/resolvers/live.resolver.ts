import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import { assertCan } from '../../domain/policy.js';
import type { DomainEventMap, OcppMessageData } from '../../events/events.js';
import { filterEvents } from '../../events/filter.js';
import { inScopeTenant } from '../../domain/scope.js';
import { requireScope, type Context } from '../context.js';
import { sharedRead } from '../shared-reads.js';
import { fromGlobalId } from '../node.js';
import { OcppMessage, toOcppMessage } from '../types/ocpp-message.type.js';
import { MeterValuesEvent } from '../types/live-events.type.js';
import { MeterValue, Session } from '../types/session.type.js';

/** Decodes an optional global-id filter; a malformed or foreign-typed id matches nothing. */
function idFilter(globalId: string | undefined | null, type: string): string | null | false {
  if (!globalId) return null;
  const decoded = fromGlobalId(globalId);
  return decoded?.type === type ? decoded.id : false;
}

const matches = (wanted: string | null | false, actual: string | null) =>
  wanted === null || (wanted !== false && wanted === actual);

interface SubscribeArgs {
  args: Record<string, string | undefined>;
  context: Context;
}

/** Every live event is filtered in the server by tenant first, then by the optional arguments. */
function tenantStream<T extends keyof DomainEventMap>(
  { context }: SubscribeArgs,
  topic: T,
  keep: (event: DomainEventMap[T]) => boolean,
  permission: Parameters<typeof assertCan>[1],
) {
  const scope = requireScope(context);
  assertCan(scope, permission);
  const source: AsyncIterable<DomainEventMap[T]> = context.services.events.subscribe(topic);
  return filterEvents(source, (e) => inScopeTenant(scope, e) && keep(e));
}

/**
 * A scope narrowed by owner (a driver) follows only its own sessions' events, by the same rule as the
 * `sessions` query; events of no session (connector 0) are nobody's. Answers are remembered for the
 * subscription: who owns a session does not change while it is being followed.
 */
function ownSessionsOnly<E extends { sessionId: string | null }>(context: Context, stream: AsyncIterable<E>) {
  const scope = requireScope(context);
  if (scope.ownerId === undefined) return stream;
  const known = new Map<string, boolean>();
  return filterEvents(stream, async (e) => {
    if (!e.sessionId) return false;
    let mine = known.get(e.sessionId);
    if (mine === undefined) {
      mine = (await context.services.sessionQueries.get(scope, e.sessionId)) !== null;
      if (known.size >= 1000) known.clear();
      known.set(e.sessionId, mine);
    }
    return mine;
  });
}

@Resolver()
export class LiveResolver {
  @Subscription(() => MeterValuesEvent, {
    description: 'Meter values as chargers send them, before they are written. Every filter is optional.',
    subscribe: (data: SubscribeArgs) => {
      const charger = idFilter(data.args.chargerId, 'Charger');
      const session = idFilter(data.args.sessionId, 'Session');
      const site = idFilter(data.args.siteId, 'Site');
      const stream = tenantStream(
        data,
        'meter.values',
        (e) => matches(charger, e.chargerId) && matches(session, e.sessionId) && matches(site, e.siteId),
        'chargers:read',
      );
      return ownSessionsOnly(data.context, stream);
    },
  })
  meterValues(
    @Root() e: DomainEventMap['meter.values'],
    @Arg('chargerId', () => ID, { nullable: true }) _chargerId?: string,
    @Arg('sessionId', () => ID, { nullable: true }) _sessionId?: string,
    @Arg('siteId', () => ID, { nullable: true }) _siteId?: string,
  ): MeterValuesEvent {
    return Object.assign(new MeterValuesEvent(), {
      source: e,
      chargerDbId: e.chargerId,
      sessionDbId: e.sessionId,
      connectorId: e.connectorId,
      timestamp: e.timestamp,
      values: e.values.map((v) => MeterValue.from({ ...v, chargerId: e.chargerId, connectorId: e.connectorId })),
    });
  }

  @Subscription(() => Session, {
    nullable: true,
    description: 'A session each time it changes: status, live energy, cost. Every filter is optional.',
    subscribe: (data: SubscribeArgs) => {
      const session = idFilter(data.args.sessionId, 'Session');
      const charger = idFilter(data.args.chargerId, 'Charger');
      const stream = tenantStream(
        data,
        'session.updated',
        (e) => matches(session, e.sessionId) && matches(charger, e.chargerId),
        'sessions:read',
      );
      return ownSessionsOnly(data.context, stream);
    },
  })
  async sessionUpdated(
    @Root() e: DomainEventMap['session.updated'],
    @Ctx() ctx: Context,
    @Arg('sessionId', () => ID, { nullable: true }) _sessionId?: string,
    @Arg('chargerId', () => ID, { nullable: true }) _chargerId?: string,
  ): Promise<Session | null> {
    // Read at delivery time, so the subscriber gets the session as it is now (energy, cost); once
    // per event for all subscribers of the same scope.
    const scope = requireScope(ctx);
    const row = await sharedRead(e, scope, 'session', () => ctx.services.sessionQueries.get(scope, e.sessionId));
    return row ? Session.from(row) : null;
  }

  @Subscription(() => OcppMessage, {
    description: 'Every OCPP frame in and out, live (the message log as it is written).',
    subscribe: (data: SubscribeArgs) => {
      const charger = idFilter(data.args.chargerId, 'Charger');
      return tenantStream(data, 'ocpp.message', (e) => matches(charger, e.chargerId), 'ocpp:read');
    },
  })
  ocppMessages(
    @Root() m: OcppMessageData,
    @Arg('chargerId', () => ID, { nullable: true }) _chargerId?: string,
  ): OcppMessage {
    return toOcppMessage({ ...m, messageId: m.id });
  }
}
