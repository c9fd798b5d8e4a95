import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { Page } from '../domain/page.js';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/** One Relay connection type per node type: `XConnection { totalCount edges { cursor node } pageInfo }`. */
export function Connection<T extends object>(NodeClass: ClassType<T>, name = NodeClass.name) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => NodeClass)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    countTotal!: () => Promise<number>;

    @Field(() => Int, { description: 'All rows matching the filter, across pages.' })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }
  return ConnectionClass;
}

/** Maps a domain page to a connection, converting each row with `toNode`. */
export function toConnection<Row, T, C extends ConnectionShape<T>>(
  ConnectionClass: abstract new () => C,
  page: Page<Row>,
  toNode: (row: Row) => T,
  afterGiven: boolean,
): C {
  const connection = Object.create((ConnectionClass as unknown as { prototype: object }).prototype) as C & {
    countTotal: () => Promise<number>;
  };
  connection.edges = page.nodes.map((row, i) => ({ cursor: page.cursors[i]!, node: toNode(row) }));
  connection.pageInfo = {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: afterGiven,
    startCursor: page.cursors[0] ?? null,
    endCursor: page.cursors.at(-1) ?? null,
  };
  connection.countTotal = page.totalCount;
  return connection;
}
