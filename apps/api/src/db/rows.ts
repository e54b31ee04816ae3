import { types } from 'pg';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

// `date` columns are calendar dates: keep "2026-11-23" as it is rather than a JS Date at local midnight.
types.setTypeParser(1082, (value: string) => value);

/**
 * PostgreSQL keeps timestamps to the microsecond, a JS Date to the millisecond. Rows written by one statement
 * share a timestamp such as 16:02:03.123456; a keyset cursor holding 16:02:03.123 would then compare below every
 * one of them and skip the rest of the page. So a timestamptz whose text has sub-millisecond digits carries its
 * exact text on the Date (a symbol, invisible to JSON and GraphQL), and cursors are made with cursorTime().
 */
const EXACT = Symbol('exact timestamptz text');
const parseTimestamptz = types.getTypeParser(1184, 'text') as (value: string) => Date | string;
types.setTypeParser(1184, (value: string) => {
  const d = parseTimestamptz(value);
  if (d instanceof Date && /\.\d{4}/.test(value)) (d as Date & { [EXACT]?: string })[EXACT] = value;
  return d;
});

/** A timestamp for a keyset cursor: the database's exact text when it had microseconds, else ISO 8601. */
export function cursorTime(d: Date): string {
  return (d as Date & { [EXACT]?: string })[EXACT] ?? d.toISOString();
}

/**
 * Hand-written SQL that returns whole entities: `SELECT ${selectColumns(ds, Customer, 'c')} FROM customers c …`
 * aliases every selectable column to its property name, and `hydrate` turns the rows into entity instances.
 */
export function selectColumns(ds: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string): string {
  // Loaders ask for the same lists on every request: build each once per data source.
  let cache = columnLists.get(ds);
  if (!cache) columnLists.set(ds, (cache = new Map()));
  let perAlias = cache.get(entity);
  if (!perAlias) cache.set(entity, (perAlias = new Map()));
  let list = perAlias.get(alias);
  if (list === undefined) {
    list = ds
      .getMetadata(entity)
      .columns.filter((c) => c.isSelect)
      .map((c) => `${alias}.${c.databaseName} AS "${c.propertyName}"`)
      .join(', ');
    perAlias.set(alias, list);
  }
  return list;
}
const columnLists = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, Map<string, string>>>();

export function hydrate<T>(entity: new () => T, rows: Record<string, unknown>[]): T[] {
  return rows.map((row) => Object.assign(new entity() as object, row) as T);
}
