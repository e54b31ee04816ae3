import { roleCan } from '@kehu/domain/permissions';
import type { ContractAction, ContractStatus, Role } from '@/gql/schema';

/** The status each action starts from (the API's flow: DRAFT → PENDING → APPROVED → SIGNED → COMPLETED / TERMINATED). */
const FROM: Record<ContractAction, ContractStatus> = {
  SUBMIT: 'DRAFT',
  APPROVE: 'PENDING',
  REJECT: 'PENDING',
  SIGN: 'APPROVED',
  COMPLETE: 'SIGNED',
  TERMINATE: 'SIGNED',
};

export const ACTION_ORDER: readonly ContractAction[] = ['SUBMIT', 'APPROVE', 'REJECT', 'SIGN', 'COMPLETE', 'TERMINATE'];

/**
 * The actions a viewer is offered on a contract: the status must allow it, and the role must hold the
 * permission (deal.edit for the owner's side, contract.approve for reviewers, who never review their own).
 * The API checks again (scope, the manager chain); this only hides buttons that could not work.
 */
export function contractActionsFor(
  viewer: { id: string; role: Role } | null,
  contract: { status: ContractStatus; owner: { id: string } },
): ContractAction[] {
  if (!viewer || !roleCan(viewer.role, 'deal.edit')) return [];
  const reviewer = roleCan(viewer.role, 'contract.approve') && viewer.id !== contract.owner.id;
  return ACTION_ORDER.filter((a) => {
    if (FROM[a] !== contract.status) return false;
    if (a === 'APPROVE' || a === 'REJECT') return reviewer;
    return true;
  });
}

/** Money may be recorded against signed (and completed) contracts; plans also earlier. */
export const canRecordMoney = (status: ContractStatus) => status === 'SIGNED' || status === 'COMPLETED';
export const canPlan = (status: ContractStatus) =>
  status === 'DRAFT' || status === 'PENDING' || status === 'APPROVED' || status === 'SIGNED';

/** The reviewer's last word on a draft that came back: the newest approval step, when it is a REJECT. */
export function rejectionOf<A extends { action: ContractAction; at: string }>(c: {
  status: ContractStatus;
  approvals: readonly A[];
}): A | null {
  if (c.status !== 'DRAFT' || !c.approvals.length) return null;
  const last = [...c.approvals].sort((a, b) => b.at.localeCompare(a.at))[0];
  return last.action === 'REJECT' ? last : null;
}
