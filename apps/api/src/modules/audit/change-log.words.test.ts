import { ENUM_LABELS, FIELD_LABELS, renderMessage, sayAction, sayChanges, sayEntryTitle, tableLabel, type Locale } from '@kehu/domain';
import { startTestApp, type TestApp } from '../../test/test-app';
import { ADD_CONTACT, addFollowUp, createTeam, newCustomer, type Team } from '../customers/customer.test-helpers';

/**
 * The change log and the merge preview in business words (issue 15, item 4). Real changes are made over the API,
 * the log is read back with its names, and every entry is said in zh-CN and en with the domain's words, as the web
 * says it: no instant in ISO form, no id, no enumeration code, no field key may show.
 */
let app: TestApp;
let team: Team;
const NOW = new Date('2026-03-10T02:00:00Z');

beforeAll(async () => {
  app = await startTestApp({ now: NOW });
  team = await createTeam(app);
  await app.ok(
    `mutation { createCustomField(input: { key: "budget_level", label: "预算级别", kind: TEXT }) { id } }`,
    {},
    team.token.admin,
  );
});
afterAll(() => app.close());

const LOG = `query($id: ID!) { customer(id: $id) { changeLog(first: 100) { edges { node {
  id at action entityType entityId note noteMessage actor { name } changes { field before after } names { kind ref name } } } } } }`;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const ISO = /\d{4}-\d{2}-\d{2}T/;
const ENUM_CODES = new Set(Object.values(ENUM_LABELS).flatMap((t) => Object.keys(t).filter((k) => /^[A-Z_]{2,}$/.test(k) && k !== 'VIP')));
const FIELD_KEYS = new Set(Object.keys(FIELD_LABELS).flatMap((k) => [k, k.slice(k.indexOf('.') + 1)]));

/** Fails on an ISO instant, a UUID, a raw enum code or a raw field key anywhere in the text. */
function expectWords(text: string) {
  expect(text).not.toMatch(ISO);
  expect(text).not.toMatch(UUID);
  for (const word of text.split(/[\s：:→、,，;；「」“”()（）]+/).filter(Boolean)) {
    expect(ENUM_CODES.has(word) ? `enum code ${word} in: ${text}` : 'ok').toBe('ok');
    const keyLike = /[a-z][A-Z]/.test(word) || word.includes('.');
    expect(keyLike && (FIELD_KEYS.has(word) || /^[a-z]+(\.[a-z]+)?[A-Z]/.test(word)) ? `field key ${word} in: ${text}` : 'ok').toBe('ok');
  }
  expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/); // table or column names such as contract_lines
}

type Entry = {
  action: string;
  entityType: string;
  entityId: string;
  note: string | null;
  noteMessage: { key: string; params?: Record<string, never> } | null;
  changes: { field: string; before: unknown; after: unknown }[];
  names: { kind: string; ref: string; name: string }[];
};

/** One entry as the 360 page shows it: title, action, each line, the note. */
function say(e: Entry, customerId: string, locale: Locale): string {
  const names = Object.fromEntries(e.names.filter((n) => n.kind !== 'customField').map((n) => [n.ref, n.name]));
  const customFieldLabels = Object.fromEntries(e.names.filter((n) => n.kind === 'customField').map((n) => [n.ref, n.name]));
  const ctx = { names, customFieldLabels, customerId };
  const said = sayChanges(e, locale, ctx);
  for (const l of said) expect(FIELD_KEYS.has(l.label) || l.label === 'customFields' ? `raw key ${l.label}` : 'ok').toBe('ok');
  const lines = said.map((l) => `${l.label}：${l.before} → ${l.after}`);
  const note = e.noteMessage ? renderMessage(e.noteMessage, locale) : '';
  return [sayEntryTitle(e, locale, ctx) ?? '', sayAction(e.action, locale), ...lines, note].join('\n');
}

