import PDFDocument from 'pdfkit';
import PizZip from 'pizzip';
import Docxtemplater from 'docxtemplater';
import { badInput, msg } from '../../graphql/errors';
import { findCjkFont } from '../exports/export.pdf';

/** What a template's placeholders are filled with (see ContractTemplateInput.contentBase64). */
export interface ContractDocumentData {
  customerName: string;
  customerNumber: string;
  customerAddress: string;
  contactName: string;
  contactMobile: string;
  contractNumber: string;
  contractTitle: string;
  startDate: string;
  endDate: string;
  today: string;
  ownerName: string;
  amount: string;
  amountInWords: string;
  remark: string;
  lines: { index: number; name: string; unit: string; quantity: string; unitPrice: string; amount: string }[];
  paymentPlans: { index: number; dueDate: string; amount: string; amountInWords: string; remark: string }[];
}

function compile(docx: Buffer): Docxtemplater {
  let zip: PizZip;
  try {
    zip = new PizZip(docx);
  } catch {
    throw badInput('input.contentBase64', msg('contractTemplates.templateNotDocxFile'));
  }
  if (!zip.file('word/document.xml')) throw badInput('input.contentBase64', msg('contractTemplates.noWordDocumentXml'));
  try {
    // Missing values render as empty text rather than "undefined".
    return new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true, nullGetter: () => '' });
  } catch (err) {
    const errors = (err as { properties?: { errors?: { properties?: { explanation?: string } }[] } }).properties?.errors ?? [];
    const why =
      errors
        .map((e) => e.properties?.explanation)
        .filter(Boolean)
        .slice(0, 5)
        .join('; ') || (err as Error).message;
    throw badInput('input.contentBase64', msg('contractTemplates.templateSPlaceholdersMalformed', { why }));
  }
}

/** Refuses a file that is not a .docx or whose {placeholders} do not parse, naming the problem. */
export function checkTemplate(docx: Buffer): void {
  compile(docx);
}

/** The template filled with a contract's data, as .docx bytes. */
export function renderDocx(template: Buffer, data: ContractDocumentData): Buffer {
  const doc = compile(template);
  doc.render(data);
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' }) as Buffer;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : ENTITIES[e.toLowerCase()],
  );

/** The text of a .docx body, paragraph by paragraph; a table row is one line with its cells separated. */
export function docxText(docx: Buffer): string[] {
  const xml = new PizZip(docx).file('word/document.xml')!.asText();
  const lines: string[] = [];
  let line = '';
  let cells: string[] | null = null;
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>|<\/w:p>|<w:tr[\s>]|<\/w:tc>|<\/w:tr>/g)) {
    const token = m[0];
    if (m[1] !== undefined) line += unescapeXml(m[1]);
    else if (token === '<w:tab/>') line += '\t';
    else if (token === '<w:br/>') cells ? (line += ' ') : (lines.push(line), (line = ''));
    else if (token.startsWith('<w:tr')) cells = [];
    else if (token === '</w:p>') {
      if (cells) line += line && !line.endsWith(' ') ? ' ' : '';
      else {
        lines.push(line);
        line = '';
      }
    } else if (token === '</w:tc>') {
      cells?.push(line.trim());
      line = '';
    } else if (token === '</w:tr>') {
      lines.push((cells ?? []).join('    '));
      cells = null;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A PDF of the generated document's text, in a CJK font (Debian's fonts-wqy-microhei or fonts-noto-cjk). Without
 * such a font Chinese cannot be written, so it refuses clearly instead of producing a PDF of empty boxes.
 */
export async function renderPdf(title: string, lines: string[]): Promise<Buffer> {
  const font = findCjkFont();
  if (!font) {
    throw badInput('templateId', msg('contractTemplates.noCjkFontInstall'), { reason: 'NO_CJK_FONT' });
  }
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  doc.registerFont('cjk', font.path, font.postscriptName);
  doc.font('cjk').fontSize(11);
  for (const line of lines) {
    if (line.trim() === '') doc.moveDown(0.5);
    else doc.text(line.replace(/\t/g, '    '), { lineGap: 3 });
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
