import type { EntityManager } from 'typeorm';
import { normalizeCompanyName } from '@kehu/domain';
import { refreshSearch } from '../../modules/customers/customer.search';
import { refreshCustomerFollowUpTimes } from '../../modules/customers/customer.system-writes';
import type { User } from '../../modules/users/user.entity';

/** A small deterministic PRNG so every fresh install gets the same demo company. */
export function prng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
  };
}

export const REGIONS = [
  ['北京市', '北京市'],
  ['上海市', '上海市'],
  ['广东省', '深圳市'],
  ['广东省', '广州市'],
  ['浙江省', '杭州市'],
  ['江苏省', '苏州市'],
  ['江苏省', '南京市'],
  ['四川省', '成都市'],
  ['湖北省', '武汉市'],
  ['山东省', '青岛市'],
  ['福建省', '厦门市'],
  ['天津市', '天津市'],
] as const;

/** Real-looking names: [brand, industry word, industry]. */
const COMPANIES: [string, string, string][] = [
  ['华信', '电子科技', 'IT/互联网'],
  ['恒通', '机械制造', '制造业'],
  ['瑞丰', '食品', '零售业'],
  ['博远', '信息技术', 'IT/互联网'],
  ['金鼎', '建材', '制造业'],
  ['天诚', '物流', '服务业'],
  ['鑫源', '五金制品', '制造业'],
  ['佳美', '百货', '零售业'],
  ['云启', '软件', 'IT/互联网'],
  ['宏达', '精密模具', '制造业'],
  ['万嘉', '商贸', '零售业'],
  ['正和', '企业管理咨询', '服务业'],
  ['中科', '智能装备', '制造业'],
  ['安泰', '医疗器械', '制造业'],
  ['新航', '网络科技', 'IT/互联网'],
  ['德信', '财务咨询', '服务业'],
  ['长青', '环保科技', '服务业'],
  ['立邦', '包装材料', '制造业'],
  ['优品', '连锁超市', '零售业'],
  ['星辰', '数据服务', 'IT/互联网'],
  ['福满', '餐饮管理', '服务业'],
  ['和盛', '汽车配件', '制造业'],
  ['东方', '电气', '制造业'],
  ['汇丰', '纺织', '制造业'],
  ['锦程', '人力资源', '服务业'],
  ['明远', '教育科技', '服务业'],
  ['聚源', '化工', '制造业'],
  ['凯瑞', '家居', '零售业'],
  ['博雅', '文化传媒', '服务业'],
  ['睿达', '自动化', '制造业'],
  ['盛世', '酒店管理', '服务业'],
  ['天宇', '通信技术', 'IT/互联网'],
  ['海川', '水产', '零售业'],
  ['嘉禾', '农业科技', '制造业'],
  ['永安', '安防科技', 'IT/互联网'],
  ['中信达', '电商', '零售业'],
  ['新世纪', '印刷', '制造业'],
  ['润泽', '生物科技', '制造业'],
  ['远景', '新能源', '制造业'],
  ['鸿运', '国际货运代理', '服务业'],
  ['益康', '大药房', '零售业'],
  ['尚品', '服饰', '零售业'],
  ['百川', '云计算', 'IT/互联网'],
  ['精诚', '检测技术', '服务业'],
  ['金桥', '电子商务', 'IT/互联网'],
  ['华美', '装饰工程', '服务业'],
  ['同创', '光电', '制造业'],
  ['博瑞', '医药', '制造业'],
  ['晨光', '办公用品', '零售业'],
  ['九州', '物业管理', '服务业'],
  ['奥博', '仪器仪表', '制造业'],
  ['蓝海', '跨境电商', '零售业'],
  ['融通', '供应链管理', '服务业'],
  ['智联', '物联网科技', 'IT/互联网'],
  ['富力', '钢结构', '制造业'],
  ['美联', '广告', '服务业'],
  ['君泰', '母婴用品', '零售业'],
  ['卓越', '培训', '服务业'],
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
  '海燕',
  '晓东',
  '文博',
  '雪梅',
];
const TITLES = ['总经理', '采购经理', '采购主管', '财务总监', '行政经理', 'IT 主管', '副总经理', '运营总监', '董事长助理', '技术负责人'];
export const SOURCES = ['网站咨询', '电话咨询', '展会', '转介绍', '广告', '其他'];
const TAGS = ['老客户', '价格敏感', '决策链长', '重点跟进', '年度框架', '有竞品', '需要演示', '政府项目'];
const FOLLOW_UPS: [string, string, string | null][] = [
  ['初次电话沟通', '介绍公司产品和服务，客户对 CRM 系统有兴趣，约了下周演示。', '希望看到移动端的使用效果'],
  ['产品演示', '上门演示客户管理和合同模块，采购和 IT 都参加了。', '对公海规则很感兴趣，问了数据迁移'],
  ['报价沟通', '发送了正式报价单，客户认为价格偏高，希望有年度折扣。', '需要内部讨论预算'],
  ['微信回访', '微信询问试用情况，客户反馈导入 Excel 很方便。', '提出希望增加审批流程'],
  ['商务谈判', '与采购经理谈判合同条款，付款方式倾向分两期。', '法务还在审合同'],
  ['节日问候', '中秋节问候，顺便了解明年的采购计划。', null],
  ['需求调研', '了解客户现有的客户管理方式：Excel 加微信群，信息分散。', '销售团队 15 人，希望统一管理'],
  ['售后回访', '回访使用情况，客户满意，提出增加报表。', '可能扩容到 30 个账号'],
];
const METHODS = ['PHONE', 'WECHAT', 'VISIT', 'EMAIL', 'PHONE', 'WECHAT'];
const TYPES = ['PROSPECT', 'ASSIGNED', 'ASSIGNED', 'WON', 'LOST', 'ASSIGNED'];
const GRADES = ['VIP', 'IMPORTANT', 'IMPORTANT', 'NORMAL', 'NORMAL', 'NORMAL', 'POTENTIAL', 'POTENTIAL'];

