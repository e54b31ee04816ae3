import type { EntityManager } from 'typeorm';
import { businessDate, fieldLabel, normalizeCompanyName, type MessageParam } from '@kehu/domain';
import type { Context } from '../../graphql/context';
import { badInput, conflict, staleVersion, msg, P } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { SqlParams } from '../../db/sql';
import { assertCan } from '../access/permissions';
import { requireUser } from '../access/current-user';
import { loadCustomerFor, readableCustomerSql, teamIdsSql } from '../access/customer-scope';
import { hydrate, selectColumns } from '../../db/rows';
import { preparedQuery } from '../../db/prepared';
import { diffFields, writeChangeLog } from '../audit/change-log.service';
import { CustomField } from '../custom-fields/custom-field.entity';
import { applyCustomFieldValues } from '../custom-fields/custom-field.values';
import { addCustomerTags, cleanTagNames } from '../tags/tag.service';
import type { User } from '../users/user.entity';
import { Customer } from './customer.entity';
import { assertNoExactDuplicate } from './customer.duplicates';
import type { CreateCustomerInput, CustomerFieldsInput, UpdateCustomerInput } from './customer.inputs';
import { refreshSearch } from './customer.search';
import { cleanContact, cleanCustomerFields, cleanName, notFuture } from './customer.validation';
import { emitEvent } from '../webhooks/webhook.emit';
import { removeStoredFiles, storedFileKeysOfCustomer } from '../files/file.service';

/** The customer fields whose changes the change log records. */
export const CUSTOMER_LOG_FIELDS = [
  'name',
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
  'ownerId',
  'status',
] as const;

/**
 * Checks that run before a customer may be deleted, registered by the features that own related records
 * (contracts register "has contracts"). Each returns a reason to refuse, or null.
 */
/** A reason the customer cannot be deleted (a two-language text), or null. */
type DeleteGuard = (em: EntityManager, customerId: string) => Promise<MessageParam | null>;
const deleteGuards: DeleteGuard[] = [];
export const registerDeleteGuard = (guard: DeleteGuard) => void deleteGuards.push(guard);

const logRecord = (c: Customer) => c as unknown as Record<string, unknown>;

async function loadCustomer(em: EntityManager, id: string): Promise<Customer> {
  return em.getRepository(Customer).findOneByOrFail({ id });
}

/** The owner a new customer gets: yourself, or (managers) someone in your team, or (admins) anyone active. */
async function resolveOwner(em: EntityManager, user: User, ownerId: string | null | undefined): Promise<string> {
  if (!ownerId || ownerId === user.id) return user.id;
  if (!isUuid(ownerId)) throw badInput('input.ownerId', msg('customers.unknownOwner'));
  if (user.role === 'SALES' || user.role === 'SERVICE') throw badInput('input.ownerId', msg('customers.youCanOnlyCreate'));
  const params = new SqlParams();
  const inTeam = user.role === 'ADMIN' ? 'TRUE' : `id IN ${teamIdsSql(params.p(user.id))}`;
  const rows = await em.query(`SELECT id FROM users WHERE id = ${params.p(ownerId)} AND active AND ${inTeam}`, params.values);
  if (!rows.length) throw badInput('input.ownerId', msg('customers.ownerNotYourTeam'));
  return ownerId;
}

/** Cleans the fields shared by create and update; `undefined` means "not given". */
function cleanFields(ctx: Context, input: CustomerFieldsInput) {
  const today = businessDate(ctx.clock.now(), ctx.config.businessTimeZone);
  if (input.type === 'WON') throw badInput('input.type', msg('customers.wonSetSigningContract'));
  for (const key of ['type', 'grade', 'gradePinned'] as const) {
    if (input[key] === null)
      throw badInput(
        `input.${key}`,
        msg('customers.cannotNull', { label: P.text(fieldLabel(`customer.${key}`) ?? key, fieldLabel(`customer.${key}`, 'en') ?? key) }),
      );
  }
  return {
    ...cleanCustomerFields(input),
    type: input.type ?? undefined,
    grade: input.grade ?? undefined,
    // Setting a grade by hand pins it unless the caller says otherwise.
    gradePinned: input.gradePinned ?? (input.grade ? true : undefined),
    firstContactDate: notFuture('input.firstContactDate', input.firstContactDate, today, '首次接触日期'),
  };
}

