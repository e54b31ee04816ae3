import type { Client } from 'pg';
import { buildSearchGrams, buildSearchText, normalizeCompanyName } from '@kehu/domain';
import { hashPassword } from '../modules/auth/password';

/**
 * A realistic data set for the bench, seeded in bulk: customers and their search data in batches of
 * 2,000 rows through unnest() arrays (names come from a vocabulary, so pinyin is computed per part),
 * contacts and follow-ups by generate_series in SQL.
 */
export interface BenchSizes {
  customers: number;
  contactsPerCustomer: number;
  followUpsPerCustomer: number;
  salespeople: number;
}

const CITIES = ['北京', '上海', '深圳', '广州', '杭州', '苏州', '南京', '成都', '武汉', '青岛', '厦门', '天津', '西安', '重庆', '长沙', '合肥'];
const BRAND_A = ['华', '恒', '瑞', '博', '金', '天', '鑫', '佳', '云', '宏', '万', '正', '中', '安', '新', '德', '长', '立', '优', '星', '福', '和', '东', '汇', '锦', '明', '聚', '凯', '睿', '盛'];
// Every list free of repeats: two indexes spelling the same name would break the unique name key.
const BRAND_B = ['信', '通', '丰', '远', '鼎', '诚', '源', '美', '启', '达', '嘉', '和', '科', '泰', '航', '盛', '青', '邦', '品', '辰', '满', '运', '方', '兴', '程', '峰', '晟', '瑞', '隆', '世'];
const TRADES = ['电子科技', '机械制造', '食品', '信息技术', '建材', '物流', '五金制品', '百货', '软件', '精密模具', '商贸', '管理咨询', '智能装备', '医疗器械', '网络科技', '环保科技', '包装材料', '连锁超市', '数据服务', '汽车配件'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '高', '罗'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '建华', '志强'];
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
  await db.query(`INSERT INTO users (name, email, role, password_hash) VALUES ('压测管理员', 'bench.admin@kehu.demo', 'ADMIN', $1)`, [passwordHash]);
  const salesIds: string[] = sales.rows.map((r) => r.id);

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
      cols[8].push(`{${buildSearchGrams([name, ...contacts]).map((g) => JSON.stringify(g)).join(',')}}`);
      cols[9].push(i);
    }
    await db.query(
      `INSERT INTO customers (name, name_key, grade, type, industry, city, owner_id, assigned_at, search_text, search_grams, created_at, updated_at)
       SELECT n, k, g, t, ind, city, o, now(), st, sg::text[], now() - (i % 700) * interval '1 day', now()
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

  await db.query(
    `INSERT INTO follow_ups (customer_id, author_id, at, method, subject, content, feedback, next_at, created_at)
     SELECT c.id, COALESCE(c.owner_id, $2::uuid), now() - (f * 9 + c.rn % 9) * interval '1 day',
            (ARRAY['PHONE','WECHAT','VISIT','EMAIL'])[1 + f % 4], '例行跟进',
            (ARRAY['电话沟通了需求，客户对报价有疑问。','上门演示产品，客户反馈良好。','微信确认了合同条款。','邮件发送了方案和报价单。'])[1 + (f + c.rn) % 4],
            CASE WHEN f % 3 = 0 THEN '需要内部讨论' END,
            CASE WHEN f = 0 THEN now() + ((c.rn % 20) - 5) * interval '1 day' END, now()
       FROM (SELECT id, owner_id, row_number() OVER (ORDER BY id) AS rn FROM customers) c, generate_series(0, $1 - 1) f`,
    [sizes.followUpsPerCustomer, salesIds[0]],
  );
  await db.query(
    `UPDATE customers c SET last_follow_up_at = f.last, next_follow_up_at = f.next
       FROM (SELECT customer_id, max(at) AS last, max(next_at) AS next FROM follow_ups GROUP BY customer_id) f WHERE f.customer_id = c.id`,
  );
  await db.query(`INSERT INTO tags (name) SELECT unnest(ARRAY['老客户','价格敏感','重点跟进','年度框架','有竞品'])`);
  await db.query(
    `INSERT INTO customer_tags (customer_id, tag_id) SELECT c.id, t.id FROM customers c JOIN tags t ON (hashtext(c.id::text || t.name) % 5) = 0`,
  );
  log(`follow-ups: ${sizes.customers * sizes.followUpsPerCustomer} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await seedDeals(db);
  log(`deals (an opportunity per owned customer; a signed contract with two plans, a receipt and an invoice for every other) after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await db.query('VACUUM ANALYZE');
  log(`seeded and analysed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { salesIds };
}

/** The 360 page's money tabs: set-based, so 100k customers take seconds. Amounts are whole yuan, exact in numeric. */
async function seedDeals(db: Client): Promise<void> {
  await db.query(
    `INSERT INTO opportunities (customer_id, owner_id, name, amount, stage, win_rate, expected_close_date, lost_reason, closed_at)
     SELECT c.id, c.owner_id, left(c.name, 80) || '采购项目', (1 + c.rn % 500) * 1000,
            (ARRAY['INITIAL','NEEDS','PROPOSAL','NEGOTIATION','WON','LOST'])[1 + c.rn % 6],
            (ARRAY[20, 40, 60, 80, 100, 0])[1 + c.rn % 6], current_date + (c.rn % 90)::int,
            CASE WHEN c.rn % 6 = 5 THEN '价格原因' END, CASE WHEN c.rn % 6 >= 4 THEN now() END
       FROM (SELECT id, name, owner_id, row_number() OVER (ORDER BY id) AS rn FROM customers WHERE owner_id IS NOT NULL) c`,
  );
  await db.query(
    `INSERT INTO contracts (customer_id, owner_id, number, title, status, amount, signed_at, start_date, end_date)
     SELECT c.id, c.owner_id, 'BENCH-' || lpad(c.rn::text, 7, '0'), '年度采购合同', 'SIGNED', (1 + c.rn % 300) * 2000,
            current_date - (c.rn % 400)::int, current_date - (c.rn % 400)::int, current_date - (c.rn % 400)::int + 365
       FROM (SELECT id, owner_id, row_number() OVER (ORDER BY id) AS rn FROM customers WHERE owner_id IS NOT NULL) c
      WHERE c.rn % 2 = 0`,
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
