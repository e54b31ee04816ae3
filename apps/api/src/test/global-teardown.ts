import { rmSync } from 'node:fs';
import { Client } from 'pg';

export default async function globalTeardown() {
  const embedded = (globalThis as Record<string, unknown>).__KEHU_TEST_PG__ as { stop(): Promise<void>; dataDir: string } | undefined;
  if (embedded) {
    await embedded.stop();
    rmSync(embedded.dataDir, { recursive: true, force: true });
    return;
  }
  // An external server: drop the template so runs leave nothing behind.
  const admin = new Client({ connectionString: process.env.KEHU_TEST_ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${process.env.KEHU_TEST_TEMPLATE} WITH (FORCE)`);
  await admin.end();
}
