import type { DataSource } from 'typeorm';
import { logger } from '../../common/logger';
import { seedDemoCustomers } from './demo-customers';
import { seedDemoDeals } from './demo-deals';
import { seedDemoTeam } from './demo-team';
import { seedDemoUsers } from './demo-users';
import { seedDemoReminders } from './demo-reminders';
import { seedDemoTargets } from './demo-targets';

/** Tables the seed may wipe with --reset: everything but TypeORM's migration record. */
async function truncateAll(dataSource: DataSource) {
  const rows: { tablename: string }[] = await dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'migrations'`,
  );
  if (rows.length) await dataSource.query(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
}

/**
 * Demo data of a realistic Chinese company. Idempotent: a database that already has users is left alone
 * unless `reset` is set, which wipes every table first.
 */
export async function seedDemoData(dataSource: DataSource, { reset = false, now = new Date() } = {}): Promise<boolean> {
  if (reset) await truncateAll(dataSource);
  else {
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM users`);
    if (count > 0) return false;
  }
  await dataSource.transaction(async (em) => {
    const users = await seedDemoUsers(em);
    await seedDemoCustomers(em, users, now);
    await seedDemoDeals(em, users, now);
    await seedDemoTeam(em, users, now);
    await seedDemoReminders(em, users, now);
    await seedDemoTargets(em, users, now);
  });
  logger.info('seeded demo data (sign in as admin@kehu.demo / Kehu@2026!)');
  return true;
}