it('says every entry of a customer’s history in zh-CN and en without ids, instants, codes or keys', async () => {
  const master = await newCustomer(app, team.token.sales, '言辞测试甲有限公司', { customFields: { budget_level: '高' } }, { name: '张三' });
  const [{ version }] = await app.db.dataSource.query(`SELECT version FROM customers WHERE id = $1`, [master]);
  await app.ok(
    `mutation($id: ID!, $v: Int!, $i: UpdateCustomerInput!) { updateCustomer(id: $id, version: $v, input: $i) { id } }`,
    { id: master, v: version, i: { grade: 'VIP', source: '展会', firstContactDate: '2026-03-01', customFields: { budget_level: '中' } } },
    team.token.sales,
  );
  await app.ok(
    ADD_CONTACT,
    { c: master, input: { name: '李四', mobile: '13911112222', birthday: '1990-05-06' }, p: true },
    team.token.sales,
  );
  await addFollowUp(app, team.token.sales, master);
  // A duplicate with a contract and its lines, merged in with the duplicate's owner.
  const dup = await newCustomer(app, team.token.admin, '言辞测试乙有限公司', { ownerId: team.manager.id });
  const [k] = await app.db.dataSource.query(
    `INSERT INTO contracts (customer_id, owner_id, number, title, amount, status) VALUES ($1, $2, 'HT-W1', '年度服务', '1000.00', 'DRAFT') RETURNING id`,
    [dup, team.manager.id],
  );
  await app.db.dataSource.query(
    `INSERT INTO contract_lines (customer_id, contract_id, position, name, quantity, unit_price) VALUES ($1, $2, 1, '服务费', 1, 1000)`,
    [dup, k.id],
  );
  const MERGE = `mutation($m: ID!, $d: [ID!]!, $f: [MergeFieldChoice!], $dry: Boolean) {
    mergeCustomers(masterId: $m, duplicateIds: $d, fieldChoices: $f, dryRun: $dry) { tables { table moved merged } } }`;
  const preview = (
    await app.ok(MERGE, { m: master, d: [dup], f: [{ field: 'ownerId', fromCustomerId: dup }], dry: true }, team.token.manager)
  ).mergeCustomers;
  // The merge preview: every table it would move rows of is said as a record type (合同明细, not contract_lines).
  const moved = preview.tables.filter((t: { moved: number }) => t.moved);
  expect(moved.map((t: { table: string }) => t.table)).toContain('contract_lines');
  for (const locale of ['zh-CN', 'en'] as const) {
    const text = moved.map((t: { table: string; moved: number }) => `${tableLabel(t.table, locale)}：${t.moved}`).join('\n');
    expectWords(text);
    expect(text).toContain(locale === 'en' ? 'Contract line' : '合同明细');
  }
  await app.ok(MERGE, { m: master, d: [dup], f: [{ field: 'ownerId', fromCustomerId: dup }] }, team.token.manager);

  const entries: Entry[] = (await app.ok(LOG, { id: master }, team.token.manager)).customer.changeLog.edges.map(
    (e: { node: Entry }) => e.node,
  );
  expect(new Set(entries.map((e) => e.action))).toEqual(new Set(['CREATE', 'UPDATE', 'MERGE', 'MERGED_INTO']));
  const all: Record<Locale, string> = { 'zh-CN': '', en: '' };
  for (const locale of ['zh-CN', 'en'] as const) {
    for (const e of [...entries].reverse()) {
      const text = say(e, master, locale);
      expectWords(text);
      all[locale] += `${text}\n`;
    }
  }
  // Field labels, enum labels, users' and records' names, custom fields by label, the contact by name.
  expect(all['zh-CN']).toContain('客户等级：潜在 → VIP');
  expect(all['zh-CN']).toContain('手动设置等级：否 → 是');
  expect(all['zh-CN']).toContain('预算级别：高 → 中');
  expect(all['zh-CN']).toContain('负责人：李销售 → 王经理');
  expect(all['zh-CN']).toContain('联系人「张三」');
  expect(all['zh-CN']).toContain('联系人「李四」\n新建');
  expect(all['zh-CN']).toContain('首要联系人：— → 是');
  expect(all['zh-CN']).toContain('合并的客户：— → 言辞测试乙有限公司');
  expect(all['zh-CN']).toContain('合同明细 1 条');
  expect(all['zh-CN']).toContain('「言辞测试乙有限公司」已合并到「言辞测试甲有限公司」');
  expect(all.en).toContain('Grade：Potential → VIP');
  expect(all.en).toContain('Grade set by hand：No → Yes');
  expect(all.en).toContain('Source：— → Trade show');
  expect(all.en).toContain('Contact “张三”');
  expect(all.en).toContain('Owner：李销售 → 王经理');
  expect(all.en).toContain('Contract line: 1');
  // The plain-text note of older readers carries no id either.
  for (const e of entries) if (e.note) expect(e.note).not.toMatch(UUID);
});

it('looks the names of a page up in one statement, however many entries it has', async () => {
  const few = await newCustomer(app, team.token.sales, '言辞计数甲有限公司');
  const many = await newCustomer(app, team.token.sales, '言辞计数乙有限公司');
  for (let i = 0; i < 6; i++) {
    await app.ok(ADD_CONTACT, { c: many, input: { name: `联系人${i}`, mobile: `1381111000${i}` }, p: true }, team.token.sales);
  }
  const NAMES = `query($id: ID!) { customer(id: $id) { changeLog(first: 50) { edges { node { names { ref name } } } } } }`;
  await app.gql(NAMES, { id: few }, team.token.sales); // warm: the first request of a token costs its own statements
  const small = await app.gql(NAMES, { id: few }, team.token.sales);
  const large = await app.gql(NAMES, { id: many }, team.token.sales);
  expect(large.statements).toBe(small.statements);
});
