import { startTestApp, type TestApp } from '../../test/test-app';
import { createTeam, errorOf, newCustomer, type Team } from '../customers/customer.test-helpers';

/** 商机产品: lines on create and update (numeric money), read through a loader, copied into a contract drafted from it. */
let app: TestApp;
let team: Team;
let p1: string;
let p2: string;
let retired: string;
beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
  team = await createTeam(app);
  const product = async (name: string, code: string, price: string, active = true) =>
    (
      await app.db.dataSource.query(
        `INSERT INTO products (name, code, unit, list_price, active) VALUES ($1, $2, '套', $3, $4) RETURNING id`,
        [name, code, price, active],
      )
    )[0].id as string;
  p1 = await product('CRM 标准版', 'OL-1', '19999.99');
  p2 = await product('实施服务', 'OL-2', '0.10');
  retired = await product('旧版', 'OL-3', '1', false);
});
afterAll(() => app.close());

const LINES = `lines { position name unit quantity unitPrice amount product { id } }`;
const CREATE = `mutation($c: ID!, $i: CreateOpportunityInput!) { createOpportunity(customerId: $c, input: $i) { id amount version ${LINES} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: UpdateOpportunityInput!) { updateOpportunity(id: $id, version: $v, input: $i) { amount version ${LINES} } }`;

describe('opportunity lines', () => {
  it('create: list price by default, amount defaults to the exact sum; update replaces lines and keeps the amount', async () => {
    const c = await newCustomer(app, team.token.sales, '商机产品甲公司');
    const o = (
      await app.ok(
        CREATE,
        {
          c,
          i: {
            name: '年度采购',
            lines: [
              { productId: p1, quantity: '3' },
              { productId: p2, quantity: '0.3', unitPrice: '0.10' },
            ],
          },
        },
        team.token.sales,
      )
    ).createOpportunity;
    // 3 × 19999.99 + 0.3 × 0.10 = 59999.97 + 0.03: exact in numeric, not 59999.99999… in floats.
    expect(o.amount).toBe('60000.00');
    expect(o.lines).toEqual([
      { position: 1, name: 'CRM 标准版', unit: '套', quantity: '3.00', unitPrice: '19999.99', amount: '59999.97', product: { id: p1 } },
      { position: 2, name: '实施服务', unit: '套', quantity: '0.30', unitPrice: '0.10', amount: '0.03', product: { id: p2 } },
    ]);
    // A hand-set amount wins over the lines.
    const quoted = (
      await app.ok(CREATE, { c, i: { name: '议价', amount: '50000', lines: [{ productId: p1, quantity: '3' }] } }, team.token.sales)
    ).createOpportunity;
    expect(quoted.amount).toBe('50000.00');

    const u = (
      await app.ok(UPDATE, { id: o.id, v: o.version, i: { lines: [{ productId: p2, quantity: '2', unitPrice: '100' }] } }, team.token.sales)
    ).updateOpportunity;
    expect(u).toMatchObject({
      amount: '60000.00',
      version: o.version + 1,
      lines: [{ position: 1, quantity: '2.00', unitPrice: '100.00', amount: '200.00' }],
    });
    const [log] = await app.db.dataSource.query(`SELECT changes FROM change_logs WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`, [o.id]);
    expect(log.changes).toEqual([
      {
        field: 'opportunity.lines',
        before: { value: ['CRM 标准版 × 3.00 @ 19999.99', '实施服务 × 0.30 @ 0.10'] },
        after: { value: ['实施服务 × 2.00 @ 100.00'] },
      },
    ]);
    // The same lines again change nothing (no new version); a stale version is a CONFLICT.
    expect(
      (
        await app.ok(
          UPDATE,
          { id: o.id, v: u.version, i: { lines: [{ productId: p2, quantity: '2', unitPrice: '100' }] } },
          team.token.sales,
        )
      ).updateOpportunity.version,
    ).toBe(u.version);
    expect(errorOf(await app.gql(UPDATE, { id: o.id, v: o.version, i: { lines: [] } }, team.token.sales)).code).toBe('CONFLICT');
    expect((await app.ok(UPDATE, { id: o.id, v: u.version, i: { lines: null } }, team.token.sales)).updateOpportunity.lines).toEqual([]);
  });

  it('refuses bad lines with the field named', async () => {
    const c = await newCustomer(app, team.token.sales, '商机产品乙公司');
    const bad = async (line: Record<string, unknown>) =>
      errorOf(await app.gql(CREATE, { c, i: { name: '错误', lines: [{ productId: p1, quantity: '1' }, line] } }, team.token.sales));
    expect(await bad({ productId: retired, quantity: '1' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lines.1.productId' });
    expect(await bad({ productId: '00000000-0000-4000-8000-000000000000', quantity: '1' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.lines.1.productId',
    });
    expect(await bad({ productId: p2, quantity: '0' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lines.1.quantity' });
    expect(await bad({ productId: p2, quantity: '1', unitPrice: '-1' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.lines.1.unitPrice',
    });
    // Nothing was written.
    const [{ n }] = await app.db.dataSource.query(`SELECT count(*)::int AS n FROM opportunities WHERE customer_id = $1`, [c]);
    expect(n).toBe(0);
  });

  it('lines of a page of opportunities come in one batch; a contract drafted from a won one copies them', async () => {
    const c = await newCustomer(app, team.token.sales, '商机产品丙公司');
    const ids: string[] = [];
    for (let i = 1; i <= 4; i++)
      ids.push(
        (
          await app.ok(
            CREATE,
            {
              c,
              i: {
                name: `批量${i}`,
                lines: [
                  { productId: p1, quantity: String(i) },
                  { productId: p2, quantity: '1' },
                ],
              },
            },
            team.token.sales,
          )
        ).createOpportunity.id,
      );
    const LIST = `query($c: ID!, $n: Int) { opportunities(filter: { customerId: $c }, first: $n) { edges { node { id ${LINES} } } } }`;
    const one = await app.gql(LIST, { c, n: 1 }, team.token.sales);
    const four = await app.gql(LIST, { c, n: 4 }, team.token.sales);
    expect(four.errors).toBeUndefined();
    expect(four.data!.opportunities.edges.every((e: { node: { lines: unknown[] } }) => e.node.lines.length === 2)).toBe(true);
    expect(four.statements).toBe(one.statements);

    await app.ok(`mutation($id: ID!) { advanceOpportunity(id: $id, version: 1, stage: WON) { stage } }`, { id: ids[2] }, team.token.sales);
    const K = `mutation($i: CreateContractInput!) { createContract(input: $i) { amount lines { name quantity unitPrice amount product { id } } } }`;
    const k = (await app.ok(K, { i: { customerId: c, opportunityId: ids[2], title: '合同' } }, team.token.sales)).createContract;
    expect(k).toEqual({
      amount: '60000.07',
      lines: [
        { name: 'CRM 标准版', quantity: '3.00', unitPrice: '19999.99', amount: '59999.97', product: { id: p1 } },
        { name: '实施服务', quantity: '1.00', unitPrice: '0.10', amount: '0.10', product: { id: p2 } },
      ],
    });
    // Lines given with the contract win.
    const own = (
      await app.ok(
        K,
        { i: { customerId: c, opportunityId: ids[2], title: '合同二', lines: [{ productId: p2, quantity: '1' }] } },
        team.token.sales,
      )
    ).createContract;
    expect(own.lines).toHaveLength(1);
  });
});
