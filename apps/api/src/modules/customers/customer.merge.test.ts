import { startTestApp, type TestApp } from '../../test/test-app';
import { ADD_CONTACT, addFollowUp, createTeam, errorOf, newCustomer, type Team } from './customer.test-helpers';

let app: TestApp;
let team: Team;
const NOW = new Date('2026-03-10T02:00:00Z');

beforeAll(async () => {
  app = await startTestApp({ now: NOW });
  team = await createTeam(app);
  const ds = app.db.dataSource;
  // Tables "another feature" adds: discovered from the catalog at merge time, one plain, one 1:1 (unique on customer_id).
  await ds.query(
    `CREATE TABLE merge_probe (id serial PRIMARY KEY, customer_id uuid NOT NULL REFERENCES customers(id) ON DELETE CASCADE, note text)`,
  );
  await ds.query(`CREATE TABLE merge_probe_one (customer_id uuid PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE, score int)`);
  for (const [key, kind, options] of [
    ['budget', 'NUMBER', null],
    ['channel', 'SELECT', ['线上', '线下']],
    ['note_text', 'TEXT', null],
  ] as const) {
    await app.ok(
      `mutation($i: CustomFieldInput!) { createCustomField(input: $i) { id } }`,
      { i: { key, label: key, kind, options } },
      team.token.admin,
    );
  }
});
afterAll(() => app.close());

const MERGE = `mutation($m: ID!, $d: [ID!]!, $f: [MergeFieldChoice!], $dry: Boolean) {
  mergeCustomers(masterId: $m, duplicateIds: $d, fieldChoices: $f, dryRun: $dry) {
    dryRun mergedCustomerIds
    master { id name grade ownerId: owner { id } customFields lastFollowUpAt nextFollowUpAt version }
    fields { field value fromCustomerId }
    tables { table column moved merged }
  }
}`;

const CUSTOMER = `query($id: ID!) { customer(id: $id) {
  id name grade customFields lastFollowUpAt nextFollowUpAt owner { id }
  contacts { id name isPrimary } primaryContact { id } tags { name }
  followUps(first: 50) { totalCount }
  changeLog(first: 50) { edges { node { action entityId note changes { field before after } } } }
} }`;

/** Every (table, column) that points at customers, read independently of the merge code. */
async function referencingTables(): Promise<{ tbl: string; col: string }[]> {
  return app.db.dataSource.query(`
    SELECT DISTINCT c.conrelid::regclass::text AS tbl, a.attname::text AS col
      FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
     WHERE c.contype = 'f' AND c.confrelid = 'customers'::regclass AND c.conrelid <> 'customers'::regclass
    UNION SELECT 'change_logs', 'customer_id' ORDER BY 1`);
}

async function countsFor(ids: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const { tbl, col } of await referencingTables()) {
    const [{ n }] = await app.db.dataSource.query(`SELECT count(*)::int AS n FROM ${tbl} WHERE "${col}" = ANY($1::uuid[])`, [ids]);
    out[tbl] = n;
  }
  return out;
}

/** A snapshot of everything a merge could touch: the customers' rows and all related rows. */
async function snapshot(ids: string[]) {
  const customers = await app.db.dataSource.query(`SELECT * FROM customers WHERE id = ANY($1::uuid[]) ORDER BY id`, [ids]);
  const rows: Record<string, unknown[]> = {};
  for (const { tbl, col } of await referencingTables()) {
    rows[tbl] = await app.db.dataSource.query(`SELECT * FROM ${tbl} WHERE "${col}" = ANY($1::uuid[]) ORDER BY 1`, [ids]);
  }
  return { customers, rows };
}

