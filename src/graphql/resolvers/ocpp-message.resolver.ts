import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root } from 'type-graphql';
import { Connection, toConnection } from '../connection.js';
import { requireScope, type Context } from '../context.js';
import { relationLoaders } from '../relation-loaders.js';
import { fromGlobalId } from '../node.js';
import { Charger } from '../types/charger.type.js';
import { MessageDirection, OcppMessage, toOcppMessage } from '../types/ocpp-message.type.js';

@InputType()
export class OcppMessageFilter {
  @Field(() => ID, { nullable: true })
  chargerId?: string;

  @Field(() => String, {
    nullable: true,
    description: "OCPP action, e.g. StartTransaction; responses carry their CALL's action.",
  })
  action?: string;

  @Field(() => MessageDirection, { nullable: true })
  direction?: MessageDirection;

  @Field(() => Date, { nullable: true, description: 'Frames at or after this time.' })
  since?: Date;

  @Field(() => Date, { nullable: true, description: 'Frames before this time.' })
  until?: Date;
}

const OcppMessageConnection = Connection(OcppMessage);
type OcppMessageConnection = InstanceType<typeof OcppMessageConnection>;

@Resolver(() => OcppMessage)
export class OcppMessageResolver {
  @Authorized('ocpp:read')
  @Query(() => OcppMessageConnection, { description: 'The OCPP message log (every frame in and out), newest first.' })
  async ocppMessages(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => OcppMessageFilter, { nullable: true }) filter?: OcppMessageFilter,
  ): Promise<OcppMessageConnection> {
    const scope = requireScope(ctx);
    const chargerId = filter?.chargerId ? fromGlobalId(filter.chargerId) : null;
    // A charger id that is not a Charger's matches nothing rather than everything.
    const chargerDbId = filter?.chargerId
      ? chargerId?.type === 'Charger'
        ? chargerId.id
        : '00000000-0000-0000-0000-000000000000'
      : null;
    const page = await ctx.services.messageLog.list(scope, { ...filter, chargerId: chargerDbId }, { first, after });
    return toConnection(OcppMessageConnection, page, toOcppMessage, Boolean(after));
  }

  @FieldResolver(() => Charger, { nullable: true, description: 'Null once the charger is deleted.' })
  async charger(@Root() message: OcppMessage, @Ctx() ctx: Context): Promise<Charger | null> {
    const row = await relationLoaders.liveCharger(ctx).load(message.chargerDbId);
    return row ? Charger.from(row) : null;
  }
}
