import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Config } from '../../config';
import { S3Storage, parseStorageUrl } from './file.s3';

/**
 * Where file contents live. An upload is first spooled to a temporary file in `spoolDir` (checked there: size,
 * type, zip directory), then `commit` makes it the object `key` — a rename on local disk, one streamed PUT on S3.
 * Nothing else ever writes a key, so a failed or cancelled upload leaves no object behind.
 */
export interface FileStorage {
  readonly kind: 'local' | 's3';
  /** Where uploads are spooled while they arrive. */
  readonly spoolDir: string;
  commit(key: string, tempPath: string, size: number, contentType: string): Promise<void>;
  /** The object's bytes, or null when there is no such object. */
  open(key: string): Promise<Readable | null>;
  remove(key: string): Promise<void>;
}

/** Keys are made by newStorageKey only; anything else is refused so a key can never leave the storage root. */
const KEY = /^[0-9]{4}\/[0-9]{2}\/[0-9a-f-]{36}$/;
function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`invalid storage key ${key}`);
  return key;
}
export const newStorageKey = (id: string, at: Date) => `${at.getUTCFullYear()}/${String(at.getUTCMonth() + 1).padStart(2, '0')}/${id}`;

/** Files under `<dataDir>/files` (the default: `npm start` needs nothing more). */
export class LocalStorage implements FileStorage {
  readonly kind = 'local';
  readonly spoolDir: string;
  constructor(readonly root: string) {
    this.spoolDir = path.join(root, '.uploading');
  }
  async commit(key: string, tempPath: string): Promise<void> {
    const target = path.join(this.root, checkKey(key));
    await mkdir(path.dirname(target), { recursive: true });
    await rename(tempPath, target);
  }
  async open(key: string): Promise<Readable | null> {
    const file = path.join(this.root, checkKey(key));
    try {
      await stat(file);
    } catch {
      return null;
    }
    return createReadStream(file);
  }
  async remove(key: string): Promise<void> {
    await rm(path.join(this.root, checkKey(key)), { force: true });
  }
}

const storages = new WeakMap<Config, FileStorage>();

/** The storage the configuration names: S3 when `storageUrl` is set, else local disk. One per configuration. */
export function storageFor(config: Config): FileStorage {
  let storage = storages.get(config);
  if (!storage) {
    storage = config.storageUrl
      ? new S3Storage(parseStorageUrl(config.storageUrl), path.join(tmpdir(), 'kehu-uploading'))
      : new LocalStorage(path.join(config.dataDir, 'files'));
    storages.set(config, storage);
  }
  return storage;
}
