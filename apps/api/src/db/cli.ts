import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from './database';
import { seedDemoData } from './seed';
import { runMain } from '../common/run-main';

// npm run db:migrate | npm run db:seed [-- --reset]: against DATABASE_URL, or the embedded server when unset.
runMain(async () => {
  const [command, ...flags] = process.argv.slice(2);
  if (command !== 'migrate' && command !== 'seed') throw new Error('usage: cli.ts migrate | seed [--reset]');
  const db = await openDatabase(loadConfig());
  try {
    if (command === 'seed') {
      const seeded = await seedDemoData(db.dataSource, { reset: flags.includes('--reset') });
      console.log(seeded ? 'Demo data seeded.' : 'The database already has data; nothing seeded (use --reset to wipe and reseed).');
    } else {
      console.log('Migrations are up to date.');
    }
  } finally {
    await db.close();
  }
});
