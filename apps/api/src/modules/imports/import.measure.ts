/**
 * Measures an import of N customers (default 10,000) end to end: build the .xlsx, upload (parse + validate +
 * duplicate check + store rows), run (set-based batches). Not a test — timings are printed, never asserted.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node -r @swc-node/register src/modules/imports/import.measure.ts [rows]
 *
 * Works in a scratch database `kehu_import_measure` on that server (created, migrated, dropped afterwards).
 */
import 'reflect-metadata';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { loadConfig } from '../../config';
import { ManualClock } from '../../common/clock';
import { createDataSource } from '../../db/data-source';
import { withDatabase } from '../../db/database';
import { createContext } from '../../graphql/context';
import { createAppPubSub } from '../../graphql/pubsub';
import { User } from '../users/user.entity';
import { runImport } from './import.run';
import { startImport, uploadImport } from './import.service';

async function main() {
  const n = Number(process.argv[2] ?? 10_000);
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('set DATABASE_URL to a server where a scratch database may be created');
  const name = 'kehu_import_measure';
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
  const ds = createDataSource({ url: withDatabase(adminUrl, name), poolSize: 5 });
  try {
    await ds.initialize();
    await ds.runMigrations();
    const config = { ...loadConfig({ NODE_ENV: 'test' }), databaseUrl: withDatabase(adminUrl, name) };
    const services = { config, dataSource: ds, clock: new ManualClock(new Date()), pubSub: createAppPubSub(null) };
    const [{ id }] = await ds.query(
      `INSERT INTO users (name, email, role, password_hash) VALUES ('计时', 'measure@kehu.local', 'SALES', 'x') RETURNING id`,
    );
    const user = await ds.getRepository(User).findOneByOrFail({ id });
    const ctx = createContext(services, user);

    const t0 = performance.now();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow([
      '客户名称*',
      '客户类型',
      '客户等级',
      '客户来源',
      '所属行业',
      '省份',
      '城市',
      '标签',
      '联系人姓名*',
      '职务',
      '手机',
      '联系人邮箱',
    ]);
    for (let i = 0; i < n; i++) {
      ws.addRow([
        `计时导入${String(i).padStart(6, '0')}科技有限公司`,
        '意向',
        ['VIP', '重要', '普通', '潜在'][i % 4],
        '展会',
        '制造业',
        '广东省',
        '深圳市',
        i % 3 ? '导入' : '导入、重点',
        `联系人${i}`,
        '经理',
        `137${String(i).padStart(8, '0')}`,
        `c${i}@example.com`,
      ]);
    }
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const t1 = performance.now();
    const job = await uploadImport(ctx, 'CUSTOMERS', 'measure.xlsx', file);
    const t2 = performance.now();
    await startImport(ctx, job.id, [], null);
    await runImport(services, job.id);
    const t3 = performance.now();
    const [done] = await ds.query(`SELECT status, created_count, failed_count FROM import_jobs WHERE id = $1`, [job.id]);
    const [{ c }] = await ds.query(`SELECT count(*)::int AS c FROM customers`);
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(`rows: ${n}, file ${(file.length / 1024 / 1024).toFixed(2)} MB`);
    console.log(
      `build xlsx: ${s(t1 - t0)}  upload (parse, validate, duplicates, store): ${s(t2 - t1)}  run: ${s(t3 - t2)}  upload+run: ${s(t3 - t1)}`,
    );
    console.log(`job: ${JSON.stringify(done)}; customers in database: ${c}`);
    await services.pubSub.close();
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
