import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: "A charger's own answer to a command. A Rejected answer is data, not an error." })
export class CommandResult {
  @Field(() => String, { description: 'As the charger said it: Accepted, Rejected, Scheduled, Unlocked, ...' })
  status!: string;

  @Field(() => Boolean, { description: 'True when the charger will do it (Accepted, Scheduled, Unlocked).' })
  accepted!: boolean;

  static of(status: string): CommandResult {
    return Object.assign(new CommandResult(), { status, accepted: ['Accepted', 'Scheduled', 'Unlocked'].includes(status) });
  }
}
