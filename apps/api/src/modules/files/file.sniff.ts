import { open } from 'node:fs/promises';
import { GraphQLError } from 'graphql';
import { badInput, msg } from '../../graphql/errors';
import { readZipDirectory } from '../imports/import.zip';

/**
 * What a file is, decided from its bytes (magic numbers), never from its name or the Content-Type header:
 * a renamed .exe stays an .exe. Only the types below are accepted.
 */
export const ALLOWED_TYPES = {
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  wav: 'audio/wav',
  amr: 'audio/amr',
  txt: 'text/plain; charset=utf-8',
} as const;

/** How many leading bytes the sniffer looks at. */
export const SNIFF_BYTES = 4096;

const ALLOWED_LIST = 'jpg/png/gif/webp/heic、pdf、docx/xlsx、mp3/m4a/wav/amr、txt';
export const typeNotAllowed = (detail: string) =>
  badInput('file', msg('common.fileTypeNotAllowed', { allowed: ALLOWED_LIST }), {
    detail,
    reason: 'FILE_TYPE_NOT_ALLOWED',
    allowed: Object.keys(ALLOWED_TYPES),
  });

const ascii = (b: Buffer, from: number, to: number) => b.toString('latin1', from, to);
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
const M4A_BRANDS = new Set(['M4A ', 'M4B ']);

/** The type of everything but zip containers, from the first bytes; 'zip' when the file is one; null when unknown. */
export function sniffHead(head: Buffer): keyof typeof ALLOWED_TYPES | 'zip' | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpg';
  if (head.length >= 8 && head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (/^GIF8[79]a$/.test(ascii(head, 0, 6))) return 'gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WAVE') return 'wav';
  if (ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12);
    if (HEIC_BRANDS.has(brand)) return 'heic';
    if (M4A_BRANDS.has(brand)) return 'm4a';
    return null;
  }
  if (ascii(head, 0, 5) === '%PDF-') return 'pdf';
  if (ascii(head, 0, 6) === '#!AMR\n') return 'amr';
  if (ascii(head, 0, 3) === 'ID3') return 'mp3';
  // An MPEG audio frame: 11 sync bits, a valid version and layer (JPEG's FF D8 fails the sync test).
  if (head.length >= 2 && head[0] === 0xff && (head[1] & 0xe0) === 0xe0 && (head[1] & 0x06) !== 0 && (head[1] & 0x18) !== 0x08)
    return 'mp3';
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) return 'zip';
  if (isPlainText(head)) return 'txt';
  return null;
}

/** UTF-8 text (a BOM allowed) without NUL or control characters other than tab, line breaks and form feed. */
function isPlainText(head: Buffer): boolean {
  if (!head.length) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]/.test(head.toString('latin1'))) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true }); // a character cut at the end is fine
    return true;
  } catch {
    return false;
  }
}

/** Largest central directory we read (2,000 entries of ordinary names fit in far less). */
const MAX_DIRECTORY_BYTES = 1024 * 1024;

/**
 * A zip upload is accepted only as a .docx or .xlsx, told apart by its entries. The central directory (at the end
 * of the file) is read on its own and checked by the import module's rules (entry count, sizes, compression ratio),
 * so a zip bomb is refused before anything would ever inflate it.
 */
export async function sniffZip(path: string, size: number): Promise<'docx' | 'xlsx'> {
  const fh = await open(path, 'r');
  try {
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await fh.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw typeNotAllowed('a zip file without a directory');
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    if (dirSize > MAX_DIRECTORY_BYTES || dirOffset + dirSize > size) throw typeNotAllowed('a zip file with a broken directory');
    // The directory followed by its end record, re-based so the directory starts at offset 0.
    const dir = Buffer.alloc(dirSize + tail.length - eocd);
    await fh.read(dir, 0, dirSize, dirOffset);
    tail.copy(dir, dirSize, eocd);
    dir.writeUInt32LE(0, dirSize + 16);
    let entries: Map<string, unknown>;
    try {
      entries = readZipDirectory(dir);
    } catch (err) {
      if (err instanceof GraphQLError && err.extensions.reason === 'FILE_TOO_LARGE') {
        throw badInput('file', err.message, { reason: 'ZIP_BOMB' });
      }
      throw typeNotAllowed('an unreadable or encrypted zip file');
    }
    if (!entries.has('[Content_Types].xml')) throw typeNotAllowed('a zip file that is not an Office document');
    if (entries.has('word/document.xml')) return 'docx';
    if (entries.has('xl/workbook.xml')) return 'xlsx';
    throw typeNotAllowed('a zip file that is not a .docx or .xlsx');
  } finally {
    await fh.close();
  }
}
