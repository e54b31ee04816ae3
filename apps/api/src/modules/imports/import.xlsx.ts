import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { badInput, msg } from '../../graphql/errors';
import { normalizeHeader } from './import.columns';
import { rowCounter, type ImportLimits } from './import.limits';
import type { CellProblem, CellValue, SheetRow } from './import.parse';
import {
  assertEntrySize,
  inflateEntry,
  MAX_ZIP_ENTRY_BYTES,
  readZipDirectory,
  unreadableXlsx as unreadable,
  type ZipEntry,
} from './import.zip';

/**
 * Reads the data sheet of an .xlsx as a stream: the zip directory is checked first (import.zip.ts), then the
 * shared strings, styles and the sheet's XML are parsed with a SAX parser chunk by chunk. Only non-empty rows
 * are kept, never a rows × columns grid; the declared dimension, every cell's column and the row count are
 * checked as they are read, so a hostile file is refused before it costs memory.
 */

/** Most characters of XML text between two tags (Excel's cell limit is 32,767 characters). */
const MAX_TEXT_CHARS = 1_000_000;

export interface XlsxSheet {
  headers: string[];
  rows: SheetRow[];
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);
/** An attribute by its local name (`id` finds `r:id`); no allocation, it runs for every cell. */
const attr = (tag: SaxesTagPlain, name: string): string | undefined => {
  const direct = tag.attributes[name];
  if (direct !== undefined) return direct;
  for (const k in tag.attributes) if (k.endsWith(`:${name}`)) return tag.attributes[k];
  return undefined;
};

/** Column letters to a 1-based number (A = 1, ALL = 1000). */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
const columnLetters = (n: number): string =>
  (n > 26 ? columnLetters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

const tooWide = (ref: string, columns: number) =>
  badInput('file', msg('imports.cellBeyondColumnDelete', { ref, columns }), { reason: 'SHEET_TOO_WIDE' });

/**
 * Largest XML of each part read. The shared strings are all kept in memory, so their part is held tighter than
 * the sheet, which is streamed; workbook, relationships and styles are small in any real file.
 */
const PART_BYTES = { sheet: MAX_ZIP_ENTRY_BYTES, sharedStrings: 32 * 1024 * 1024, other: 8 * 1024 * 1024 };

/**
 * Feeds an entry's XML to a SAX parser; a handler returns true to stop early (the rest is not inflated).
 * Text between two tags is bounded: the parser would otherwise gather it in one string.
 */
async function parseXml(
  buf: Buffer,
  entry: ZipEntry,
  on: { open?(tag: SaxesTagPlain): boolean | void; close?(name: string): boolean | void; text?(text: string): void },
  maxBytes = PART_BYTES.other,
): Promise<void> {
  assertEntrySize(entry, maxBytes);
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  let sinceEvent = 0;
  let stop = false;
  parser.on('opentag', (tag) => {
    sinceEvent = 0;
    if (on.open?.(tag)) stop = true;
  });
  parser.on('closetag', (tag) => {
    sinceEvent = 0;
    if (on.close?.(local(tag.name))) stop = true;
  });
  parser.on('text', (t) => {
    sinceEvent = 0;
    on.text?.(t);
  });
  parser.on('cdata', (t) => {
    sinceEvent = 0;
    on.text?.(t);
  });
  const decoder = new StringDecoder('utf8');
  let first = true;
  try {
    for await (const chunk of inflateEntry(buf, entry)) {
      let text = decoder.write(chunk);
      if (first) text = text.replace(/^\uFEFF/, ''); // a byte-order mark
      first = false;
      sinceEvent += text.length;
      parser.write(text);
      if (stop) return;
      if (sinceEvent > MAX_TEXT_CHARS) throw unreadable(`${entry.name} has a text run over ${MAX_TEXT_CHARS} characters`);
    }
    parser.write(decoder.end());
    parser.close();
  } catch (err) {
    if (err instanceof Error && !('extensions' in err)) throw unreadable(`${entry.name}: ${err.message}`);
    throw err;
  }
}

/** Resolves a relationship target against the folder of the part that refers to it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}

async function readRels(
  buf: Buffer,
  entries: Map<string, ZipEntry>,
  part: string,
): Promise<{ id: string; type: string; target: string }[]> {
  const slash = part.lastIndexOf('/');
  const relsName = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const entry = entries.get(relsName);
  const rels: { id: string; type: string; target: string }[] = [];
  if (!entry) return rels;
  await parseXml(buf, entry, {
    open(tag) {
      if (local(tag.name) === 'Relationship') {
        rels.push({ id: attr(tag, 'Id') ?? '', type: attr(tag, 'Type') ?? '', target: resolveTarget(part, attr(tag, 'Target') ?? '') });
      }
    },
  });
  return rels;
}

/** Shared strings: plain or rich text (runs joined), without phonetic hints. */
async function readSharedStrings(buf: Buffer, entry: ZipEntry | undefined, limits: ImportLimits): Promise<string[]> {
  const strings: string[] = [];
  if (!entry) return strings;
  let parts: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  await parseXml(
    buf,
    entry,
    {
      open(tag) {
        const name = local(tag.name);
        if (name === 'si') parts = [];
        else if (name === 'rPh') phonetic += tag.isSelfClosing ? 0 : 1;
        else if (name === 't' && parts && !phonetic) inText = !tag.isSelfClosing;
      },
      close(name) {
        if (name === 't') inText = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'si' && parts) {
          if (strings.push(parts.join('')) > limits.sharedStrings) throw unreadable(`more than ${limits.sharedStrings} shared strings`);
          parts = null;
        }
      },
      text(t) {
        if (inText) parts!.push(t);
      },
    },
    PART_BYTES.sharedStrings,
  );
  return strings;
}

