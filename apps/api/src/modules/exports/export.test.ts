import { inflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../../test/test-app';
import { REPORT_NOW, seedReportFixture, type ReportFixture } from '../reports/report.fixture';
import { contentDisposition } from '../../http/exports';

/** Exports end to end over HTTP: permission, scope of the rows, the files themselves, the audit, the link's life. */
let app: TestApp;
let fx: ReportFixture;
const t: Record<string, string> = {};
const MARCH = { from: '2026-03-01', to: '2026-03-31' };

beforeAll(async () => {
  app = await startTestApp({ now: REPORT_NOW });
  fx = await seedReportFixture(app.db.dataSource);
  for (const [k, u] of Object.entries(fx.users)) t[k] = await app.login(u.email);
});
afterAll(() => app.close());

const CREATE = `mutation($i: CreateExportInput!) { createExport(input: $i) { id url expiresAt fileName } }`;
const origin = () => app.server.url.replace(/\/graphql$/, '');
const download = (url: string) => fetch(origin() + url);

/** The audit row is marked complete just after the last byte is handed to the socket: wait for that moment. */
async function settled(id: string) {
  for (;;) {
    const [row] = await app.db.dataSource.query(`SELECT completed FROM export_audit WHERE id = $1`, [id]);
    if (row.completed) return;
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function exportFile(input: Record<string, unknown>, token: string) {
  const link = (await app.ok(CREATE, { i: input }, token)).createExport;
  const res = await download(link.url);
  const body = Buffer.from(await res.arrayBuffer());
  if (res.status === 200) await settled(link.id);
  return { link, res, body };
}

async function readXlsx(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}; sheets: ${wb.worksheets.map((w) => w.name).join(', ')}`);
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };
  return { names: wb.worksheets.map((w) => w.name), sheet };
}

/** The text a PDF shows in its standard (Helvetica) font: content streams inflated, every Tj/TJ hex string decoded. */
function pdfText(pdf: Buffer): string {
  const out: string[] = [];
  const src = pdf.toString('latin1');
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) {
    const start = m.index + m[0].length;
    const end = src.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const op of content.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hex = op[1] !== undefined ? [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('') : op[2];
      out.push(Buffer.from(hex, 'hex').toString('latin1'));
    }
  }
  return out.join('\n');
}

describe('who may export', () => {
  it('refuses a salesperson without the export permission, records nothing, and allows them once granted', async () => {
    const res = await app.gql(CREATE, { i: { kind: 'CUSTOMERS' } }, t.s1);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const report = await app.gql(CREATE, { i: { kind: 'REPORT', report: 'MONEY', format: 'PDF' } }, t.service);
    expect(report.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [{ n }] = await app.db.dataSource.query(`SELECT count(*)::int AS n FROM export_audit`);
    expect(n).toBe(0);
    await app.ok(`mutation($u: ID!) { setExportPermission(userId: $u, allowed: true) { id canExport } }`, { u: fx.users.s1.id }, t.admin);
    expect((await app.ok(CREATE, { i: { kind: 'CUSTOMERS' } }, t.s1)).createExport.url).toMatch(/^\/files\/exports\//);
  });

  it('lets only admins read the audit', async () => {
    const res = await app.gql(`{ exportAudit(first: 5) { totalCount } }`, {}, t.manager);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a bad filter before recording anything', async () => {
    const before = (await app.db.dataSource.query(`SELECT count(*)::int AS n FROM export_audit`))[0].n;
    const res = await app.gql(
      CREATE,
      { i: { kind: 'REPORT', report: 'MONEY', reportFilter: { from: '2026-04-01', to: '2026-03-01' } } },
      t.admin,
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
    const pdfList = await app.gql(CREATE, { i: { kind: 'CUSTOMERS', format: 'PDF' } }, t.admin);
    expect(pdfList.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.format' });
    expect((await app.db.dataSource.query(`SELECT count(*)::int AS n FROM export_audit`))[0].n).toBe(before);
  });
});

describe('customer list export', () => {
  it("holds exactly the filtered rows in the caller's scope, streamed as xlsx with a UTF-8 file name", async () => {
    // S1 (granted above) reads their own two customers and C3 shared with them; never the pool, S3's or the deleted one.
    const { link, res, body } = await exportFile({ kind: 'CUSTOMERS', customerFilter: {} }, t.s1);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(link.fileName)}`);
    expect(link.fileName).toBe('客户列表-2026-03-20.xlsx');
    const rows = (await readXlsx(body)).sheet('客户列表');
    expect(rows[0].slice(0, 4)).toEqual(['客户编号', '客户名称', '客户类型', '客户等级']);
    const listed = await app.ok(`{ customers(first: 100) { edges { node { name number } } } }`, {}, t.s1);
    const names = rows.slice(1).map((r) => r[1]);
    // 客户编号 first, as the list gives it.
    const numberOf = new Map(listed.customers.edges.map((e: { node: { name: string; number: string } }) => [e.node.name, e.node.number]));
    expect(rows.slice(1).map((r) => r[0])).toEqual(names.map((n) => numberOf.get(n as string)));
    expect(rows[1][0]).toMatch(/^KH-\d{4}-\d{6}$/);
    expect(names).toEqual(['甲方制造有限公司', '丙方贸易有限公司', '乙方信息技术有限公司']); // newest first
    expect([...names].sort()).toEqual(listed.customers.edges.map((e: { node: { name: string } }) => e.node.name).sort());
    expect(rows[1]).toEqual(
      expect.arrayContaining(['甲方制造有限公司', '成交', 'VIP', '展会', '制造业', '广东', '李娜', '正常', '2026-03-05 10:00']),
    );

    const vip = await exportFile({ kind: 'CUSTOMERS', customerFilter: { grades: ['VIP'] } }, t.s1);
    expect(
      (await readXlsx(vip.body))
        .sheet('客户列表')
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(['甲方制造有限公司']);
  });

  it('streams lists longer than one batch, every row once', async () => {
    await app.db.dataSource.query(
      `INSERT INTO customers (name, name_key, owner_id, created_at, updated_at)
       SELECT '批量客户' || g, '批量客户' || g, $1, timestamptz '2026-01-01T00:00:00Z' + g * interval '1 minute', now() FROM generate_series(1, 2345) g`,
      [fx.users.s3.id],
    );
    const { link, body } = await exportFile({ kind: 'CUSTOMERS', customerFilter: { ownerIds: [fx.users.s3.id] } }, t.admin);
    const names = (await readXlsx(body))
      .sheet('客户列表')
      .slice(1)
      .map((r) => r[1]);
    expect(names).toHaveLength(2346); // 2345 + C4
    expect(new Set(names).size).toBe(2346);
    expect(names[1]).toBe('批量客户2345');
    const [audit] = await app.db.dataSource.query(`SELECT row_count, completed FROM export_audit WHERE id = $1`, [link.id]);
    expect(audit).toEqual({ row_count: 2346, completed: true });
  });
});

