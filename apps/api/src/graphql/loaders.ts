import DataLoader from 'dataloader';
import type { Context } from './context';

/**
 * Per-request DataLoaders without a central list: a module declares its loader with `defineLoader`,
 * and `ctx.loaders.get(thatLoader)` creates it on first use in that request.
 */
export type LoaderFactory<K, V> = (ctx: Context) => DataLoader<K, V>;

export function defineLoader<K, V>(factory: LoaderFactory<K, V>): LoaderFactory<K, V> {
  return factory;
}

export class LoaderRegistry {
  private readonly loaders = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();
  constructor(private readonly ctx: () => Context) {}

  get<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(factory as LoaderFactory<unknown, unknown>);
    if (!loader) {
      loader = factory(this.ctx()) as DataLoader<unknown, unknown>;
      this.loaders.set(factory as LoaderFactory<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /**
   * A loader per argument set, for paged relations such as `followUps(first: 5)`: every customer in the
   * response asking with the same arguments shares one batched query.
   */
  getVariant<K, V, A>(factory: (ctx: Context, args: A) => DataLoader<K, V>, args: A): DataLoader<K, V> {
    const key = `${this.ids.get(factory) ?? this.register(factory)}:${JSON.stringify(args)}`;
    let loader = this.variants.get(key);
    if (!loader) {
      loader = factory(this.ctx(), args) as DataLoader<unknown, unknown>;
      this.variants.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }

  private readonly variants = new Map<string, DataLoader<unknown, unknown>>();
  private readonly ids = new Map<unknown, number>();
  private register(factory: unknown): number {
    const id = this.ids.size + 1;
    this.ids.set(factory, id);
    return id;
  }
}

/** Orders rows to match the requested keys (DataLoader's contract); missing keys become null. */
export function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups rows per requested key, for one-to-many relations. */
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
