import { startTestApp, type TestApp } from '../test/test-app';
import { createTeam, newCustomer, type Team } from '../modules/customers/customer.test-helpers';
import { notifyNewSignIn } from '../modules/reminders/reminder.service';

let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp();
  team = await createTeam(app);
});
afterAll(() => app.close());

const KEYS = `query($first: Int, $after: String, $last: Int, $before: String) {
  apiKeys(first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount
  }
}`;
type Page = {
  edges: { cursor: string; node: { name: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
};
const names = (p: Page) => p.edges.map((e) => e.node.name);

describe('connections page backward with last/before (Relay)', () => {
  it('returns the items before a cursor in list order, and pages back to the start', async () => {
    for (let i = 1; i <= 5; i++) {
      await app.ok(
        `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }`,
        { i: { name: `键${i}`, ownerId: team.sales.id, scopes: ['CUSTOMERS_READ'] } },
        team.token.admin,
      );
      app.clock.advance(1000);
    }
    const page = async (vars: Record<string, unknown>) => (await app.ok(KEYS, vars, team.token.admin)).apiKeys as Page;
    const all = await page({ first: 10 });
    expect(names(all)).toEqual(['键5', '键4', '键3', '键2', '键1']); // newest first

    const tail = await page({ last: 2 });
    expect(names(tail)).toEqual(['键2', '键1']);
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = await page({ last: 2, before: tail.pageInfo.startCursor });
    expect(names(before)).toEqual(['键4', '键3']);
    expect(before.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const first = await page({ last: 2, before: before.pageInfo.startCursor });
    expect(names(first)).toEqual(['键5']);
    expect(first.pageInfo.hasPreviousPage).toBe(false);
    // Forward from a backward page's end cursor continues where it stopped.
    expect(names(await page({ first: 2, after: before.pageInfo.endCursor }))).toEqual(['键2', '键1']);

    const both = await app.gql(KEYS, { first: 2, last: 2 }, team.token.admin);
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const badLast = await app.gql(KEYS, { last: 500 }, team.token.admin);
    expect(badLast.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
  });
});

describe('backward paging on other lists', () => {
  it('products (by name, ascending) page backward in list order', async () => {
    for (const name of ['甲商品', '乙商品', '丙商品', '丁商品']) {
      await app.ok(
        `mutation($n: String!, $c: String!) { createProduct(input: { name: $n, code: $c, listPrice: "1" }) { id } }`,
        { n: name, c: `C-${name}` },
        team.token.admin,
      );
    }
    const PRODUCTS = `query($first: Int, $last: Int, $before: String) { products(first: $first, last: $last, before: $before) { edges { node { name } } pageInfo { hasPreviousPage hasNextPage startCursor } } }`;
    const all = (await app.ok(PRODUCTS, { first: 10 }, team.token.sales)).products;
    const order = all.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(order).toHaveLength(4);
    const tail = (await app.ok(PRODUCTS, { last: 3 }, team.token.sales)).products;
    expect(tail.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(order.slice(1));
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const head = (await app.ok(PRODUCTS, { last: 3, before: tail.pageInfo.startCursor }, team.token.sales)).products;
    expect(head.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(order.slice(0, 1));
    expect(head.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  it('the notification inbox (newest first) pages backward', async () => {
    for (let i = 0; i < 3; i++) {
      await notifyNewSignIn(app.services, { userId: team.service.id, at: app.clock.now(), location: `地点${i}` });
      app.clock.advance(1000);
    }
    const INBOX = `query($first: Int, $last: Int, $before: String) { notifications(first: $first, last: $last, before: $before) { edges { node { id } } pageInfo { startCursor } } }`;
    const ids = (p: { edges: { node: { id: string } }[] }) => p.edges.map((e) => e.node.id);
    const all = ids((await app.ok(INBOX, { first: 10 }, team.token.service)).notifications);
    expect(all).toHaveLength(3);
    const tail = (await app.ok(INBOX, { last: 2 }, team.token.service)).notifications;
    expect(ids(tail)).toEqual(all.slice(1));
    expect(ids((await app.ok(INBOX, { last: 2, before: tail.pageInfo.startCursor }, team.token.service)).notifications)).toEqual(
      all.slice(0, 1),
    );
  });
});

describe('keyset cursors keep the database time to the microsecond', () => {
  it('rows created by one statement (one timestamp) page one by one without a gap or a repeat', async () => {
    const seedId = await newCustomer(app, team.token.outsider, '同刻模板有限公司');
    // Five copies in ONE statement: they share now() to the microsecond (…16:02:03.123456), unlike a JS Date.
    const cols: { column_name: string }[] = await app.db.dataSource.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'customers'
          AND is_generated = 'NEVER' AND column_name NOT IN ('id', 'name', 'name_key', 'number', 'created_at', 'updated_at')`,
    );
    const list = cols.map((c) => `"${c.column_name}"`).join(', ');
    const inserted: { created_at: string }[] = await app.db.dataSource.query(
      `INSERT INTO customers (name, name_key, created_at, updated_at, ${list})
       SELECT '同刻客户' || g || '有限公司', 'tongke' || g || '-' || c.name_key, date_trunc('second', now()) + interval '0.123456 second', now(), ${list
         .split(', ')
         .map((x) => `c.${x}`)
         .join(', ')}
         FROM customers c, generate_series(1, 5) g WHERE c.id = $1 RETURNING created_at::text`,
      [seedId],
    );
    expect(new Set(inserted.map((r) => r.created_at)).size).toBe(1);
    expect(inserted[0].created_at).toMatch(/\.123456/);
    const PAGE = `query($after: String, $before: String, $first: Int, $last: Int) {
      customers(first: $first, after: $after, last: $last, before: $before, filter: { ownership: MINE }) {
        edges { node { name } } pageInfo { hasNextPage endCursor hasPreviousPage startCursor }
      }
    }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: any = (await app.ok(PAGE, { first: 1, after }, team.token.outsider)).customers;
      seen.push(...page.edges.map((e: { node: { name: string } }) => e.node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.filter((n) => n.startsWith('同刻客户')).sort()).toEqual([1, 2, 3, 4, 5].map((g) => `同刻客户${g}有限公司`));
    expect(new Set(seen).size).toBe(seen.length);
    // And backward, one by one from the end: the same rows in the same order.
    const back: string[] = [];
    let before: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: any = (await app.ok(PAGE, { last: 1, before }, team.token.outsider)).customers;
      back.unshift(...page.edges.map((e: { node: { name: string } }) => e.node.name));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(back).toEqual(seen);
  });
});

describe('backward paging on the deal lists (listPage)', () => {
  it('opportunities page backward in list order', async () => {
    const c = await newCustomer(app, team.token.sales, '倒序商机客户有限公司');
    for (const [name, amount] of [
      ['商机一', '100'],
      ['商机二', '300'],
      ['商机三', '200'],
    ]) {
      await app.ok(
        `mutation($c: ID!, $i: CreateOpportunityInput!) { createOpportunity(customerId: $c, input: $i) { id } }`,
        { c, i: { name, amount, stage: 'INITIAL' } },
        team.token.sales,
      );
      app.clock.advance(1000);
    }
    const Q = `query($first: Int, $last: Int, $before: String) {
      opportunities(first: $first, last: $last, before: $before, filter: { customerId: "${c}" }, orderBy: { field: AMOUNT, direction: ASC }) {
        edges { node { name } } pageInfo { hasPreviousPage hasNextPage startCursor }
      }
    }`;
    const names = (p: any) => p.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(names((await app.ok(Q, { first: 10 }, team.token.sales)).opportunities)).toEqual(['商机一', '商机三', '商机二']);
    const tail = (await app.ok(Q, { last: 2 }, team.token.sales)).opportunities;
    expect(names(tail)).toEqual(['商机三', '商机二']);
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const head = (await app.ok(Q, { last: 2, before: tail.pageInfo.startCursor }, team.token.sales)).opportunities;
    expect(names(head)).toEqual(['商机一']);
    expect(head.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });
});
