import { badInput } from '../../graphql/errors';

/**
 * What one import file may hold. Readers check these as they read, so memory follows what is kept (rows of
 * filled cells), never what a file claims: 1,000,000 numeric cells hold ~30 MB of heap.
 */
export interface ImportLimits {
  /** Data rows (a larger file is split by the user; keeps one job's preview and run bounded). */
  rows: number;
  /** Columns: the templates have a few dozen; 256 was Excel's own limit for years. */
  columns: number;
  /** Filled cells in all data rows (20,000 rows of 50 filled columns). */
  cells: number;
  /** Entries of an .xlsx's shared string table (never more than the cells that use them, in a real file). */
  sharedStrings: number;
}

export const IMPORT_LIMITS: ImportLimits = { rows: 20_000, columns: 256, cells: 1_000_000, sharedStrings: 1_000_000 };

/** Counts the data rows a reader keeps and their filled cells; refuses the file as soon as one passes its bound. */
export function rowCounter(limits: ImportLimits): (filledCells: number) => void {
  let rows = 0;
  let cells = 0;
  return (filledCells) => {
    rows += 1;
    cells += filledCells;
    if (rows > limits.rows) throw badInput('file', `一次最多导入 ${limits.rows} 行，请拆分文件 (at most ${limits.rows} rows per file)`, { reason: 'TOO_MANY_ROWS' });
    if (cells > limits.cells) {
      throw badInput('file', `文件中填写的单元格超过 ${limits.cells} 个，请拆分文件或删除不需要的列 (more than ${limits.cells} filled cells; split the file)`, { reason: 'TOO_MANY_CELLS' });
    }
  };
}
