import type { EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context';
import { badInput, staleVersion, msg } from '../../graphql/errors';
import { requireUser } from '../access/current-user';
import { assertCan } from '../access/permissions';
import { text } from '../customers/customer.validation';
import { hydrate, selectColumns } from '../../db/rows';
import { Contract, ContractChecklistItem, ContractReviewComment, type StoredChecklistItem } from './contract.entity';
import { reloadContract } from './contract.service';
import { loadUnderCustomer } from './deal-common';

/**
 * 合同审核 and 归档 (issue 17): the review checklist a contract takes from its template, the reviewers' comments,
 * and archiving when the signed scan arrives.
 */

/** The checklist as GraphQL shows it. */
export const checklistOf = (c: Pick<Contract, 'reviewChecklist'>): ContractChecklistItem[] =>
  (c.reviewChecklist ?? []).map((i) => ({
    item: i.item,
    checked: !!i.checkedAt,
    checkedAt: i.checkedAt ? new Date(i.checkedAt) : null,
    checkedById: i.checkedById,
  }));

/** The items still to confirm; submitting is refused while there are any. */
export function uncheckedItems(c: Pick<Contract, 'reviewChecklist'>): string[] {
  return (c.reviewChecklist ?? []).filter((i) => !i.checkedAt).map((i) => i.item);
}

export function assertChecklistComplete(c: Pick<Contract, 'reviewChecklist'>): void {
  const open = uncheckedItems(c);
  if (open.length) {
    throw badInput('reviewChecklist', msg('contracts.reviewChecklistIncomplete', { items: open.join('、'), count: open.length }), {
      unchecked: open,
    });
  }
}

/**
 * A draft generated from a template takes the template's checklist; an item already confirmed under the same
 * wording stays confirmed. Contracts past the draft keep the checklist they were reviewed with.
 */
export async function adoptTemplateChecklist(
  em: EntityManager,
  contract: Contract,
  templateId: string,
  checklist: string[],
): Promise<void> {
  if (contract.status !== 'DRAFT') return;
  const before = new Map((contract.reviewChecklist ?? []).map((i) => [i.item, i]));
  const next: StoredChecklistItem[] = checklist.map((item) => before.get(item) ?? { item, checkedById: null, checkedAt: null });
  await em.query(`UPDATE contracts SET template_id = $2, review_checklist = $3::jsonb WHERE id = $1`, [
    contract.id,
    templateId,
    JSON.stringify(next),
  ]);
}

/** Confirms (or un-confirms) one checklist item of a draft; needs edit rights, like editing the draft. */
export async function checkContractReviewItem(
  ctx: Context,
  id: string,
  version: number,
  index: number,
  checked: boolean,
): Promise<Contract> {
  const user = requireUser(ctx);
  assertCan(user, 'deal.edit');
  await ctx.dataSource.transaction(async (em) => {
    const c = await loadUnderCustomer(em, user, Contract, 'contracts', '合同', id, 'edit', true);
    if (c.version !== version) throw staleVersion('合同', c.version);
    if (c.status !== 'DRAFT') throw badInput('id', msg('contracts.checklistOnlyDraft'), { status: c.status });
    const list = c.reviewChecklist ?? [];
    if (!Number.isInteger(index) || index < 0 || index >= list.length)
      throw badInput('index', msg('contracts.noSuchChecklistItem', { n: index + 1 }));
    const now = ctx.clock.now();
    list[index] = checked
      ? { ...list[index], checkedById: user.id, checkedAt: now.toISOString() }
      : { ...list[index], checkedById: null, checkedAt: null };
    await em.query(`UPDATE contracts SET review_checklist = $2::jsonb, version = version + 1, updated_at = $3 WHERE id = $1`, [
      id,
      JSON.stringify(list),
      now,
    ]);
  });
  return reloadContract(ctx, id);
}

/** 审核意见: anyone who may see the contract and works on deals (salespeople, managers, admins) may leave a comment. */
export async function commentOnContract(ctx: Context, id: string, body: string): Promise<ContractReviewComment> {
  const user = requireUser(ctx);
  assertCan(user, 'deal.edit');
  const clean = text('body', body, { max: 2000, label: '审核意见', required: true })!;
  const c = await loadUnderCustomer(ctx.dataSource.manager, user, Contract, 'contracts', '合同', id, 'read', false);
  const rows = await ctx.dataSource.query(
    `INSERT INTO contract_review_comments (customer_id, contract_id, author_id, body, at) VALUES ($1, $2, $3, $4, $5)
     RETURNING ${selectColumns(ctx.dataSource, ContractReviewComment, 'contract_review_comments')}`,
    [c.customerId, id, user.id, clean, ctx.clock.now()],
  );
  return hydrate(ContractReviewComment, rows)[0];
}

/** 归档: the signed scan of a signed (or completed) contract archives it, once. */
export async function archiveOnSignedScan(em: EntityManager, contractId: string, at: Date): Promise<void> {
  await em.query(`UPDATE contracts SET archived_at = $2 WHERE id = $1 AND status IN ('SIGNED', 'COMPLETED') AND archived_at IS NULL`, [
    contractId,
    at,
  ]);
}
