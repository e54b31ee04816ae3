import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { normalizeCompanyName, tableLabel } from '@kehu/domain';
import type { Context } from '../../graphql/context';
import { badInput, msg, P } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { JSONObjectScalar } from '../../graphql/scalars';
import { hydrate, selectColumns } from '../../db/rows';
import { requireUser } from '../access/current-user';
import { loadCustomerFor } from '../access/customer-scope';
import { assertCan } from '../access/permissions';
import type { FieldChange } from '../audit/change-log.entity';
import { diffFields, noteOf, writeChangeLog } from '../audit/change-log.service';
import { emitEvent } from '../webhooks/webhook.emit';
import { refreshCustomerFollowUpTimes } from './customer.system-writes';
import { moveCustomerFilesOnMerge } from '../files/file.service';
import { Customer } from './customer.entity';
import { refreshSearch } from './customer.search';
import { CUSTOMER_LOG_FIELDS } from './customer.service';

/**
 * 合并客户: folds duplicates into a master customer in one transaction.
 *
 * - Every row of every table that points at a duplicate — found in the PostgreSQL catalog at run time (foreign
 *   keys to customers, plus uuid columns named customer_id such as change_logs) — is re-pointed to the master,
 *   so tables that later features add (opportunities, contracts, receipts, visits, tasks…) move without code here.
 *   Rows are moved with UPDATE, so their ids and everything referencing them stay valid.
 * - A row that would collide with one of the master's on a unique key (the same tag, the same share, a 1:1
 *   row) is folded into the master's: shares keep the wider right; the others keep the master's row. The result
 *   reports such rows per table as `merged`.
 * - The duplicates are then deleted for good, not moved to the recycle bin: once emptied they are shells
 *   without contacts, and restoring one would resurrect a second copy of the company. Their full field values
 *   stay in the master's change log (one MERGE entry per duplicate), together with their own moved history.
 * - A dry run performs the very same work and rolls it back, so what it reports is exactly what would happen.
 */

/** Fields the user picks a surviving value for; grade brings its pinned flag, owner its assignment time. */
const MERGE_FIELDS = [
  'name',
  'type',
  'grade',
  'source',
  'industry',
  'province',
  'city',
  'address',
  'email',
  'website',
  'firstContactDate',
  'remark',
  'ownerId',
  'status',
] as const;
type MergeField = (typeof MERGE_FIELDS)[number];
const MAX_DUPLICATES = 20;

@InputType({ description: "Which customer's value of one field survives a merge" })
export class MergeFieldChoice {
  @Field({
    description:
      'The field: name, type, grade, source, industry, province, city, address, email, website, firstContactDate, remark, ownerId, status, ' +
      'primaryContact (whose primary contact stays primary), customFields (all custom values) or customFields.<key> (one custom value)',
  })
  field: string;

  @Field(() => ID, { description: 'The customer (the master or one of the duplicates) whose value is kept' })
  fromCustomerId: string;
}

@ObjectType({ description: 'The value a field has after the merge, and whose value it is' })
export class MergeFieldValue {
  @Field({ description: 'The field, as in MergeFieldChoice.field' })
  field: string;

  @Field(() => JSONObjectScalar, { description: 'The value, as {"value": …}' })
  value: { value: unknown };

  @Field(() => ID, { nullable: true, description: 'The customer it comes from (null: no customer had a value)' })
  fromCustomerId: string | null;
}

@ObjectType({ description: 'Rows of one related table that move (or moved) to the master' })
export class MergeTableCount {
  @Field({ description: 'Table name, e.g. contacts, follow_ups, contracts' })
  table: string;

  @Field({ description: 'The column pointing at the customer, usually customer_id' })
  column: string;

  @Field(() => Int, { description: 'Rows re-pointed from the duplicates to the master' })
  moved: number;

  @Field(() => Int, { description: 'Rows folded into an equal row of the master (same tag, same share, …) instead of moved' })
  merged: number;
}

@ObjectType({ description: 'What a merge did, or on a dry run would do' })
export class MergeResult {
  @Field({ description: 'True when nothing was changed (dry run)' })
  dryRun: boolean;

  @Field(() => Customer, {
    description: 'The master customer: after the merge; on a dry run, as it still is (see `fields` for the values it would get)',
  })
  master: Customer;

  @Field(() => [ID], { description: 'The duplicates deleted by the merge (or that a dry run would delete)' })
  mergedCustomerIds: string[];

  @Field(() => [MergeFieldValue], { description: 'Every mergeable field with its resulting value and where it comes from' })
  fields: MergeFieldValue[];

  @Field(() => [MergeTableCount], { description: 'Per related table, the rows moved to the master' })
  tables: MergeTableCount[];
}

