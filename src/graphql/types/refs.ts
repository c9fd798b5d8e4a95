import { Field, ID, ObjectType } from 'type-graphql';
import { toGlobalId } from '../node.js';

// Live events carry references, not whole objects: a subscriber fetches details once, not per event.

@ObjectType({ description: 'A reference to a charger; query `charger(id)` for the rest.' })
export class ChargerRef {
  @Field(() => ID)
  id!: string;

  static of(dbId: string): ChargerRef {
    return { id: toGlobalId('Charger', dbId) };
  }
}

@ObjectType({ description: 'A reference to a session; query `session(id)` for the rest.' })
export class SessionRef {
  @Field(() => ID)
  id!: string;

  static of(dbId: string | null): SessionRef | null {
    return dbId ? { id: toGlobalId('Session', dbId) } : null;
  }
}
