import { startTestApp, type TestApp } from '../../test/test-app';
import { createTeam, errorOf, newCustomer, type Team } from '../customers/customer.test-helpers';

/** 满意度分维度 (issue 18, item 4): scoring a visit per dimension, the configured dimensions, the 360 averages. */
let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
  team = await createTeam(app);
});
afterAll(() => app.close());

const PLAN = `mutation($c: ID!, $i: PlanVisitInput!) { planVisit(customerId: $c, input: $i) { id version } }`;
const REC = `mutation($id: ID!, $v: Int!, $i: RecordVisitInput!) {
  recordVisit(id: $id, version: $v, input: $i) { id overallScore satisfaction scores { dimension { key nameZh nameEn } score } } }`;
const DIMS = `query($a: Boolean) { satisfactionDimensions(includeArchived: $a) { key nameZh nameEn position active } }`;
const SET_DIMS = `mutation($i: [SatisfactionDimensionInput!]!) { updateSatisfactionDimensions(input: $i) { key active } }`;

async function plan(token: string, customerId: string, at = '2026-03-09T02:00:00Z') {
  return (await app.ok(PLAN, { c: customerId, i: { type: 'REGULAR', plannedAt: at, topic: '季度回访' } }, token)).planVisit as {
    id: string;
    version: number;
  };
}

