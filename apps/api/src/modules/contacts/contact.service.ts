import type { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { badInput, notFound, staleVersion, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { requireUser } from '../access/current-user';
import { loadCustomerFor } from '../access/customer-scope';
import { assertCan } from '../access/permissions';
import { diffFields, writeChangeLog } from '../audit/change-log.service';
import { emitEvent } from '../webhooks/webhook.emit';
import { assertNoExactDuplicate } from '../customers/customer.duplicates';
import type { ContactInput } from '../customers/customer.inputs';
import { refreshSearch } from '../customers/customer.search';
import { cleanContact } from '../customers/customer.validation';
import { Contact } from './contact.entity';

const CONTACT_FIELDS = ['name', 'title', 'mobile', 'phone', 'email', 'birthday', 'remark', 'isPrimary'] as const;
const record = (c: object) => c as Record<string, unknown>;

/** The contact and its customer, if the user may edit that customer (row locked for the transaction). */
async function contactForEdit(em: EntityManager, ctx: Context, id: string): Promise<Contact> {
  const user = requireUser(ctx);
  assertCan(user, 'contact.edit');
  const contact = isUuid(id) ? await em.getRepository(Contact).findOneBy({ id }) : null;
  if (!contact) throw notFound('联系人', id);
  await loadCustomerFor(em, user, contact.customerId, 'edit').catch((err) => {
    // A contact of a customer you cannot see does not exist for you.
    throw err.extensions?.code === 'NOT_FOUND' ? notFound('联系人', id) : err;
  });
  return contact;
}

/** Another customer already using one of these phones would make this customer a duplicate of it. */
async function assertPhonesFree(em: EntityManager, ctx: Context, customerId: string, phones: (string | null | undefined)[]) {
  if (phones.some(Boolean)) await assertNoExactDuplicate(em, requireUser(ctx), { phones, excludeIds: [customerId] });
}

export async function createContact(ctx: Context, customerId: string, input: ContactInput, makePrimary = false): Promise<Contact> {
  const user = requireUser(ctx);
  assertCan(user, 'contact.edit');
  const clean = cleanContact(input, 'input.', { requirePhone: false, partial: false });
  const id = await ctx.dataSource.transaction(async (em) => {
    await loadCustomerFor(em, user, customerId, 'edit');
    await assertPhonesFree(em, ctx, customerId, [clean.mobile, clean.phone]);
    const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM contacts WHERE customer_id = $1`, [customerId]);
    // The first contact is primary; a later one only when asked, demoting the old primary in this transaction.
    const primary = n === 0 || makePrimary;
    if (primary)
      await em.query(`UPDATE contacts SET is_primary = false, version = version + 1 WHERE customer_id = $1 AND is_primary`, [customerId]);
    const contact = em
      .getRepository(Contact)
      .create({ ...(clean as Partial<Contact>), customerId, isPrimary: primary, createdAt: ctx.clock.now(), updatedAt: ctx.clock.now() });
    await em.getRepository(Contact).insert(contact);
    await refreshSearch(em, [customerId]);
    await writeChangeLog(em, {
      customerId,
      entityType: 'Contact',
      entityId: contact.id,
      action: 'CREATE',
      actorId: user.id,
      at: ctx.clock.now(),
      changes: diffFields(null, record(contact), CONTACT_FIELDS, 'contact.'),
    });
    await emitEvent(
      em,
      'contact.created',
      { id: contact.id, customerId, name: contact.name, isPrimary: primary, createdById: user.id },
      { at: ctx.clock.now() },
    );
    return contact.id;
  });
  return ctx.dataSource.getRepository(Contact).findOneByOrFail({ id });
}

export async function updateContact(ctx: Context, id: string, version: number, input: Partial<ContactInput>): Promise<Contact> {
  const user = requireUser(ctx);
  const clean = cleanContact(input, 'input.', { requirePhone: false, partial: true });
  await ctx.dataSource.transaction(async (em) => {
    const before = await contactForEdit(em, ctx, id);
    if (before.version !== version) throw staleVersion('联系人', before.version);
    const set = Object.fromEntries(Object.entries(clean).filter(([, v]) => v !== undefined)) as Partial<Contact>;
    const after = { ...before, ...set };
    if (before.isPrimary && !after.mobile && !after.phone) {
      throw badInput('input.mobile', msg('contacts.primaryContactNeedsPhone'));
    }
    await assertPhonesFree(em, ctx, before.customerId, [set.mobile, set.phone]);
    const changes = diffFields(record(before), record(after), CONTACT_FIELDS, 'contact.');
    if (!changes.length) return;
    const result = await em
      .createQueryBuilder()
      .update(Contact)
      .set({ ...set, version: () => 'version + 1', updatedAt: ctx.clock.now() })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (!result.affected) throw staleVersion('联系人');
    await refreshSearch(em, [before.customerId]);
    await writeChangeLog(em, {
      customerId: before.customerId,
      entityType: 'Contact',
      entityId: id,
      action: 'UPDATE',
      actorId: user.id,
      at: ctx.clock.now(),
      changes,
    });
    await emitEvent(
      em,
      'contact.updated',
      { id, customerId: before.customerId, version: version + 1, changedFields: changes.map((c) => c.field), updatedById: user.id },
      { at: ctx.clock.now() },
    );
  });
  return ctx.dataSource.getRepository(Contact).findOneByOrFail({ id });
}

/** Deletes a contact; the primary one only when another contact can take over (the oldest becomes primary). */
export async function deleteContact(ctx: Context, id: string): Promise<boolean> {
  const user = requireUser(ctx);
  await ctx.dataSource.transaction(async (em) => {
    const contact = await contactForEdit(em, ctx, id);
    const others: { id: string }[] = await em.query(`SELECT id FROM contacts WHERE customer_id = $1 AND id <> $2 ORDER BY created_at, id`, [
      contact.customerId,
      id,
    ]);
    if (!others.length) throw badInput('id', msg('contacts.customerKeepsLeastOne'));
    await em.query(`DELETE FROM contacts WHERE id = $1`, [id]);
    if (contact.isPrimary) await em.query(`UPDATE contacts SET is_primary = true, version = version + 1 WHERE id = $1`, [others[0].id]);
    await refreshSearch(em, [contact.customerId]);
    await writeChangeLog(em, {
      customerId: contact.customerId,
      entityType: 'Contact',
      entityId: id,
      action: 'DELETE',
      actorId: user.id,
      at: ctx.clock.now(),
      changes: diffFields(record(contact), null, CONTACT_FIELDS, 'contact.'),
    });
  });
  return true;
}

/** Makes a contact the primary one, demoting the previous primary in the same transaction. */
export async function setPrimaryContact(ctx: Context, id: string): Promise<Contact> {
  const user = requireUser(ctx);
  await ctx.dataSource.transaction(async (em) => {
    const contact = await contactForEdit(em, ctx, id);
    if (contact.isPrimary) return;
    // TypeORM returns [rows, count] for UPDATE … RETURNING.
    const [[old]] = await em.query(
      `UPDATE contacts SET is_primary = false, version = version + 1 WHERE customer_id = $1 AND is_primary RETURNING id`,
      [contact.customerId],
    );
    await em.query(`UPDATE contacts SET is_primary = true, version = version + 1, updated_at = $2 WHERE id = $1`, [id, ctx.clock.now()]);
    await writeChangeLog(em, {
      customerId: contact.customerId,
      entityType: 'Contact',
      entityId: id,
      action: 'SET_PRIMARY',
      actorId: user.id,
      at: ctx.clock.now(),
      changes: [{ field: 'primaryContactId', before: { value: old?.id ?? null }, after: { value: id } }],
    });
    await emitEvent(
      em,
      'contact.updated',
      { id, customerId: contact.customerId, version: contact.version + 1, changedFields: ['contact.isPrimary'], updatedById: user.id },
      { at: ctx.clock.now() },
    );
  });
  return ctx.dataSource.getRepository(Contact).findOneByOrFail({ id });
}
