import ExcelJS from 'exceljs';
import { crc32, deflateRawSync } from 'node:zlib';
import type { TestApp } from '../../test/test-app';
import { randomMobile } from '../team/team-fixtures';

/** POSTs a file to the upload route as the browser does: the raw file as the body. */
export async function upload(app: TestApp, token: string | null, fileName: string, body: Buffer, kind = 'CUSTOMERS') {
  const url = app.server.url.replace(/\/graphql$/, `/imports?kind=${kind}&fileName=${encodeURIComponent(fileName)}`);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: new Uint8Array(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      id?: string;
      totalRows?: number;
      errorRows?: number;
      duplicateRows?: number;
      errors?: { message: string; extensions: Record<string, unknown> }[];
    },
  };
}

/** An .xlsx with a header row and data rows (the header cells exactly as given). */
export async function xlsx(headers: string[], rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A CSV of n customers named prefix000号有限公司, prefix001号有限公司, … */
export const bulk = (prefix: string, n: number) =>
  Buffer.from(
    [
      '客户名称,联系人姓名,手机',
      ...Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(3, '0')}号有限公司,联系人${i},${randomMobile()}`),
    ].join('\r\n'),
  );

export const JOB_FIELDS = `id status encoding totalRows errorRows duplicateRows processedRows createdCount updatedCount skippedCount failedCount progress revertReport lastError`;
export const ROW_FIELDS = `rowNumber status choice allowedChoices action customerId message errors { column message } duplicates { source reason customerId name ownerName rowNumber canUpdate }`;

/**
 * A zip file written by hand, so a test can make one lie: `size` overrides the uncompressed size the
 * directory declares. `deflated` passes data compressed already (a bomb is compressed once, not per test).
 */
export function zip(
  entries: { name: string; data?: Buffer; deflated?: { data: Buffer; size: number; crc: number }; size?: number }[],
): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const packed = e.deflated ?? { data: deflateRawSync(e.data!), size: e.data!.length, crc: crc32(e.data!) };
    const size = e.size ?? packed.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(packed.crc, 14);
    local.writeUInt32LE(packed.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(packed.crc, 16);
    central.writeUInt32LE(packed.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed.data);
    centrals.push(central, name);
    offset += 30 + name.length + packed.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** The parts of a one-sheet workbook around the sheet's XML (cells as inline strings: no shared strings needed). */
export function workbookParts(sheet: { data?: Buffer; deflated?: { data: Buffer; size: number; crc: number }; size?: number }) {
  const ns = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return [
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: Buffer.from(
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${ns}"><sheets><sheet name="客户" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', ...sheet },
  ];
}

/** A row of inline-string cells: `row(2, { A: '甲公司', B: '乙' })`. */
export const sheetRow = (n: number, cells: Record<string, string>) =>
  `<row r="${n}">${Object.entries(cells)
    .map(([col, v]) => `<c r="${col}${n}" t="inlineStr"><is><t>${v}</t></is></c>`)
    .join('')}</row>`;
export const SHEET_START =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
export const SHEET_END = '</sheetData></worksheet>';