const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };

export async function createCustomer(ctx: Context, input: CreateCustomerInput): Promise<Customer> {
  const user = requireUser(ctx);
  assertCan(user, 'customer.create');
  const name = cleanName('input.name', input.name, true)!;
  const fields = cleanFields(ctx, input);
  if (!input.contact) throw badInput('input.contact', msg('customers.firstContactRequired'));
  const contact = cleanContact(input.contact, 'input.contact.', { requirePhone: true, partial: false });
  const tagNames = cleanTagNames(input.tags ?? [], 'input.tags');
  const now = ctx.clock.now();

  const id = await ctx.dataSource
    .transaction(async (em) => {
      const nameKey = normalizeCompanyName(name);
      if (!nameKey) throw badInput('input.name', msg('customers.nameHasNoLetters'));
      // Serialise creates of the same name so the duplicate check and the insert cannot interleave.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, ['customer:' + nameKey]);
      await assertNoExactDuplicate(em, user, { name, phones: [contact.mobile, contact.phone] });
      const ownerId = await resolveOwner(em, user, input.ownerId);
      const defs = await em.getRepository(CustomField).find();
      const customFields = applyCustomFieldValues(defs, {}, input.customFields ?? {});

      const customer = em.getRepository(Customer).create({
        ...defined(fields),
        name,
        nameKey,
        type: fields.type ?? 'PROSPECT',
        grade: fields.grade ?? 'POTENTIAL',
        gradePinned: fields.gradePinned ?? false,
        status: 'ACTIVE',
        customFields,
        ownerId,
        assignedAt: now,
        createdById: user.id,
        createdAt: now,
        updatedAt: now,
      });
      await em.getRepository(Customer).insert(customer as never);
      const [{ id: contactId }] = await em.query(
        `INSERT INTO contacts (customer_id, name, title, mobile, phone, email, birthday, remark, is_primary)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true) RETURNING id`,
        [
          customer.id,
          contact.name,
          contact.title ?? null,
          contact.mobile ?? null,
          contact.phone ?? null,
          contact.email ?? null,
          contact.birthday ?? null,
          contact.remark ?? null,
        ],
      );
      if (tagNames.length) await addCustomerTags(em, customer.id, tagNames);
      await refreshSearch(em, [customer.id]);
      await writeChangeLog(
        em,
        {
          customerId: customer.id,
          entityType: 'Customer',
          entityId: customer.id,
          action: 'CREATE',
          actorId: user.id,
          at: now,
          changes: diffFields(null, logRecord(customer), CUSTOMER_LOG_FIELDS),
        },
        {
          customerId: customer.id,
          entityType: 'Contact',
          entityId: contactId,
          action: 'CREATE',
          actorId: user.id,
          at: now,
          changes: diffFields(null, contact, Object.keys(contact), 'contact.'),
        },
      );
      await emitEvent(em, 'customer.created', { id: customer.id, name, ownerId, createdById: user.id }, { at: now });
      return customer.id;
    })
    .catch(rethrowUniqueName);
  return loadCustomer(ctx.dataSource.manager, id);
}

/** The unique index is the last word on duplicate names (e.g. a concurrent rename). */
function rethrowUniqueName(err: unknown): never {
  if (
    (err as { code?: string; constraint?: string }).code === '23505' &&
    (err as { constraint?: string }).constraint === 'customers_name_key_live'
  ) {
    throw conflict(msg('customers.customerNameAlreadyExists'), { field: 'input.name' });
  }
  throw err;
}

