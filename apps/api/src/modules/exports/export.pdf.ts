import { existsSync } from 'node:fs';
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { logger } from '../../common/logger';
import type { Cell, Column, Table } from './export.xlsx';

/**
 * CJK fonts PDF reports can use, in order of preference (Debian/Ubuntu package in brackets). PDFKit embeds a
 * subset of the glyphs used, so the file stays small. Without any of them the PDF falls back to Helvetica and
 * Chinese text cannot be shown: the log says so once, loudly.
 */
const CJK_FONTS: { path: string; postscriptName?: string }[] = [
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', postscriptName: 'WenQuanYiMicroHei' }, // fonts-wqy-microhei
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKsc-Regular' }, // fonts-noto-cjk
  { path: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', postscriptName: 'WenQuanYiZenHei' }, // fonts-wqy-zenhei
  { path: '/System/Library/Fonts/PingFang.ttc', postscriptName: 'PingFangSC-Regular' },
  { path: 'C:\\Windows\\Fonts\\simhei.ttf' },
];

let cjkFont: { path: string; postscriptName?: string } | null | undefined;
let warned = false;
const warnOnce = (why: string) => {
  if (warned) return;
  warned = true;
  logger.warn(`PDF export: ${why} (install fonts-wqy-microhei or fonts-noto-cjk); Chinese text in PDFs will not render`);
};
export function findCjkFont() {
  if (cjkFont === undefined) cjkFont = CJK_FONTS.find((f) => existsSync(f.path)) ?? null;
  if (!cjkFont) warnOnce('no CJK font found');
  return cjkFont;
}

/** Registers the CJK font as 'cjk' and returns the font name text should use ('Helvetica' when there is none). */
function textFontFor(doc: PDFKit.PDFDocument): string {
  const font = findCjkFont();
  if (!font) return 'Helvetica';
  try {
    doc.registerFont('cjk', font.path, font.postscriptName);
    doc.font('cjk');
    return 'cjk';
  } catch (err) {
    warnOnce(`cannot use ${font.path}: ${(err as Error).message}`);
    return 'Helvetica';
  }
}

export interface PdfReport {
  title: string;
  /** Lines under the title: range, filter, who and when. */
  meta: string[];
  tables: Table[];
}

const isNumeric = (c: Column) => c.type === 'int' || c.type === 'money' || c.type === 'percent';
/** 1234567.50 → 1,234,567.50, on the decimal string (no float). */
export const groupThousands = (s: string) => s.replace(/^(-?\d+)/, (int) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
const show = (c: Column, v: Cell) =>
  v === null || v === undefined ? '-' : c.type === 'percent' ? `${v}%` : c.type === 'money' ? groupThousands(String(v)) : String(v);

/**
 * Writes the report as an A4 landscape PDF to `out`: title, meta lines, then every table with a header row
 * (repeated on each new page). Text uses the CJK font; figures use Helvetica, a standard PDF font, so they stay
 * plain text in the file (searchable, and checked by the tests).
 */
export async function writePdf(out: Writable, report: PdfReport): Promise<void> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 36, info: { Title: report.title, Creator: 'Kehu 客户' } });
  const textFont = textFontFor(doc);
  const done = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
  });
  doc.pipe(out);

  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  doc.font(textFont).fontSize(16).text(report.title, left, doc.page.margins.top);
  doc.fontSize(9).fillColor('#555555');
  for (const line of report.meta) doc.text(line);
  doc.fillColor('black');
  let y = doc.y + 8;

  for (const table of report.tables) {
    const fontSize = table.columns.length > 10 ? 7 : 9;
    const rowH = fontSize + 8;
    const weights = table.columns.map((c) => (isNumeric(c) ? 1 : 1.6));
    const total = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => (w / total) * width);
    const header = () => {
      doc.rect(left, y, width, rowH).fill('#eef2f7').fillColor('black');
      let x = left;
      table.columns.forEach((c, i) => {
        doc
          .font(textFont)
          .fontSize(fontSize)
          .text(c.header, x + 3, y + 4, {
            width: widths[i] - 6,
            height: rowH,
            lineBreak: false,
            ellipsis: true,
            align: isNumeric(c) ? 'right' : 'left',
          });
        x += widths[i];
      });
      y += rowH;
    };
    if (y + rowH * 3 > bottom()) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    doc.font(textFont).fontSize(11).text(table.title, left, y);
    y = doc.y + 4;
    header();
    if (!table.rows.length) {
      doc
        .font(textFont)
        .fontSize(fontSize)
        .fillColor('#888888')
        .text('无数据', left + 3, y + 4)
        .fillColor('black');
      y += rowH;
    }
    for (const row of table.rows) {
      if (y + rowH > bottom()) {
        doc.addPage();
        y = doc.page.margins.top;
        header();
      }
      let x = left;
      table.columns.forEach((c, i) => {
        const numeric = isNumeric(c) && row[i] !== null;
        doc
          .font(numeric ? 'Helvetica' : textFont)
          .fontSize(fontSize)
          .text(show(c, row[i]), x + 3, y + 4, {
            width: widths[i] - 6,
            height: rowH,
            lineBreak: false,
            ellipsis: true,
            align: isNumeric(c) ? 'right' : 'left',
          });
        x += widths[i];
      });
      doc
        .moveTo(left, y + rowH)
        .lineTo(left + width, y + rowH)
        .lineWidth(0.3)
        .strokeColor('#cccccc')
        .stroke();
      y += rowH;
    }
    y += 14;
  }
  doc.end();
  await done;
}