/** Three customers that are the same company, each with contacts, follow-ups, tags, custom values, shares and probe rows. */
async function threeDuplicates(owner: 'sales' | 'admin' = 'sales') {
  const t = team.token[owner];
  const n = Math.random().toString(36).slice(2, 6);
  const a = await newCustomer(
    app,
    t,
    `华信科技${n}有限公司`,
    { grade: 'NORMAL', tags: ['老客户', '重点'], customFields: { budget: 50000 } },
    { name: '张伟' },
  );
  const b = await newCustomer(
    app,
    t,
    `华信科技${n}（北京）`,
    { grade: 'VIP', industry: '制造业', tags: ['老客户', '价格敏感'], customFields: { budget: 80000, channel: '线上' } },
    { name: '刘洋' },
  );
  const c = await newCustomer(
    app,
    t,
    `華信科技${n}集团上海`,
    { grade: 'IMPORTANT', email: 'info@huaxin.cn', customFields: { note_text: '来自展会' } },
    { name: '陈静' },
  );
  await app.ok(ADD_CONTACT, { c: b, input: { name: '孙磊', phone: '010-8888' + String(Math.floor(1000 + Math.random() * 8999)) } }, t);
  await addFollowUp(app, t, a, { at: new Date(NOW.getTime() - 5 * 86400_000).toISOString() });
  await addFollowUp(app, t, b, {
    at: new Date(NOW.getTime() - 2 * 86400_000).toISOString(),
    nextAt: new Date(NOW.getTime() + 3 * 86400_000).toISOString(),
  });
  await addFollowUp(app, t, b, { at: new Date(NOW.getTime() - 9 * 86400_000).toISOString() });
  const ds = app.db.dataSource;
  // The outsider has a read share on A and an editing share on B: after the merge one share, with editing.
  await ds.query(`INSERT INTO customer_shares (customer_id, user_id, can_edit) VALUES ($1, $3, false), ($2, $3, true)`, [
    a,
    b,
    team.outsider.id,
  ]);
  await ds.query(`INSERT INTO customer_shares (customer_id, user_id, can_edit, expires_at) VALUES ($1, $2, false, '2026-12-31')`, [
    c,
    team.service.id,
  ]);
  await ds.query(`INSERT INTO merge_probe (customer_id, note) VALUES ($1, 'a'), ($2, 'b1'), ($2, 'b2'), ($3, 'c')`, [a, b, c]);
  await ds.query(`INSERT INTO merge_probe_one (customer_id, score) VALUES ($1, 1), ($2, 2)`, [a, b]);
  return { a, b, c };
}