export async function updateCustomer(ctx: Context, id: string, version: number, input: UpdateCustomerInput): Promise<Customer> {
  const user = requireUser(ctx);
  assertCan(user, 'customer.edit');
  const name = cleanName('input.name', input.name, false);
  if (input.name !== undefined && !name) throw badInput('input.name', msg('customers.nameRequired'));
  const fields = cleanFields(ctx, input);

  await ctx.dataSource
    .transaction(async (em) => {
      const row = await loadCustomerFor(em, user, id, 'edit');
      if (row.version !== version) throw staleVersion('客户', row.version);
      const before = await loadCustomer(em, id);
      // A won customer stays won unless marked lost.
      if (fields.type && before.type === 'WON') {
        if (fields.type !== 'LOST') throw badInput('input.type', msg('customers.wonCustomerCanOnly'));
      }
      const set: Partial<Customer> = defined(fields) as Partial<Customer>;
      if (name && name !== before.name) {
        set.name = name;
        set.nameKey = normalizeCompanyName(name);
        await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, ['customer:' + set.nameKey]);
        await assertNoExactDuplicate(em, user, { name, excludeIds: [id] });
      }
      if (input.customFields !== undefined) {
        const defs = await em.getRepository(CustomField).find();
        set.customFields = applyCustomFieldValues(defs, before.customFields, input.customFields);
      }
      const changes = diffFields(logRecord(before), { ...logRecord(before), ...set }, CUSTOMER_LOG_FIELDS);
      if (!changes.length) return;
      const result = await em
        .createQueryBuilder()
        .update(Customer)
        .set({ ...set, version: () => 'version + 1', updatedAt: ctx.clock.now() } as never)
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (!result.affected) throw staleVersion('客户');
      if (set.name !== undefined || set.email !== undefined) await refreshSearch(em, [id]);
      await writeChangeLog(em, {
        customerId: id,
        entityType: 'Customer',
        entityId: id,
        action: 'UPDATE',
        actorId: user.id,
        at: ctx.clock.now(),
        changes,
      });
      await emitEvent(
        em,
        'customer.updated',
        { id, version: version + 1, changedFields: changes.map((c) => c.field), updatedById: user.id },
        { at: ctx.clock.now() },
      );
    })
    .catch(rethrowUniqueName);
  return loadCustomer(ctx.dataSource.manager, id);
}

/** Moves a customer without contracts to the recycle bin. */
export async function deleteCustomer(ctx: Context, id: string): Promise<Customer> {
  const user = requireUser(ctx);
  assertCan(user, 'customer.delete');
  await ctx.dataSource.transaction(async (em) => {
    await loadCustomerFor(em, user, id, 'edit');
    for (const guard of deleteGuards) {
      const reason = await guard(em, id);
      if (reason) throw badInput('id', msg('customers.customerCannotDeleted', { reason }));
    }
    const now = ctx.clock.now();
    await em.query(`UPDATE customers SET deleted_at = $2, deleted_by_id = $3, version = version + 1, updated_at = $2 WHERE id = $1`, [
      id,
      now,
      user.id,
    ]);
    await writeChangeLog(em, {
      customerId: id,
      entityType: 'Customer',
      entityId: id,
      action: 'DELETE',
      actorId: user.id,
      at: now,
      changes: [{ field: 'deletedAt', before: { value: null }, after: { value: now.toISOString() } }],
    });
    await emitEvent(em, 'customer.deleted', { id, deletedById: user.id }, { at: now });
  });
  return loadCustomer(ctx.dataSource.manager, id);
}

