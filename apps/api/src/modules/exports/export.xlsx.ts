import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

/** A column of an exported table; `money` cells arrive as the API's decimal strings. */
export interface Column {
  header: string;
  type?: 'text' | 'int' | 'money' | 'percent';
  /** Relative width (characters in Excel). */
  width?: number;
}
export type Cell = string | number | null;
export interface Table {
  title: string;
  columns: Column[];
  rows: Cell[][];
}

/**
 * The cell value Excel gets. Money becomes a number so the sheet can sum it: the decimal string from PostgreSQL
 * is converted once, for display only (no arithmetic happens in JavaScript), and shown with two decimals.
 */
function cellValue(col: Column, v: Cell): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (col.type === 'money' && typeof v === 'string') return Number(v);
  return v;
}

const NUM_FMT: Record<NonNullable<Column['type']>, string | undefined> = {
  text: undefined,
  int: '0',
  money: '#,##0.00',
  percent: '0.00"%"',
};

/** Sheet names: at most 31 characters, none of []:*?/\ */
const sheetName = (title: string) => title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/**
 * An .xlsx written straight to `out` (the HTTP response) as rows arrive: exceljs's streaming WorkbookWriter
 * commits each row to the zip stream, and `add` waits while the socket is congested, so memory stays flat
 * whatever the size of the export.
 */
export function xlsxStream(out: Writable) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Kehu 客户';
  return {
    sheet(title: string, columns: Column[]) {
      const ws = workbook.addWorksheet(sheetName(title), { views: [{ state: 'frozen', ySplit: 1 }] });
      ws.columns = columns.map((c) => ({
        header: c.header,
        width: c.width ?? (c.type === 'text' || !c.type ? 18 : 14),
        style: NUM_FMT[c.type ?? 'text'] ? { numFmt: NUM_FMT[c.type ?? 'text'] } : {},
      }));
      ws.getRow(1).font = { bold: true };
      ws.getRow(1).commit();
      return {
        async add(row: Cell[]) {
          ws.addRow(row.map((v, i) => cellValue(columns[i], v))).commit();
          if (out.writableNeedDrain) await once(out, 'drain');
        },
        commit: () => ws.commit(),
      };
    },
    async table(t: Table) {
      const s = this.sheet(t.title, t.columns);
      for (const row of t.rows) await s.add(row);
      s.commit();
    },
    commit: () => workbook.commit(),
  };
}
