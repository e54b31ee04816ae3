import iconv from 'iconv-lite';
import { badInput, msg } from '../../graphql/errors';
import { IMPORT_LIMITS, rowCounter, type ImportLimits } from './import.limits';
import { readXlsx } from './import.xlsx';

/** A cell as read: text, a number, a date (Excel date cells), or empty. */
export type CellValue = string | number | Date | null;

/** A problem of one cell found while reading the file (e.g. a formula without its result): refuses that row. */
export interface CellProblem {
  column: string;
  message: string;
}

/** A data row with its row number in the file (header = 1). */
export interface SheetRow {
  rowNumber: number;
  cells: CellValue[];
  problems?: CellProblem[];
}

export interface ParsedSheet {
  /** XLSX, UTF-8 or GBK. */
  encoding: 'XLSX' | 'UTF-8' | 'GBK';
  headers: string[];
  /** Data rows; fully empty rows are left out. */
  rows: SheetRow[];
}

const isXlsx = (buf: Buffer) => buf.length > 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;

/**
 * Reads an .xlsx or .csv file. CSV encoding is detected: a UTF-8 byte-order mark or bytes that are valid
 * UTF-8 read as UTF-8, anything else as GBK (what Excel on a Chinese Windows saves as "CSV").
 */
export async function parseImportFile(buf: Buffer, fileName: string, limits: ImportLimits = IMPORT_LIMITS): Promise<ParsedSheet> {
  if (isXlsx(buf)) return toSheet('XLSX', await readXlsx(buf, limits));
  if (/\.xlsx$/i.test(fileName)) throw badInput('file', msg('imports.notXlsxFile'));
  if (/\.xls$/i.test(fileName)) throw badInput('file', msg('imports.oldXlsNotSupported'));
  const { text, encoding } = decodeText(buf);
  return toSheet(encoding, parseCsv(text, limits));
}

export function decodeText(buf: Buffer): { text: string; encoding: 'UTF-8' | 'GBK' } {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return { text: buf.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(buf, 'gbk'), encoding: 'GBK' };
  }
}

/**
 * RFC 4180 CSV: quoted fields with "" escapes and line breaks, CRLF or LF rows; a comma or a tab separates.
 * A quote left open is refused with the line it opened on (read leniently it would swallow the lines after
 * it into one field), and so is text right after a closing quote. Blank records are dropped as they are read,
 * and columns and rows are bounded as in an .xlsx, so 10 MB of commas or line breaks cost nothing.
 */
export function parseCsv(text: string, limits: ImportLimits = IMPORT_LIMITS): { headers: string[]; rows: SheetRow[] } {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const sep = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  let headers: string[] | null = null;
  const rows: SheetRow[] = [];
  const count = rowCounter(limits);
  let row: string[] = [];
  let field = '';
  let line = 1;
  let record = 1;
  let quoteLine = 0; // the line a quoted field opened on; 0 = not in quotes
  const unclosed = (at: number) => badInput('file', msg('imports.unclosedQuoteLine', { at }), { line: at });
  const endField = () => {
    if (row.length < limits.columns) row.push(field);
    else if (field.trim() !== '') {
      throw badInput('file', msg('imports.lineHasMoreThan', { line, columns: limits.columns }), { line, reason: 'SHEET_TOO_WIDE' });
    }
    field = '';
  };
  const endRecord = () => {
    endField();
    let filled = 0;
    for (const f of row) if (f.trim() !== '') filled++;
    if (record === 1) headers = row.map((h) => h.trim());
    else if (filled) {
      rows.push({ rowNumber: record, cells: row });
      count(filled);
    }
    // A record not kept leaves its array for the next one: a million blank lines allocate nothing.
    if (record === 1 || filled) row = [];
    else row.length = 0;
    record++;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoteLine) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
          continue;
        }
        const next = text[i + 1];
        if (next !== undefined && next !== sep && next !== '\n' && next !== '\r') {
          // "abc"def: when the quoted part ran over lines, the quote that opened it is the one missing its pair.
          if (quoteLine !== line) throw unclosed(quoteLine);
          throw badInput('file', msg('imports.unexpectedTextAfterClosing', { line }), { line });
        }
        quoteLine = 0;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoteLine = line;
    else if (ch === sep) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
    } else field += ch;
  }
  if (quoteLine) throw unclosed(quoteLine);
  if (field !== '' || row.length) endRecord();
  return { headers: headers ?? [], rows };
}

function toSheet(encoding: ParsedSheet['encoding'], { headers, rows }: { headers: string[]; rows: SheetRow[] }): ParsedSheet {
  if (!headers.some(Boolean)) throw badInput('file', msg('imports.fileHasNoHeader'));
  if (!rows.length) throw badInput('file', msg('imports.fileHasNoData'));
  return { encoding, headers, rows };
}
