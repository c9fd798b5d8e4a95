import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { DomainEventMap } from '../../events/events.js';
import { filterEvents } from '../../events/filter.js';
import { inScopeTenant } from '../../domain/scope.js';
import { CONNECTOR_ERROR_CODES } from '../../domain/ocpp-report-words.js';
import { requireScope, type Context } from '../context.js';
import { fromGlobalId } from '../node.js';
import { toConnectorStatus } from '../types/enums.js';
import { ChargerStatusEvent } from '../types/live-events.type.js';

type StatusEvent = DomainEventMap['charger.status'];

@Resolver()
export class ChargerStatusResolver {
  @Subscription(() => ChargerStatusEvent, {
    description: "Status changes of the caller's chargers; both filters are optional.",
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const scope = requireScope(ctx);
      const chargerId = args.chargerId ? (fromGlobalId(args.chargerId)?.id ?? 'none') : null;
      const siteId = args.siteId ? (fromGlobalId(args.siteId)?.id ?? 'none') : null;
      // Filters run in the server; a subscriber only ever sees its own tenant's events.
      return filterEvents(
        ctx.services.events.subscribe('charger.status'),
        (e) => inScopeTenant(scope, e) && (!chargerId || e.chargerId === chargerId) && (!siteId || e.siteId === siteId),
      );
    },
  })
  chargerStatus(
    @Root() event: StatusEvent,
    @Arg('chargerId', () => ID, { nullable: true }) _chargerId?: string,
    @Arg('siteId', () => ID, { nullable: true }) _siteId?: string,
  ): ChargerStatusEvent {
    return Object.assign(new ChargerStatusEvent(), {
      source: event,
      chargerDbId: event.chargerId,
      connectorId: event.connectorId,
      evseId: event.connectorId,
      evseConnectorId: event.evseConnectorId ?? (event.connectorId > 0 ? 1 : null),
      evseConnectorStatus: event.connectorId > 0 ? toConnectorStatus(event.evseConnectorStatus ?? event.status) : null,
      status: toConnectorStatus(event.status),
      online: event.online,
      errorCode: CONNECTOR_ERROR_CODES.nameOf(event.errorCode),
      timestamp: event.timestamp,
    });
  }
}
