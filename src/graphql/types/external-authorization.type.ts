import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ExternalAuthorizationFallback {
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
  LOCAL_ONLY = 'LOCAL_ONLY',
}
registerEnumType(ExternalAuthorizationFallback, {
  name: 'ExternalAuthorizationFallback',
  description: 'What decides when the authorizer is slow, down or answers nonsense.',
  valuesConfig: {
    ACCEPT: { description: 'Let the driver charge.' },
    REJECT: { description: 'Refuse (Invalid).' },
    LOCAL_ONLY: { description: 'The local id tag list alone decides.' },
  },
});

export enum ExternalAuthorizationMode {
  UNKNOWN_ONLY = 'UNKNOWN_ONLY',
  ALWAYS = 'ALWAYS',
}
registerEnumType(ExternalAuthorizationMode, {
  name: 'ExternalAuthorizationMode',
  valuesConfig: {
    UNKNOWN_ONLY: { description: 'Ask only for tags the local list does not know.' },
    ALWAYS: { description: 'Ask for every tag; its answer overrides the local list.' },
  },
});

@InputType({ description: 'An empty or null url removes the authorizer.' })
export class ExternalAuthorizationInput {
  @Field(() => String, {
    nullable: true,
    description: 'https://...; gets a signed POST { chargerId ocppId idTag connectorId }.',
  })
  url?: string | null;

  @Field(() => Int, { nullable: true, description: 'Default 2000; 100-10000.' })
  timeoutMs?: number | null;

  @Field(() => ExternalAuthorizationFallback, { nullable: true, description: 'Default LOCAL_ONLY.' })
  fallback?: ExternalAuthorizationFallback | null;

  @Field(() => ExternalAuthorizationMode, { nullable: true, description: 'Default UNKNOWN_ONLY.' })
  mode?: ExternalAuthorizationMode | null;
}

@ObjectType({
  description:
    "The tenant's own authorizer for id tags (Authorize, StartTransaction). It answers " +
    '{ status: Accepted|Blocked|Expired|Invalid, expiresAt?, groupIdTag? }; answers are cached for a minute.',
})
export class ExternalAuthorization {
  @Field(() => String)
  url!: string;

  @Field(() => Int)
  timeoutMs!: number;

  @Field(() => ExternalAuthorizationFallback)
  fallback!: ExternalAuthorizationFallback;

  @Field(() => ExternalAuthorizationMode)
  mode!: ExternalAuthorizationMode;

  secret!: string;
}