/** Thrown inside the transaction of a dry run so that everything it did is rolled back. */
class DryRunRollback extends Error {
  constructor(readonly result: MergeResult) {
    super('dry run');
  }
}

const isBlank = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
const affected = (raw: unknown) => (Array.isArray(raw) && typeof raw[1] === 'number' ? raw[1] : 0);

/** Tables (quoted, as regclass text) and columns that point at customers, read from the catalog. */
async function customerReferences(em: EntityManager): Promise<{ tbl: string; col: string; uniques: string[][] }[]> {
  const refs: { tbl: string; col: string }[] = await em.query(`
    SELECT c.conrelid::regclass::text AS tbl, quote_ident(a.attname) AS col
      FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     WHERE c.contype = 'f' AND c.confrelid = 'customers'::regclass AND cardinality(c.conkey) = 1
       AND c.conparentid = 0 AND c.conrelid <> 'customers'::regclass
    UNION
    SELECT a.attrelid::regclass::text, quote_ident(a.attname)
      FROM pg_attribute a JOIN pg_class r ON r.oid = a.attrelid
     WHERE a.attname = 'customer_id' AND a.atttypid = 'uuid'::regtype AND NOT a.attisdropped
       AND r.relkind IN ('r', 'p') AND NOT r.relispartition
       AND r.relnamespace = (SELECT relnamespace FROM pg_class WHERE oid = 'customers'::regclass)
       AND r.oid <> 'customers'::regclass
     ORDER BY 1, 2`);
  if (!refs.length) return [];
  // Plain unique keys (no predicate, no expression) of those tables: the ones a move can collide on.
  const uniques: { tbl: string; cols: string[] }[] = await em.query(
    `SELECT i.indrelid::regclass::text AS tbl,
            (SELECT array_agg(quote_ident(a.attname) ORDER BY k.ord)
               FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum) AS cols
       FROM pg_index i
      WHERE i.indrelid = ANY($1::text[]::regclass[]) AND i.indisunique AND i.indpred IS NULL AND NOT (0 = ANY(i.indkey::int2[]))`,
    [[...new Set(refs.map((r) => r.tbl))]],
  );
  return refs.map((r) => ({ ...r, uniques: uniques.filter((u) => u.tbl === r.tbl && u.cols.includes(r.col)).map((u) => u.cols) }));
}

/** Table-specific folding done before the generic dedupe: a share of both customers keeps the wider right. */
async function foldShares(em: EntityManager, tbl: string, masterId: string, dupId: string) {
  if (tbl !== 'customer_shares') return;
  await em.query(
    `UPDATE customer_shares m SET can_edit = m.can_edit OR d.can_edit,
            expires_at = CASE WHEN m.expires_at IS NULL OR d.expires_at IS NULL THEN NULL ELSE greatest(m.expires_at, d.expires_at) END
       FROM customer_shares d WHERE m.customer_id = $1 AND d.customer_id = $2 AND d.user_id = m.user_id`,
    [masterId, dupId],
  );
}

function checkInput(masterId: string, duplicateIds: string[], choices: MergeFieldChoice[]) {
  if (!isUuid(masterId)) throw badInput('masterId', msg('customers.invalidMasterid'));
  if (!duplicateIds.length) throw badInput('duplicateIds', msg('customers.leastOneDuplicate'));
  if (duplicateIds.length > MAX_DUPLICATES)
    throw badInput('duplicateIds', msg('customers.tooManyDuplicates', { maxDuplicates: MAX_DUPLICATES }));
  duplicateIds.forEach((id, i) => {
    if (!isUuid(id)) throw badInput(`duplicateIds.${i}`, msg('customers.invalidCustomerId'));
    if (id === masterId) throw badInput(`duplicateIds.${i}`, msg('customers.masterCannotDuplicate'));
    if (duplicateIds.indexOf(id) !== i) throw badInput(`duplicateIds.${i}`, msg('customers.duplicateIdListedTwice'));
  });
  const involved = new Set([masterId, ...duplicateIds]);
  const seen = new Set<string>();
  choices.forEach((c, i) => {
    const known =
      (MERGE_FIELDS as readonly string[]).includes(c.field) ||
      c.field === 'primaryContact' ||
      c.field === 'customFields' ||
      /^customFields\.[a-z][a-z0-9_]*$/.test(c.field);
    if (!known) throw badInput(`fieldChoices.${i}.field`, msg('customers.unknownMergeField', { field: c.field }));
    if (seen.has(c.field)) throw badInput(`fieldChoices.${i}.field`, msg('customers.fieldChosenTwice', { field: c.field }));
    seen.add(c.field);
    if (!involved.has(c.fromCustomerId)) {
      throw badInput(`fieldChoices.${i}.fromCustomerId`, msg('customers.masterDuplicate'));
    }
  });
}