/** Number formats of Excel's own that show dates or times (14-22, 45-47; 27-36 and 50-58 in Chinese, Japanese, Korean). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);
/** A custom format shows a date when, outside [colour] and "literal" parts, it has a date or time letter. */
const isDateFormat = (code: string) => /[ymdhsb]/i.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/** Which cell styles (the `s` index of a cell) show a date. */
async function readDateStyles(buf: Buffer, entry: ZipEntry | undefined): Promise<boolean[]> {
  const dates: boolean[] = [];
  if (!entry) return dates;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  await parseXml(buf, entry, {
    open(tag) {
      const name = local(tag.name);
      if (name === 'numFmt') custom.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = !tag.isSelfClosing;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attr(tag, 'numFmtId') ?? 0);
        dates.push(custom.has(id) ? isDateFormat(custom.get(id)!) : BUILTIN_DATE_FORMATS.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') {
        inCellXfs = false;
        return true;
      }
    },
  });
  return dates;
}

/** Excel's serial day number to a Date (the 1900 system counts a 29 Feb 1900 that never was; 25569 = 1970-01-01). */
const excelDate = (serial: number, date1904: boolean) => new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));

export async function readXlsx(buf: Buffer, limits: ImportLimits): Promise<XlsxSheet> {
  const entries = readZipDirectory(buf);
  const rootRels = await readRels(buf, entries, '');
  const workbookPath = rootRels.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbook = entries.get(workbookPath);
  if (!workbook) throw unreadable('no workbook');

  // The data sheet: the first visible one that is not the template's instructions.
  const sheets: { name: string; rid: string; visible: boolean }[] = [];
  let date1904 = false;
  await parseXml(buf, workbook, {
    open(tag) {
      const name = local(tag.name);
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attr(tag, 'date1904') ?? '');
      else if (name === 'sheet')
        sheets.push({
          name: attr(tag, 'name') ?? '',
          rid: attr(tag, 'id') ?? '',
          visible: (attr(tag, 'state') ?? 'visible') === 'visible',
        });
    },
    close: (name) => name === 'sheets',
  });
  const rels = await readRels(buf, entries, workbookPath);
  const chosen = sheets.find((s) => s.visible && s.name !== '填写说明') ?? sheets[0];
  const sheetPath = rels.find((r) => r.id === chosen?.rid)?.target;
  const sheet = sheetPath ? entries.get(sheetPath) : undefined;
  if (!sheet) throw badInput('file', msg('imports.noWorksheet'));
  const partOf = (suffix: string) => {
    const target = rels.find((r) => r.type.endsWith(suffix))?.target;
    return target ? entries.get(target) : undefined;
  };
  const strings = await readSharedStrings(buf, partOf('/sharedStrings'), limits);
  const dateStyles = await readDateStyles(buf, partOf('/styles'));
  return readSheet(buf, sheet, { strings, dateStyles, date1904, limits });
}

interface SheetContext {
  strings: string[];
  dateStyles: boolean[];
  date1904: boolean;
  limits: ImportLimits;
}

