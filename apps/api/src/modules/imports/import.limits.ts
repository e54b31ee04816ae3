import { badInput, msg } from '../../graphql/errors';

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
    if (rows > limits.rows) throw badInput('file', msg('imports.mostRowsPerFile', { rows: limits.rows }), { reason: 'TOO_MANY_ROWS' });
    if (cells > limits.cells) {
      throw badInput('file', msg('imports.moreThanFilledCells', { cells: limits.cells }), { reason: 'TOO_MANY_CELLS' });
    }
  };
}
