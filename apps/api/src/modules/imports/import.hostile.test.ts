import { randomBytes } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createUser } from '../../test/factories';
import { IMPORT_LIMITS } from './import.limits';
import { parseImportFile } from './import.parse';
import { JOB_FIELDS, ROW_FIELDS, SHEET_END, SHEET_START, sheetRow, upload, workbookParts, zip } from './import.test-helpers';

/**
 * Files made to hurt the API: the upload route must refuse them with a clear BAD_USER_INPUT while the API's
 * heap (this process: the test app runs in it) stays flat. Every file is built here, in the test.
 */

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startTestApp({ now: '2026-03-10T02:00:00Z' });
  const sales = await createUser(app.db.dataSource, { role: 'SALES', name: '李娜' });
  token = await app.login(sales.email);
});
afterAll(() => app.close());

// A collection before each measurement, so the growth seen is the parse's own, not earlier garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The largest heap growth seen while `fn` runs (sampled every few ms and at the end). */
async function heapGrowth<T>(fn: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 2);
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    return { result, growthMb: (peak - base) / 1024 / 1024 };
  } finally {
    clearInterval(sample);
  }
}

const HEAP_BOUND_MB = 50;
const HEADER = sheetRow(1, { A: '客户名称', B: '联系人姓名', C: '手机' });

/** Refused as bad input, naming the file; what the reader sees is the message. */
async function expectRefused(file: Buffer, message: RegExp, fileName = 'hostile.xlsx') {
  const { result, growthMb } = await heapGrowth(() => upload(app, token, fileName, file));
  console.log(`${fileName}: ${file.length} bytes, heap growth while refusing it ${growthMb.toFixed(1)} MB`);
  expect(result.status).toBe(400);
  expect(result.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
  expect(result.body.errors?.[0].message).toMatch(message);
  expect(growthMb).toBeLessThan(HEAP_BOUND_MB);
  return result.body.errors![0];
}

describe('an .xlsx made to exhaust memory', () => {
  it('one cell at row 20000, column ALL: refused by its declared dimension, before any row is read', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['客户名称*', '联系人姓名*', '手机']);
    ws.addRow(['北京某某科技有限公司', '张三', '13800000001']);
    ws.getCell('ALL20000').value = 'x';
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    expect(file.length).toBeLessThan(20_000);
    const error = await expectRefused(file, /^单元格 ALL20000 超出了第 256 列，请删除多余的列后再导入$/);
    expect(error.extensions.reason).toBe('SHEET_TOO_WIDE');
  });

  it('the same cell without a dimension: refused at the cell, without building a grid', async () => {
    const sheet = SHEET_START + HEADER + sheetRow(2, { A: '北京某某科技有限公司', B: '张三' }) + sheetRow(20000, { ALL: 'x' }) + SHEET_END;
    await expectRefused(zip(workbookParts({ data: Buffer.from(sheet) })), /^单元格 ALL20000 超出了第 256 列/);
  });

  describe('a 100 MB sheet packed into about 100 KB', () => {
    // Rows with nothing in them: the parser keeps none, so only the size checks can stop it.
    let bomb: { data: Buffer; size: number; crc: number };
    beforeAll(() => {
      const xml = Buffer.concat([
        Buffer.from(SHEET_START + HEADER + sheetRow(2, { A: '北京某某科技有限公司', B: '张三' })),
        Buffer.alloc(6 * 17_476_267, '<row/>'),
        Buffer.from(SHEET_END),
      ]);
      bomb = { data: deflateRawSync(xml, { level: 9 }), size: xml.length, crc: crc32(xml) };
    });

    it('honest about its size: refused from the zip directory, nothing inflated', async () => {
      const file = zip(workbookParts({ deflated: bomb }));
      expect(file.length).toBeLessThan(200 * 1024);
      const error = await expectRefused(file, /^文件中的「xl\/worksheets\/sheet1\.xml」解压后有 100 MB，超过 64 MB 的上限/);
      expect(error.extensions.reason).toBe('FILE_TOO_LARGE');
    });

    it('claiming a small size: refused as soon as inflating passes what it claimed', async () => {
      const file = zip(workbookParts({ deflated: bomb, size: 2 * 1024 * 1024 }));
      await expectRefused(file, /「xl\/worksheets\/sheet1\.xml」解压后大于其声明的大小/);
    });

    it('a ratio no spreadsheet has, under the size limit: refused from the directory', async () => {
      const small = Buffer.concat([Buffer.from(SHEET_START + HEADER), Buffer.alloc(40 * 1024 * 1024, '<row/>'), Buffer.from(SHEET_END)]);
      const file = zip(workbookParts({ data: small }));
      await expectRefused(file, /压缩比异常，疑似压缩炸弹/);
    });
  });

  it('more than 20,000 data rows: refused while reading, at row 20,002', async () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => sheetRow(i + 2, { A: `公司${i}`, B: '张三' })).join('');
    await expectRefused(zip(workbookParts({ data: Buffer.from(SHEET_START + HEADER + rows + SHEET_END) })), /^一次最多导入 20000 行/);
  });

  it('a text run of megabytes inside one cell: refused, not gathered into one string', async () => {
    const text = randomBytes(1_200_000).toString('hex'); // does not compress: only the text bound stops it
    const sheet = Buffer.from(SHEET_START + HEADER + `<row r="2"><c r="A2" t="inlineStr"><is><t>${text}</t></is></c></row>` + SHEET_END);
    const refused = await expectRefused(zip(workbookParts({ data: sheet })), /^无法读取该 \.xlsx 文件，请确认文件未损坏$/);
    expect(refused.extensions).toMatchObject({
      messageKey: 'common.xlsxUnreadable',
      detail: expect.stringContaining('has a text run over 1000000 characters'),
    });
  });

  it('a file that is not a zip at all, named .xlsx: refused', async () => {
    await expectRefused(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(1000, 1)]), /^无法读取该 \.xlsx 文件/);
  });
});