describe('mergeCustomers', () => {
  it('moves every related row to the master, keeps chosen values and one primary contact, deletes the duplicates', async () => {
    const { a, b, c } = await threeDuplicates();
    const before = await countsFor([a, b, c]);
    const [bRow] = await app.db.dataSource.query(`SELECT name FROM customers WHERE id = $1`, [b]);
    const bPrimary = (await app.ok(CUSTOMER, { id: b }, team.token.admin)).customer.primaryContact.id;

    const res = await app.ok(
      MERGE,
      {
        m: a,
        d: [b, c],
        f: [
          { field: 'name', fromCustomerId: b },
          { field: 'grade', fromCustomerId: c },
          { field: 'primaryContact', fromCustomerId: b },
          { field: 'customFields.budget', fromCustomerId: b },
        ],
      },
      team.token.manager,
    );
    const r = res.mergeCustomers;
    expect(r.dryRun).toBe(false);
    expect(r.mergedCustomerIds).toEqual([b, c]);
    expect(r.master).toMatchObject({
      id: a,
      name: bRow.name,
      grade: 'IMPORTANT',
      customFields: { budget: 80000, channel: '线上', note_text: '来自展会' },
    });
    const field = (f: string) => r.fields.find((x: any) => x.field === f);
    expect(field('name')).toEqual({ field: 'name', value: { value: bRow.name }, fromCustomerId: b });
    expect(field('industry')).toMatchObject({ value: { value: '制造业' }, fromCustomerId: b }); // master had none: filled from a duplicate
    expect(field('email')).toMatchObject({ value: { value: 'info@huaxin.cn' }, fromCustomerId: c });
    expect(field('customFields.channel').fromCustomerId).toBe(b);

    // Nothing lost: per table, rows under the master now = rows under all three before, less rows folded into an equal one.
    const after = await countsFor([a, b, c]);
    const onMaster = await countsFor([a]);
    const table = (t: string) => r.tables.find((x: any) => x.table === t) ?? { moved: 0, merged: 0 };
    for (const t of Object.keys(before)) {
      expect({ t, n: after[t] }).toEqual({ t, n: onMaster[t] }); // nothing left on the duplicates
      const expected = before[t] - table(t).merged + (t === 'change_logs' ? 3 : 0); // the merge writes 1 + 2 entries
      expect({ t, n: onMaster[t] }).toEqual({ t, n: expected });
    }
    expect(table('contacts')).toMatchObject({ moved: 3, merged: 0 });
    expect(table('follow_ups')).toMatchObject({ moved: 2, merged: 0 });
    expect(table('customer_tags')).toMatchObject({ moved: 1, merged: 1 }); // 老客户 on both
    expect(table('customer_shares')).toMatchObject({ moved: 1, merged: 1 });
    expect(table('merge_probe')).toMatchObject({ moved: 3, merged: 0 });
    expect(table('merge_probe_one')).toMatchObject({ moved: 0, merged: 1 });
    expect(before.contacts).toBe(4);
    const shares = await app.db.dataSource.query(`SELECT user_id, can_edit FROM customer_shares WHERE customer_id = $1 ORDER BY user_id`, [
      a,
    ]);
    expect(shares).toEqual(
      expect.arrayContaining([
        { user_id: team.outsider.id, can_edit: true },
        { user_id: team.service.id, can_edit: false },
      ]),
    );

    const { customer } = await app.ok(CUSTOMER, { id: a }, team.token.admin);
    expect(customer.contacts).toHaveLength(4);
    expect(customer.contacts.filter((k: any) => k.isPrimary)).toEqual([expect.objectContaining({ id: bPrimary })]);
    expect(customer.primaryContact.id).toBe(bPrimary);
    expect(customer.tags.map((t: any) => t.name).sort()).toEqual(['价格敏感', '老客户', '重点'].sort());
    expect(customer.followUps.totalCount).toBe(3);
    expect(customer.lastFollowUpAt).toBe(new Date(NOW.getTime() - 2 * 86400_000).toISOString());
    expect(customer.nextFollowUpAt).toBe(new Date(NOW.getTime() + 3 * 86400_000).toISOString());

    // The duplicates are gone (not in the recycle bin either).
    expect((await app.ok(CUSTOMER, { id: b }, team.token.admin)).customer).toBeNull();
    expect(await app.db.dataSource.query(`SELECT id FROM customers WHERE id = ANY($1::uuid[])`, [[b, c]])).toEqual([]);

    // The change log records which ids and which field from where; the duplicates' values are kept.
    const log = customer.changeLog.edges.map((e: any) => e.node);
    const merge = log.find((l: any) => l.action === 'MERGE');
    expect(merge.entityId).toBe(a);
    expect(merge.changes).toEqual(
      expect.arrayContaining([
        { field: 'mergedCustomerIds', before: null, after: { value: [b, c] } },
        expect.objectContaining({ field: 'name', after: { value: bRow.name, fromCustomerId: b } }),
        expect.objectContaining({ field: 'grade', before: { value: 'NORMAL' }, after: { value: 'IMPORTANT', fromCustomerId: c } }),
      ]),
    );
    expect(
      log
        .filter((l: any) => l.action === 'MERGED_INTO')
        .map((l: any) => l.entityId)
        .sort(),
    ).toEqual([b, c].sort());
    // B's own history (its CREATE entry) moved with it.
    expect(log.some((l: any) => l.action === 'CREATE' && l.entityId === b)).toBe(true);

    // Search text refreshed: the master is found by a moved contact's name and by its new name.
    const found = await app.ok(
      `query($q: String!) { customers(filter: { search: $q }) { edges { node { id } } } }`,
      { q: '孙磊' },
      team.token.admin,
    );
    expect(found.customers.edges.map((e: any) => e.node.id)).toEqual([a]);
  });

  it('dry run reports the same result and changes nothing', async () => {
    const { a, b, c } = await threeDuplicates();
    const before = await snapshot([a, b, c]);
    const dry = (await app.ok(MERGE, { m: a, d: [b, c], f: [{ field: 'grade', fromCustomerId: b }], dry: true }, team.token.admin))
      .mergeCustomers;
    expect(dry.dryRun).toBe(true);
    expect(dry.master.grade).toBe('NORMAL'); // the master as it still is
    expect(dry.fields.find((f: any) => f.field === 'grade')).toEqual({ field: 'grade', value: { value: 'VIP' }, fromCustomerId: b });
    expect(await snapshot([a, b, c])).toEqual(before);

    const real = (await app.ok(MERGE, { m: a, d: [b, c], f: [{ field: 'grade', fromCustomerId: b }] }, team.token.admin)).mergeCustomers;
    expect(real.tables).toEqual(dry.tables);
    expect(real.fields).toEqual(dry.fields);
    expect(real.master.grade).toBe('VIP');
  });

  it('refuses a customer the caller cannot see, and changes nothing', async () => {
    const mine = await newCustomer(app, team.token.sales, '团队客户甲有限公司');
    const foreign = await newCustomer(app, team.token.outsider, '外部客户乙有限公司');
    const before = await snapshot([mine, foreign]);
    const res = await app.gql(MERGE, { m: mine, d: [foreign] }, team.token.manager);
    expect(errorOf(res).code).toBe('NOT_FOUND');
    expect(await snapshot([mine, foreign])).toEqual(before);
  });

  it('refuses roles without customer.merge and bad input with field-named errors', async () => {
    const x = await newCustomer(app, team.token.sales, '权限测试甲公司');
    const y = await newCustomer(app, team.token.sales, '权限测试乙公司');
    expect(errorOf(await app.gql(MERGE, { m: x, d: [y] }, team.token.sales)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(MERGE, { m: x, d: [x] }, team.token.admin))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'duplicateIds.0',
    });
    expect(errorOf(await app.gql(MERGE, { m: x, d: [] }, team.token.admin))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'duplicateIds',
    });
    expect(errorOf(await app.gql(MERGE, { m: x, d: [y], f: [{ field: 'version', fromCustomerId: y }] }, team.token.admin))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'fieldChoices.0.field',
    });
    const stranger = await newCustomer(app, team.token.sales, '权限测试丙公司');
    expect(
      errorOf(await app.gql(MERGE, { m: x, d: [y], f: [{ field: 'name', fromCustomerId: stranger }] }, team.token.admin)),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'fieldChoices.0.fromCustomerId',
    });
  });
});
