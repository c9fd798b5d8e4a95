import { Field, ID, InputType } from 'type-graphql';

// One input per delete, like every other mutation; each delete answers with the id it removed, so a
// client can evict exactly that object from its cache.

@InputType()
export class DeleteChargerInput {
  @Field(() => ID, { description: 'The Charger.' }) id!: string;
}

@InputType()
export class DeleteIdTagInput {
  @Field(() => ID, { description: 'The IdTag.' }) id!: string;
}

@InputType()
export class DeleteSiteInput {
  @Field(() => ID, { description: 'The Site.' }) id!: string;
}

@InputType()
export class DeleteTariffInput {
  @Field(() => ID, { description: 'The Tariff.' }) id!: string;
}
