import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { requireScope, type Context } from '../context.js';
import { toConnection } from '../connection.js';
import { Charger } from '../types/charger.type.js';
import {
  ConnectionEvent,
  ConnectionEventConnection,
  FirmwareStatusEvent,
  FirmwareStatusEventConnection,
  SecurityEvent,
  SecurityEventConnection,
} from '../types/charger-history.type.js';

/** What a charger reported about itself over time, kept as charger events. */
@Resolver(() => Charger)
export class ChargerHistoryResolver {
  @FieldResolver(() => ConnectionEventConnection, { description: 'Online/offline history, newest first.' })
  async connectionEvents(
    @Root() charger: Charger,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'Page size; at most 500.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = await ctx.services.chargers.events(requireScope(ctx), charger.dbId, ['Connected', 'Disconnected'], {
      first,
      after,
    });
    return toConnection(ConnectionEventConnection, page, ConnectionEvent.from, !!after);
  }

  @FieldResolver(() => FirmwareStatusEventConnection, {
    description: 'Firmware and diagnostics progress reports, newest first (firmwareStatus shows the latest).',
  })
  async firmwareStatusHistory(
    @Root() charger: Charger,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'Page size; at most 500.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const types = ['FirmwareStatusNotification', 'DiagnosticsStatusNotification'];
    const page = await ctx.services.chargers.events(requireScope(ctx), charger.dbId, types, { first, after });
    return toConnection(FirmwareStatusEventConnection, page, FirmwareStatusEvent.from, !!after);
  }

  @Authorized('ocpp:read')
  @FieldResolver(() => SecurityEventConnection, { description: 'Security events the charger reported, newest first.' })
  async securityEvents(
    @Root() charger: Charger,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'Page size; at most 500.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = await ctx.services.chargers.events(requireScope(ctx), charger.dbId, ['SecurityEventNotification'], {
      first,
      after,
    });
    return toConnection(SecurityEventConnection, page, SecurityEvent.from, !!after);
  }
}
