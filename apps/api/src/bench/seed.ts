import type { Client } from 'pg';
import { buildSearchGrams, buildSearchText, normalizeCompanyName } from '@kehu/domain';
import { hashPassword } from '../modules/auth/password';

/**
 * A realistic data set for the bench, seeded in bulk: customers and their search data in batches of
 * 2,000 rows through unnest() arrays (names come from a vocabulary, so pinyin is computed per part), then
 * everything else by generate_series in SQL, on a long tail (seedLoad): most customers have a few follow-ups,
 * tags and deals, the busiest 1 % hundreds of follow-ups and change-log rows and dozens of contracts.
 */
export interface BenchSizes {
  customers: number;
  contactsPerCustomer: number;
  salespeople: number;
}

const CITIES = [
  '北京',
  '上海',
  '深圳',
  '广州',
  '杭州',
  '苏州',
  '南京',
  '成都',
  '武汉',
  '青岛',
  '厦门',
  '天津',
  '西安',
  '重庆',
  '长沙',
  '合肥',
];
const BRAND_A = [
  '华',
  '恒',
  '瑞',
  '博',
  '金',
  '天',
  '鑫',
  '佳',
  '云',
  '宏',
  '万',
  '正',
  '中',
  '安',
  '新',
  '德',
  '长',
  '立',
  '优',
  '星',
  '福',
  '和',
  '东',
  '汇',
  '锦',
  '明',
  '聚',
  '凯',
  '睿',
  '盛',
];
// Every list free of repeats: two indexes spelling the same name would break the unique name key.
const BRAND_B = [
  '信',
  '通',
  '丰',
  '远',
  '鼎',
  '诚',
  '源',
  '美',
  '启',
  '达',
  '嘉',
  '和',
  '科',
  '泰',
  '航',
  '盛',
  '青',
  '邦',
  '品',
  '辰',
  '满',
  '运',
  '方',
  '兴',
  '程',
  '峰',
  '晟',
  '瑞',
  '隆',
  '世',
];
const TRADES = [
  '电子科技',
  '机械制造',
  '食品',
  '信息技术',
  '建材',
  '物流',
  '五金制品',
  '百货',
  '软件',
  '精密模具',
  '商贸',
  '管理咨询',
  '智能装备',
  '医疗器械',
  '网络科技',
  '环保科技',
  '包装材料',
  '连锁超市',
  '数据服务',
  '汽车配件',
];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '高', '罗'];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '建华',
  '志强',
];
const GRADES = ['VIP', 'IMPORTANT', 'NORMAL', 'NORMAL', 'POTENTIAL', 'POTENTIAL'];
const TYPES = ['PROSPECT', 'ASSIGNED', 'ASSIGNED', 'WON', 'LOST'];

/** The i-th company name: unique for i below CITIES × BRAND_A × BRAND_B × TRADES × 100 (≈ 14 million). */
export function benchCompanyName(i: number): string {
  let n = i;
  const city = CITIES[n % CITIES.length];
  n = Math.floor(n / CITIES.length);
  const a = BRAND_A[n % BRAND_A.length];
  n = Math.floor(n / BRAND_A.length);
  const b = BRAND_B[n % BRAND_B.length];
  n = Math.floor(n / BRAND_B.length);
  const trade = TRADES[n % TRADES.length];
  n = Math.floor(n / TRADES.length);
  return `${city}${a}${b}${trade}${n ? `第${n + 1}` : ''}有限公司`;
}

const contactName = (i: number, k: number) => SURNAMES[(i * 7 + k) % SURNAMES.length] + GIVEN[(i * 13 + k * 3) % GIVEN.length];
const mobile = (i: number, k: number) => `1${3 + ((i + k) % 7)}${String(100000000 + i * 3 + k).slice(-9)}`;

