import { GraphQLScalarType, Kind } from 'graphql';
import { registerEnumType } from 'type-graphql';
import { ContractAction, ContractStatus, SIGNED_CONTRACT_STATUSES } from '@kehu/domain';

export { ContractAction, ContractStatus, SIGNED_CONTRACT_STATUSES };

/**
 * `'SIGNED', 'COMPLETED'`: @kehu/domain's SIGNED_CONTRACT_STATUSES (the statuses whose amount is signed business)
 * as an SQL list, for `status IN (${SIGNED_STATUSES_SQL})`. A constant, so statement texts stay the same.
 */
export const SIGNED_STATUSES_SQL = SIGNED_CONTRACT_STATUSES.map((s) => `'${s}'`).join(', ');

registerEnumType(ContractStatus, {
  name: 'ContractStatus',
  description: '合同状态: DRAFT → PENDING → APPROVED → SIGNED → COMPLETED / TERMINATED; a rejection returns it to DRAFT',
  valuesConfig: {
    DRAFT: { description: '草稿: being written or sent back by the reviewer; editable' },
    PENDING: { description: '待审批: submitted, waiting for a manager of the owner or an admin' },
    APPROVED: { description: '已审批: approved, ready to sign' },
    SIGNED: { description: '已签署: binding; payment plans, receipts and invoices apply' },
    COMPLETED: { description: '已完成: fulfilled' },
    TERMINATED: { description: '已终止: ended early' },
  },
});

registerEnumType(ContractAction, {
  name: 'ContractAction',
  description: "A step of the approval flow, as recorded in a contract's approvals",
  valuesConfig: {
    SUBMIT: { description: '提交审批' },
    APPROVE: { description: '审批通过' },
    REJECT: { description: '驳回 (back to DRAFT, with a comment)' },
    SIGN: { description: '签订' },
    COMPLETE: { description: '完成' },
    TERMINATE: { description: '终止' },
  },
});

export const ContractKind = { STANDARD: 'STANDARD', SUPPLEMENTARY: 'SUPPLEMENTARY' } as const;
export type ContractKind = (typeof ContractKind)[keyof typeof ContractKind];
registerEnumType(ContractKind, {
  name: 'ContractKind',
  description: '合同类型',
  valuesConfig: {
    STANDARD: { description: '标准合同' },
    SUPPLEMENTARY: { description: '补充合同: amends a parent contract of the same customer' },
  },
});

export const ContractOrderField = {
  CREATED_AT: 'CREATED_AT',
  AMOUNT: 'AMOUNT',
  SIGNED_AT: 'SIGNED_AT',
  NUMBER: 'NUMBER',
  END_DATE: 'END_DATE',
} as const;
export type ContractOrderField = (typeof ContractOrderField)[keyof typeof ContractOrderField];
registerEnumType(ContractOrderField, {
  name: 'ContractOrderField',
  description: 'Sort keys of the contract list',
  valuesConfig: {
    CREATED_AT: { description: 'When drafted' },
    AMOUNT: { description: '合同金额' },
    SIGNED_AT: { description: '签订日期 (unsigned last)' },
    NUMBER: { description: '合同编号' },
    END_DATE: { description: '结束日期 (open-ended last)' },
  },
});

const DECIMAL = /^\d{1,10}(\.\d{1,2})?$/;
/** Quantities and discount rates: exact decimal strings, never floats (they multiply money in SQL). */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'A non-negative decimal number as a string with at most two decimals, e.g. "2", "1.5", "12.25"',
  serialize: (value) => String(value),
  parseValue(value) {
    const s = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
    if (typeof s !== 'string' || !DECIMAL.test(s.trim()))
      throw new TypeError(`Decimal must be a string such as "1.5" (got ${JSON.stringify(value)})`);
    return s.trim();
  },
  parseLiteral(ast) {
    if ((ast.kind === Kind.STRING || ast.kind === Kind.INT) && DECIMAL.test(ast.value)) return ast.value;
    throw new TypeError('Decimal must be a string such as "1.5"');
  },
});