describe('deal list exports', () => {
  const names = (rows: unknown[][]) => rows.slice(1).map((r) => r[0]);

  it('export contracts, opportunities and receipts exactly as their lists show them, in scope', async () => {
    // S1 reads their own customers and C3 (shared with them): contracts K1, K3 and K4.
    const k = await exportFile({ kind: 'CONTRACTS', contractFilter: {} }, t.s1);
    expect(k.link.fileName).toBe('合同列表-2026-03-20.xlsx');
    const contracts = (await readXlsx(k.body)).sheet('合同列表');
    const listed = await app.ok(`{ contracts(first: 100) { edges { node { number } } } }`, {}, t.s1);
    expect([...names(contracts)].sort()).toEqual(listed.contracts.edges.map((e: { node: { number: string } }) => e.node.number).sort());
    expect([...names(contracts)].sort()).toEqual(['HT-K1', 'HT-K3', 'HT-K4']);
    const k1 = contracts.find((r) => r[0] === 'HT-K1')!;
    expect(k1.slice(4, 9)).toEqual(['已签署', 100000, 25000.5, 74999.5, '2026-03-06']);

    const o = await exportFile({ kind: 'OPPORTUNITIES', opportunityFilter: { stages: ['LOST'] } }, t.manager);
    expect([...names((await readXlsx(o.body)).sheet('商机列表'))].sort()).toEqual(['O4 丙方采购', 'O8 乙方旧单']);

    const r = await exportFile({ kind: 'RECEIPTS', receiptFilter: { from: '2026-03-01', to: '2026-03-31' } }, t.s1);
    const receipts = (await readXlsx(r.body)).sheet('回款列表');
    expect(receipts.slice(1).map((x) => [x[0], x[1], x[4]])).toEqual([
      ['2026-03-18', 5000.5, 'HT-K1'],
      ['2026-03-08', 20000, 'HT-K1'],
    ]);
    const [audit] = await app.db.dataSource.query(`SELECT subject, row_count, completed FROM export_audit WHERE id = $1`, [r.link.id]);
    expect(audit).toEqual({ subject: 'RECEIPTS', row_count: 2, completed: true });
  });
});

