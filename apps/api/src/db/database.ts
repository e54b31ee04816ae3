import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { StartupError } from '../common/startup-error';
import { logger } from '../common/logger';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres } from '@kehu/embedded-pg';

export interface Database {
  dataSource: DataSource;
  /** Connection string of the application database (for pg-boss, bench, tools). */
  url: string;
  close(): Promise<void>;
}

/** postgres://user:secret@host/db -> postgres://user:***@host/db, for error messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparsable URL)';
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = '/' + database;
  return u.toString();
}

/** Fails with one clear line when the server cannot be reached or refuses us. */
export async function checkConnection(url: string, variable = 'DATABASE_URL'): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (err) {
    throw new StartupError(`Cannot connect to ${variable} (${redactUrl(url)}): ${(err as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** CREATE DATABASE is not transactional and has no IF NOT EXISTS: check first. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}" ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
}

/**
 * Opens the system of record: the DATABASE_URL server when set, otherwise an embedded PostgreSQL under
 * `<dataDir>/pg`. Runs pending migrations before anything else touches the schema.
 */
export async function openDatabase(config: Config, opts: { migrate?: boolean } = {}): Promise<Database> {
  let url: string;
  let stopEmbedded: (() => Promise<void>) | null = null;
  if (config.databaseUrl) {
    url = config.databaseUrl;
    await checkConnection(url);
  } else {
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(config.dataDir, 'pg'),
      port: config.embeddedPgPort,
      log: (line: string) => logger.debug(line),
    });
    stopEmbedded = () => embedded.stop();
    try {
      await ensureDatabase(embedded.url, 'kehu');
    } catch (err) {
      await embedded.stop();
      throw err;
    }
    url = withDatabase(embedded.localUrl, 'kehu');
    logger.info(`embedded PostgreSQL on 127.0.0.1:${embedded.port}, data in ${path.join(config.dataDir, 'pg')}`);
  }

  const dataSource = createDataSource({ url, poolSize: config.dbPoolSize, businessTimeZone: config.businessTimeZone });
  try {
    await dataSource.initialize();
    if (opts.migrate !== false) {
      const ran = await dataSource.runMigrations({ transaction: 'each' });
      if (ran.length) logger.info(`applied ${ran.length} migration(s): ${ran.map((m) => m.name).join(', ')}`);
    }
  } catch (err) {
    await dataSource.destroy().catch(() => {});
    await stopEmbedded?.();
    throw err;
  }

  return {
    dataSource,
    url,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await stopEmbedded?.();
    },
  };
}