const DAY = 86400_000;

/**
 * About 60 customers of a sales team: industries, sources, regions, types and grades spread out; contacts;
 * follow-up history with some next follow-ups in the coming week; tags and custom field values; a few
 * near-duplicates to merge, a deactivated and a deleted customer, and some in the public pool.
 */
export async function seedDemoCustomers(em: EntityManager, users: Record<string, User>, now: Date): Promise<string[]> {
  const rnd = prng(20261123);
  const sales = [users.sales1, users.sales2, users.sales3, users.manager];
  const ids: string[] = [];

  await em.query(
    `INSERT INTO custom_fields (key, label, kind, options, required, position) VALUES
     ('annual_budget', '年采购预算（元）', 'NUMBER', '[]', false, 1),
     ('decision_cycle', '决策周期', 'SELECT', '["一个月内", "一到三个月", "三个月以上"]', false, 2),
     ('channels', '关注渠道', 'MULTI_SELECT', '["线上", "线下门店", "经销商"]', false, 3)`,
  );

  const names = COMPANIES.map(([brand, word], i) => {
    const [, city] = REGIONS[i % REGIONS.length];
    return `${city.replace(/市$/, '')}${brand}${word}有限公司`;
  });
  // Near-duplicates someone typed in again: they show up in duplicateCandidates and can be merged.
  names.push('深圳华信电子科技股份有限公司', '北京恒通机械制造（集团）有限公司');

  for (let i = 0; i < names.length; i++) {
    const industry = COMPANIES[i % COMPANIES.length][2];
    const [province, city] = REGIONS[i % REGIONS.length];
    const inPool = i % 11 === 5;
    const owner = inPool ? null : sales[i % sales.length];
    const created = new Date(now.getTime() - rnd.int(20, 400) * DAY);
    const type = inPool ? 'PROSPECT' : TYPES[i % TYPES.length];
    const budget = rnd.int(1, 80) * 10000;
    const [{ id }] = await em.query(
      `INSERT INTO customers (name, name_key, type, grade, source, industry, province, city, address, email, website, owner_id, assigned_at,
         first_contact_date, remark, custom_fields, created_by_id, created_at, updated_at, status, deleted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18, $19, $20) RETURNING id`,
      [
        names[i],
        normalizeCompanyName(names[i]),
        type,
        GRADES[i % GRADES.length],
        SOURCES[i % SOURCES.length],
        industry,
        province,
        city,
        `${city}${rnd.pick(['高新区', '经开区', '科技园', '中心区'])}${rnd.int(1, 399)}号`,
        `contact@demo${i + 1}.cn`,
        `www.demo${i + 1}.cn`,
        owner?.id ?? null,
        owner ? created : null,
        created.toISOString().slice(0, 10),
        i % 4 === 0 ? '年底有采购计划' : null,
        JSON.stringify(
          i % 3 === 0
            ? { annual_budget: budget, decision_cycle: rnd.pick(['一个月内', '一到三个月', '三个月以上']) }
            : i % 3 === 1
              ? { channels: ['线上'] }
              : {},
        ),
        (owner ?? users.admin).id,
        created,
        i === 17 ? 'DEACTIVATED' : 'ACTIVE',
        i === 23 ? new Date(now.getTime() - 3 * DAY) : null,
      ],
    );
    ids.push(id);

    const contactCount = rnd.int(1, 3);
    for (let k = 0; k < contactCount; k++) {
      const name = rnd.pick(SURNAMES) + rnd.pick(GIVEN);
      const birthday = `19${rnd.int(65, 99)}-${String(rnd.int(1, 12)).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`;
      await em.query(
        `INSERT INTO contacts (customer_id, name, title, mobile, phone, email, birthday, is_primary, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          id,
          name,
          rnd.pick(TITLES),
          `1${rnd.pick(['38', '39', '58', '86', '37', '50'])}${String(10000000 + i * 131 + k * 7919).slice(-8)}`,
          k === 0 ? `0${rnd.int(10, 29)}-${rnd.int(60000000, 89999999)}` : null,
          `${['zhang', 'li', 'wang', 'liu', 'chen'][k % 5]}${i}@demo${i + 1}.cn`,
          birthday,
          k === 0,
          new Date(created.getTime() + k * DAY),
        ],
      );
    }

    if (owner && i % 7 !== 6) {
      const count = rnd.int(1, 5);
      for (let f = 0; f < count; f++) {
        const [subject, content, feedback] = FOLLOW_UPS[(i + f) % FOLLOW_UPS.length];
        const at = new Date(now.getTime() - (count - f) * rnd.int(3, 15) * DAY - rnd.int(0, 8) * 3600_000);
        const last = f === count - 1;
        // A third of the latest plans fall in the coming week, so "today" and reminders have something to show.
        const nextAt = last
          ? new Date(now.getTime() + (i % 3 === 0 ? rnd.int(1, 7) * DAY : -rnd.int(1, 10) * DAY) + 2 * 3600_000)
          : new Date(at.getTime() + 7 * DAY);
        await em.query(
          `INSERT INTO follow_ups (customer_id, author_id, at, method, subject, content, feedback, next_at, next_plan, remind, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, true, $3)`,
          [
            id,
            owner.id,
            new Date(Math.floor(at.getTime() / 60000) * 60000),
            METHODS[(i + f) % METHODS.length],
            subject,
            content,
            feedback,
            nextAt > at ? new Date(Math.floor(nextAt.getTime() / 60000) * 60000) : null,
            last ? '电话确认进展，推动下一步' : null,
          ],
        );
      }
      await refreshCustomerFollowUpTimes(em, [id]);
    }
  }

  await em.query(`INSERT INTO tags (name, color) SELECT unnest($1::text[]), unnest($2::text[])`, [
    TAGS,
    ['gold', 'red', 'purple', 'volcano', 'blue', 'magenta', 'cyan', 'geekblue'],
  ]);
  await em.query(
    `INSERT INTO customer_tags (customer_id, tag_id)
     SELECT c.id, t.id FROM unnest($1::uuid[]) WITH ORDINALITY c(id, n) JOIN tags t ON (hashtext(t.name || c.n::text) % 4) = 0
     ON CONFLICT DO NOTHING`,
    [ids],
  );
  await refreshSearch(em, ids);
  await em.query(
    `INSERT INTO change_logs (customer_id, entity_type, entity_id, action, actor_id, at, changes)
     SELECT id, 'Customer', id, 'CREATE', created_by_id, created_at, jsonb_build_array(jsonb_build_object('field', 'name', 'before', null, 'after', jsonb_build_object('value', name)))
       FROM customers WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return ids;
}