describe('report export', () => {
  it('writes a report to xlsx with its figures to the fen', async () => {
    const { link, res, body } = await exportFile({ kind: 'REPORT', report: 'MONEY', reportFilter: MARCH }, t.admin);
    expect(res.status).toBe(200);
    expect(link.fileName).toBe('合同与回款-2026-03-01至2026-03-31.xlsx');
    const x = await readXlsx(body);
    expect(x.names).toEqual(['报表信息', '概要', '按期统计']);
    expect(x.sheet('概要')).toEqual([
      ['指标', '本期', '上期', '环比'],
      ['签约金额', 109999.99, 80000, 37.5],
      ['回款金额', 55000.5, 50000, 10],
      ['应收未收', 84999.49],
      ['逾期', 19999.99],
    ]);
    expect(x.sheet('按期统计')[1]).toEqual(['2026-03', 109999.99, 80000, 37.5, 55000.5, 50000, 10, 84999.49, 19999.99]);
  });

  it("exports a salesperson's report within their scope only", async () => {
    const { body } = await exportFile({ kind: 'REPORT', report: 'SALES_PERFORMANCE', reportFilter: MARCH }, t.s1);
    const x = await readXlsx(body);
    expect(
      x
        .sheet('个人业绩')
        .slice(1)
        .map((r) => [r[0], r[13]]),
    ).toEqual([['李娜', 100000]]);
    expect(x.sheet('团队业绩')).toHaveLength(1); // header only
  });

  it('streams the receipts detail page by page', async () => {
    const { link, body } = await exportFile({ kind: 'REPORT', report: 'RECEIPTS', reportFilter: MARCH }, t.admin);
    expect(
      (await readXlsx(body))
        .sheet('回款明细')
        .slice(1)
        .map((r) => [r[0], r[1], r[2]]),
    ).toEqual([
      ['2026-03-18', 5000.5, '银行转账'],
      ['2026-03-12', 30000, '银行转账'],
      ['2026-03-08', 20000, '银行转账'],
    ]);
    expect((await app.db.dataSource.query(`SELECT row_count FROM export_audit WHERE id = $1`, [link.id]))[0].row_count).toBe(3);
  });

  it('writes a report to PDF with its figures in tables', async () => {
    const { link, res, body } = await exportFile({ kind: 'REPORT', report: 'MONEY', format: 'PDF', reportFilter: MARCH }, t.admin);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(link.fileName).toBe('合同与回款-2026-03-01至2026-03-31.pdf');
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(body);
    for (const figure of ['109,999.99', '80,000.00', '37.5%', '55,000.50', '84,999.49', '19,999.99']) expect(text).toContain(figure);
    // The CJK font is embedded (the labels are Chinese).
    expect(body.toString('latin1')).toMatch(/FontFile2|FontFile3/);
  });
});

