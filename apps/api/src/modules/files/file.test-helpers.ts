import { crc32, deflateRawSync } from 'node:zlib';
import type { TestApp } from '../../test/test-app';

export interface UploadAnswer {
  status: number;
  body: {
    id?: string;
    fileName?: string;
    contentType?: string;
    size?: number;
    errors?: { message: string; extensions: Record<string, any> }[];
  };
}

/** POST /files over real HTTP with the file as the raw body. */
export async function upload(
  app: TestApp,
  token: string,
  query: { recordKind?: string; recordId: string; category?: string; fileName: string },
  body: Buffer,
): Promise<UploadAnswer> {
  const qs = new URLSearchParams({ recordKind: 'CUSTOMER', category: 'OTHER', ...query });
  const res = await fetch(`${baseUrl(app)}/files?${qs}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body });
  return { status: res.status, body: (await res.json()) as UploadAnswer['body'] };
}

export const baseUrl = (app: TestApp) => app.server.url.replace(/\/graphql$/, '');

/** A minimal zip (deflated entries), for .docx/.xlsx and zip-bomb fixtures. */
export function zip(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const packed = deflateRawSync(e.data);
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(packed.length, 20);
    dir.writeUInt32LE(e.data.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    central.push(dir, name);
    offset += local.length + name.length + packed.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

export const FIXTURES = {
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('0000000dIHDR-not-a-real-image')]),
  jpg: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0 photo bytes')]),
  pdf: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  txt: Buffer.from('客户备注：下周三回访。\nNext visit on Wednesday.\n'),
  exe: Buffer.concat([
    Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'),
    Buffer.alloc(64),
    Buffer.from('This program cannot be run in DOS mode.'),
  ]),
  docx: zip([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
    { name: 'word/document.xml', data: Buffer.from('<?xml version="1.0"?><w:document>合同草稿</w:document>') },
  ]),
};
