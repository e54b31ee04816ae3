/**
 * Enumerations of the customer domain. Each is an `as const` object (usable as a value, e.g. with
 * type-graphql's registerEnumType or an antd Select) plus a string-literal union type of the same name,
 * plus a readonly array in display order. No TypeScript `enum`: plain strings cross GraphQL, JSON and the
 * database unchanged, and both the API and the web can import them without runtime surprises.
 */

/** 客户类型: PROSPECT 意向 -> ASSIGNED 分配 -> WON 成交; LOST 流失. WON is set by the system on a signed contract. */
export const CustomerType = { PROSPECT: 'PROSPECT', ASSIGNED: 'ASSIGNED', WON: 'WON', LOST: 'LOST' } as const;
export type CustomerType = (typeof CustomerType)[keyof typeof CustomerType];
export const CUSTOMER_TYPES: readonly CustomerType[] = ['PROSPECT', 'ASSIGNED', 'WON', 'LOST'];

/** 客户等级, highest first. */
export const CustomerGrade = { VIP: 'VIP', IMPORTANT: 'IMPORTANT', NORMAL: 'NORMAL', POTENTIAL: 'POTENTIAL' } as const;
export type CustomerGrade = (typeof CustomerGrade)[keyof typeof CustomerGrade];
export const CUSTOMER_GRADES: readonly CustomerGrade[] = ['VIP', 'IMPORTANT', 'NORMAL', 'POTENTIAL'];

/** Whether a customer is in use; customers with contracts are deactivated instead of deleted. */
export const CustomerStatus = { ACTIVE: 'ACTIVE', DEACTIVATED: 'DEACTIVATED' } as const;
export type CustomerStatus = (typeof CustomerStatus)[keyof typeof CustomerStatus];
export const CUSTOMER_STATUSES: readonly CustomerStatus[] = ['ACTIVE', 'DEACTIVATED'];

/** 跟进方式. */
export const FollowUpMethod = { PHONE: 'PHONE', WECHAT: 'WECHAT', VISIT: 'VISIT', EMAIL: 'EMAIL', OTHER: 'OTHER' } as const;
export type FollowUpMethod = (typeof FollowUpMethod)[keyof typeof FollowUpMethod];
export const FOLLOW_UP_METHODS: readonly FollowUpMethod[] = ['PHONE', 'WECHAT', 'VISIT', 'EMAIL', 'OTHER'];

/** User roles. */
export const Role = { ADMIN: 'ADMIN', MANAGER: 'MANAGER', SALES: 'SALES', SERVICE: 'SERVICE' } as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'SALES', 'SERVICE'];

/** 回访类型. */
export const VisitType = { REGULAR: 'REGULAR', NEW_CUSTOMER: 'NEW_CUSTOMER', ISSUE: 'ISSUE' } as const;
export type VisitType = (typeof VisitType)[keyof typeof VisitType];
export const VISIT_TYPES: readonly VisitType[] = ['REGULAR', 'NEW_CUSTOMER', 'ISSUE'];

/** 客户满意度, best first. */
export const Satisfaction = {
  VERY_SATISFIED: 'VERY_SATISFIED',
  SATISFIED: 'SATISFIED',
  NEUTRAL: 'NEUTRAL',
  DISSATISFIED: 'DISSATISFIED',
} as const;
export type Satisfaction = (typeof Satisfaction)[keyof typeof Satisfaction];
export const SATISFACTIONS: readonly Satisfaction[] = ['VERY_SATISFIED', 'SATISFIED', 'NEUTRAL', 'DISSATISFIED'];

/** 满意度评分: every visit score (overall and per dimension) is a whole number 1–5. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const isScore = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= SCORE_MIN && (v as number) <= SCORE_MAX;

/** The old 4-level satisfaction as a 1–5 overall score (非常满意 5, 满意 4, 一般 3, 不满意 2), as the migration read it. */
export const SATISFACTION_SCORE: Record<Satisfaction, number> = { VERY_SATISFIED: 5, SATISFIED: 4, NEUTRAL: 3, DISSATISFIED: 2 };

/** The 4-level word of a 1–5 overall score (5 非常满意, 4 满意, 3 一般, 1–2 不满意): the bucket legacy reports count in. */
export function satisfactionOfScore(score: number): Satisfaction {
  return score >= 5 ? 'VERY_SATISFIED' : score >= 4 ? 'SATISFIED' : score >= 3 ? 'NEUTRAL' : 'DISSATISFIED';
}

/**
 * Standard 客户来源. Stored as these Chinese strings (the source documents' vocabulary); the column is free
 * text so an admin-added source is not rejected, and the list only seeds selects and filters.
 */
export const CUSTOMER_SOURCES = ['网站咨询', '电话咨询', '展会', '转介绍', '广告', '其他'] as const;
export type CustomerSource = (typeof CUSTOMER_SOURCES)[number];

/** Standard 所属行业, stored as these Chinese strings like the sources. */
export const CUSTOMER_INDUSTRIES = ['制造业', '零售业', '服务业', 'IT/互联网', '金融', '教育', '医疗', '建筑', '物流', '其他'] as const;
export type CustomerIndustry = (typeof CUSTOMER_INDUSTRIES)[number];
/** Same list as CUSTOMER_INDUSTRIES (the name the API used first). */
export const INDUSTRIES = CUSTOMER_INDUSTRIES;

/** Type guard for any of the enum objects above: isEnumValue(CustomerGrade, x). */
export function isEnumValue<T extends Record<string, string>>(enumObject: T, value: unknown): value is T[keyof T] {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(enumObject, value) && enumObject[value] === value;
}
