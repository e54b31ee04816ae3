import ExcelJS from 'exceljs';
import { headerText, type ImportColumn } from './import.columns';

/** Rows of the template that carry the drop-downs (a user filling more rows copies them down in Excel). */
const VALIDATED_ROWS = 2000;

const columnLetter = (n: number) => {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
};

/**
 * The .xlsx template: a data sheet whose header row is the columns, with a list drop-down on every column
 * that has options (the lists live on a hidden sheet, so long lists are not cut at Excel's 255 characters),
 * a note on each header, and a sheet of instructions.
 */
export async function buildTemplate(sheetName: string, columns: ImportColumn[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kehu 客户';
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = wb.addWorksheet('选项', { state: 'hidden' });
  const help = wb.addWorksheet('填写说明');

  ws.columns = columns.map((c) => ({ header: headerText(c), key: c.key, width: c.width ?? Math.max(12, [...c.label].length * 2 + 4) }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F4FF' } };

  // exceljs types lack the dataValidations collection of a worksheet; it takes a range address.
  const validations = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  let listColumn = 0;
  columns.forEach((c, i) => {
    const letter = columnLetter(i + 1);
    const range = `${letter}2:${letter}${VALIDATED_ROWS + 1}`;
    if (c.note) header.getCell(i + 1).note = c.note;
    if (c.options?.length && c.type !== 'multi') {
      listColumn += 1;
      const l = columnLetter(listColumn);
      lists.getCell(`${l}1`).value = c.label;
      c.options.forEach((o, j) => (lists.getCell(`${l}${j + 2}`).value = o));
      validations.add(range, {
        type: 'list',
        allowBlank: !c.required,
        formulae: [`'选项'!$${l}$2:$${l}$${c.options.length + 1}`],
        showErrorMessage: !!c.strict,
        errorStyle: 'stop',
        errorTitle: c.label,
        error: `请从下拉列表中选择${c.label}`,
      });
    } else if (c.type === 'date' || c.type === 'datetime') {
      ws.getColumn(i + 1).numFmt = c.type === 'date' ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm';
    } else if (/手机|电话/.test(c.label)) {
      // Phone numbers as text, or Excel drops leading zeros of area codes.
      ws.getColumn(i + 1).numFmt = '@';
    }
  });

  help.columns = [
    { header: '列', width: 20 },
    { header: '必填', width: 8 },
    { header: '说明', width: 80 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of columns) {
    help.addRow([
      c.label,
      c.required ? '是' : '',
      [c.note, c.options?.length ? `可选：${c.options.join('、')}` : null].filter(Boolean).join('；'),
    ]);
  }
  help.addRow([]);
  help.addRow(['', '', '第一行是表头，请勿修改表头文字；每行一条记录。也可以另存为 CSV（UTF-8 或 GBK）上传。']);
  help.addRow(['', '', '上传后系统先逐行校验并查重，确认预览后再开始导入；导入完成后可整体撤销。']);

  return Buffer.from(await wb.xlsx.writeBuffer());
}
