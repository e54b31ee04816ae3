import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { queryStats } from './query-stats';

/**
 * Runs a fixed-shape statement as a named (prepared) statement on the pool TypeORM already holds.
 * node-postgres prepares only named statements, and on this kind of work PostgreSQL spends more time
 * planning than executing (DESIGN §8), so the hot paths — loaders and lookups by id — skip re-planning.
 * Not for searches: a cached generic plan made the two-character search 20× slower; those stay unnamed.
 */
const names = new Map<string, string>();

function nameFor(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = 'k' + createHash('sha1').update(sql).digest('hex').slice(0, 20);
    names.set(sql, name);
  }
  return name;
}

export async function preparedQuery<T = Record<string, unknown>>(ds: DataSource, sql: string, params: unknown[]): Promise<T[]> {
  const pool = (ds.driver as unknown as { master: Pool }).master;
  queryStats.note(sql, params);
  const result = await pool.query({ name: nameFor(sql), text: sql, values: params });
  return result.rows as T[];
}
