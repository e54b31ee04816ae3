import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { startTestApp, type TestApp } from '../../test/test-app';
import { startJobRunner } from '../../jobs/runner';
import { createUser } from '../../test/factories';
import { insertCustomer, randomMobile } from '../team/team-fixtures';
import type { User } from '../users/user.entity';
import { runImport, runQueuedImports } from './import.run';
import { bulk, JOB_FIELDS, ROW_FIELDS, upload, xlsx } from './import.test-helpers';

let app: TestApp;
let manager: User;
let sales: User;
let colleague: User;
let service: User;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
  const ds = app.db.dataSource;
  manager = await createUser(ds, { role: 'MANAGER', name: '王经理' });
  sales = await createUser(ds, { role: 'SALES', name: '李娜', managerId: manager.id });
  colleague = await createUser(ds, { role: 'SALES', name: '张伟', managerId: manager.id });
  service = await createUser(ds, { role: 'SERVICE', name: '赵敏' });
  for (const [k, u] of Object.entries({ manager, sales, colleague, service })) tokens[k] = await app.login(u.email);
  await ds.query(
    `INSERT INTO custom_fields (key, label, kind, options, position) VALUES ('budget_level', '预算级别', 'SELECT', '["高","中","低"]', 1)`,
  );
});
afterAll(() => app.close());

const job = async (id: string, token = tokens.sales) =>
  (
    await app.ok(
      `query($id: ID!) { importJob(id: $id) { ${JOB_FIELDS} rows(first: 100) { totalCount edges { node { ${ROW_FIELDS} data } } } } }`,
      { id },
      token,
    )
  ).importJob;
const start = (id: string, choices: { rowNumber: number; choice: string }[] = [], token = tokens.sales) =>
  app.ok(
    `mutation($id: ID!, $c: [ImportChoiceInput!]!) { startImport(id: $id, choices: $c) { ${JOB_FIELDS} } }`,
    { id, c: choices },
    token,
  );
const revert = (id: string, token = tokens.sales) =>
  app.ok(`mutation($id: ID!) { revertImport(id: $id) { ${JOB_FIELDS} } }`, { id }, token);
const customerByName = async (name: string) =>
  (
    await app.db.dataSource.query(`SELECT id, name, owner_id, grade, type, version, source, deleted_at FROM customers WHERE name = $1`, [
      name,
    ])
  )[0];

const HEADERS = ['客户名称*', '客户类型', '客户等级', '客户来源', '标签', '联系人姓名*', '手机', '电话', '预算级别'];

