import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer } from 'node:net';
import { Client } from 'pg';
import { createDataSource } from '../db/data-source';
import { withDatabase } from '../db/database';
import { startEmbeddedPostgres } from '@kehu/embedded-pg';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * One PostgreSQL server per test run: DATABASE_URL's when set, otherwise a fresh embedded one in a temp dir.
 * Migrations run once into a template database; each test file clones it (CREATE DATABASE … TEMPLATE),
 * so files run in parallel on their own data.
 */
export default async function globalSetup() {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kehu-test-pg-'));
    const pg = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    (globalThis as Record<string, unknown>).__KEHU_TEST_PG__ = { ...pg, dataDir };
    adminUrl = pg.url;
  }
  const template = `kehu_tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template} ENCODING 'UTF8' TEMPLATE template0`);
  await admin.end();

  const ds = createDataSource({ url: withDatabase(adminUrl!, template), poolSize: 2 });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();

  process.env.KEHU_TEST_ADMIN_URL = adminUrl;
  process.env.KEHU_TEST_TEMPLATE = template;
}