describe('the audit and the link', () => {
  it('lists every export with who, what, filter, rows and time, newest first, paged', async () => {
    const page = (
      await app.ok(
        `query($after: String) { exportAudit(first: 3, after: $after) { totalCount edges { node { id kind format filter rowCount completed at user { name } } } pageInfo { endCursor hasNextPage } } }`,
        {},
        t.admin,
      )
    ).exportAudit;
    const [{ n }] = await app.db.dataSource.query(`SELECT count(*)::int AS n FROM export_audit`);
    expect(page.totalCount).toBe(n);
    expect(page.edges).toHaveLength(3);
    expect(page.edges[0].node).toMatchObject({
      kind: 'REPORT:MONEY',
      format: 'PDF',
      rowCount: 5,
      completed: true,
      user: { name: '管理员' },
      filter: { report: 'MONEY', reportFilter: MARCH },
    });
    const salesOnly = (
      await app.ok(
        `query($u: ID) { exportAudit(first: 100, filter: { userId: $u }) { edges { node { kind filter user { name } } } } }`,
        { u: fx.users.s1.id },
        t.admin,
      )
    ).exportAudit;
    expect(salesOnly.edges.map((e: { node: { kind: string } }) => e.node.kind)).toEqual([
      'REPORT:SALES_PERFORMANCE',
      'RECEIPTS',
      'CONTRACTS',
      'CUSTOMERS',
      'CUSTOMERS',
      'CUSTOMERS',
    ]);
    expect(salesOnly.edges[3].node.filter).toEqual({ customerFilter: { grades: ['VIP'] } });
    const next = (
      await app.ok(
        `query($after: String) { exportAudit(first: 3, after: $after) { edges { node { id } } } }`,
        { after: page.pageInfo.endCursor },
        t.admin,
      )
    ).exportAudit;
    expect(next.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(page.edges[2].node.id);
  });

  it('exports the satisfaction report with its averages per period and per salesperson, in scope', async () => {
    const admin = await readXlsx((await exportFile({ kind: 'REPORT', report: 'SATISFACTION', reportFilter: MARCH }, t.admin)).body);
    expect(admin.sheet('满意度趋势（1–5 分）')).toEqual([
      ['期间', '回访次数', '总体', '产品质量', '服务态度', '响应速度', '交付及时'],
      ['2026-03', 3, '3.67', '3.33', '3.67', '3.00', '3.00'],
    ]);
    const s1 = await readXlsx((await exportFile({ kind: 'REPORT', report: 'SATISFACTION', reportFilter: MARCH }, t.s1)).body);
    expect(s1.sheet('按销售（1–5 分）')).toEqual([
      ['销售', '回访次数', '总体', '产品质量', '服务态度', '响应速度', '交付及时'],
      ['李娜', 2, '4.50', '4.50', '4.00', '3.50', '4.00'],
    ]);
  });

  it('stops working after a few minutes, when forged, and when the permission is revoked', async () => {
    const link = (await app.ok(CREATE, { i: { kind: 'CUSTOMERS' } }, t.s1)).createExport;
    expect(new Date(link.expiresAt).getTime() - new Date(REPORT_NOW).getTime()).toBe(300_000);
    expect((await download(link.url + 'x')).status).toBe(410);
    await app.ok(`mutation($u: ID!) { setExportPermission(userId: $u, allowed: false) { id } }`, { u: fx.users.s1.id }, t.admin);
    expect((await download(link.url)).status).toBe(403);
    const admins = (await app.ok(CREATE, { i: { kind: 'CUSTOMERS' } }, t.admin)).createExport;
    app.clock.advanceDays(1);
    const expired = await download(admins.url);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('下载链接无效或已过期');
  });

  it('names files in UTF-8 with an ASCII fallback', () => {
    expect(contentDisposition('客户列表-2026.xlsx')).toBe(
      `attachment; filename="____-2026.xlsx"; filename*=UTF-8''%E5%AE%A2%E6%88%B7%E5%88%97%E8%A1%A8-2026.xlsx`,
    );
  });
});
