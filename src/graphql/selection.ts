import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the client asked this field for nothing beyond `carried` (fragments included). A live
 * event carries a few facts of its objects (ids, the new status); when that is all a subscriber
 * selects, the object is built from the event and each event costs no database read per subscriber.
 */
export function selectsOnly(info: GraphQLResolveInfo, carried: ReadonlySet<string>): boolean {
  const within = (set: SelectionSetNode | undefined): boolean =>
    !set ||
    set.selections.every((s) => {
      if (s.kind === 'Field') return s.name.value === '__typename' || carried.has(s.name.value);
      if (s.kind === 'InlineFragment') return within(s.selectionSet);
      const fragment = info.fragments[s.name.value];
      return !!fragment && within(fragment.selectionSet);
    });
  return info.fieldNodes.every((node) => within(node.selectionSet));
}
