import { createInflateRaw } from 'node:zlib';
import { badInput, msg } from '../../graphql/errors';

/**
 * The zip container of an .xlsx, read from its central directory so that every entry's size is known
 * BEFORE anything is inflated: an 11 KB file may not claim (or turn into) hundreds of megabytes.
 * Sizes are checked per entry, in total and as a compression ratio; inflating then stops at the
 * declared size, because the directory can lie.
 */

/** Largest uncompressed entry (a 20,000-row sheet of 12 columns is ~9 MB of XML; 60 columns ~45 MB). */
export const MAX_ZIP_ENTRY_BYTES = 64 * 1024 * 1024;
/** Largest sum of all uncompressed entries. */
export const MAX_ZIP_TOTAL_BYTES = 96 * 1024 * 1024;
/** Highest compression ratio of an entry over 1 MB (sheet XML compresses ~10-15:1; a bomb ~1000:1). */
export const MAX_ZIP_RATIO = 100;
const RATIO_FLOOR_BYTES = 1024 * 1024;
const MAX_ZIP_ENTRIES = 2000;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
/** An entry name fit for a message: no brackets (the English half of a message sits in the last pair), short. */
const shown = (name: string) => name.replace(/[()]/g, '_').slice(0, 80);
/** The file cannot be read as an .xlsx; `detail` (English, for support) says why. */
export const unreadableXlsx = (detail: string) => badInput('file', msg('common.xlsxUnreadable'), { detail: detail.slice(0, 200) });
const corrupt = unreadableXlsx;
const tooBig = (zh: string, en: string) => badInput('file', `${zh}，已拒绝 (${en})`, { reason: 'FILE_TOO_LARGE' });

/** Refuses an entry that declares more than `maxBytes` uncompressed. */
export function assertEntrySize(entry: ZipEntry, maxBytes: number): void {
  if (entry.size > maxBytes) {
    throw tooBig(
      `文件中的「${shown(entry.name)}」解压后有 ${mb(entry.size)}，超过 ${mb(maxBytes)} 的上限`,
      `${shown(entry.name)} would inflate to ${mb(entry.size)}, over the ${mb(maxBytes)} limit`,
    );
  }
}

/** The entries of a zip file by name, after the size checks. */
export function readZipDirectory(buf: Buffer): Map<string, ZipEntry> {
  // End of central directory: 22 bytes plus a comment of up to 64 KB, at the very end.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('no zip directory');
  const count = buf.readUInt16LE(eocd + 10);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw corrupt('zip64 is not supported');
  if (count > MAX_ZIP_ENTRIES) throw corrupt(`${count} entries`);

  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let at = dirOffset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw corrupt('bad directory entry');
    const flags = buf.readUInt16LE(at + 8);
    const entry: ZipEntry = {
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      localHeaderOffset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + buf.readUInt16LE(at + 28)),
    };
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    if (flags & 1) throw badInput('file', msg('imports.encryptedFilesNotSupported'));
    if (entry.method !== 0 && entry.method !== 8) throw corrupt(`compression method ${entry.method}`);
    assertEntrySize(entry, MAX_ZIP_ENTRY_BYTES);
    if (entry.size > RATIO_FLOOR_BYTES && entry.size > entry.compressedSize * MAX_ZIP_RATIO) {
      throw tooBig(
        `文件中的「${shown(entry.name)}」压缩比异常，疑似压缩炸弹`,
        `${shown(entry.name)} is compressed ${Math.round(entry.size / Math.max(1, entry.compressedSize))}:1, which looks like a zip bomb`,
      );
    }
    total += entry.size;
    if (total > MAX_ZIP_TOTAL_BYTES)
      throw tooBig(`文件解压后超过 ${mb(MAX_ZIP_TOTAL_BYTES)}`, `the file would inflate to more than ${mb(MAX_ZIP_TOTAL_BYTES)}`);
    entries.set(entry.name, entry);
  }
  return entries;
}

/**
 * The inflated content of an entry, chunk by chunk (about 16 KB each), never more than its declared size:
 * an entry whose data inflates beyond what the directory said is refused as it happens.
 */
export async function* inflateEntry(buf: Buffer, entry: ZipEntry): AsyncGenerator<Buffer> {
  const local = entry.localHeaderOffset;
  if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw corrupt(`bad local header of ${shown(entry.name)}`);
  const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw corrupt(`${shown(entry.name)} is cut short`);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw corrupt(`${shown(entry.name)} has a wrong size`);
    for (let i = 0; i < data.length; i += 64 * 1024) yield data.subarray(i, i + 64 * 1024);
    return;
  }
  const inflate = createInflateRaw();
  inflate.end(data);
  let seen = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      seen += chunk.length;
      if (seen > entry.size) {
        throw tooBig(
          `文件中的「${shown(entry.name)}」解压后大于其声明的大小，文件已损坏或被篡改`,
          `${shown(entry.name)} inflates beyond its declared ${entry.size} bytes`,
        );
      }
      yield chunk;
    }
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith('Z_')) throw corrupt(`${shown(entry.name)}: ${(err as Error).message}`);
    throw err;
  } finally {
    inflate.destroy();
  }
}