async function readSheet(buf: Buffer, entry: ZipEntry, ctx: SheetContext): Promise<XlsxSheet> {
  let headers: string[] | null = null;
  const rows: SheetRow[] = [];
  const count = rowCounter(ctx.limits);
  const maxColumns = ctx.limits.columns;
  let rowNumber = 0;
  let cells: CellValue[] = [];
  let problems: CellProblem[] = [];
  let filled = 0; // non-empty cells kept in this row
  let column = 0;
  // The cell being read.
  let ref = '';
  let type = 'n';
  let style = 0;
  let hasFormula = false;
  let value: string | null = null;
  let inline: string[] | null = null;
  let capture: 'v' | 't' | null = null;
  let phonetic = 0;

  const header = (col: number) => (headers?.[col - 1] ? normalizeHeader(headers[col - 1]) : columnLetters(col));
  const cellValue = (): CellValue => {
    if (type === 'inlineStr') return inline?.join('') ?? null;
    if (value === null) return null;
    switch (type) {
      case 's': {
        const s = ctx.strings[Number(value)];
        if (s === undefined) throw unreadable(`cell ${ref} refers to a missing shared string`);
        return s;
      }
      case 'str':
        return value;
      case 'b':
        return value === '1' || value === 'true' ? '是' : '否';
      case 'e':
        return null;
      case 'd': {
        const d = new Date(value);
        return Number.isNaN(d.getTime()) ? value : d;
      }
      default: {
        if (value.trim() === '') return null;
        const n = Number(value);
        if (!Number.isFinite(n)) return value;
        return ctx.dateStyles[style] ? excelDate(n, ctx.date1904) : n;
      }
    }
  };

  await parseXml(
    buf,
    entry,
    {
      open(tag) {
        switch (local(tag.name)) {
          case 'dimension': {
            // The declared used range, e.g. A1:K120: refuse a sheet that says it is wider than any import.
            const last = /([A-Z]+)\d*$/i.exec(attr(tag, 'ref') ?? '')?.[1];
            if (last && columnNumber(last) > maxColumns)
              throw tooWide((attr(tag, 'ref') ?? '').split(':').pop()!.toUpperCase(), maxColumns);
            break;
          }
          case 'row': {
            const r = Number(attr(tag, 'r') ?? rowNumber + 1);
            if (!Number.isInteger(r) || r <= rowNumber) throw unreadable(`row ${attr(tag, 'r')} is out of order`);
            rowNumber = r;
            filled = 0;
            column = 0;
            break;
          }
          case 'c': {
            const r = attr(tag, 'r');
            const m = r ? /^([A-Z]{1,3})(\d+)$/i.exec(r) : null;
            if (r && !m) throw unreadable(`cell reference ${r}`);
            column = m ? columnNumber(m[1]) : column + 1;
            ref = m ? r!.toUpperCase() : `${columnLetters(column)}${rowNumber}`;
            type = attr(tag, 't') ?? 'n';
            style = Number(attr(tag, 's') ?? 0);
            hasFormula = false;
            value = null;
            inline = null;
            break;
          }
          case 'f':
            hasFormula = true;
            break;
          case 'v':
            value = '';
            capture = tag.isSelfClosing ? null : 'v';
            break;
          case 'is':
            inline = [];
            break;
          case 'rPh':
            if (!tag.isSelfClosing) phonetic++;
            break;
          case 't':
            if (inline && !phonetic && !tag.isSelfClosing) capture = 't';
            break;
        }
      },
      close(name) {
        switch (name) {
          case 'v':
          case 't':
            capture = null;
            break;
          case 'rPh':
            phonetic--;
            break;
          case 'c': {
            // A formula whose result was never saved (a file written by a program, not by Excel) has no value to import.
            const uncached = hasFormula && value === null && type !== 'inlineStr';
            const v = uncached ? null : cellValue();
            const empty = v === null || (typeof v === 'string' && v.trim() === '');
            if ((!empty || uncached) && column > maxColumns) throw tooWide(ref, maxColumns);
            if (uncached) {
              problems.push({
                column: header(column),
                message: `单元格 ${ref} 是公式，但文件中没有它的计算结果，请在 Excel 中打开并保存后再导入，或填入数值`,
              });
            }
            if (!empty) {
              cells[column - 1] = v;
              filled++;
            }
            break;
          }
          case 'row':
            if (rowNumber === 1) {
              headers = Array.from({ length: cells.length }, (_, i) =>
                cells[i] === null || cells[i] === undefined ? '' : String(cells[i]).trim(),
              );
            } else if (filled || problems.length) {
              rows.push(problems.length ? { rowNumber, cells, problems } : { rowNumber, cells });
              count(filled);
              cells = [];
              problems = [];
              break;
            }
            // Nothing kept: the arrays are reused, so a million empty rows allocate nothing.
            cells.length = 0;
            problems.length = 0;
            break;
          case 'sheetData':
            return true; // what follows (merged cells, validations, print settings) is not data
        }
      },
      text(t) {
        if (capture === 'v') value += t;
        else if (capture === 't') inline!.push(t);
      },
    },
    PART_BYTES.sheet,
  );
  return { headers: headers ?? [], rows };
}
