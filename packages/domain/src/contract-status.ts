/**
 * 合同状态 machine (matches the API's contracts table and its CHECK constraints):
 *
 *   DRAFT --SUBMIT--> PENDING --APPROVE--> APPROVED --SIGN--> SIGNED --COMPLETE--> COMPLETED
 *     ^                  |                                        \--TERMINATE--> TERMINATED
 *     \------REJECT------/
 *
 * A rejection sends the contract back to DRAFT with the reviewer's comment (kept in the approval
 * records), so there is no separate REJECTED status: the author edits the draft and submits again.
 * COMPLETED and TERMINATED are final.
 */
import { enumLabel } from './labels.js';

export const ContractStatus = {
  DRAFT: 'DRAFT',
  PENDING: 'PENDING',
  APPROVED: 'APPROVED',
  SIGNED: 'SIGNED',
  COMPLETED: 'COMPLETED',
  TERMINATED: 'TERMINATED',
} as const;
export type ContractStatus = (typeof ContractStatus)[keyof typeof ContractStatus];
export const CONTRACT_STATUSES: readonly ContractStatus[] = ['DRAFT', 'PENDING', 'APPROVED', 'SIGNED', 'COMPLETED', 'TERMINATED'];

export const ContractAction = {
  SUBMIT: 'SUBMIT',
  APPROVE: 'APPROVE',
  REJECT: 'REJECT',
  SIGN: 'SIGN',
  COMPLETE: 'COMPLETE',
  TERMINATE: 'TERMINATE',
} as const;
export type ContractAction = (typeof ContractAction)[keyof typeof ContractAction];
export const CONTRACT_ACTIONS: readonly ContractAction[] = ['SUBMIT', 'APPROVE', 'REJECT', 'SIGN', 'COMPLETE', 'TERMINATE'];

/** 合同类型: a SUPPLEMENTARY (补充协议) contract has a parent STANDARD contract. */
export const ContractKind = { STANDARD: 'STANDARD', SUPPLEMENTARY: 'SUPPLEMENTARY' } as const;
export type ContractKind = (typeof ContractKind)[keyof typeof ContractKind];
export const CONTRACT_KINDS: readonly ContractKind[] = ['STANDARD', 'SUPPLEMENTARY'];

const TRANSITIONS: Readonly<Record<ContractAction, { from: ContractStatus; to: ContractStatus }>> = {
  SUBMIT: { from: 'DRAFT', to: 'PENDING' },
  APPROVE: { from: 'PENDING', to: 'APPROVED' },
  REJECT: { from: 'PENDING', to: 'DRAFT' },
  SIGN: { from: 'APPROVED', to: 'SIGNED' },
  COMPLETE: { from: 'SIGNED', to: 'COMPLETED' },
  TERMINATE: { from: 'SIGNED', to: 'TERMINATED' },
};

/**
 * Statuses whose amount counts as signed business: grading (last 12 months of signed contracts),
 * receivables and "WON" customers. TERMINATED is left out on purpose: it is not business the customer
 * brought, though its receipts still count as received.
 */
export const SIGNED_CONTRACT_STATUSES: readonly ContractStatus[] = ['SIGNED', 'COMPLETED'];

const isStatus = (s: unknown): s is ContractStatus => typeof s === 'string' && (CONTRACT_STATUSES as readonly string[]).includes(s);
const isAction = (a: unknown): a is ContractAction => typeof a === 'string' && Object.prototype.hasOwnProperty.call(TRANSITIONS, a);

/** Statuses from which no action leads anywhere. */
export function isFinalContractStatus(status: ContractStatus): boolean {
  return status === 'COMPLETED' || status === 'TERMINATED';
}

/** Only drafts may have their content (lines, amount, dates) changed. */
export function isContractEditable(status: ContractStatus): boolean {
  return status === 'DRAFT';
}

/** The contract number may change until the contract is signed; from then on it is on paper. */
export function numberEditable(status: ContractStatus): boolean {
  return status === 'DRAFT' || status === 'PENDING' || status === 'APPROVED';
}

/** The actions available in a status, in CONTRACT_ACTIONS order (for the web's buttons). */
export function allowedContractActions(status: ContractStatus): ContractAction[] {
  return CONTRACT_ACTIONS.filter((a) => TRANSITIONS[a].from === status);
}

export type ContractTransition = { to: ContractStatus } | { problem: string };

/**
 * `{ to }` with the status after `action`, or `{ problem }` with a "中文 (English)" reason:
 * contractTransition('DRAFT', 'SIGN') -> { problem: '“草稿”状态的合同不能签署 (cannot sign a DRAFT contract)' }.
 * Test with `'problem' in t`.
 */
export function contractTransition(from: ContractStatus, action: ContractAction): ContractTransition {
  if (!isAction(action)) return { problem: `未知的合同操作 (unknown contract action ${String(action)})` };
  if (!isStatus(from)) return { problem: `未知的合同状态 (unknown contract status ${String(from)})` };
  const t = TRANSITIONS[action];
  if (t.from !== from) {
    const article = /^[AEIOU]/.test(from) ? 'an' : 'a';
    return {
      problem:
        `“${enumLabel('ContractStatus', from)}”状态的合同不能${enumLabel('ContractAction', action)}，` +
        `仅“${enumLabel('ContractStatus', t.from)}”状态可以 (cannot ${action.toLowerCase()} ${article} ${from} contract)`,
    };
  }
  return { to: t.to };
}

/** 已归档: a signed contract whose signed scan has been uploaded (Contract.archivedAt); shown beside its status. */
export const CONTRACT_ARCHIVED_LABEL = { 'zh-CN': '已归档', en: 'Archived' } as const;
