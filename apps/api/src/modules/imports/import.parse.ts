import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { badInput } from '../../graphql/errors';

/** A cell as read: text, a number, a date (Excel date cells), or empty. */
export type CellValue = string | number | Date | null;

export interface ParsedSheet {
  /** XLSX, UTF-8 or GBK. */
  encoding: 'XLSX' | 'UTF-8' | 'GBK';
  headers: string[];
  /** Data rows with their row number in the file (header = 1); fully empty rows are left out. */
  rows: { rowNumber: number; cells: CellValue[] }[];
}

/** Most rows one file may hold (a larger file is split by the user; keeps one job's preview and run bounded). */
export const MAX_IMPORT_ROWS = 20_000;

const isXlsx = (buf: Buffer) => buf.length > 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;

/**
 * Reads an .xlsx or .csv file. CSV encoding is detected: a UTF-8 byte-order mark or bytes that are valid
 * UTF-8 read as UTF-8, anything else as GBK (what Excel on a Chinese Windows saves as "CSV").
 */
export async function parseImportFile(buf: Buffer, fileName: string): Promise<ParsedSheet> {
  if (isXlsx(buf)) return parseXlsx(buf);
  if (/\.xlsx$/i.test(fileName)) throw badInput('file', '文件不是有效的 .xlsx 文件 (not an xlsx file)');
  if (/\.xls$/i.test(fileName)) throw badInput('file', '不支持旧版 .xls 文件，请另存为 .xlsx 或 CSV (old .xls is not supported)');
  const { text, encoding } = decodeText(buf);
  return toSheet(encoding, parseCsv(text));
}

export function decodeText(buf: Buffer): { text: string; encoding: 'UTF-8' | 'GBK' } {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(buf, 'gbk'), encoding: 'GBK' };
  }
}

/** RFC 4180 CSV: quoted fields with "" escapes and line breaks, CRLF or LF rows; a comma or a tab separates. */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const sep = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function toSheet(encoding: ParsedSheet['encoding'], grid: CellValue[][]): ParsedSheet {
  const [header = [], ...body] = grid;
  const headers = header.map((h) => (h === null ? '' : String(h).trim()));
  if (!headers.some(Boolean)) throw badInput('file', '文件是空的或缺少表头 (the file has no header row)');
  const rows = body
    .map((cells, i) => ({ rowNumber: i + 2, cells }))
    .filter((r) => r.cells.some((c) => c !== null && String(c).trim() !== ''));
  if (!rows.length) throw badInput('file', '文件中没有数据行 (the file has no data rows)');
  if (rows.length > MAX_IMPORT_ROWS) throw badInput('file', `一次最多导入 ${MAX_IMPORT_ROWS} 行，请拆分文件 (at most ${MAX_IMPORT_ROWS} rows per file)`);
  return { encoding, headers, rows };
}

function cellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in v) return String((v as { text: unknown }).text);
    if ('error' in v) return null;
  }
  return String(v);
}

async function parseXlsx(buf: Buffer): Promise<ParsedSheet> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch {
    throw badInput('file', '无法读取该 .xlsx 文件，请确认文件未损坏 (cannot read the xlsx file)');
  }
  // The data sheet: the first visible one that is not the template's instructions.
  const ws = wb.worksheets.find((s) => s.state === 'visible' && s.name !== '填写说明') ?? wb.worksheets[0];
  if (!ws) throw badInput('file', '文件中没有工作表 (no worksheet)');
  const grid: CellValue[][] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: CellValue[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c).value));
    grid[n - 1] = cells;
  });
  for (let i = 0; i < grid.length; i++) grid[i] ??= [];
  return toSheet('XLSX', grid);
}
