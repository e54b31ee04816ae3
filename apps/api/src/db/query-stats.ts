import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';

/**
 * Counts the SQL statements TypeORM sends, globally and per request (AsyncLocalStorage),
 * so tests can assert statement budgets ("the 360 query issues N statements, whatever the row count").
 */
export interface QueryTally {
  count: number;
  /** Recorded only when asked (the bench replays them against PostgreSQL directly). */
  statements?: { sql: string; params: unknown[] }[];
}

const requestTally = new AsyncLocalStorage<QueryTally>();
let total = 0;
/** Process-wide capture, for one request at a time served in-process (the bench's statement capture). */
let captured: CapturedStatement[] | null = null;

/** A statement as sent, with the session options of the pool that ran it (the bench replays it with them). */
export interface CapturedStatement {
  sql: string;
  params: unknown[];
  /** PostgreSQL `options` of the connection (e.g. `-c plan_cache_mode=force_generic_plan`); unset: the main pool's. */
  sessionOptions?: string;
}

export const queryStats = {
  get total() {
    return total;
  },
  /** Run fn with a fresh tally; statements are recorded when `record` is set (bench captures them). */
  async measure<T>(fn: () => Promise<T>, record = false): Promise<{ result: T; tally: QueryTally }> {
    const tally: QueryTally = { count: 0, statements: record ? [] : undefined };
    const result = await requestTally.run(tally, fn);
    return { result, tally };
  },
  runWith<T>(tally: QueryTally, fn: () => T): T {
    return requestTally.run(tally, fn);
  },
  startCapture() {
    captured = [];
  },
  stopCapture(): CapturedStatement[] {
    const out = captured ?? [];
    captured = null;
    return out;
  },
  note(sql: string, params: unknown[] = [], sessionOptions?: string) {
    total++;
    captured?.push({ sql, params, sessionOptions });
    const tally = requestTally.getStore();
    if (tally) {
      tally.count++;
      tally.statements?.push({ sql, params });
    }
  },
};

export class CountingLogger implements Logger {
  constructor(private readonly report: (level: 'warn' | 'error', message: string) => void) {}
  logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner) {
    queryStats.note(query, parameters);
  }
  logQueryError(error: string | Error, query: string) {
    this.report('error', `SQL failed: ${error instanceof Error ? error.message : error} — ${query.slice(0, 500)}`);
  }
  logQuerySlow(time: number, query: string) {
    this.report('warn', `slow SQL (${time} ms): ${query.slice(0, 500)}`);
  }
  logSchemaBuild() {}
  logMigration() {}
  log(level: 'log' | 'info' | 'warn', message: unknown) {
    if (level === 'warn') this.report('warn', String(message));
  }
}