/** `mergeCustomers`: see the module comment. */
export async function mergeCustomers(
  ctx: Context,
  masterId: string,
  duplicateIds: string[],
  fieldChoices: MergeFieldChoice[],
  dryRun: boolean,
): Promise<MergeResult> {
  const user = requireUser(ctx);
  assertCan(user, 'customer.merge');
  checkInput(masterId, duplicateIds, fieldChoices);
  const choice = new Map(fieldChoices.map((c) => [c.field, c.fromCustomerId]));
  const now = ctx.clock.now();

  try {
    return await ctx.dataSource.transaction(async (em) => {
      // Edit rights on every customer involved; locks taken in id order so concurrent merges cannot deadlock.
      for (const id of [masterId, ...duplicateIds].sort()) await loadCustomerFor(em, user, id, 'edit');
      const rows = hydrate(
        Customer,
        await em.query(`SELECT ${selectColumns(ctx.dataSource, Customer, 'c')} FROM customers c WHERE c.id = ANY($1::uuid[])`, [
          [masterId, ...duplicateIds],
        ]),
      );
      const byId = new Map(rows.map((c) => [c.id, c]));
      const master = byId.get(masterId)!;
      const dups = duplicateIds.map((id) => byId.get(id)!);
      const inOrder = [master, ...dups];

      // Resulting values: the chosen customer's, else the master's, else the first duplicate's that has one.
      const pick = <T>(field: string, get: (c: Customer) => T): { value: T; from: string | null } => {
        const chosen = choice.get(field);
        if (chosen) return { value: get(byId.get(chosen)!), from: chosen };
        const source = inOrder.find((c) => !isBlank(get(c)));
        return source ? { value: get(source), from: source.id } : { value: get(master), from: null };
      };
      const fields: MergeFieldValue[] = [];
      const set: Partial<Record<MergeField | 'gradePinned' | 'assignedAt' | 'customFields', unknown>> = {};
      for (const field of MERGE_FIELDS) {
        const { value, from } = pick(field, (c) => c[field]);
        fields.push({ field, value: { value }, fromCustomerId: from });
        set[field] = value;
        if (field === 'grade') set.gradePinned = byId.get(from ?? masterId)!.gradePinned;
        if (field === 'ownerId' && value !== master.ownerId) set.assignedAt = value ? now : null;
      }
      const defs: { key: string }[] = await em.query(`SELECT key FROM custom_fields ORDER BY position, created_at`);
      const customFields: Record<string, unknown> = {};
      for (const { key } of defs) {
        const whole = choice.get('customFields');
        const chosen = choice.get(`customFields.${key}`) ?? whole;
        const { value, from } = chosen
          ? { value: byId.get(chosen)!.customFields[key], from: chosen }
          : pick(`customFields.${key}`, (c) => c.customFields[key]);
        if (!isBlank(value)) customFields[key] = value;
        fields.push({ field: `customFields.${key}`, value: { value: value ?? null }, fromCustomerId: isBlank(value) ? null : from });
      }
      set.customFields = customFields;

      // Exactly one primary contact: the chosen customer's primary, else the master's, else the first duplicate's.
      const primaries: { id: string; customer_id: string }[] = await em.query(
        `SELECT id, customer_id FROM contacts WHERE customer_id = ANY($1::uuid[]) AND is_primary`,
        [[masterId, ...duplicateIds]],
      );
      const primaryFrom = choice.get('primaryContact');
      const primary =
        (primaryFrom ? primaries.find((p) => p.customer_id === primaryFrom) : undefined) ??
        inOrder.map((c) => primaries.find((p) => p.customer_id === c.id)).find(Boolean);
      fields.push({ field: 'primaryContact', value: { value: primary?.id ?? null }, fromCustomerId: primary?.customer_id ?? null });
      await em.query(
        `UPDATE contacts SET is_primary = false, version = version + 1 WHERE customer_id = ANY($1::uuid[]) AND is_primary AND id <> $2`,
        [[masterId, ...duplicateIds], primary?.id ?? '00000000-0000-0000-0000-000000000000'],
      );

      // Move every related row.
      const tables: MergeTableCount[] = [];
      for (const ref of await customerReferences(em)) {
        let moved = 0;
        let merged = 0;
        for (const dup of dups) {
          await foldShares(em, ref.tbl, masterId, dup.id);
          for (const cols of ref.uniques) {
            const same = cols
              .filter((c) => c !== ref.col)
              .map((c) => ` AND m.${c} = d.${c}`)
              .join('');
            merged += affected(
              await em.query(
                `DELETE FROM ${ref.tbl} d WHERE d.${ref.col} = $2 AND EXISTS (SELECT 1 FROM ${ref.tbl} m WHERE m.${ref.col} = $1${same})`,
                [masterId, dup.id],
              ),
            );
          }
          moved += affected(await em.query(`UPDATE ${ref.tbl} SET ${ref.col} = $1 WHERE ${ref.col} = $2`, [masterId, dup.id]));
        }
        tables.push({ table: ref.tbl, column: ref.col, moved, merged });
      }

      await moveCustomerFilesOnMerge(em, masterId, duplicateIds);
      // The duplicates go first so the master may take one of their names (names are unique among live customers).
      await em.query(`DELETE FROM customers WHERE id = ANY($1::uuid[])`, [duplicateIds]);
      const after = { ...master, ...set } as Customer;
      await em.query(
        `UPDATE customers SET name = $2, name_key = $3, type = $4, grade = $5, grade_pinned = $6, source = $7, industry = $8, province = $9,
                city = $10, address = $11, email = $12, website = $13, first_contact_date = $14, remark = $15, owner_id = $16,
                assigned_at = $17, status = $18, custom_fields = $19::jsonb, version = version + 1, updated_at = $20
          WHERE id = $1`,
        [
          masterId,
          after.name,
          normalizeCompanyName(after.name),
          after.type,
          after.grade,
          after.gradePinned,
          after.source,
          after.industry,
          after.province,
          after.city,
          after.address,
          after.email,
          after.website,
          after.firstContactDate,
          after.remark,
          after.ownerId,
          after.assignedAt,
          after.status,
          JSON.stringify(after.customFields),
          now,
        ],
      );
      await refreshCustomerFollowUpTimes(em, [masterId]);
      await refreshSearch(em, [masterId]);

      const record = (c: Customer) => c as unknown as Record<string, unknown>;
      const changes: FieldChange[] = diffFields(record(master), record(after), CUSTOMER_LOG_FIELDS).map((c) => {
        const from = fields.find((f) => f.field === c.field || (c.field === 'gradePinned' && f.field === 'grade'))?.fromCustomerId ?? null;
        return { ...c, after: { ...c.after!, fromCustomerId: from } as FieldChange['after'] };
      });
      changes.push({ field: 'mergedCustomerIds', before: null, after: { value: duplicateIds } });
      if (primary && primary.customer_id !== masterId) {
        changes.push({
          field: 'primaryContactId',
          before: { value: primaries.find((p) => p.customer_id === masterId)?.id ?? null },
          after: { value: primary.id },
        });
      }
      // Said per reader: 联系人 2 条 / Contact: 2 — never the table's SQL name.
      const moved = tables
        .filter((t) => t.moved || t.merged)
        .map((t) =>
          P.text(`${tableLabel(t.table, 'zh-CN')} ${t.moved + t.merged} 条`, `${tableLabel(t.table, 'en')}: ${t.moved + t.merged}`),
        );
      await writeChangeLog(
        em,
        {
          customerId: masterId,
          entityType: 'Customer',
          entityId: masterId,
          action: 'MERGE',
          actorId: user.id,
          at: now,
          changes,
          note: noteOf(
            msg('changeLog.merged', {
              names: P.list(dups.map((d) => P.text(`「${d.name}」`, `“${d.name}”`))),
              moved: moved.length ? P.list(moved) : P.text('无', 'nothing'),
            }),
          ),
        },
        // The duplicates' own values, kept for good in the master's history.
        ...dups.map((d) => ({
          customerId: masterId,
          entityType: 'Customer',
          entityId: d.id,
          action: 'MERGED_INTO',
          actorId: user.id,
          at: now,
          changes: diffFields(record(d), null, CUSTOMER_LOG_FIELDS),
          note: noteOf(msg('changeLog.mergedInto', { name: d.name, master: after.name })),
        })),
      );

      await emitEvent(em, 'customer.merged', { id: masterId, mergedCustomerIds: duplicateIds, mergedById: user.id }, { at: now });
      // The master's own fields changed too (values taken from the duplicates): as any edit, announced.
      const changedFields = changes.filter((c) => (CUSTOMER_LOG_FIELDS as readonly string[]).includes(c.field)).map((c) => c.field);
      if (changedFields.length) {
        await emitEvent(
          em,
          'customer.updated',
          { id: masterId, version: master.version + 1, changedFields, updatedById: user.id },
          { at: now },
        );
      }
      const result: MergeResult = { dryRun, master: master, mergedCustomerIds: duplicateIds, fields, tables };
      if (dryRun) throw new DryRunRollback(result);
      result.master = hydrate(
        Customer,
        await em.query(`SELECT ${selectColumns(ctx.dataSource, Customer, 'c')} FROM customers c WHERE c.id = $1`, [masterId]),
      )[0];
      return result;
    });
  } catch (err) {
    if (err instanceof DryRunRollback) return err.result;
    throw err;
  }
}