describe('template', () => {
  it('has the columns of the current settings and custom fields, with drop-down lists', async () => {
    const { importTemplate } = await app.ok(
      `{ importTemplate(kind: CUSTOMERS) { fileName contentType contentBase64 columns } }`,
      {},
      tokens.sales,
    );
    expect(importTemplate.fileName).toBe('客户导入模板.xlsx');
    expect(importTemplate.columns.slice(0, 3)).toEqual(['客户名称*', '客户编号', '客户类型']);
    expect(importTemplate.columns).toEqual(expect.arrayContaining(['联系人姓名*', '手机', '电话', '预算级别']));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(importTemplate.contentBase64, 'base64') as never);
    const ws = wb.getWorksheet('客户')!;
    expect(ws.getRow(1).getCell(1).value).toBe('客户名称*');
    const lists = wb.getWorksheet('选项')!;
    const listColumns = (lists.getRow(1).values as unknown[]).filter(Boolean);
    expect(listColumns).toEqual(['客户类型', '客户等级', '客户来源', '所属行业', '预算级别']);
    // 客户类型 offers what a user may set by hand (not 成交).
    expect([2, 3, 4].map((r) => lists.getCell(`A${r}`).value)).toEqual(['意向', '分配', '流失']);
    const validations = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } })
      .dataValidations.model;
    const typeValidation = Object.entries(validations).find(([addr]) => addr.startsWith('C2'));
    expect(typeValidation?.[1]).toMatchObject({ type: 'list', formulae: [`'选项'!$A$2:$A$4`] });
  });

  it('is refused to service staff, who do not create customers', async () => {
    const res = await app.gql(`{ importTemplate(kind: CUSTOMERS) { fileName } }`, {}, tokens.service);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('upload, preview and run', () => {
  it('a file with good, bad and duplicate rows gives exactly the stated result, and revert restores', async () => {
    const ds = app.db.dataSource;
    const mine = await insertCustomer(ds, { ownerId: sales.id, name: '上海已有贸易有限公司', grade: 'NORMAL' });
    const theirs = await insertCustomer(ds, { ownerId: colleague.id, name: '杭州别人科技有限公司' });
    const [{ mobile: theirMobile }] = await ds.query(`SELECT mobile FROM contacts WHERE id = $1`, [theirs.contactId]);
    const file = await xlsx(HEADERS, [
      ['北京导入甲科技有限公司', '意向', 'VIP', '展会', '重点、华北', '张三', '13800000001', null, '高'], // 2 good
      [null, null, null, null, null, '李四', '13800000002', null, null], // 3 bad: no name
      ['广州导入丙有限公司', '成交', '特级', null, null, '王五', '12345', null, '超高'], // 4 bad: type, grade, mobile, custom field
      ['上海已有贸易 有限公司', null, 'VIP', '转介绍', null, '赵六', '13800000004', null, null], // 5 duplicate of mine (name)
      ['深圳新名字科技有限公司', null, null, null, null, '钱七', theirMobile, null, null], // 6 duplicate of a colleague's (phone)
      ['北京导入甲科技（有限公司）', null, null, null, null, '孙八', '13800000006', null, null], // 7 repeats row 2
      ['成都导入乙科技有限公司', '分配', null, null, null, '周九', null, '028-88886666', null], // 8 good
    ]);
    const up = await upload(app, tokens.sales, '客户.xlsx', file);
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ totalRows: 7, errorRows: 2, duplicateRows: 3 });
    const preview = await job(up.body.id!);
    expect(preview).toMatchObject({ status: 'VALIDATED', encoding: 'XLSX', processedRows: 2, failedCount: 2, progress: 28 });
    const rows = Object.fromEntries(preview.rows.edges.map((e: { node: { rowNumber: number } }) => [e.node.rowNumber, e.node]));
    expect(rows[2]).toMatchObject({ status: 'PENDING', errors: [], duplicates: [], allowedChoices: [] });
    expect(rows[2].data).toMatchObject({
      name: '北京导入甲科技有限公司',
      type: 'PROSPECT',
      grade: 'VIP',
      tags: ['重点', '华北'],
      customFields: { budget_level: '高' },
      contact: { name: '张三', mobile: '13800000001' },
    });
    expect(rows[3]).toMatchObject({ status: 'FAILED', errors: [{ column: '客户名称', message: '客户名称不能为空' }] });
    expect(rows[4].status).toBe('FAILED');
    expect(rows[4].errors.map((e: { column: string }) => e.column)).toEqual(['客户类型', '客户等级', '手机', '预算级别']);
    expect(rows[4].errors[0].message).toContain('成交状态由签订合同自动设置');
    expect(rows[4].errors[3].message).toContain('只能是 高 / 中 / 低 之一');
    expect(rows[5]).toMatchObject({
      allowedChoices: ['SKIP', 'UPDATE'],
      duplicates: [{ source: 'DATABASE', reason: 'SAME_NAME', customerId: mine.id, ownerName: '李娜', canUpdate: true }],
    });
    expect(rows[6]).toMatchObject({
      allowedChoices: ['SKIP'],
      duplicates: [{ source: 'DATABASE', reason: 'SAME_PHONE', customerId: theirs.id, ownerName: '张伟', canUpdate: false }],
    });
    expect(rows[7]).toMatchObject({
      allowedChoices: ['SKIP'],
      duplicates: [{ source: 'FILE', reason: 'SAME_NAME', rowNumber: 2, canUpdate: false }],
    });
    expect(rows[8]).toMatchObject({ status: 'PENDING', duplicates: [] });

    // Updating a colleague's customer is not among row 6's choices.
    const refused = await app.gql(
      `mutation($id: ID!) { startImport(id: $id, choices: [{ rowNumber: 6, choice: UPDATE }]) { id } }`,
      { id: up.body.id },
      tokens.sales,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'choices.0.choice' });
    // Nothing was written before the run.
    expect(await customerByName('北京导入甲科技有限公司')).toBeUndefined();

    const started = (await start(up.body.id!, [{ rowNumber: 5, choice: 'UPDATE' }])).startImport;
    expect(started.status).toBe('QUEUED');
    await runImport(app.services, up.body.id!);
    const done = await job(up.body.id!);
    expect(done).toMatchObject({
      status: 'DONE',
      progress: 100,
      processedRows: 7,
      createdCount: 2,
      updatedCount: 1,
      skippedCount: 2,
      failedCount: 2,
    });
    const after = Object.fromEntries(done.rows.edges.map((e: { node: { rowNumber: number } }) => [e.node.rowNumber, e.node]));
    expect(
      Object.fromEntries(
        Object.entries(after).map(([n, r]) => [n, [(r as { status: string }).status, (r as { action: string | null }).action]]),
      ),
    ).toEqual({
      2: ['DONE', 'CREATE'],
      3: ['FAILED', null],
      4: ['FAILED', null],
      5: ['DONE', 'UPDATE'],
      6: ['SKIPPED', null],
      7: ['SKIPPED', null],
      8: ['DONE', 'CREATE'],
    });

    const jia = await customerByName('北京导入甲科技有限公司');
    expect(jia).toMatchObject({ owner_id: sales.id, grade: 'VIP', type: 'PROSPECT', source: '展会' });
    const [contact] = await ds.query(`SELECT name, mobile, is_primary FROM contacts WHERE customer_id = $1`, [jia.id]);
    expect(contact).toEqual({ name: '张三', mobile: '13800000001', is_primary: true });
    expect(
      (
        await ds.query(`SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = $1 ORDER BY t.name`, [
          jia.id,
        ])
      ).map((t: { name: string }) => t.name),
    ).toEqual(['华北', '重点']);
    // The imported customer is found by the search box like any other (search index written with it).
    const found = await app.ok(`{ customers(first: 5, filter: { search: "导入甲" }) { edges { node { id } } } }`, {}, tokens.sales);
    expect(found.customers.edges).toEqual([{ node: { id: jia.id } }]);
    expect(await customerByName('成都导入乙科技有限公司')).toMatchObject({ owner_id: sales.id, type: 'ASSIGNED' });
    expect(await customerByName('上海已有贸易有限公司')).toMatchObject({ id: mine.id, grade: 'VIP', source: '转介绍', version: 2 });
    expect(await customerByName('深圳新名字科技有限公司')).toBeUndefined();
    const [{ n: logs }] = await ds.query(
      `SELECT count(*)::int AS n FROM change_logs WHERE customer_id = ANY($1::uuid[]) AND note LIKE '导入%'`,
      [[jia.id, mine.id]],
    );
    expect(logs).toBe(3); // customer + contact created, one update

    const reverted = (await revert(up.body.id!)).revertImport;
    expect(reverted).toMatchObject({ status: 'REVERTED', revertReport: { reverted: 3, notReverted: [] } });
    expect(await customerByName('北京导入甲科技有限公司')).toBeUndefined();
    expect(await customerByName('成都导入乙科技有限公司')).toBeUndefined();
    expect(await customerByName('上海已有贸易有限公司')).toMatchObject({ grade: 'NORMAL', source: null, version: 3, deleted_at: null });
    const second = await app.gql(`mutation($id: ID!) { revertImport(id: $id) { id } }`, { id: up.body.id }, tokens.sales);
    expect(second.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads GBK and UTF-8 (with a byte-order mark) CSV files', async () => {
    const csv = '客户名称*,联系人姓名,手机,备注\r\n"南京GBK测试有限公司",吴一,13900000011,"含,逗号的备注"\r\n';
    const gbk = await upload(app, tokens.sales, 'gbk.csv', iconv.encode(csv.replace('南京GBK', '南京编码'), 'gbk'));
    expect(gbk.status).toBe(201);
    const g = await job(gbk.body.id!);
    expect(g).toMatchObject({ encoding: 'GBK', totalRows: 1, errorRows: 0 });
    expect(g.rows.edges[0].node.data).toMatchObject({
      name: '南京编码测试有限公司',
      remark: '含,逗号的备注',
      contact: { name: '吴一', mobile: '13900000011' },
    });

    const utf8 = await upload(
      app,
      tokens.sales,
      'utf8.csv',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv.replace('13900000011', '13900000012'), 'utf8')]),
    );
    const u = await job(utf8.body.id!);
    expect(u).toMatchObject({ encoding: 'UTF-8', totalRows: 1 });
    expect(u.rows.edges[0].node.data).toMatchObject({ name: '南京GBK测试有限公司' });
  });

  it('refuses a file without the required columns, and a role that may not create customers', async () => {
    const noName = await upload(app, tokens.sales, 'x.csv', Buffer.from('公司,联系人\r\n甲,乙\r\n'));
    expect(noName.status).toBe(400);
    expect(noName.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'file' } });
    expect(noName.body.errors?.[0].message).toContain('缺少必填列：客户名称、联系人姓名');
    const asService = await upload(
      app,
      tokens.service,
      'x.csv',
      Buffer.from('客户名称,联系人姓名,手机\r\n某某科技有限公司,乙,13900000013\r\n'),
    );
    expect(asService.status).toBe(403);
    expect((await upload(app, null, 'x.csv', Buffer.from('a'))).status).toBe(401);
  });

  it('shows an import only to its uploader (and admins); a salesperson may not pick another owner, a manager may', async () => {
    const csv = (name: string, mobile: string) => Buffer.from(`客户名称,联系人姓名,手机\r\n${name},乙,${mobile}\r\n`);
    const up = await upload(app, tokens.sales, 'a.csv', csv('权限测试甲有限公司', randomMobile()));
    const other = await app.gql(`query($id: ID!) { importJob(id: $id) { id } }`, { id: up.body.id }, tokens.colleague);
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const list = (token: string) => app.ok(`{ importJobs(first: 100) { edges { node { id fileName createdBy { id } } } } }`, {}, token);
    // (The test clock stands still: every import has the same created time, so no order is asserted here.)
    expect((await list(tokens.sales)).importJobs.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
      id: up.body.id,
      fileName: 'a.csv',
      createdBy: { id: sales.id },
    });
    expect((await list(tokens.colleague)).importJobs.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(up.body.id);
    const pick = await app.gql(
      `mutation($id: ID!, $o: ID) { startImport(id: $id, ownerId: $o) { id } }`,
      { id: up.body.id, o: colleague.id },
      tokens.sales,
    );
    expect(pick.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ownerId' });

    const byManager = await upload(app, tokens.manager, 'b.csv', csv('权限测试乙有限公司', randomMobile()));
    await app.ok(
      `mutation($id: ID!, $o: ID) { startImport(id: $id, ownerId: $o) { id } }`,
      { id: byManager.body.id, o: colleague.id },
      tokens.manager,
    );
    await runImport(app.services, byManager.body.id!);
    expect(await customerByName('权限测试乙有限公司')).toMatchObject({ owner_id: colleague.id });
  });
});