export async function seedBench(db: Client, sizes: BenchSizes, log: (s: string) => void): Promise<{ salesIds: string[] }> {
  const started = Date.now();
  const passwordHash = await hashPassword('Kehu@2026!');
  const [{ id: managerId }] = (
    await db.query(
      `INSERT INTO users (name, email, role, password_hash) VALUES ('压测经理', 'bench.manager@kehu.demo', 'MANAGER', $1) RETURNING id`,
      [passwordHash],
    )
  ).rows;
  const sales = await db.query(
    `INSERT INTO users (name, email, role, manager_id, password_hash)
     SELECT '压测销售' || n, 'bench.sales' || n || '@kehu.demo', 'SALES', $1, $2 FROM generate_series(1, $3) n RETURNING id`,
    [managerId, passwordHash, sizes.salespeople],
  );
  await db.query(`INSERT INTO users (name, email, role, password_hash) VALUES ('压测管理员', 'bench.admin@kehu.demo', 'ADMIN', $1)`, [
    passwordHash,
  ]);
  const salesIds: string[] = sales.rows.map((r) => r.id);

  // Foreign keys are not checked while seeding (a superuser may say so): the rows are consistent by construction,
  // and checking two references for each of two million follow-ups was half the seed's time.
  await db.query(`SET session_replication_role = replica`).catch(() => log('not a superuser: foreign keys are checked while seeding'));

  const BATCH = 2000;
  for (let start = 0; start < sizes.customers; start += BATCH) {
    const cols: unknown[][] = [[], [], [], [], [], [], [], [], [], []];
    for (let i = start; i < Math.min(start + BATCH, sizes.customers); i++) {
      const name = benchCompanyName(i);
      const contacts = Array.from({ length: sizes.contactsPerCustomer }, (_, k) => [contactName(i, k), mobile(i, k)]).flat();
      cols[0].push(name);
      cols[1].push(normalizeCompanyName(name));
      cols[2].push(GRADES[i % GRADES.length]);
      cols[3].push(TYPES[i % TYPES.length]);
      cols[4].push(TRADES[Math.floor(i / 7) % TRADES.length]);
      cols[5].push(CITIES[i % CITIES.length] + '市');
      cols[6].push(i % 50 === 0 ? null : salesIds[i % salesIds.length]);
      cols[7].push(buildSearchText([name, ...contacts]));
      cols[8].push(
        `{${buildSearchGrams([name, ...contacts])
          .map((g) => JSON.stringify(g))
          .join(',')}}`,
      );
      cols[9].push(i);
    }
    await db.query(
      // Triggers are off while seeding (replica role), so the seed numbers its customers itself (BENCH-000001…).
      `INSERT INTO customers (name, name_key, grade, type, industry, city, owner_id, assigned_at, search_text, search_grams, created_at, updated_at, number)
       SELECT n, k, g, t, ind, city, o, now(), st, sg::text[], now() - (i % 700) * interval '1 day', now(), 'BENCH-' || lpad((i + 1)::text, 6, '0')
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::text[], $9::text[], $10::int[])
           AS x(n, k, g, t, ind, city, o, st, sg, i)`,
      cols,
    );
  }
  log(`customers: ${sizes.customers} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  await db.query(
    `INSERT INTO contacts (customer_id, name, title, mobile, is_primary, created_at)
     SELECT c.id, (ARRAY['王伟','李娜','张敏','刘洋','陈静','杨磊'])[1 + (k + c.rn) % 6], '采购经理',
            '1' || (3 + (c.rn + k) % 7) || lpad(((100000000 + c.rn * 3 + k) % 1000000000)::text, 9, '0'), k = 0, now()
       FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) AS rn FROM customers) c, generate_series(0, $1 - 1) k`,
    [sizes.contactsPerCustomer],
  );
  log(`contacts: ${sizes.customers * sizes.contactsPerCustomer} after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  await seedLoad(db);
  log(`load: ${JSON.stringify((await db.query(LOAD_SUMMARY)).rows[0])}`);
  await seedFollowUps(db, salesIds[0]);
  log(`follow-ups after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await seedTagsAndChangeLog(db, managerId);
  log(`tags and change log after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await seedDeals(db);
  log(
    `deals (opportunities, contracts with two plans, a receipt and an invoice each) after ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  await db.query(`RESET session_replication_role`);
  await db.query('VACUUM ANALYZE');
  await db.query('CREATE TABLE bench_seeded AS SELECT now() AS at'); // the last step: a database without it is half seeded
  log(`seeded and analysed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { salesIds };
}

/**
 * How busy each customer is, on one long tail shared by every relation (a key account has many follow-ups, and
 * also many contracts, tags and change-log rows). `u` is a fixed pseudo-random number in [0, 1) per customer;
 * follow-ups are Pareto-like for most (median 8, about 140 at the 98.5th percentile) and 500–900 for the
 * busiest 1.5 % (so that the busiest 1 % all have 500 or more, whatever the hash gives). Kept in the bench database as `bench_load`, so the bench can sample across the tail.
 */
async function seedLoad(db: Client): Promise<void> {
  await db.query(`DROP TABLE IF EXISTS bench_load`);
  await db.query(
    `CREATE TABLE bench_load AS
     WITH c AS (
       SELECT id, owner_id, name, created_at, row_number() OVER (ORDER BY id)::int AS rn FROM customers
     ), u AS (
       SELECT c.*, (hashint4(rn * 7919) & 2147483647)::float8 / 2147483648 AS u FROM c
     ), f AS (
       SELECT u.*, CASE WHEN u >= 0.985 THEN 500 + floor((u - 0.985) * 26600)::int
                        ELSE greatest(0, floor(7 * power(1 - u, -0.7))::int - 3) END AS follow_ups
         FROM u
     )
     SELECT id, owner_id, name, created_at, rn, u, follow_ups,
            least(8, greatest(0, floor(ln(1 + follow_ups) * 1.5)::int - 2)) AS tags,
            CASE WHEN owner_id IS NULL THEN 0 ELSE least(20, greatest(0, floor(sqrt(follow_ups))::int - 1)) END AS opportunities,
            CASE WHEN owner_id IS NULL THEN 0 ELSE least(60, follow_ups / 12) END AS contracts,
            1 + follow_ups / 2 AS change_logs
       FROM f`,
  );
  await db.query(`ALTER TABLE bench_load ADD PRIMARY KEY (id)`);
}

export const LOAD_SUMMARY = `SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY follow_ups) AS "followUpsMedian",
  percentile_disc(0.99) WITHIN GROUP (ORDER BY follow_ups) AS "followUpsP99", max(follow_ups) AS "followUpsMax",
  avg((follow_ups >= 500)::int)::float8 AS "shareWith500",
  sum(follow_ups)::int AS "followUps", sum(change_logs)::int AS "changeLogs", sum(tags)::int AS tags,
  sum(opportunities)::int AS opportunities, sum(contracts)::int AS contracts FROM bench_load`;

async function seedFollowUps(db: Client, fallbackAuthor: string): Promise<void> {
  await db.query(
    `INSERT INTO follow_ups (customer_id, author_id, at, method, subject, content, feedback, next_at, created_at)
     SELECT l.id, COALESCE(l.owner_id, $1::uuid), now() - (f * 720.0 / (l.follow_ups + 1) + l.rn % 3) * interval '1 day',
            (ARRAY['PHONE','WECHAT','VISIT','EMAIL'])[1 + f % 4], '例行跟进',
            (ARRAY['电话沟通了需求，客户对报价有疑问。','上门演示产品，客户反馈良好。','微信确认了合同条款。','邮件发送了方案和报价单。'])[1 + (f + l.rn) % 4],
            CASE WHEN f % 3 = 0 THEN '需要内部讨论' END,
            CASE WHEN f = 0 THEN now() + ((l.rn % 20) - 5) * interval '1 day' END, now()
       FROM bench_load l, generate_series(0, l.follow_ups - 1) f`,
    [fallbackAuthor],
  );
  await db.query(
    `UPDATE customers c SET last_follow_up_at = f.last, next_follow_up_at = f.next
       FROM (SELECT customer_id, max(at) AS last, max(next_at) AS next FROM follow_ups GROUP BY customer_id) f WHERE f.customer_id = c.id`,
  );
}

async function seedTagsAndChangeLog(db: Client, managerId: string): Promise<void> {
  await db.query(
    `INSERT INTO tags (name) SELECT unnest(ARRAY['老客户','价格敏感','重点跟进','年度框架','有竞品','招投标','集团客户','回款慢','转介绍','待续约'])`,
  );
  // Tag n of 10 goes to a customer when (n + rn) mod 10 falls below its count: exactly `tags` distinct tags each.
  await db.query(
    `INSERT INTO customer_tags (customer_id, tag_id)
     SELECT l.id, t.id FROM bench_load l
       JOIN (SELECT id, row_number() OVER (ORDER BY name)::int AS n FROM tags) t ON (t.n + l.rn) % 10 < l.tags`,
  );
  await db.query(
    `INSERT INTO change_logs (customer_id, entity_type, entity_id, action, actor_id, at, changes)
     SELECT l.id, 'Customer', l.id, CASE WHEN k = 0 THEN 'CREATE' ELSE 'UPDATE' END, COALESCE(l.owner_id, $1::uuid),
            l.created_at + k * interval '3 hours',
            CASE WHEN k = 0 THEN jsonb_build_array(jsonb_build_object('field', 'name', 'before', null, 'after', jsonb_build_object('value', l.name)))
                 ELSE jsonb_build_array(jsonb_build_object('field', (ARRAY['remark', 'address'])[1 + k % 2],
                        'before', jsonb_build_object('value', '第' || (k - 1) || '版'), 'after', jsonb_build_object('value', '第' || k || '版'))) END
       FROM bench_load l, generate_series(0, l.change_logs - 1) k`,
    [managerId],
  );
}

/** The 360 page's money tabs on the same tail: set-based, so 100k customers take seconds. Amounts are whole yuan, exact in numeric. */
async function seedDeals(db: Client): Promise<void> {
  await db.query(
    `INSERT INTO opportunities (customer_id, owner_id, name, amount, stage, win_rate, expected_close_date, lost_reason, closed_at)
     SELECT l.id, l.owner_id, left(l.name, 80) || '采购项目' || k, (1 + (l.rn + k) % 500) * 1000,
            (ARRAY['INITIAL','NEEDS','PROPOSAL','NEGOTIATION','WON','LOST'])[1 + (l.rn + k) % 6],
            (ARRAY[20, 40, 60, 80, 100, 0])[1 + (l.rn + k) % 6], current_date + ((l.rn + k * 7) % 90)::int,
            CASE WHEN (l.rn + k) % 6 = 5 THEN '价格原因' END, CASE WHEN (l.rn + k) % 6 >= 4 THEN now() END
       FROM bench_load l, generate_series(1, l.opportunities) k`,
  );
  await db.query(
    `INSERT INTO contracts (customer_id, owner_id, number, title, status, amount, signed_at, start_date, end_date)
     SELECT l.id, l.owner_id, 'BENCH-' || lpad(l.rn::text, 7, '0') || '-' || k, '年度采购合同', 'SIGNED', (1 + (l.rn + k) % 300) * 2000,
            current_date - ((l.rn + k * 30) % 700)::int, current_date - ((l.rn + k * 30) % 700)::int, current_date - ((l.rn + k * 30) % 700)::int + 365
       FROM bench_load l, generate_series(1, l.contracts) k`,
  );
  await db.query(
    `INSERT INTO payment_plans (customer_id, contract_id, due_date, amount)
     SELECT k.customer_id, k.id, k.signed_at + part * 90, k.amount / 2 FROM contracts k, generate_series(0, 1) part`,
  );
  await db.query(
    `INSERT INTO receipts (customer_id, contract_id, plan_id, amount, received_date, method)
     SELECT p.customer_id, p.contract_id, p.id, p.amount, p.due_date, 'BANK_TRANSFER'
       FROM payment_plans p JOIN contracts k ON k.id = p.contract_id WHERE p.due_date = k.signed_at`,
  );
  await db.query(
    `INSERT INTO invoices (customer_id, contract_id, number, type, amount, issued_date)
     SELECT k.customer_id, k.id, 'FP' || substr(k.number, 7), 'VAT_NORMAL', k.amount / 2, k.signed_at FROM contracts k`,
  );
}
