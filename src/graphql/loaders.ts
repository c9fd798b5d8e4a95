import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, created on first use. Over HTTP a context lives for one request;
 * on a WebSocket it lives as long as the subscription, so loaders there must not cache.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  constructor(private readonly options: { cache: boolean }) {}

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { cache: this.options.cache, maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Orders batch results to match keys; missing keys get `fallback`. */
export function byKey<K, V>(
  keys: readonly K[],
  rows: V[],
  keyOf: (row: V) => K,
  fallback: V | null = null,
): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? fallback);
}

/** Groups batch results per key (one-to-many relations). */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