describe('crash and revert', () => {
  it('a run stopped after one batch leaves exactly the unwritten rows PENDING and resumes to the same final state', async () => {
    const ds = app.db.dataSource;
    const up = await upload(app, tokens.sales, 'crash.csv', bulk('续传测试', 25));
    await start(up.body.id!);
    await runImport(app.services, up.body.id!, { batchSize: 10, maxBatches: 1 }); // then "crash"
    const statuses = async () =>
      await ds.query(`SELECT status, count(*)::int AS n FROM import_rows WHERE import_id = $1 GROUP BY status ORDER BY status`, [
        up.body.id,
      ]);
    expect(await statuses()).toEqual([
      { status: 'DONE', n: 10 },
      { status: 'PENDING', n: 15 },
    ]);
    const [{ n: written }] = await ds.query(`SELECT count(*)::int AS n FROM customers WHERE name LIKE '续传测试%'`);
    expect(written).toBe(10);
    expect(await job(up.body.id!)).toMatchObject({ status: 'RUNNING', processedRows: 10, createdCount: 10, progress: 40 });

    // The worker's next tick picks up the interrupted import.
    expect(await runQueuedImports(app.services)).toBe(1);
    expect(await statuses()).toEqual([{ status: 'DONE', n: 25 }]);
    expect(await job(up.body.id!)).toMatchObject({ status: 'DONE', processedRows: 25, createdCount: 25, failedCount: 0, progress: 100 });
    const names = (await ds.query(`SELECT name FROM customers WHERE name LIKE '续传测试%' ORDER BY name`)).map(
      (r: { name: string }) => r.name,
    );
    expect(names).toEqual(Array.from({ length: 25 }, (_, i) => `续传测试${String(i).padStart(3, '0')}号有限公司`));
    const [{ n: contacts }] = await ds.query(
      `SELECT count(*)::int AS n FROM contacts k JOIN customers c ON c.id = k.customer_id WHERE c.name LIKE '续传测试%' AND k.is_primary`,
    );
    expect(contacts).toBe(25);
  });

  it('revert leaves alone, and reports, what was changed since the import', async () => {
    const up = await upload(app, tokens.sales, 'revert.csv', bulk('撤销测试', 3));
    await start(up.body.id!);
    await runImport(app.services, up.body.id!);
    const changed = await customerByName('撤销测试001号有限公司');
    await app.ok(
      `mutation($id: ID!, $v: Int!) { updateCustomer(id: $id, version: $v, input: { remark: "导入后改过" }) { id } }`,
      { id: changed.id, v: changed.version },
      tokens.sales,
    );
    const followed = await customerByName('撤销测试002号有限公司');
    await app.ok(
      `mutation($id: ID!) { createFollowUp(customerId: $id, input: { method: PHONE, content: "已联系" }) { id } }`,
      { id: followed.id },
      tokens.sales,
    );

    const { revertImport } = await revert(up.body.id!);
    expect(revertImport.status).toBe('REVERTED');
    expect(revertImport.revertReport).toEqual({
      reverted: 1,
      notReverted: [
        { rowNumber: 3, customerId: changed.id, name: '撤销测试001号有限公司', reason: '导入后已被修改' },
        { rowNumber: 4, customerId: followed.id, name: '撤销测试002号有限公司', reason: '导入后已新增跟进、联系人、商机或合同' },
      ],
    });
    expect(await customerByName('撤销测试000号有限公司')).toBeUndefined();
    expect(await customerByName('撤销测试001号有限公司')).toMatchObject({ id: changed.id });
    expect(await customerByName('撤销测试002号有限公司')).toMatchObject({ id: followed.id });
    const rows = await app.db.dataSource.query(`SELECT row_number, status FROM import_rows WHERE import_id = $1 ORDER BY row_number`, [
      up.body.id,
    ]);
    expect(rows).toEqual([
      { row_number: 2, status: 'REVERTED' },
      { row_number: 3, status: 'DONE' },
      { row_number: 4, status: 'DONE' },
    ]);
  });
});

