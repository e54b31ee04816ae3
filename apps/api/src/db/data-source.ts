import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';
import { CountingLogger } from './query-stats';
import { logger } from '../common/logger';
import { IdempotencyCommitMarker } from '../graphql/idempotency-commit';

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  applicationName?: string;
  /** The business time zone (TZ_BUSINESS), for what the database itself dates, such as customer numbers. */
  businessTimeZone?: string;
}

/**
 * The one TypeORM DataSource of a process. `synchronize` is never on: the schema changes only through migrations.
 * Parallel query is switched off for our sessions: on small OLTP statements it costs far more than it saves (DESIGN §8).
 */
export function createDataSource({
  url,
  poolSize = 20,
  applicationName = 'kehu-api',
  businessTimeZone = 'Asia/Shanghai',
}: DataSourceOptions): DataSource {
  return new KehuDataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsRun: false,
    subscribers: [IdempotencyCommitMarker],
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: ['query', 'error', 'warn'],
    logger: new CountingLogger((level, message) => logger[level](message)),
    maxQueryExecutionTime: 1000,
    applicationName,
    extra: {
      max: poolSize,
      options: `-c max_parallel_workers_per_gather=0 -c timezone=UTC -c kehu.business_time_zone=${businessTimeZone}`,
      connectionTimeoutMillis: 10000,
    },
  });
}

/**
 * A DataSource with a second pool for the fixed-shape reads of db/prepared.ts, whose sessions plan a prepared
 * statement once and reuse that plan (plan_cache_mode = force_generic_plan). PostgreSQL's own choice kept
 * re-planning them: `id = ANY($1::uuid[])` looks costlier without the array in hand, so the 360 page's
 * combined statement spent 1.1 ms planning for 0.6 ms of work, on every request. Searches stay on the main
 * pool, planned with their term known (DESIGN §8).
 */
export class KehuDataSource extends DataSource {
  private reads: Pool | null = null;

  /** The pool for prepared reads, opened on first use with the main pool's connection settings. */
  readPool(): Pool {
    if (!this.reads) {
      const main = (this.driver as unknown as { master: Pool & { options: Record<string, unknown> } }).master;
      const options = `${(main.options.options as string | undefined) ?? ''} -c plan_cache_mode=force_generic_plan`.trim();
      this.reads = new Pool({ ...main.options, options });
      // A connection the server ends (a restart, a dropped test database) must not crash the process.
      this.reads.on('error', (err) => logger.warn(`read pool: ${err.message}`));
    }
    return this.reads;
  }

  override async destroy(): Promise<void> {
    const reads = this.reads;
    this.reads = null;
    await reads?.end();
    await super.destroy();
  }
}
