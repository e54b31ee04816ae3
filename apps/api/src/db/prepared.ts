import { createHash } from 'node:crypto';
import { types, type FieldDef, type Pool } from 'pg';
import { DataSource } from 'typeorm';
import { logger } from '../common/logger';
import { KehuDataSource } from './data-source';
import { queryStats } from './query-stats';

/**
 * Fixed-shape read statements (loaders, lookups by id) go through here, for two reasons measured on a
 * 2-core machine (DESIGN §8):
 *
 * 1. They run as named (prepared) statements, planned once (KehuDataSource.readPool): PostgreSQL spends more
 *    time planning such statements than executing them, and node-postgres prepares only named ones. Not for
 *    searches: a cached generic plan made the two-character search 20× slower; those stay unnamed.
 * 2. Within one request (a Context), the statements issued in the same turn of the event loop — one per DataLoader
 *    when a page asks for ten relations at once — are sent as ONE statement, each as a subquery whose rows
 *    come back as a JSON array of their text forms. Each round trip costs syscalls on both sides that dwarf
 *    a sub-millisecond index lookup; the 360 page went from 14 statements to 3.
 *
 * The combined form is exact, not an approximation: a statement is first run on its own, which tells us
 * its columns and their types; when combined, every column is cast to text (what PostgreSQL would have sent)
 * and parsed with the same pg type parser, so callers get the very rows they would have got alone (numeric
 * stays a string, never a float). Row order is explicit: a statement's top-level ORDER BY is repeated as a
 * row_number() window inside it, and json_agg aggregates ORDER BY that number (orderedForBatch).
 * A failing combined statement is logged and each of its statements retried alone, so one bad statement fails
 * only its caller.
 *
 * The rules a contributor must keep, and why: docs/statement-batcher.md.
 */

/** A Map that forgets its oldest entry past `max`: the caches below are keyed by SQL text, which callers build. */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly max: number) {
    super();
  }
  override set(key: K, value: V): this {
    if (!this.has(key) && this.size >= this.max) this.delete(this.keys().next().value as K);
    return super.set(key, value);
  }
}

/** Statement texts seen by this process; past the bound the oldest are hashed again when next used. */
export const MAX_CACHED_STATEMENTS = 2000;
const names = new BoundedMap<string, string>(MAX_CACHED_STATEMENTS);

function nameFor(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = 'k' + createHash('sha1').update(sql).digest('hex').slice(0, 20);
    names.set(sql, name);
  }
  return name;
}

type Row = Record<string, unknown>;
interface Pending {
  sql: string;
  params: unknown[];
  fields: FieldDef[];
  resolve(rows: Row[]): void;
  reject(err: unknown): void;
}

/** The columns of each statement we have run, learnt from its first run on its own (null: never batched). */
const columnsOf = new BoundedMap<string, FieldDef[] | null>(MAX_CACHED_STATEMENTS);
/** Statements waiting for the end of this turn, per pool: one batch per request (its Context holds it). */
export type StatementBatch = Map<Pool, Pending[]>;
export const newStatementBatch = (): StatementBatch => new Map();
/** Where a read runs: a DataSource (on its own), or a request's context (batched with the request's others). */
export type ReadSource = DataSource | { dataSource: DataSource; statementBatch?: StatementBatch };

/** PostgreSQL takes at most 65,535 parameters per statement; stay well below, and keep statements readable. */
const MAX_PER_STATEMENT = 24;
const MAX_PARAMS = 30_000;

export async function preparedQuery<T = Row>(source: ReadSource, sql: string, params: unknown[]): Promise<T[]> {
  const ds = source instanceof DataSource ? source : source.dataSource;
  const batch = source instanceof DataSource ? undefined : source.statementBatch;
  const pool = ds instanceof KehuDataSource ? ds.readPool() : (ds.driver as unknown as { master: Pool }).master;
  const fields = columnsOf.get(sql);
  if (!batch || !fields) return (await runAlone(pool, sql, params)) as T[];
  let queue = batch.get(pool);
  if (!queue) {
    queue = [];
    batch.set(pool, queue);
    // setImmediate: after every DataLoader of this round (they dispatch on process.nextTick) has asked.
    setImmediate(() => {
      batch.delete(pool);
      flush(pool, queue!);
    });
  }
  return new Promise<T[]>((resolve, reject) => queue!.push({ sql, params, fields, resolve: resolve as (rows: Row[]) => void, reject }));
}

/** The pool's session options, recorded with captured statements (the bench replays them in the same settings). */
const sessionOptions = (pool: Pool) => (pool as unknown as { options: { options?: string } }).options.options;

async function runAlone(pool: Pool, sql: string, params: unknown[]): Promise<Row[]> {
  queryStats.note(sql, params, sessionOptions(pool));
  const result = await pool.query({ name: nameFor(sql), text: sql, values: params });
  if (!columnsOf.has(sql))
    columnsOf.set(sql, result.fields.length && uniqueNames(result.fields) && orderedForBatch(sql) !== null ? result.fields : null);
  return result.rows as Row[];
}

const uniqueNames = (fields: FieldDef[]) => new Set(fields.map((f) => f.name)).size === fields.length;

function flush(pool: Pool, queue: Pending[]) {
  // A stable order, so the same page always makes the same combined statement (and reuses its plan).
  queue.sort((a, b) => (a.sql < b.sql ? -1 : a.sql > b.sql ? 1 : 0));
  for (let start = 0; start < queue.length;) {
    const chunk: Pending[] = [];
    let params = 0;
    while (
      start < queue.length &&
      chunk.length < MAX_PER_STATEMENT &&
      (chunk.length === 0 || params + queue[start].params.length <= MAX_PARAMS)
    ) {
      params += queue[start].params.length;
      chunk.push(queue[start++]);
    }
    void runChunk(pool, chunk);
  }
}

