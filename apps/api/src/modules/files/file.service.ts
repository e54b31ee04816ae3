import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from 'typeorm';
import { hydrate, selectColumns } from '../../db/rows';
import { SqlParams } from '../../db/sql';
import type { Config } from '../../config';
import { logger } from '../../common/logger';
import type { AppServices, Context } from '../../graphql/context';
import { badInput, forbidden, notFound, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { loadCustomerFor, readableCustomerSql } from '../access/customer-scope';
import { requireUser } from '../access/current-user';
import { assertCan, type Permission } from '../access/permissions';
import { hasScope, type ScopeAction, type ScopeArea } from '../api-keys/api-key.scopes';
import type { User } from '../users/user.entity';
import { Attachment, AttachmentCategory, AttachmentRecordKind } from './file.entity';
import { ALLOWED_TYPES, SNIFF_BYTES, sniffHead, sniffZip, typeNotAllowed } from './file.sniff';
import { newStorageKey, storageFor } from './file.storage';

/** Where each kind of record lives, how it names its customer, and the API key area it belongs to. */
export const RECORD_KINDS: Record<AttachmentRecordKind, { table: string; customerIdSql: string; area: ScopeArea; label: string }> = {
  CUSTOMER: { table: 'customers', customerIdSql: 'r.id', area: 'customers', label: '客户' },
  CONTACT: { table: 'contacts', customerIdSql: 'r.customer_id', area: 'customers', label: '联系人' },
  FOLLOW_UP: { table: 'follow_ups', customerIdSql: 'r.customer_id', area: 'customers', label: '跟进记录' },
  VISIT: { table: 'visits', customerIdSql: 'r.customer_id', area: 'customers', label: '回访' },
  CONTRACT: { table: 'contracts', customerIdSql: 'r.customer_id', area: 'deals', label: '合同' },
  RECEIPT: { table: 'receipts', customerIdSql: 'r.customer_id', area: 'deals', label: '回款' },
};

/** The record kinds an API key's scopes allow for `action`; every kind for a signed-in person. */
export function allowedKinds(apiKey: { scopes: readonly string[] } | null | undefined, action: ScopeAction): AttachmentRecordKind[] {
  const kinds = Object.keys(RECORD_KINDS) as AttachmentRecordKind[];
  return apiKey ? kinds.filter((k) => hasScope(apiKey.scopes, RECORD_KINDS[k].area, action)) : kinds;
}

/** The files `user` may see: live files of live customers they may read (modules/access decides). */
export function visibleAttachmentsSql(user: Pick<User, 'id' | 'role'>, params: SqlParams, kinds: AttachmentRecordKind[]): string {
  return `FROM files f JOIN customers c ON c.id = f.customer_id
    WHERE f.deleted_at IS NULL AND c.deleted_at IS NULL AND ${readableCustomerSql(user, 'c', params)}
      AND f.record_kind = ANY(${params.p(kinds)}::text[])`;
}

/** One file by id if `user` may see it, else null (unknown and invisible are the same). */
export async function findVisibleAttachment(
  em: EntityManager,
  user: Pick<User, 'id' | 'role'>,
  id: string,
  kinds: AttachmentRecordKind[],
): Promise<Attachment | null> {
  if (!isUuid(id)) return null;
  const params = new SqlParams();
  const where = visibleAttachmentsSql(user, params, kinds);
  const rows = await em.query(
    `SELECT ${selectColumns(em.connection, Attachment, 'f')} ${where} AND f.id = ${params.p(id)}::uuid`,
    params.values,
  );
  return hydrate(Attachment, rows)[0] ?? null;
}

export interface AttachmentFilter {
  name?: string | null;
  customerId?: string | null;
  recordId?: string | null;
  category?: AttachmentCategory | null;
}

/** Files in the caller's scope, newest first; `name` matches part of the file name (case-insensitive). */
export async function listAttachments(ctx: Context, filter: AttachmentFilter, first: number): Promise<Attachment[]> {
  const user = requireUser(ctx);
  const params = new SqlParams();
  let sql = visibleAttachmentsSql(user, params, allowedKinds(ctx.apiKey, 'read'));
  if (filter.name?.trim()) sql += ` AND f.file_name ILIKE ${params.p(`%${filter.name.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`;
  for (const [field, column] of [
    ['customerId', 'customer_id'],
    ['recordId', 'record_id'],
  ] as const) {
    const value = filter[field];
    if (value == null) continue;
    if (!isUuid(value)) throw badInput(`filter.${field}`, msg('files.invalidId'));
    sql += ` AND f.${column} = ${params.p(value)}::uuid`;
  }
  if (filter.category) sql += ` AND f.category = ${params.p(filter.category)}`;
  const rows = await ctx.dataSource.query(
    `SELECT ${selectColumns(ctx.dataSource, Attachment, 'f')} ${sql} ORDER BY f.uploaded_at DESC, f.id DESC LIMIT ${Math.min(Math.max(first, 1), 100)}`,
    params.values,
  );
  return hydrate(Attachment, rows);
}

/** The role permission that changing each kind of record needs (modules/access/permissions). */
const WRITE_PERMISSION: Record<AttachmentRecordKind, Permission> = {
  CUSTOMER: 'customer.edit',
  CONTACT: 'contact.edit',
  FOLLOW_UP: 'followUp.create',
  VISIT: 'visit.plan',
  CONTRACT: 'deal.edit',
  RECEIPT: 'payment.record',
};

/**
 * The customer of a record, checked for the caller's right to change the record's files: the role permission of
 * the record's kind and edit rights on its customer — or, for a return visit, being the visit's owner who can read
 * the customer (as recordVisit allows). NOT_FOUND when the record does not exist or its customer is out of sight,
 * FORBIDDEN when it is read-only to them.
 */
export async function customerOfRecord(em: EntityManager, user: User, kind: AttachmentRecordKind, recordId: string): Promise<string> {
  const rk = RECORD_KINDS[kind];
  if (!isUuid(recordId)) throw notFound(rk.label, recordId);
  const owner = kind === 'VISIT' ? 'r.owner_id' : 'NULL::uuid';
  const rows: { customer_id: string; owner_id: string | null }[] = await em.query(
    `SELECT ${rk.customerIdSql} AS customer_id, ${owner} AS owner_id FROM ${rk.table} r WHERE r.id = $1`,
    [recordId],
  );
  if (!rows.length) throw notFound(rk.label, recordId);
  const customer = await loadCustomerFor(em, user, rows[0].customer_id, 'read');
  assertCan(user, WRITE_PERMISSION[kind]);
  if (rows[0].owner_id !== user.id) await loadCustomerFor(em, user, customer.id, 'edit');
  return customer.id;
}

export interface UploadRequest {
  recordKind: AttachmentRecordKind;
  recordId: string;
  category: AttachmentCategory;
  fileName: string;
}

/** Checks the query parameters of an upload; each refusal names its field. */
export function parseUploadRequest(query: Record<string, unknown>): UploadRequest {
  const recordKind = String(query.recordKind ?? '');
  if (!(recordKind in RECORD_KINDS))
    throw badInput('recordKind', msg('files.unknownRecordkind', { value: Object.keys(RECORD_KINDS).join('/') }));
  const recordId = String(query.recordId ?? '');
  if (!isUuid(recordId)) throw badInput('recordId', msg('files.invalidRecordid'));
  const category = String(query.category ?? 'OTHER');
  if (!(category in AttachmentCategory))
    throw badInput('category', msg('files.unknownCategory', { value: Object.keys(AttachmentCategory).join('/') }));
  return {
    recordKind: recordKind as AttachmentRecordKind,
    recordId,
    category: category as AttachmentCategory,
    fileName: cleanFileName(query.fileName),
  };
}

/** The name as the user's computer had it (Chinese kept), without any folder part or control characters. */
export function cleanFileName(raw: unknown): string {
  const name = String(raw ?? '')
    .split(/[\\/]/)
    .pop()!
    // eslint-disable-next-line no-control-regex
    .replace(/[\x00-\x1f\x7f]/g, '')
    .trim()
    .normalize('NFC');
  if (!name || name === '.' || name === '..') throw badInput('fileName', msg('files.filenameRequired'));
  if ([...name].length > 255) throw badInput('fileName', msg('files.filenameLongerThanCharacters'));
  return name;
}

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
export const fileTooLarge = (limitBytes: number) =>
  badInput('file', msg('files.fileLargerThanLimit', { value: mb(limitBytes) }), { reason: 'FILE_TOO_LARGE', limitBytes });

/**
 * Stores one upload: the body is streamed into a temporary file (hashing and counting as it goes, stopping at the
 * size limit), its type is decided from its bytes, then it becomes a storage object and a `files` row. Whatever
 * fails — the limit, the type, a cancelled request, the database — the temporary file is removed and an object
 * already written is deleted again: no row without object, no object without row.
 */
export async function storeUpload(
  services: AppServices,
  user: User,
  apiKey: Context['apiKey'],
  request: UploadRequest,
  body: Readable,
): Promise<Attachment> {
  const area = RECORD_KINDS[request.recordKind].area;
  if (apiKey && !hasScope(apiKey.scopes, area, 'write')) {
    throw forbidden(msg('files.apiKeyLacksWrite', { area }));
  }
  const customerId = await customerOfRecord(services.dataSource.manager, user, request.recordKind, request.recordId);
  const storage = storageFor(services.config);
  const limit = services.config.uploadMaxBytes;
  await mkdir(storage.spoolDir, { recursive: true });
  const id = randomUUID();
  const tempPath = path.join(storage.spoolDir, `${id}.part`);
  const hash = createHash('sha256');
  let size = 0;
  const headChunks: Buffer[] = [];
  let headLength = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > limit) return done(fileTooLarge(limit));
      hash.update(chunk);
      if (headLength < SNIFF_BYTES) {
        headChunks.push(chunk.subarray(0, SNIFF_BYTES - headLength));
        headLength += Math.min(chunk.length, SNIFF_BYTES - headLength);
      }
      done(null, chunk);
    },
  });
  // The body is read through a pass-through so a refusal stops the copy without destroying the request itself:
  // the HTTP route still answers it. A client that goes away fails the copy.
  const source = body.pipe(new PassThrough());
  const gone = () => source.destroy(new Error('upload cancelled by the client'));
  body.once('aborted', gone).once('error', gone);
  let key: string | null = null;
  try {
    await pipeline(source, meter, createWriteStream(tempPath));
    if (size === 0) throw badInput('file', msg('files.fileEmpty'), { reason: 'EMPTY_FILE' });
    const sniffed = sniffHead(Buffer.concat(headChunks));
    if (!sniffed) throw typeNotAllowed('its content is none of the allowed types');
    const type = sniffed === 'zip' ? await sniffZip(tempPath, size) : sniffed;
    const contentType = ALLOWED_TYPES[type];
    const now = services.clock.now();
    key = newStorageKey(id, now);
    await storage.commit(key, tempPath, size, contentType);
    const rows = await services.dataSource.query(
      `INSERT INTO files (id, record_kind, record_id, customer_id, category, file_name, content_type, size, sha256, storage_key, uploaded_by_id, uploaded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING ${selectColumns(services.dataSource, Attachment, 'files')}`,
      [
        id,
        request.recordKind,
        request.recordId,
        customerId,
        request.category,
        request.fileName,
        contentType,
        size,
        hash.digest('hex'),
        key,
        user.id,
        now,
      ],
    );
    key = null; // the row owns the object now
    // 归档: the signed scan of a signed (or completed) contract archives it (modules/contracts/contract.review.ts).
    if (request.recordKind === AttachmentRecordKind.CONTRACT && request.category === AttachmentCategory.SIGNED_SCAN) {
      await services.dataSource.query(
        `UPDATE contracts SET archived_at = $2 WHERE id = $1 AND status IN ('SIGNED', 'COMPLETED') AND archived_at IS NULL`,
        [request.recordId, now],
      );
    }
    return hydrate(Attachment, rows)[0];
  } finally {
    body.unpipe(source);
    body.off('aborted', gone).off('error', gone);
    await rm(tempPath, { force: true });
    if (key) await storage.remove(key).catch(() => undefined);
  }
}

/** Moves a file out of sight (`deleteAttachment`) and removes its bytes; needs edit rights on its customer. */
export async function deleteAttachment(ctx: Context, id: string): Promise<Attachment> {
  const user = requireUser(ctx);
  const deleted = await ctx.dataSource.transaction(async (em) => {
    const file = await findVisibleAttachment(em, user, id, allowedKinds(ctx.apiKey, 'write'));
    if (!file) throw notFound('附件', id);
    // The rights over the record; a record deleted since (contacts, receipts and draft contracts are deleted for
    // good, their files stay with the customer) leaves the customer's edit rights.
    const [record] = await em.query(`SELECT 1 FROM ${RECORD_KINDS[file.recordKind].table} WHERE id = $1`, [file.recordId]);
    if (record) await customerOfRecord(em, user, file.recordKind, file.recordId);
    else await loadCustomerFor(em, user, file.customerId, 'edit');
    const now = ctx.clock.now();
    await em.query(`UPDATE files SET deleted_at = $2 WHERE id = $1`, [id, now]);
    return Object.assign(file, { deletedAt: now });
  });
  if (deleted.storageKey) await storageFor(ctx.config).remove(deleted.storageKey);
  return deleted;
}

/** How long a signed download link works. */
export const DOWNLOAD_LINK_SECONDS = 5 * 60;

const linkSignature = (secret: string, id: string, userId: string, expires: number) =>
  createHmac('sha256', secret).update(`kehu-file:${id}:${userId}:${expires}`).digest('base64url');

/**
 * A short-lived link to a file for <img src> and <a href>, which cannot send an Authorization header. It names
 * the user it was made for: at download time the file must still be visible to that user.
 */
export function signedDownloadPath(services: AppServices, id: string, userId: string): string {
  const expires = Math.floor(services.clock.now().getTime() / 1000) + DOWNLOAD_LINK_SECONDS;
  return `/files/${id}?u=${userId}&e=${expires}&s=${linkSignature(services.config.authSecret, id, userId, expires)}`;
}

/** The user a link was made for, or why it is refused. */
export function verifyDownloadLink(
  services: AppServices,
  id: string,
  query: Record<string, unknown>,
): { userId: string } | { refused: 'LINK_INVALID' | 'LINK_EXPIRED' } {
  const userId = String(query.u ?? '');
  const expires = Number(query.e);
  const given = Buffer.from(String(query.s ?? ''));
  const expected = Buffer.from(linkSignature(services.config.authSecret, id, userId, expires));
  if (!isUuid(userId) || !Number.isInteger(expires) || given.length !== expected.length || !timingSafeEqual(given, expected))
    return { refused: 'LINK_INVALID' };
  if (expires * 1000 <= services.clock.now().getTime()) return { refused: 'LINK_EXPIRED' };
  return { userId };
}

/**
 * Merging customers (modules/customers/customer.merge.ts): the files' customer_id moves with every other row that
 * references the duplicates; files filed on a duplicate customer itself are re-filed on the master here.
 */
export async function moveCustomerFilesOnMerge(em: EntityManager, masterId: string, duplicateIds: string[]): Promise<void> {
  await em.query(`UPDATE files SET record_id = $1, customer_id = $1 WHERE record_kind = 'CUSTOMER' AND record_id = ANY($2::uuid[])`, [
    masterId,
    duplicateIds,
  ]);
}

/** The storage keys of a customer's files, read before the customer is purged for good (the rows cascade). */
export async function storedFileKeysOfCustomer(em: EntityManager, customerId: string): Promise<string[]> {
  const rows: { storage_key: string }[] = await em.query(
    `SELECT storage_key FROM files WHERE customer_id = $1 AND storage_key IS NOT NULL`,
    [customerId],
  );
  return rows.map((r) => r.storage_key);
}

/** Removes stored objects after their rows are gone; a failure is logged (an orphan costs space, not access). */
export async function removeStoredFiles(config: Config, keys: string[]): Promise<void> {
  const storage = storageFor(config);
  for (const key of keys) {
    await storage.remove(key).catch((err: Error) => logger.warn(`files: could not remove ${key}: ${err.message}`));
  }
}

/**
 * Stores a file the API made itself (a contract generated from a template) on a record whose customer the caller
 * was already checked against: the bytes become a storage object and a `files` row, or neither.
 */
export async function storeGeneratedFile(
  services: AppServices,
  user: Pick<User, 'id'>,
  file: {
    recordKind: AttachmentRecordKind;
    recordId: string;
    customerId: string;
    category: AttachmentCategory;
    fileName: string;
    contentType: string;
    bytes: Buffer;
  },
): Promise<Attachment> {
  const storage = storageFor(services.config);
  await mkdir(storage.spoolDir, { recursive: true });
  const id = randomUUID();
  const tempPath = path.join(storage.spoolDir, `${id}.part`);
  const now = services.clock.now();
  let key: string | null = newStorageKey(id, now);
  try {
    await writeFile(tempPath, file.bytes);
    await storage.commit(key, tempPath, file.bytes.length, file.contentType);
    const rows = await services.dataSource.query(
      `INSERT INTO files (id, record_kind, record_id, customer_id, category, file_name, content_type, size, sha256, storage_key, uploaded_by_id, uploaded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING ${selectColumns(services.dataSource, Attachment, 'files')}`,
      [
        id,
        file.recordKind,
        file.recordId,
        file.customerId,
        file.category,
        file.fileName,
        file.contentType,
        file.bytes.length,
        createHash('sha256').update(file.bytes).digest('hex'),
        key,
        user.id,
        now,
      ],
    );
    key = null;
    return hydrate(Attachment, rows)[0];
  } finally {
    await rm(tempPath, { force: true });
    if (key) await storage.remove(key).catch(() => undefined);
  }
}
