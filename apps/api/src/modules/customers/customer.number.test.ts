import { startTestApp, type TestApp } from '../../test/test-app';
import { CustomerNumbers1796675506291 } from '../../db/migrations/1796675506291-customer-numbers';
import { createTeam, errorOf, newCustomer, type Team } from './customer.test-helpers';

let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
  team = await createTeam(app);
});
afterAll(() => app.close());

const numberOf = async (id: string, token = team.token.sales) =>
  (await app.ok(`query($id: ID!) { customer(id: $id) { number } }`, { id }, token)).customer.number as string;
const seqOf = (n: string) => Number(n.split('-').pop());

async function setPattern(pattern: string) {
  const { dealSettings } = await app.ok(`{ dealSettings { version } }`, {}, team.token.admin);
  return app.gql(
    `mutation($v: Int!, $i: DealSettingsInput!) { updateDealSettings(version: $v, input: $i) { customerNumberPattern } }`,
    { v: dealSettings.version, i: { customerNumberPattern: pattern } },
    team.token.admin,
  );
}

describe('客户编号', () => {
  it('is assigned on creation from the pattern, in order, and never reused after a purge', async () => {
    const a = await numberOf(await newCustomer(app, team.token.sales, '编号甲有限公司'));
    const bId = await newCustomer(app, team.token.sales, '编号乙有限公司');
    const b = await numberOf(bId);
    expect(a).toMatch(/^KH-2026-\d{6}$/);
    expect(seqOf(b)).toBe(seqOf(a) + 1);
    // Gone for good (recycle bin, then purge): its number is not given again.
    await app.ok(`mutation($id: ID!) { deleteCustomer(id: $id) { id } }`, { id: bId }, team.token.sales);
    await app.ok(`mutation($id: ID!) { purgeCustomer(id: $id) }`, { id: bId }, team.token.admin);
    const c = await numberOf(await newCustomer(app, team.token.sales, '编号丙有限公司'));
    expect(seqOf(c)).toBe(seqOf(b) + 1);
  });

  it('follows the pattern an admin sets, and refuses a pattern without one sequence', async () => {
    expect(errorOf(await setPattern('KH-{YYYY}'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.customerNumberPattern',
      message: expect.stringContaining('客户编号规则'),
    });
    expect((await setPattern('C{YY}{MM}-{SEQ3}')).data?.updateDealSettings.customerNumberPattern).toBe('C{YY}{MM}-{SEQ3}');
    const n = await numberOf(await newCustomer(app, team.token.sales, '编号丁有限公司'));
    expect(n).toBe('C2603-001');
    expect((await setPattern('KH-{YYYY}-{SEQ6}')).errors).toBeUndefined();
  });

  it('the search box finds a customer by its number, in scope only', async () => {
    const id = await newCustomer(app, team.token.sales, '编号搜索有限公司');
    const number = await numberOf(id);
    const search = async (q: string, token: string) =>
      (
        await app.ok(`query($q: String!) { customers(filter: { search: $q }, first: 20) { edges { node { id number } } } }`, { q }, token)
      ).customers.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await search(number, team.token.sales)).toEqual([id]);
    expect(await search(number.toLowerCase(), team.token.sales)).toEqual([id]);
    expect(await search(number.slice(0, 8).toLowerCase(), team.token.sales)).toContain(id);
    expect(await search(number, team.token.outsider)).toEqual([]);
  });

  it('the migration numbers existing customers oldest first, per business year, and counts on from there', async () => {
    const runner = app.db.dataSource.createQueryRunner();
    try {
      await new CustomerNumbers1796675506291().down(runner);
      await runner.query(`DELETE FROM customers WHERE name LIKE '旧客户%'`);
      // 2024-12-31 17:00 UTC is already 2025 in Shanghai.
      await runner.query(
        `INSERT INTO customers (name, name_key, created_at, updated_at) VALUES
           ('旧客户三', '旧客户三', '2025-06-01T00:00:00Z', now()), ('旧客户一', '旧客户一', '2024-03-01T00:00:00Z', now()),
           ('旧客户二', '旧客户二', '2024-12-31T17:00:00Z', now())`,
      );
      await new CustomerNumbers1796675506291().up(runner);
      const rows = await runner.query(`SELECT name, number FROM customers WHERE name LIKE '旧客户%' ORDER BY name`);
      expect(Object.fromEntries(rows.map((r: { name: string; number: string }) => [r.name, r.number]))).toEqual({
        旧客户一: 'KH-2024-000001',
        旧客户二: 'KH-2025-000001',
        旧客户三: 'KH-2025-000002',
      });
      const [{ number }] = await runner.query(
        `INSERT INTO customers (name, name_key, created_at, updated_at) VALUES ('旧客户四', '旧客户四', '2025-07-01T00:00:00Z', now()) RETURNING number`,
      );
      expect(number).toBe('KH-2025-000003');
      const [{ n }] = await runner.query(`SELECT count(*)::int AS n FROM customers WHERE number IS NULL`);
      expect(n).toBe(0);
    } finally {
      await runner.release();
    }
  });
});