async function runChunk(pool: Pool, chunk: Pending[]) {
  if (chunk.length === 1) return settle(chunk[0], () => runAlone(pool, chunk[0].sql, chunk[0].params));
  const { sql, params } = combine(chunk);
  try {
    queryStats.note(sql, params, sessionOptions(pool));
    const result = await pool.query(combinedQuery(sql, params));
    const row = result.rows[0] as Record<string, string[][] | null>;
    chunk.forEach((p, i) => p.resolve(decode(p.fields, row[`r${i}`] ?? [])));
  } catch (err) {
    // Find out which statement failed: each caller gets its own result or error from its statement alone.
    logger.warn('combined statement failed; running its statements one by one', {
      statements: chunk.length,
      error: err instanceof Error ? err.message : String(err),
    });
    for (const p of chunk) void settle(p, () => runAlone(pool, p.sql, p.params));
  }
}

/**
 * Each prepared statement holds a plan in every connection that ran it. Pages make a few hundred shapes of
 * combined statement at most, but an integrator's free-form queries could make endless ones: past this
 * many, new shapes run unnamed (planned each time, kept nowhere).
 */
export const MAX_COMBINED_SHAPES = 500;
const combinedShapes = new Set<string>();

function combinedQuery(sql: string, values: unknown[]) {
  if (!combinedShapes.has(sql) && combinedShapes.size < MAX_COMBINED_SHAPES) combinedShapes.add(sql);
  return combinedShapes.has(sql) ? { name: nameFor(sql), text: sql, values } : { text: sql, values };
}

async function settle(p: Pending, run: () => Promise<Row[]>) {
  try {
    p.resolve(await run());
  } catch (err) {
    p.reject(err);
  }
}

/** One SELECT whose column r<i> is statement i's rows as a JSON array of arrays of text values. */
function combine(chunk: Pick<Pending, 'sql' | 'params' | 'fields'>[]): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const parts = chunk.map((p, i) => {
    const offset = params.length;
    params.push(...p.params);
    const ordered = orderedForBatch(p.sql) ?? p.sql;
    const text = offset ? ordered.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`) : ordered;
    const cols = p.fields.map((f) => `q."${f.name.replace(/"/g, '""')}"::text`).join(', ');
    const order = ordered === p.sql ? '' : ` ORDER BY q."${ORDINAL}"`;
    return `(SELECT COALESCE(json_agg(ARRAY[${cols}]${order}), '[]') FROM (${text}) q) AS r${i}`;
  });
  return { sql: `SELECT ${parts.join(',\n')}`, params };
}

/** Text values back to what node-postgres would have returned for those columns. */
function decode(fields: FieldDef[], rows: (string | null)[][]): Row[] {
  const parsers = fields.map((f) => types.getTypeParser(f.dataTypeID, 'text') as (v: string) => unknown);
  return rows.map((values) => {
    const row: Row = {};
    fields.forEach((f, i) => {
      const v = values[i];
      row[f.name] = v === null ? null : parsers[i](v);
    });
    return row;
  });
}

const ORDINAL = '__kehu_row';
const orderedCache = new BoundedMap<string, string | null>(MAX_CACHED_STATEMENTS);

/**
 * The statement as it goes into a combined statement: its top-level ORDER BY repeated as
 * `row_number() OVER (ORDER BY …) AS "__kehu_row"` first in its select list, so the combined statement can
 * aggregate its rows `ORDER BY` that number. The statement itself when it has no ORDER BY (its order is
 * unspecified alone too); null when the order cannot be carried over (a top-level UNION, INTERSECT, EXCEPT or
 * DISTINCT, or an ORDER BY naming an output column by position): such a statement always runs alone.
 */
export function orderedForBatch(sql: string): string | null {
  if (orderedCache.has(sql)) return orderedCache.get(sql)!;
  const result = computeOrdered(sql);
  orderedCache.set(sql, result);
  return result;
}

function computeOrdered(sql: string): string | null {
  const top = topLevel(sql);
  const orderBy = [...top.matchAll(/\bORDER\s+BY\b/gi)].at(-1);
  if (!orderBy) return sql;
  if (/\b(UNION|INTERSECT|EXCEPT|DISTINCT)\b/i.test(top)) return null;
  const from = orderBy.index + orderBy[0].length;
  const tail = /\b(LIMIT|OFFSET|FETCH|FOR)\b/i.exec(top.slice(from));
  const keys = sql.slice(from, tail ? from + tail.index : sql.length).trim();
  if (!keys || /(^|,)\s*\d+\s*(ASC|DESC)?\s*(NULLS\s+(FIRST|LAST))?\s*(?=,|$)/i.test(keys)) return null;
  const select = /\bSELECT\b/i.exec(top);
  if (!select) return null;
  const at = select.index + select[0].length;
  return `${sql.slice(0, at)} row_number() OVER (ORDER BY ${keys}) AS "${ORDINAL}",${sql.slice(at)}`;
}

/** The statement with everything inside parentheses, quotes and comments blanked out (same length). */
function topLevel(sql: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    if (c === "'" || c === '"') {
      const end = sql.indexOf(c, i + 1);
      const stop = end < 0 ? sql.length - 1 : end;
      out += ' '.repeat(stop - i + 1);
      i = stop;
      continue;
    }
    if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end < 0 ? sql.length - 1 : end;
      out += ' '.repeat(stop - i + 1);
      i = stop;
      continue;
    }
    if (c === '(') depth++;
    out += depth > 0 ? ' ' : c;
    if (c === ')') depth--;
  }
  return out;
}
