import { DataSource } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';
import { CountingLogger } from './query-stats';
import { logger } from '../common/logger';

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  applicationName?: string;
}

/**
 * The one TypeORM DataSource of a process. `synchronize` is never on: the schema changes only through migrations.
 * Parallel query is switched off for our sessions: on small OLTP statements it costs far more than it saves (DESIGN §8).
 */
export function createDataSource({ url, poolSize = 20, applicationName = 'kehu-api' }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: ['query', 'error', 'warn'],
    logger: new CountingLogger((level, message) => logger[level](message)),
    maxQueryExecutionTime: 1000,
    applicationName,
    extra: {
      max: poolSize,
      // A similarity bar high enough for the trigram index to narrow the similar-name check down (see customer.duplicates.ts).
      options: '-c max_parallel_workers_per_gather=0 -c timezone=UTC -c pg_trgm.similarity_threshold=0.6',
      connectionTimeoutMillis: 10000,
    },
  });
}
