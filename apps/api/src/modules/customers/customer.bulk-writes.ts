import type { EntityManager } from 'typeorm';
import { diffFields, writeChangeLog, type ChangeLogEntry } from '../audit/change-log.service';
import type { FieldChange } from '../audit/change-log.entity';
import { emitEvents } from '../webhooks/webhook.emit';
import { refreshSearch } from './customer.search';
import { CUSTOMER_LOG_FIELDS } from './customer.service';
import type { Attribution } from './customer.system-writes';

/**
 * Many customers written at once, for imports (and their revert): set-based — one statement writes N customers,
 * one writes their change-log rows (per 2,000), one their webhook events. The customers module owns the table;
 * the import feature decides what to write and calls these in its batch transaction.
 */

/** Customer fields a bulk write sets (an import's columns; what a revert restores). */
export const BULK_FIELDS = [
  'type',
  'grade',
  'gradePinned',
  'source',
  'industry',
  'province',
  'city',
  'address',
  'email',
  'website',
  'firstContactDate',
  'remark',
  'customFields',
] as const;
export type BulkField = (typeof BULK_FIELDS)[number];
const COLUMN: Record<BulkField, string> = {
  type: 'type',
  grade: 'grade',
  gradePinned: 'grade_pinned',
  source: 'source',
  industry: 'industry',
  province: 'province',
  city: 'city',
  address: 'address',
  email: 'email',
  website: 'website',
  firstContactDate: 'first_contact_date',
  remark: 'remark',
  customFields: 'custom_fields',
};
const SQL_TYPE: Record<BulkField, string> = {
  type: 'text',
  grade: 'text',
  gradePinned: 'boolean',
  source: 'text',
  industry: 'text',
  province: 'text',
  city: 'text',
  address: 'text',
  email: 'text',
  website: 'text',
  firstContactDate: 'date',
  remark: 'text',
  customFields: 'jsonb',
};
const recordsetColumns = BULK_FIELDS.map((k) => `${COLUMN[k]} ${SQL_TYPE[k]}`).join(', ');
const toRecord = (values: Record<string, unknown>) => Object.fromEntries(BULK_FIELDS.map((k) => [COLUMN[k], values[k] ?? null]));

/** `alias.column AS "field"` for every bulk field: a SELECT of the current values (reads may live anywhere). */
export const selectBulkFieldsSql = (alias: string) => BULK_FIELDS.map((k) => `${alias}.${COLUMN[k]} AS "${k}"`).join(', ');

const LOG_CHUNK = 2000;
async function log(em: EntityManager, entries: ChangeLogEntry[]) {
  for (let i = 0; i < entries.length; i += LOG_CHUNK) await writeChangeLog(em, ...entries.slice(i, i + LOG_CHUNK));
}

/** A customer to create. */
export interface NewCustomer {
  id: string;
  name: string;
  nameKey: string;
  values: Partial<Record<BulkField, unknown>>;
  searchText: string;
  searchGrams: string[];
  /** The CREATE change-log row's changes and note. */
  changes: FieldChange[];
  note: string;
}

/**
 * Creates customers owned by `ownerId` (one INSERT). A name taken meanwhile by a live customer is skipped (the
 * unique name index decides). Each created one gets its CREATE change-log row and a `customer.created` (tied to
 * `importId`, so reverting the import can cancel it while undelivered). Returns the rows created.
 */
export async function insertCustomers(
  em: EntityManager,
  rows: NewCustomer[],
  o: { ownerId: string; importId: string | null },
  by: Attribution & { actorId: string },
): Promise<{ id: string; version: number; updated_at: Date }[]> {
  if (!rows.length) return [];
  // INSERT … RETURNING answers the rows (UPDATE … RETURNING answers [rows, count]).
  const inserted: { id: string; version: number; updated_at: Date }[] = await em.query(
    `INSERT INTO customers (id, name, name_key, ${BULK_FIELDS.map((k) => COLUMN[k]).join(', ')}, search_text, search_grams,
                            owner_id, assigned_at, status, created_by_id, created_at, updated_at)
     SELECT x.id, x.name, x.name_key, ${BULK_FIELDS.map((k) => `x.${COLUMN[k]}`).join(', ')}, x.search_text, x.search_grams,
            $2::uuid, $3, 'ACTIVE', $4::uuid, $3, $3
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, name text, name_key text, ${recordsetColumns}, search_text text, search_grams text[])
     ON CONFLICT (name_key) WHERE deleted_at IS NULL DO NOTHING
     RETURNING id, version, updated_at`,
    [
      JSON.stringify(
        rows.map((r) => ({
          id: r.id,
          name: r.name,
          name_key: r.nameKey,
          ...toRecord(r.values),
          search_text: r.searchText,
          search_grams: r.searchGrams,
        })),
      ),
      o.ownerId,
      by.at,
      by.actorId,
    ],
  );
  const done = new Set(inserted.map((r) => r.id));
  const created = rows.filter((r) => done.has(r.id));
  await log(
    em,
    created.map((r) => ({
      customerId: r.id,
      entityType: 'Customer',
      entityId: r.id,
      action: 'CREATE',
      actorId: by.actorId,
      at: by.at,
      note: r.note,
      changes: r.changes,
    })),
  );
  await emitEvents(
    em,
    'customer.created',
    created.map((r) => ({
      id: r.id,
      name: r.name,
      ownerId: o.ownerId,
      createdById: by.actorId,
      ...(o.importId ? { importId: o.importId } : {}),
    })),
    { at: by.at },
  );
  return inserted;
}