describe('as a background job', () => {
  it('startImport wakes the pg-boss worker, which runs the import to the end without the browser', async () => {
    const runner = await startJobRunner(app.services, app.db.url, { schedule: false });
    try {
      const up = await upload(
        app,
        tokens.sales,
        'job.csv',
        Buffer.from(`客户名称,联系人姓名,手机\r\n后台任务测试有限公司,乙,${randomMobile()}\r\n`),
      );
      await start(up.body.id!);
      let status = '';
      for (let i = 0; i < 120 && status !== 'DONE'; i++) {
        status = (await job(up.body.id!)).status;
        if (status !== 'DONE') await new Promise((r) => setTimeout(r, 250));
      }
      expect(status).toBe('DONE');
      expect(await customerByName('后台任务测试有限公司')).toMatchObject({ owner_id: sales.id });
    } finally {
      await runner.stop();
    }
  });
});

describe('contacts and follow-ups of existing customers', () => {
  it('imports contacts by customer name: unknown customers and phones in use are reported, revert removes them', async () => {
    const ds = app.db.dataSource;
    const mine = await insertCustomer(ds, { ownerId: sales.id, name: '联系人导入测试有限公司' });
    const theirs = await insertCustomer(ds, { ownerId: colleague.id, name: '别人的联系人测试有限公司' });
    const [{ mobile: used }] = await ds.query(`SELECT mobile FROM contacts WHERE id = $1`, [theirs.contactId]);
    const m1 = randomMobile();
    const file = await xlsx(
      ['客户名称*', '联系人姓名*', '职务', '手机', '生日'],
      [
        ['联系人导入测试 有限公司', '新同事', '采购', m1, '1990-05-06'], // 2 good (name normalised)
        ['不存在的公司', '某人', null, randomMobile(), null], // 3 unknown customer
        ['别人的联系人测试有限公司', '某人', null, randomMobile(), null], // 4 not editable
        ['联系人导入测试有限公司', '重号', null, used, null], // 5 phone in use
        ['联系人导入测试有限公司', '再来', null, m1, null], // 6 repeats row 2's phone
      ],
    );
    const up = await upload(app, tokens.sales, '联系人.xlsx', file, 'CONTACTS');
    expect(up.body).toMatchObject({ totalRows: 5, errorRows: 2, duplicateRows: 2 });
    const preview = await job(up.body.id!);
    const rows = Object.fromEntries(preview.rows.edges.map((e: { node: { rowNumber: number } }) => [e.node.rowNumber, e.node]));
    expect(rows[3].errors).toEqual([{ column: '客户名称', message: '找不到客户「不存在的公司」，请先导入或新建该客户' }]);
    expect(rows[4].errors).toEqual([{ column: '客户名称', message: '你无权修改客户「别人的联系人测试有限公司」' }]);
    expect(rows[5]).toMatchObject({
      allowedChoices: ['SKIP'],
      duplicates: [{ source: 'DATABASE', reason: 'SAME_PHONE', customerId: theirs.id }],
    });
    expect(rows[6]).toMatchObject({ allowedChoices: ['SKIP'], duplicates: [{ source: 'FILE', rowNumber: 2 }] });

    await start(up.body.id!);
    await runImport(app.services, up.body.id!);
    expect(await job(up.body.id!)).toMatchObject({ status: 'DONE', createdCount: 1, skippedCount: 2, failedCount: 2 });
    const contacts = await ds.query(
      `SELECT name, title, mobile, birthday, is_primary FROM contacts WHERE customer_id = $1 ORDER BY created_at, name`,
      [mine.id],
    );
    expect(contacts).toEqual(
      expect.arrayContaining([{ name: '新同事', title: '采购', mobile: m1, birthday: '1990-05-06', is_primary: false }]),
    );
    expect(contacts).toHaveLength(2);

    expect((await revert(up.body.id!)).revertImport).toMatchObject({ status: 'REVERTED', revertReport: { reverted: 1, notReverted: [] } });
    expect(await ds.query(`SELECT count(*)::int AS n FROM contacts WHERE customer_id = $1`, [mine.id])).toEqual([{ n: 1 }]);
  });

  it('updates a customer found by its 客户编号 (any letter case); an unknown number is an error, not a new customer', async () => {
    const ds = app.db.dataSource;
    const mine = await insertCustomer(ds, { ownerId: sales.id, name: '编号更新导入有限公司', grade: 'NORMAL' });
    const theirs = await insertCustomer(ds, { ownerId: colleague.id, name: '编号更新别人有限公司' });
    const [{ number }] = await ds.query(`SELECT number FROM customers WHERE id = $1`, [mine.id]);
    const [{ number: other }] = await ds.query(`SELECT number FROM customers WHERE id = $1`, [theirs.id]);
    const file = await xlsx(
      ['客户编号', '客户名称*', '客户等级', '联系人姓名*', '手机'],
      [
        [number.toLowerCase(), '编号更新导入有限公司', 'VIP', '按编号', randomMobile()], // 2 matched by number (and name)
        ['KH-1999-000001', '编号不存在有限公司', null, '某人', randomMobile()], // 3 unknown number
        [other, '编号更新别人有限公司', 'VIP', '某人', randomMobile()], // 4 a colleague's: may only be skipped
        [null, '编号留空新客户有限公司', null, '新人', randomMobile()], // 5 no number: a new customer
      ],
    );
    const up = await upload(app, tokens.sales, '客户-编号.xlsx', file);
    expect(up.status).toBe(201);
    const preview = await job(up.body.id!);
    const rows = Object.fromEntries(preview.rows.edges.map((e: { node: { rowNumber: number } }) => [e.node.rowNumber, e.node]));
    expect(rows[2]).toMatchObject({
      errors: [],
      allowedChoices: ['SKIP', 'UPDATE'],
      duplicates: [{ source: 'DATABASE', reason: 'SAME_NUMBER', customerId: mine.id, canUpdate: true }],
    });
    expect(rows[3]).toMatchObject({
      status: 'FAILED',
      errors: [{ column: '客户编号', message: '找不到客户编号 KH-1999-000001；新客户请留空客户编号' }],
    });
    expect(rows[4]).toMatchObject({
      allowedChoices: ['SKIP'],
      duplicates: [{ source: 'DATABASE', reason: 'SAME_NUMBER', customerId: theirs.id, canUpdate: false }],
    });
    expect(rows[5]).toMatchObject({ errors: [], duplicates: [] });
    await start(up.body.id!, [{ rowNumber: 2, choice: 'UPDATE' }]);
    await runImport(app.services, up.body.id!);
    expect(await customerByName('编号更新导入有限公司')).toMatchObject({ id: mine.id, grade: 'VIP' });
    expect(await customerByName('编号更新别人有限公司')).toMatchObject({ id: theirs.id, grade: 'NORMAL' });
    const created = await customerByName('编号留空新客户有限公司');
    expect(created).toBeDefined();
    const [{ number: assigned }] = await ds.query(`SELECT number FROM customers WHERE id = $1`, [created.id]);
    expect(assigned).toMatch(/^KH-\d{4}-\d{6}$/);
  });

  it("finds a row's customer by 客户编号 when given (any letter case), before the name", async () => {
    const ds = app.db.dataSource;
    const mine = await insertCustomer(ds, { ownerId: sales.id, name: '编号匹配导入有限公司' });
    const theirs = await insertCustomer(ds, { ownerId: colleague.id, name: '编号匹配别人有限公司' });
    const [{ number }] = await ds.query(`SELECT number FROM customers WHERE id = $1`, [mine.id]);
    const [{ number: other }] = await ds.query(`SELECT number FROM customers WHERE id = $1`, [theirs.id]);
    const file = await xlsx(
      ['客户编号', '客户名称', '联系人姓名*', '手机'],
      [
        [number.toLowerCase(), null, '按编号', randomMobile()], // 2 by number alone
        [number, '名字写错了有限公司', '编号优先', randomMobile()], // 3 the number wins over the name
        ['KH-1999-000001', null, '某人', randomMobile()], // 4 unknown number
        [other, null, '某人', randomMobile()], // 5 not editable
        [null, null, '某人', randomMobile()], // 6 neither
      ],
    );
    const up = await upload(app, tokens.sales, '联系人-编号.xlsx', file, 'CONTACTS');
    const preview = await job(up.body.id!);
    const rows = Object.fromEntries(preview.rows.edges.map((e: { node: { rowNumber: number } }) => [e.node.rowNumber, e.node]));
    expect(rows[2].errors).toEqual([]);
    expect(rows[3].errors).toEqual([]);
    expect(rows[4].errors).toEqual([{ column: '客户编号', message: '找不到客户编号 KH-1999-000001，请先导入或新建该客户' }]);
    expect(rows[5].errors).toEqual([{ column: '客户编号', message: `你无权修改客户编号 ${other}` }]);
    expect(rows[6].errors[0]).toMatchObject({ column: '客户名称' });
    await start(up.body.id!);
    await runImport(app.services, up.body.id!);
    const names = (await ds.query(`SELECT name FROM contacts WHERE customer_id = $1`, [mine.id])).map((r: { name: string }) => r.name);
    expect(names).toEqual(expect.arrayContaining(['按编号', '编号优先']));
  });

  it('imports follow-up history in business time; a repeat may be imported anyway; revert restores the follow-up times', async () => {
    const ds = app.db.dataSource;
    const c = await insertCustomer(ds, {
      ownerId: sales.id,
      name: '跟进导入测试有限公司',
      lastFollowUpAt: new Date('2026-01-01T02:00:00Z'),
    });
    await ds.query(`UPDATE follow_ups SET content = '老跟进' WHERE id = $1`, [c.followUpId]);
    const file = await xlsx(
      ['客户名称*', '跟进时间*', '跟进方式*', '跟进内容*', '下次跟进时间'],
      [
        ['跟进导入测试有限公司', '2026-03-01 09:30', '电话', '介绍新产品', '2026-03-15 10:00'], // 2 good: 09:30 Shanghai = 01:30Z
        ['跟进导入测试有限公司', '2026-01-01 10:00', '拜访', '老跟进', null], // 3 same as the recorded one
        ['跟进导入测试有限公司', '2026-03-01 09:30', '电话', '介绍新产品', null], // 4 repeats row 2
        ['跟进导入测试有限公司', '2026-12-01 09:00', '飞鸽', '', null], // 5 future, bad method, no content
        ['跟进导入测试有限公司', '2026-02-01 09:00', '微信', '约拜访', '2026-01-20 09:00'], // 6 next before this one
      ],
    );
    const up = await upload(app, tokens.sales, '跟进.xlsx', file, 'FOLLOW_UPS');
    expect(up.body).toMatchObject({ totalRows: 5, errorRows: 2, duplicateRows: 2 });
    const preview = await job(up.body.id!);
    const rows = Object.fromEntries(preview.rows.edges.map((e: { node: { rowNumber: number } }) => [e.node.rowNumber, e.node]));
    expect(rows[2].data).toMatchObject({
      at: '2026-03-01T01:30:00.000Z',
      method: 'PHONE',
      nextAt: '2026-03-15T02:00:00.000Z',
      customerId: c.id,
    });
    expect(rows[3]).toMatchObject({ allowedChoices: ['SKIP', 'IMPORT'], duplicates: [{ source: 'DATABASE', reason: 'SAME_FOLLOW_UP' }] });
    expect(rows[4]).toMatchObject({ allowedChoices: ['SKIP', 'IMPORT'], duplicates: [{ source: 'FILE', rowNumber: 2 }] });
    expect(rows[5].errors.map((e: { column: string }) => e.column)).toEqual(['跟进时间', '跟进方式', '跟进内容']);
    expect(rows[6].errors).toEqual([{ column: '下次跟进时间', message: '下次跟进时间必须晚于本次跟进时间' }]);

    await start(up.body.id!, [{ rowNumber: 3, choice: 'IMPORT' }]);
    await runImport(app.services, up.body.id!);
    expect(await job(up.body.id!)).toMatchObject({ status: 'DONE', createdCount: 2, skippedCount: 1, failedCount: 2 });
    const [times] = await ds.query(`SELECT last_follow_up_at, next_follow_up_at FROM customers WHERE id = $1`, [c.id]);
    expect(times).toEqual({ last_follow_up_at: new Date('2026-03-01T01:30:00Z'), next_follow_up_at: new Date('2026-03-15T02:00:00Z') });
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM follow_ups WHERE customer_id = $1 AND author_id = $2`, [c.id, sales.id]);
    expect(n).toBe(3);

    await revert(up.body.id!);
    const [back] = await ds.query(`SELECT last_follow_up_at, next_follow_up_at FROM customers WHERE id = $1`, [c.id]);
    expect(back).toEqual({ last_follow_up_at: new Date('2026-01-01T02:00:00Z'), next_follow_up_at: null });
    expect(await ds.query(`SELECT content FROM follow_ups WHERE customer_id = $1`, [c.id])).toEqual([{ content: '老跟进' }]);
  });
});