describe('satisfaction by dimension', () => {
  it('has the four default dimensions, in order, for everyone to read', async () => {
    const dims = (await app.ok(DIMS, {}, team.token.sales)).satisfactionDimensions;
    expect(dims.map((d: { key: string; nameZh: string }) => [d.key, d.nameZh])).toEqual([
      ['QUALITY', '产品质量'],
      ['SERVICE', '服务态度'],
      ['RESPONSE', '响应速度'],
      ['DELIVERY', '交付及时'],
    ]);
    expect(dims.every((d: { active: boolean }) => d.active)).toBe(true);
  });

  it('records a visit with an overall score and four dimension scores; Visit.scores returns them; bad scores name their field', async () => {
    const c = await newCustomer(app, team.token.sales, '南京维度评分科技有限公司');
    const v = await plan(team.token.sales, c);
    const scores = [
      { dimension: 'QUALITY', score: 5 },
      { dimension: 'SERVICE', score: 4 },
      { dimension: 'RESPONSE', score: 2 },
      { dimension: 'DELIVERY', score: 3 },
    ];
    for (const [input, field] of [
      [{ scores }, 'input.overallScore'],
      [{ overallScore: 6, scores }, 'input.overallScore'],
      [{ overallScore: 4, scores: [{ dimension: 'QUALITY', score: 0 }] }, 'input.scores.0.score'],
      [{ overallScore: 4, scores: [{ dimension: 'PRICE', score: 3 }] }, 'input.scores.0.dimension'],
      [{ overallScore: 4, scores: [scores[0], { dimension: 'QUALITY', score: 3 }] }, 'input.scores.1.dimension'],
    ] as const) {
      const res = await app.gql(REC, { id: v.id, v: v.version, i: { method: 'PHONE', content: '电话回访', ...input } }, team.token.sales);
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const rec = (
      await app.ok(REC, { id: v.id, v: v.version, i: { method: 'PHONE', content: '电话回访', overallScore: 4, scores } }, team.token.sales)
    ).recordVisit;
    expect(rec.overallScore).toBe(4);
    expect(rec.satisfaction).toBe('SATISFIED'); // the deprecated 4-level word of the overall score
    expect(rec.scores.map((s: { dimension: { key: string }; score: number }) => [s.dimension.key, s.score])).toEqual([
      ['QUALITY', 5],
      ['SERVICE', 4],
      ['RESPONSE', 2],
      ['DELIVERY', 3],
    ]);
    expect(rec.scores[0].dimension).toEqual({ key: 'QUALITY', nameZh: '产品质量', nameEn: 'Product quality' });
    const rows = await app.db.dataSource.query(`SELECT dimension_key, score FROM visit_scores WHERE visit_id = $1 ORDER BY dimension_key`, [
      v.id,
    ]);
    expect(rows).toEqual([
      { dimension_key: 'DELIVERY', score: 3 },
      { dimension_key: 'QUALITY', score: 5 },
      { dimension_key: 'RESPONSE', score: 2 },
      { dimension_key: 'SERVICE', score: 4 },
    ]);
  });

  it("the 360 shows the customer's averages, equal to SQL's own average; a salesperson who may not read the customer sees nothing", async () => {
    const c = await newCustomer(app, team.token.sales, '苏州平均分制造有限公司');
    const given = [
      { overall: 5, QUALITY: 5, SERVICE: 5, RESPONSE: 4 },
      { overall: 3, QUALITY: 2, SERVICE: 4, RESPONSE: 3, DELIVERY: 2 },
      { overall: 4, QUALITY: 4, SERVICE: 3, RESPONSE: 5, DELIVERY: 4 },
    ];
    for (const [i, g] of given.entries()) {
      const v = await plan(team.token.sales, c, `2026-03-0${i + 1}T02:00:00Z`);
      const { overall, ...dims } = g;
      await app.ok(
        REC,
        {
          id: v.id,
          v: v.version,
          i: {
            method: 'PHONE',
            content: '回访',
            overallScore: overall,
            scores: Object.entries(dims).map(([dimension, score]) => ({ dimension, score })),
          },
        },
        team.token.sales,
      );
    }
    const Q = `query($id: ID!) { customer(id: $id) { visitSatisfaction { total averageScore dimensions { dimension { key } average count } } } }`;
    const stats = (await app.ok(Q, { id: c }, team.token.sales)).customer.visitSatisfaction;
    const sqlAvg = async (dimension: string | null) =>
      (
        await app.db.dataSource.query(
          dimension
            ? `SELECT round(avg(s.score), 2)::float8 AS a, count(*)::int AS n FROM visit_scores s JOIN visits v ON v.id = s.visit_id WHERE v.customer_id = $1 AND s.dimension_key = $2`
            : `SELECT round(avg(v.overall_score), 2)::float8 AS a, count(*)::int AS n FROM visits v WHERE v.customer_id = $1 AND v.actual_at IS NOT NULL AND $2::text IS NULL`,
          [c, dimension],
        )
      )[0];
    expect(stats.total).toBe(3);
    expect(stats.averageScore).toBe(4);
    expect(stats.averageScore).toBe((await sqlAvg(null)).a);
    expect(
      stats.dimensions.map((d: { dimension: { key: string }; average: number; count: number }) => [d.dimension.key, d.average, d.count]),
    ).toEqual([
      ['QUALITY', 3.67, 3],
      ['SERVICE', 4, 3],
      ['RESPONSE', 4, 3],
      ['DELIVERY', 3, 2],
    ]);
    for (const d of stats.dimensions) expect([d.average, d.count]).toEqual(Object.values(await sqlAvg(d.dimension.key)));

    // 赵销售 (outsider) may not read 李销售's customer: no 360, and no way to record on its visits.
    expect((await app.ok(Q, { id: c }, team.token.outsider)).customer).toBeNull();
    const other = await plan(team.token.sales, c, '2026-03-09T05:00:00Z');
    expect(
      errorOf(
        await app.gql(REC, { id: other.id, v: other.version, i: { method: 'PHONE', content: 'x', overallScore: 1 } }, team.token.outsider),
      ).code,
    ).toBe('NOT_FOUND');
    // Nor does their overall figure count it.
    const mine = (await app.ok(`{ visitSatisfaction { total averageScore } }`, {}, team.token.outsider)).visitSatisfaction;
    expect(mine).toEqual({ total: 0, averageScore: null });
  });

  it('the churn warning compares the overall scores of the last two visits, the same score the 360 averages', async () => {
    const c = await newCustomer(app, team.token.sales, '常州流失预警评分有限公司');
    const record = async (at: string, overallScore: number, score: number) => {
      const v = await plan(team.token.sales, c, at);
      const scores = ['QUALITY', 'SERVICE', 'RESPONSE', 'DELIVERY'].map((dimension) => ({ dimension, score }));
      await app.ok(
        REC,
        { id: v.id, v: v.version, i: { actualAt: at, method: 'PHONE', content: '回访', overallScore, scores } },
        team.token.sales,
      );
    };
    const causes = async () =>
      (
        await app.ok(`{ churnRisks(first: 100) { items { customer { id } causes { cause detail } } } }`, {}, team.token.sales)
      ).churnRisks.items.find((i: { customer: { id: string } }) => i.customer.id === c)?.causes ?? [];
    await record('2026-03-01T02:00:00Z', 5, 2);
    await record('2026-03-05T02:00:00Z', 3, 5); // dimensions went up, the overall score fell by 2
    expect(await causes()).toEqual([{ cause: 'SATISFACTION_DROP', detail: '5.0→3.0' }]);
    await record('2026-03-08T02:00:00Z', 3, 1); // overall held: the cause ends
    expect(await causes()).toEqual([]);
  });

  it('admins configure the dimensions: renamed, added, reordered; one left out is archived with its scores kept', async () => {
    const denied = await app.gql(SET_DIMS, { i: [{ key: 'QUALITY', nameZh: '质量', nameEn: 'Quality' }] }, team.token.manager);
    expect(errorOf(denied).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(SET_DIMS, { i: [] }, team.token.admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(errorOf(await app.gql(SET_DIMS, { i: [{ key: 'bad key', nameZh: '价格', nameEn: 'Price' }] }, team.token.admin))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.0.key',
    });
    await app.ok(
      SET_DIMS,
      {
        i: [
          { key: 'SERVICE', nameZh: '服务态度', nameEn: 'Service attitude' },
          { key: 'QUALITY', nameZh: '产品与质量', nameEn: 'Product & quality' },
          { key: 'RESPONSE', nameZh: '响应速度', nameEn: 'Responsiveness' },
          { key: 'PRICE', nameZh: '价格合理', nameEn: 'Fair price' },
        ],
      },
      team.token.admin,
    );
    const all = (await app.ok(DIMS, { a: true }, team.token.sales)).satisfactionDimensions;
    expect(all.map((d: { key: string; active: boolean; position: number }) => [d.key, d.active, d.position])).toEqual([
      ['SERVICE', true, 0],
      ['QUALITY', true, 1],
      ['RESPONSE', true, 2],
      ['PRICE', true, 3],
      ['DELIVERY', false, 3],
    ]);
    // The archived dimension cannot be scored any more, but the scores given on it stay.
    const c = await newCustomer(app, team.token.sales, '无锡归档维度有限公司');
    const v = await plan(team.token.sales, c);
    const res = await app.gql(
      REC,
      { id: v.id, v: v.version, i: { method: 'PHONE', content: 'x', overallScore: 3, scores: [{ dimension: 'DELIVERY', score: 3 }] } },
      team.token.sales,
    );
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scores.0.dimension' });
    const [{ n }] = await app.db.dataSource.query(`SELECT count(*)::int AS n FROM visit_scores WHERE dimension_key = 'DELIVERY'`);
    expect(n).toBeGreaterThan(0);
  });
});
