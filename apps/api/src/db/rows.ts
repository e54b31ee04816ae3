import { types } from 'pg';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

// `date` columns are calendar dates: keep "2026-11-23" as it is rather than a JS Date at local midnight.
types.setTypeParser(1082, (value: string) => value);

/**
 * Hand-written SQL that returns whole entities: `SELECT ${selectColumns(ds, Customer, 'c')} FROM customers c …`
 * aliases every selectable column to its property name, and `hydrate` turns the rows into entity instances.
 */
export function selectColumns(ds: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string): string {
  return ds
    .getMetadata(entity)
    .columns.filter((c) => c.isSelect)
    .map((c) => `${alias}.${c.databaseName} AS "${c.propertyName}"`)
    .join(', ');
}

export function hydrate<T>(entity: new () => T, rows: Record<string, unknown>[]): T[] {
  return rows.map((row) => Object.assign(new entity() as object, row) as T);
}
