import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../../test/test-app';
import { ADD_CONTACT, addFollowUp, createTeam, errorOf, newCustomer, nextMobile, type Team } from '../customers/customer.test-helpers';
import { runQueuedBulkExports } from './bulk-export.run';

/** Bulk exports end to end: permission and key scopes, the starter's data scope, JSON Lines and Excel, progress, links, takeover. */
let app: TestApp;
let team: Team;
const START = `mutation($i: StartBulkExportInput!) { startBulkExport(input: $i) { id status kind format } }`;
const GET = `query($id: ID!) { bulkExport(id: $id) { id status totalRows processedRows bytes url urlExpiresAt fileName error user { id } } }`;
const origin = () => app.server.url.replace(/\/graphql$/, '');

beforeAll(async () => {
  app = await startTestApp();
  team = await createTeam(app);
  for (const name of ['批量甲有限公司', '批量乙有限公司', '批量丙有限公司']) {
    const id = await newCustomer(app, team.token.sales, name);
    await addFollowUp(app, team.token.sales, id, { content: `${name}的跟进\n第二行` });
    await app.ok(ADD_CONTACT, { c: id, input: { name: '第二联系人', mobile: nextMobile() }, p: false }, team.token.sales);
  }
  await newCustomer(app, team.token.outsider, '别组客户有限公司'); // outside the manager's team
});
afterAll(() => app.close());

async function runToEnd(input: Record<string, unknown>, token: string) {
  const started = (await app.ok(START, { i: input }, token)).startBulkExport;
  expect(started.status).toBe('QUEUED');
  await runQueuedBulkExports(app.services); // what the pg-boss job `bulk-exports-run` does
  const done = (await app.ok(GET, { id: started.id }, token)).bulkExport;
  expect(done).toMatchObject({ status: 'DONE', error: null });
  return done as {
    id: string;
    url: string;
    urlExpiresAt: string;
    totalRows: number;
    processedRows: number;
    bytes: number;
    fileName: string;
  };
}

describe('bulkExport', () => {
  it("writes the starter's customers with their contacts as JSON Lines, with progress and a signed link", async () => {
    const done = await runToEnd({ kind: 'CUSTOMERS' }, team.token.manager);
    expect(done.totalRows).toBe(3);
    expect(done.processedRows).toBe(3);
    expect(done.fileName).toMatch(/^客户-\d{4}-\d{2}-\d{2}\.jsonl$/);
    expect(done.url).toMatch(/^\/files\/bulk-exports\//);
    const res = await fetch(origin() + done.url); // no Authorization header: the link is the credential
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    const text = await res.text();
    expect(Buffer.byteLength(text)).toBe(done.bytes);
    const lines = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((c) => c.name).sort()).toEqual(['批量丙有限公司', '批量乙有限公司', '批量甲有限公司'].sort());
    for (const c of lines) {
      expect(c).toMatchObject({
        ownerId: team.sales.id,
        contacts: [
          expect.objectContaining({ name: '联系人', isPrimary: true, customerId: c.id }),
          expect.objectContaining({ name: '第二联系人', isPrimary: false }),
        ],
        tags: [],
      });
      expect(c).not.toHaveProperty('searchText');
    }
    // Outside the scope: the outsider's customer is in nobody's file but the admin's.
    expect(text).not.toContain('别组客户');
  });

  it("follow-ups of the filtered customers, in the starter's scope", async () => {
    const done = await runToEnd({ kind: 'FOLLOW_UPS', customerFilter: { search: '批量甲' } }, team.token.admin);
    const lines = (await (await fetch(origin() + done.url)).text())
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ content: '批量甲有限公司的跟进\n第二行', customerName: '批量甲有限公司', method: 'PHONE' });
  });

  it("an Excel sheet for people, with the list export's columns", async () => {
    const done = await runToEnd({ kind: 'CUSTOMERS', format: 'XLSX' }, team.token.admin);
    expect(done.fileName).toMatch(/\.xlsx$/);
    const body = Buffer.from(await (await fetch(origin() + done.url)).arrayBuffer());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.getWorksheet('客户列表')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows[0].slice(0, 2)).toEqual(['客户编号', '客户名称']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(expect.arrayContaining(['批量甲有限公司', '别组客户有限公司']));
  });

  it('refuses without the export permission, a key without <area>:export, a mismatched filter, and XLSX where there is no sheet', async () => {
    expect(errorOf(await app.gql(START, { i: { kind: 'CUSTOMERS' } }, team.token.sales)).code).toBe('FORBIDDEN');
    const key = async (scopes: string[]) =>
      (
        await app.ok(
          `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }`,
          { i: { name: `批量${scopes.join()}`, ownerId: team.manager.id, scopes } },
          team.token.admin,
        )
      ).createApiKey.secret as string;
    const readOnly = await key(['CUSTOMERS_READ']);
    expect(errorOf(await app.gql(START, { i: { kind: 'CUSTOMERS' } }, readOnly)).code).toBe('FORBIDDEN');
    const customersExport = await key(['CUSTOMERS_READ', 'CUSTOMERS_EXPORT']);
    expect(errorOf(await app.gql(START, { i: { kind: 'CONTRACTS' } }, customersExport)).message).toMatch(/deals:export/);
    expect((await app.ok(START, { i: { kind: 'CONTACTS' } }, customersExport)).startBulkExport.status).toBe('QUEUED');
    expect(errorOf(await app.gql(START, { i: { kind: 'CUSTOMERS', contractFilter: {} } }, team.token.admin))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.contractFilter',
    });
    expect(errorOf(await app.gql(START, { i: { kind: 'CONTACTS', format: 'XLSX' } }, team.token.admin))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.format',
    });
    await runQueuedBulkExports(app.services);
  });

  it("links expire; the record is the starter's (and admins')", async () => {
    const done = await runToEnd({ kind: 'CONTACTS' }, team.token.manager);
    expect(errorOf(await app.gql(GET, { id: done.id }, team.token.outsider)).code).toBe('NOT_FOUND');
    expect((await app.ok(GET, { id: done.id }, team.token.admin)).bulkExport.user.id).toBe(team.manager.id);
    const list = (await app.ok(`{ bulkExports(last: 50) { edges { node { id } } } }`, {}, team.token.manager)).bulkExports;
    expect(list.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(done.id);
    app.clock.advance(301_000);
    expect((await fetch(origin() + done.url)).status).toBe(410);
    const fresh = (await app.ok(GET, { id: done.id }, team.token.manager)).bulkExport.url;
    expect((await fetch(origin() + fresh)).status).toBe(200);
  });

  it('an export whose worker died (RUNNING, heartbeat stale) is taken over and written whole; a live one is left alone', async () => {
    const started = (await app.ok(START, { i: { kind: 'CUSTOMERS' } }, team.token.manager)).startBulkExport;
    await app.db.dataSource.query(`UPDATE bulk_exports SET status = 'RUNNING', heartbeat_at = now(), processed_rows = 2 WHERE id = $1`, [
      started.id,
    ]);
    expect(await runQueuedBulkExports(app.services)).toBe(0);
    await app.db.dataSource.query(`UPDATE bulk_exports SET heartbeat_at = now() - interval '1 minute' WHERE id = $1`, [started.id]);
    expect(await runQueuedBulkExports(app.services)).toBe(1);
    const done = (await app.ok(GET, { id: started.id }, team.token.manager)).bulkExport;
    expect(done).toMatchObject({ status: 'DONE', processedRows: 3, totalRows: 3 });
    expect((await (await fetch(origin() + done.url)).text()).trimEnd().split('\n')).toHaveLength(3);
  });
});
