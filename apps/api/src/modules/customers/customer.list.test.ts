import { startTestApp, type TestApp } from '../../test/test-app';
import { forgetSearchStats } from './customer.search';
import { addFollowUp, createTeam, newCustomer, type Team } from './customer.test-helpers';

/** customers(filter, orderBy, first, after): every filter, every sort order with cursor paging, and the search box. */
let app: TestApp;
let team: Team;
const NOW = '2026-03-10T02:00:00Z'; // 10:00 on 2026-03-10 in Shanghai
const ids: Record<string, string> = {};

const LIST = `query($f: CustomerFilter, $o: CustomerOrder, $first: Int, $after: String) {
  customers(filter: $f, orderBy: $o, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id name grade createdAt lastFollowUpAt nextFollowUpAt } }
  }
}`;

async function at<T>(time: string, fn: () => Promise<T>): Promise<T> {
  app.clock.set(time);
  try {
    return await fn();
  } finally {
    app.clock.set(NOW);
  }
}

beforeAll(async () => {
  app = await startTestApp({ now: NOW });
  team = await createTeam(app);
  const t = team.token.admin;
  ids.bj = await at('2026-01-01T02:00:00Z', () =>
    newCustomer(
      app,
      t,
      '北京科技发展有限公司',
      {
        type: 'ASSIGNED',
        grade: 'VIP',
        industry: '制造业',
        source: '展会',
        province: '北京市',
        city: '北京市',
        ownerId: team.sales.id,
        tags: ['老客户', '重点'],
      },
      { name: '张伟', mobile: '13900000001', email: 'zhangwei@bjtech.cn' },
    ),
  );
  ids.sh = await at('2026-02-01T02:00:00Z', () =>
    newCustomer(
      app,
      t,
      '上海贸易有限公司',
      {
        type: 'ASSIGNED',
        grade: 'IMPORTANT',
        industry: '零售业',
        source: '电话咨询',
        province: '上海市',
        city: '上海市',
        ownerId: team.sales.id,
        tags: ['老客户'],
      },
      { name: '李娜', phone: '021-66668888', mobile: null },
    ),
  );
  ids.sz = await at('2026-03-01T02:00:00Z', () =>
    newCustomer(
      app,
      t,
      '深圳华强电子有限公司',
      {
        type: 'LOST',
        grade: 'NORMAL',
        industry: '制造业',
        source: '转介绍',
        province: '广东省',
        city: '深圳市',
        ownerId: team.outsider.id,
        tags: ['重点'],
      },
      { name: '王芳' },
    ),
  );
  ids.gz = await at('2026-03-05T02:00:00Z', () =>
    newCustomer(
      app,
      t,
      '广州网络服务有限公司',
      { industry: 'IT/互联网', source: '网站咨询', province: '广东省', city: '广州市' },
      { name: '赵敏' },
    ),
  );
  ids.mg = await at('2026-03-09T02:00:00Z', () =>
    newCustomer(app, t, '杭州管理咨询有限公司', { ownerId: team.manager.id, province: '浙江省' }, { name: '周杰' }),
  );
  await app.db.dataSource.query(`UPDATE customers SET owner_id = NULL WHERE id = $1`, [ids.gz]); // in the pool
  await app.ok(`mutation($id: ID!) { deactivateCustomer(id: $id, reason: "流失") { id } }`, { id: ids.sz }, t);
  // bj: followed yesterday, next today 16:00 Shanghai; sh: last followed 2026-02-01, next planned 2026-03-05 (overdue).
  await addFollowUp(app, t, ids.bj, { at: '2026-03-09T03:00:00Z', nextAt: '2026-03-10T08:00:00Z' });
  await at('2026-02-01T03:00:00Z', () => addFollowUp(app, t, ids.sh, { at: '2026-02-01T03:00:00Z', nextAt: '2026-03-05T01:00:00Z' }));
  await addFollowUp(app, t, ids.mg, { at: '2026-03-09T05:00:00Z', nextAt: '2026-03-20T01:00:00Z' });
});
afterAll(() => app.close());

/** The names (keys of `ids`) a filter returns, among this file's named customers, in list order. */
async function names(filter: Record<string, unknown>, token = team.token.admin): Promise<string[]> {
  const data = await app.ok(LIST, { f: filter, first: 100 }, token);
  const byId = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
  return data.customers.edges.map((e: any) => byId[e.node.id]).filter(Boolean);
}
const sorted = async (p: Promise<string[]>) => (await p).sort();