describe('bounds checked while reading, whatever the file claims', () => {
  const tight = { ...IMPORT_LIMITS, cells: 10, sharedStrings: 4 };
  const refusal = (p: Promise<unknown>) =>
    p.then(
      () => null,
      (e: { message: string; extensions: Record<string, unknown> }) => ({ message: e.message, ...e.extensions }),
    );

  it('filled cells are counted over the rows kept, in .xlsx and CSV alike', async () => {
    const rows = [2, 3, 4].map((n) => sheetRow(n, { A: `公司${n}`, B: '张三', C: '13800000001', D: 'x' })).join('');
    const xlsxFile = zip(workbookParts({ data: Buffer.from(SHEET_START + HEADER + rows + SHEET_END) }));
    expect(await refusal(parseImportFile(xlsxFile, 'a.xlsx', tight))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'file',
      reason: 'TOO_MANY_CELLS',
      messageKey: 'imports.moreThanFilledCells',
      params: { cells: 10 },
    });
    expect(await parseImportFile(xlsxFile, 'a.xlsx', { ...tight, cells: 12 })).toMatchObject({
      rows: [{ rowNumber: 2 }, { rowNumber: 3 }, { rowNumber: 4 }],
    });
    const csvFile = Buffer.from('客户名称,联系人姓名,手机,备注\n甲,张三,138,x\n乙,李四,139,y\n,,,\n丙,王五,137,z\n');
    expect(await refusal(parseImportFile(csvFile, 'a.csv', tight))).toMatchObject({ reason: 'TOO_MANY_CELLS' });
    expect((await parseImportFile(csvFile, 'a.csv', { ...tight, cells: 12 })).rows.map((r) => r.rowNumber)).toEqual([2, 3, 5]);
  });

  it('the shared string table is bounded', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('客户').addRows([
      ['客户名称*', '联系人姓名*'],
      ['甲公司', '张三'],
      ['乙公司', '李四'],
    ]);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await refusal(parseImportFile(file, 'a.xlsx', tight))).toMatchObject({
      code: 'BAD_USER_INPUT',
      messageKey: 'common.xlsxUnreadable',
      detail: expect.stringContaining('more than 4 shared strings'),
    });
    expect((await parseImportFile(file, 'a.xlsx', { ...tight, sharedStrings: 6 })).rows).toHaveLength(2);
  });
});