/** New values for a customer that still has `version` (the caller locked it). */
export interface FieldsUpdate {
  id: string;
  version: number;
  /** Every bulk field's new value (absent = null). */
  values: Partial<Record<BulkField, unknown>>;
  note: string;
}

/**
 * Sets the bulk fields of many customers in one UPDATE, each only if its version is still the one given (the
 * others are left out of the answer: the caller reports them). The change-log rows say what changed, from the
 * values before and after the UPDATE; `customer.updated` carries the changed fields (and `importId` when given).
 * Returns the new version and time of each customer updated.
 */
export async function updateCustomerFields(
  em: EntityManager,
  rows: FieldsUpdate[],
  by: Attribution & { importId?: string },
): Promise<Map<string, { version: number; updated_at: Date }>> {
  if (!rows.length) return new Map();
  // `old` is the same table joined in FROM: it shows the rows as they were before this UPDATE.
  const [updated]: [Record<string, unknown>[], number] = await em.query(
    `UPDATE customers c SET ${BULK_FIELDS.map((k) => `${COLUMN[k]} = x.${COLUMN[k]}`).join(', ')}, version = c.version + 1, updated_at = $2
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, version int, ${recordsetColumns}), customers old
      WHERE c.id = x.id AND c.version = x.version AND old.id = x.id
      RETURNING c.id, c.version, c.updated_at, ${BULK_FIELDS.map((k) => `old.${COLUMN[k]} AS "before.${k}", c.${COLUMN[k]} AS "after.${k}"`).join(', ')}`,
    [JSON.stringify(rows.map((r) => ({ id: r.id, version: r.version, ...toRecord(r.values) }))), by.at],
  );
  const done = new Map(updated.map((u) => [u.id as string, { version: u.version as number, updated_at: u.updated_at as Date }]));
  if (!done.size) return done;
  await refreshSearch(em, [...done.keys()]);
  const noteOf = new Map(rows.map((r) => [r.id, r.note]));
  const side = (u: Record<string, unknown>, prefix: string) => Object.fromEntries(BULK_FIELDS.map((k) => [k, u[`${prefix}.${k}`]]));
  const entries: ChangeLogEntry[] = updated.map((u) => ({
    customerId: u.id as string,
    entityType: 'Customer',
    entityId: u.id as string,
    action: 'UPDATE',
    actorId: by.actorId,
    at: by.at,
    note: noteOf.get(u.id as string) ?? null,
    changes: diffFields(side(u, 'before'), side(u, 'after'), CUSTOMER_LOG_FIELDS),
  }));
  await log(em, entries);
  await emitEvents(
    em,
    'customer.updated',
    entries.map((e) => ({
      id: e.entityId,
      version: done.get(e.entityId)!.version,
      changedFields: (e.changes ?? []).map((c) => c.field),
      updatedById: by.actorId,
      ...(by.importId ? { importId: by.importId } : {}),
    })),
    { at: by.at },
  );
  return done;
}

/**
 * Deletes customers for good (a reverted import's own creations, which nothing references yet), with a PURGE
 * change-log row each. `customer.purged` is the caller's to announce: an import revert first cancels the
 * customer's undelivered events and announces only those a receiver may already have seen.
 */
export async function purgeCustomers(em: EntityManager, rows: { id: string; note: string }[], by: Attribution): Promise<void> {
  if (!rows.length) return;
  await em.query(`DELETE FROM customers WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
  await log(
    em,
    rows.map((r) => ({
      customerId: r.id,
      entityType: 'Customer',
      entityId: r.id,
      action: 'PURGE',
      actorId: by.actorId,
      at: by.at,
      note: r.note,
    })),
  );
}