describe('filters', () => {
  it('type, grade, industry, source, region', async () => {
    expect(await sorted(names({ types: ['ASSIGNED'] }))).toEqual(['bj', 'sh']);
    expect(await sorted(names({ grades: ['VIP', 'NORMAL'] }))).toEqual(['bj', 'sz']);
    expect(await sorted(names({ industries: ['制造业'] }))).toEqual(['bj', 'sz']);
    expect(await names({ sources: ['电话咨询'] })).toEqual(['sh']);
    expect(await names({ province: '广东省' })).toEqual(['sz']); // gz is in the pool: not in ALL
    expect(await names({ province: '广东省', city: '广州市', ownership: 'POOL' })).toEqual(['gz']);
  });

  it('owner and ownership (mine, team, pool), always within the data scope', async () => {
    expect(await sorted(names({ ownerIds: [team.sales.id] }))).toEqual(['bj', 'sh']);
    expect(await sorted(names({ ownership: 'MINE' }, team.token.sales))).toEqual(['bj', 'sh']);
    expect(await sorted(names({ ownership: 'TEAM' }, team.token.manager))).toEqual(['bj', 'sh']);
    expect(await names({ ownership: 'MINE' }, team.token.manager)).toEqual(['mg']);
    expect(await names({ ownership: 'POOL' }, team.token.sales)).toEqual(['gz']);
    expect(await sorted(names({}, team.token.sales))).toEqual(['bj', 'sh']); // sz belongs to the outsider
    expect(await names({ ownerIds: [team.outsider.id] }, team.token.sales)).toEqual([]);
  });

  it('tags any / all', async () => {
    expect(await sorted(names({ tags: ['老客户', '重点'] }))).toEqual(['bj', 'sh', 'sz']);
    expect(await sorted(names({ tags: ['老客户', '重点'], tagMatch: 'ANY' }))).toEqual(['bj', 'sh', 'sz']);
    expect(await names({ tags: ['老客户', ' 重点 '], tagMatch: 'ALL' })).toEqual(['bj']);
  });

  it('status and created range', async () => {
    expect(await names({ status: 'DEACTIVATED' })).toEqual(['sz']);
    expect(await sorted(names({ status: 'ACTIVE' }))).toEqual(['bj', 'mg', 'sh']);
    expect(await sorted(names({ createdFrom: '2026-01-15T00:00:00Z', createdTo: '2026-03-05T00:00:00Z' }))).toEqual(['sh', 'sz']);
    expect(await sorted(names({ createdFrom: '2026-03-01T02:00:00Z' }))).toEqual(['mg', 'sz']); // from is inclusive
  });

  it('follow-up state by the injected clock: never, due today, overdue, planned', async () => {
    expect(await names({ followUp: 'NEVER' })).toEqual(['sz']);
    expect(await names({ followUp: 'DUE_TODAY' })).toEqual(['bj']);
    expect(await names({ followUp: 'OVERDUE' })).toEqual(['sh']);
    expect(await sorted(names({ followUp: 'PLANNED' }))).toEqual(['bj', 'mg']);
    // Two days later bj's plan is overdue too, and nothing is due that day.
    app.clock.set('2026-03-12T02:00:00Z');
    try {
      expect(await sorted(names({ followUp: 'OVERDUE' }))).toEqual(['bj', 'sh']);
      expect(await names({ followUp: 'DUE_TODAY' })).toEqual([]);
    } finally {
      app.clock.set(NOW);
    }
  });

  it('due today follows the Shanghai day, not the UTC day', async () => {
    // 2026-03-09T17:00Z is already 2026-03-10 01:00 in Shanghai: bj's 16:00 plan is due "today".
    app.clock.set('2026-03-09T17:00:00Z');
    try {
      expect(await names({ followUp: 'DUE_TODAY' })).toEqual(['bj']);
    } finally {
      app.clock.set(NOW);
    }
  });

  it('not followed for N days (never followed counts from creation)', async () => {
    expect(await sorted(names({ notFollowedForDays: 30 }))).toEqual(['sh']);
    expect(await sorted(names({ notFollowedForDays: 5 }))).toEqual(['sh', 'sz']); // sz created 9 days ago, never followed
    expect(await sorted(names({ notFollowedForDays: 0 }))).toEqual(['bj', 'mg', 'sh', 'sz']);
    const bad = await app.gql(LIST, { f: { notFollowedForDays: -1 } }, team.token.admin);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.notFollowedForDays' });
  });

  it('refuses unknown enum values', async () => {
    const res = await app.gql(LIST, { f: { grades: ['GOLD'] } }, team.token.admin);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('search box', () => {
  it('matches name substrings in Chinese, contact names, phones, emails and pinyin initials', async () => {
    expect(await names({ search: '科技' })).toEqual(['bj']);
    expect(await names({ search: '华强' })).toEqual(['sz']);
    expect(await names({ search: '李娜' })).toEqual(['sh']);
    expect(await names({ search: '0000001' })).toEqual(['bj']);
    expect(await names({ search: '6666888' })).toEqual(['sh']);
    expect(await names({ search: 'ZhangWei@BJ' })).toEqual(['bj']); // case-insensitive
    expect(await names({ search: 'bjkj' })).toEqual(['bj']);
    expect(await names({ search: 'szhq' })).toEqual(['sz']);
    expect(await names({ search: '科' })).toEqual(['bj']); // one character: a substring scan
    expect(await names({ search: '   ' })).toHaveLength(4); // blank: no filter
    expect(await names({ search: '科技', grades: ['NORMAL'] })).toEqual([]);
  });

  it("a salesperson's frequent-term search walks her customers (and those shared with her) and finds the same", async () => {
    // One character has no bigram, so it always counts as frequent: the owner walk of customer.list.ts.
    const ds = app.db.dataSource;
    await ds.query(`INSERT INTO customer_shares (customer_id, user_id) VALUES ($1, $2)`, [ids.mg, team.sales.id]);
    try {
      expect(await names({ search: '司' }, team.token.sales)).toEqual(['mg', 'sh', 'bj']);
      expect(await names({ search: '司', ownership: 'MINE' }, team.token.sales)).toEqual(['sh', 'bj']);
    } finally {
      await ds.query(`DELETE FROM customer_shares WHERE customer_id = $1 AND user_id = $2`, [ids.mg, team.sales.id]);
    }
    expect(await names({ search: '科技', ownership: 'MINE' }, team.token.sales)).toEqual(['bj']);
  });

  it('costs one statement for its page, and one more for the term statistics once in ten minutes', async () => {
    forgetSearchStats(app.db.dataSource);
    const q = `query($f: CustomerFilter) { customers(filter: $f, first: 20) { edges { node { id } } } }`;
    const plain = await app.gql(q, { f: {} }, team.token.sales);
    const first = await app.gql(q, { f: { search: '科技' } }, team.token.sales);
    const again = await app.gql(q, { f: { search: '华强' } }, team.token.sales);
    expect(first.statements).toBe(plain.statements + 1);
    expect(again.statements).toBe(plain.statements);
  });

  it('never treats LIKE wildcards as wildcards', async () => {
    expect(await names({ search: '京_技' })).toEqual([]); // as a wildcard "_" would match 京科技
    expect(await names({ search: '京%有限' })).toEqual([]);
  });
});

describe('sort orders and cursor paging', () => {
  const page = 7;
  beforeAll(async () => {
    // 24 more customers with clashing sort keys (same creation minute, same grade, no follow-ups) so ties need the id.
    const grades = ['VIP', 'IMPORTANT', 'NORMAL', 'POTENTIAL'];
    for (let i = 0; i < 24; i++) {
      const id = await at(`2026-02-${String(10 + (i % 6)).padStart(2, '0')}T02:00:00Z`, () =>
        newCustomer(app, team.token.admin, `分页客户${String(i).padStart(2, '0')}有限公司`, { grade: grades[i % 4] }),
      );
      if (i % 3 === 0)
        await addFollowUp(app, team.token.admin, id, {
          at: `2026-03-0${1 + (i % 5)}T02:00:00Z`,
          nextAt: i % 2 ? '2026-03-25T02:00:00Z' : null,
        });
    }
  });

  const fields = ['NAME', 'CREATED_AT', 'LAST_FOLLOW_UP_AT', 'NEXT_FOLLOW_UP_AT', 'GRADE'] as const;
  for (const field of fields) {
    for (const direction of ['ASC', 'DESC'] as const) {
      it(`${field} ${direction}: pages cover the list exactly once, in order`, async () => {
        const all = (await app.ok(LIST, { o: { field, direction }, first: 100 }, team.token.admin)).customers;
        expect(all.totalCount).toBe(28);
        const seen: any[] = [];
        let after: string | null = null;
        for (let n = 0; n < 10; n++) {
          const res: any = (await app.ok(LIST, { o: { field, direction }, first: page, after }, team.token.admin)).customers;
          seen.push(...res.edges.map((e: any) => e.node));
          if (!res.pageInfo.hasNextPage) break;
          after = res.pageInfo.endCursor;
        }
        expect(seen.map((c) => c.id)).toEqual(all.edges.map((e: any) => e.node.id));
        expect(new Set(seen.map((c) => c.id)).size).toBe(28);
        // The order itself: compare each neighbour by the sort key.
        const key = (c: any) =>
          field === 'NAME'
            ? c.name
            : field === 'CREATED_AT'
              ? c.createdAt
              : field === 'LAST_FOLLOW_UP_AT'
                ? (c.lastFollowUpAt ?? '0000')
                : field === 'NEXT_FOLLOW_UP_AT'
                  ? (c.nextFollowUpAt ?? '9999')
                  : ['VIP', 'IMPORTANT', 'NORMAL', 'POTENTIAL'].indexOf(c.grade);
        for (let i = 1; i < seen.length; i++) {
          const [a, b] = [key(seen[i - 1]), key(seen[i])];
          if (direction === 'ASC') expect(a <= b).toBe(true);
          else expect(a >= b).toBe(true);
        }
      });
    }
  }

  it('refuses a forged cursor', async () => {
    const res = await app.gql(LIST, { first: 5, after: 'bm90LWEtY3Vyc29y' }, team.token.admin);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