describe('cells an .xlsx can hold', () => {
  it('formulas: the saved result is imported; a formula without one refuses its row, naming the cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['客户名称*', '联系人姓名*', '手机']);
    ws.addRow([{ formula: '"公式甲"&"科技有限公司"', result: '公式甲科技有限公司' }, '张三', '13800000101']);
    ws.addRow([{ formula: '"公式乙"&"科技有限公司"' }, '李四', '13800000102']);
    ws.addRow(['公式丙科技有限公司', { formula: 'UPPER("wang")' }, '13800000103']);
    const up = await upload(app, token, '公式.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ totalRows: 3, errorRows: 2 });
    const { importJob } = await app.ok(
      `query($id: ID!) { importJob(id: $id) { ${JOB_FIELDS} rows(first: 10) { edges { node { ${ROW_FIELDS} data } } } } }`,
      { id: up.body.id },
      token,
    );
    const rows = importJob.rows.edges.map((e: { node: unknown }) => e.node);
    expect(rows[0]).toMatchObject({
      rowNumber: 2,
      status: 'PENDING',
      errors: [],
      data: { name: '公式甲科技有限公司', contact: { name: '张三' } },
    });
    expect(rows[1]).toMatchObject({ rowNumber: 3, status: 'FAILED' });
    expect(rows[1].errors[0]).toEqual({
      column: '客户名称',
      message: '单元格 A3 是公式，但文件中没有它的计算结果，请在 Excel 中打开并保存后再导入，或填入数值',
    });
    expect(rows[2].errors[0]).toMatchObject({ column: '联系人姓名', message: expect.stringContaining('单元格 B4 是公式') });
    expect(JSON.stringify(rows)).not.toContain('[object Object]');
  });

  it('shared strings, rich text, dates, numbers and booleans read as before', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('填写说明');
    ws.addRow(['说明']);
    const data = wb.addWorksheet('客户');
    data.addRow(['客户名称*', '联系人姓名*', '手机', '首次接触日期', '备注']);
    data.addRow([
      { richText: [{ text: '富文本' }, { text: '科技有限公司' }] },
      '张三',
      13800000201,
      new Date('2026-03-05T00:00:00Z'),
      'A & <B> 备注',
    ]);
    data.addRow(['布尔科技有限公司', '李四', 13800000202, '2026-3-6', true]);
    const up = await upload(app, token, '类型.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(up.status).toBe(201);
    const { importJob } = await app.ok(
      `query($id: ID!) { importJob(id: $id) { rows(first: 10) { edges { node { errors { column message } data } } } } }`,
      { id: up.body.id },
      token,
    );
    const [row, bool] = importJob.rows.edges.map((e: { node: unknown }) => e.node);
    expect(row.errors).toEqual([]);
    expect(row.data).toMatchObject({
      name: '富文本科技有限公司',
      firstContactDate: '2026-03-05',
      remark: 'A & <B> 备注',
      contact: { name: '张三', mobile: '13800000201' },
    });
    expect(bool.data).toMatchObject({ firstContactDate: '2026-03-06', remark: '是' });
  });
});

describe('CSV quoting', () => {
  const csv = (body: string) => Buffer.from(`客户名称,联系人姓名,手机\r\n${body}`);

  it('an unclosed quote is reported with the line it opened on, instead of swallowing the lines after it', async () => {
    const open = await upload(app, token, 'q.csv', csv('"引号甲有限公司,张三,13800000301\r\n引号乙有限公司,李四,13800000302\r\n'));
    expect(open.status).toBe(400);
    expect(open.body.errors?.[0]).toMatchObject({
      message: '第 2 行的引号没有闭合，请检查该行的双引号',
      extensions: { code: 'BAD_USER_INPUT', field: 'file', line: 2 },
    });
    // A later quote does not pair with it silently.
    const later = await upload(app, token, 'q.csv', csv('引号甲有限公司,"张三,13800000301\r\n引号乙有限公司,"李四",13800000302\r\n'));
    expect(later.body.errors?.[0].message).toBe('第 2 行的引号没有闭合，请检查该行的双引号');
    const stray = await upload(app, token, 'q.csv', csv('引号甲有限公司,"张三"先生,13800000301\r\n'));
    expect(stray.body.errors?.[0]).toMatchObject({
      extensions: { line: 2 },
      message: expect.stringContaining('第 2 行的引号后面只能是分隔符或换行'),
    });
  });

  it('quoted commas, escaped quotes and line breaks inside quotes still read as one cell', async () => {
    const up = await upload(app, token, 'ok.csv', csv('"引号丙有限公司",张三,13800000303\r\n"引号""丁""有限公司",李四,13800000304\r\n'));
    expect(up.status).toBe(201);
    const withRemark = await upload(
      app,
      token,
      'ok2.csv',
      Buffer.from(
        '客户名称,联系人姓名,手机,备注\r\n引号戊有限公司,王五,13800000305,"第一行\r\n第二行"\r\n引号己有限公司,赵六,13800000306,\r\n',
      ),
    );
    expect(withRemark.body).toMatchObject({ totalRows: 2, errorRows: 0 });
  });

  it('10 MB of separators or line breaks cost nothing and are refused or ignored', async () => {
    await expectRefused(csv(`引号庚有限公司,张三,13800000307${','.repeat(300)}x\r\n`), /^第 2 行超过了 256 列/, 'wide.csv');
    const { result, growthMb } = await heapGrowth(() =>
      upload(app, token, 'blank.csv', Buffer.concat([csv('引号辛有限公司,张三,13800000308\r\n'), Buffer.alloc(9 * 1024 * 1024, '\n')])),
    );
    console.log(`blank.csv growth ${growthMb.toFixed(1)} MB`);
    expect(result.body).toMatchObject({ totalRows: 1 });
    expect(growthMb).toBeLessThan(HEAP_BOUND_MB);
  });
});