/** Brings a customer back from the recycle bin (unless a live customer took its name meanwhile). */
export async function restoreCustomer(ctx: Context, id: string): Promise<Customer> {
  const user = requireUser(ctx);
  assertCan(user, 'customer.restore');
  await ctx.dataSource.transaction(async (em) => {
    const row = await loadCustomerFor(em, user, id, 'edit', { includeDeleted: true });
    if (!row.deleted_at) throw badInput('id', msg('customers.customerNotDeleted'));
    await assertNoExactDuplicate(em, user, { name: row.name, excludeIds: [id] });
    const now = ctx.clock.now();
    await em.query(`UPDATE customers SET deleted_at = NULL, deleted_by_id = NULL, version = version + 1, updated_at = $2 WHERE id = $1`, [
      id,
      now,
    ]);
    await writeChangeLog(em, {
      customerId: id,
      entityType: 'Customer',
      entityId: id,
      action: 'RESTORE',
      actorId: user.id,
      at: now,
      changes: [{ field: 'deletedAt', before: { value: row.deleted_at }, after: { value: null } }],
    });
    await emitEvent(em, 'customer.restored', { id, restoredById: user.id }, { at: now });
  });
  return loadCustomer(ctx.dataSource.manager, id);
}

/** Deletes a customer in the recycle bin for good, with everything under it (admins only). */
export async function purgeCustomer(ctx: Context, id: string): Promise<boolean> {
  const user = requireUser(ctx);
  assertCan(user, 'customer.purge');
  const fileKeys = await ctx.dataSource.transaction(async (em) => {
    const row = await loadCustomerFor(em, user, id, 'edit', { includeDeleted: true });
    if (!row.deleted_at) throw badInput('id', msg('customers.onlyDeletedCustomersCan'));
    const keys = await storedFileKeysOfCustomer(em, id);
    await em.query(`DELETE FROM customers WHERE id = $1`, [id]);
    await writeChangeLog(em, {
      customerId: id,
      entityType: 'Customer',
      entityId: id,
      action: 'PURGE',
      actorId: user.id,
      at: ctx.clock.now(),
      note: row.name,
    });
    await emitEvent(em, 'customer.purged', { id, purgedById: user.id }, { at: ctx.clock.now() });
    return keys;
  });
  await removeStoredFiles(ctx.config, fileKeys); // its files' rows went with it (cascade); now their bytes
  return true;
}

/** Deactivates or reactivates a customer (customers with contracts are deactivated instead of deleted). */
export async function setCustomerStatus(
  ctx: Context,
  id: string,
  status: 'ACTIVE' | 'DEACTIVATED',
  reason?: string | null,
): Promise<Customer> {
  const user = requireUser(ctx);
  assertCan(user, 'customer.deactivate');
  await ctx.dataSource.transaction(async (em) => {
    await loadCustomerFor(em, user, id, 'edit');
    const [before] = await em.query(`SELECT status FROM customers WHERE id = $1`, [id]);
    if (before.status === status)
      throw badInput('id', status === 'ACTIVE' ? msg('customers.alreadyActive') : msg('customers.alreadyDeactivated'));
    const now = ctx.clock.now();
    await em.query(`UPDATE customers SET status = $2, version = version + 1, updated_at = $3 WHERE id = $1`, [id, status, now]);
    await writeChangeLog(em, {
      customerId: id,
      entityType: 'Customer',
      entityId: id,
      action: status === 'ACTIVE' ? 'REACTIVATE' : 'DEACTIVATE',
      actorId: user.id,
      at: now,
      changes: [{ field: 'status', before: { value: before.status }, after: { value: status } }],
      note: reason ?? null,
    });
  });
  return loadCustomer(ctx.dataSource.manager, id);
}

/** One statement: the customer if it exists, is not deleted and the user may read it; otherwise null. */
export async function getCustomer(ctx: Context, id: string): Promise<Customer | null> {
  const user = requireUser(ctx);
  if (!isUuid(id)) return null;
  const params = new SqlParams();
  const rows = await preparedQuery(
    ctx,
    `SELECT ${selectColumns(ctx.dataSource, Customer, 'c')} FROM customers c
      WHERE c.id = ${params.p(id)}::uuid AND c.deleted_at IS NULL AND ${readableCustomerSql(user, 'c', params)}`,
    params.values,
  );
  return hydrate(Customer, rows)[0] ?? null;
}
