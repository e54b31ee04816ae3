import { Field, ObjectType } from 'type-graphql';
import {
  businessDate,
  creditRating,
  DEFAULT_GRADE_FACTORS,
  gradeFor,
  type CustomerGrade,
  type GradeFactors,
  type GradeThresholds,
} from '@kehu/domain';
import type { Context } from '../../graphql/context';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars';
import { CustomerGrade as CustomerGradeEnum } from '../customers/customer.enums';
import type { Customer } from '../customers/customer.entity';
import { orderStatsByCustomer } from '../health/lifecycle.loaders';
import { receivableByCustomer } from '../payments/payment.loaders';
import { CreditRating } from './deal-settings.entity';
import { GRADE_FACTORS_KEY } from './grading.factors';
import { preparedQuery } from '../../db/prepared';

@ObjectType({ description: '客户等级 with its reason: the facts the grading rule read, what it gives, and whether the grade is pinned' })
export class CustomerGradeInfo {
  @Field(() => CustomerGradeEnum, { description: 'The grade in force' })
  grade: CustomerGrade;
  @Field({ description: 'Set by hand: automatic grading leaves it alone' })
  pinned: boolean;
  @Field(() => CustomerGradeEnum, { description: 'What the rule in force gives (equal to grade unless pinned or not yet regraded)' })
  ruleGrade: CustomerGrade;
  @Field(() => MoneyScalar, { description: 'Signed amount of the last 12 months' })
  amount12m: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'First signed order' })
  firstOrderDate: string | null;
  @Field(() => CreditRating, { description: 'Credit rating now' })
  creditRating: CreditRating;
  @Field({ description: 'Why, in Chinese' })
  reason: string;
  @Field({ description: 'Why, in English' })
  reasonEn: string;
}

const cache = new WeakMap<Context, Promise<{ thresholds: GradeThresholds; factors: GradeFactors }>>();
/** The grading rule in force (thresholds and factors), read once per request. */
export function gradingRule(ctx: Context) {
  let p = cache.get(ctx);
  if (!p) {
    // One fixed-shape read, batched with the page's loaders (db/prepared.ts).
    p = preparedQuery<{ vip: string; important: string; normal: string; factors: Partial<GradeFactors> | null }>(
      ctx,
      `SELECT d.grade_vip::text AS vip, d.grade_important::text AS important, d.grade_normal::text AS normal,
              (SELECT s.value FROM settings s WHERE s.key = $1) AS factors
         FROM deal_settings d`,
      [GRADE_FACTORS_KEY],
    ).then(([r]) => ({
      thresholds: { vip: r.vip, important: r.important, normal: r.normal },
      factors: { ...DEFAULT_GRADE_FACTORS, ...(r.factors ?? {}) },
    }));
    cache.set(ctx, p);
  }
  return p;
}

export async function gradeInfo(c: Customer, ctx: Context): Promise<CustomerGradeInfo> {
  const [rule, stats, receivable] = await Promise.all([
    gradingRule(ctx),
    ctx.loaders.get(orderStatsByCustomer).load(c.id),
    ctx.loaders.get(receivableByCustomer).load(c.id),
  ]);
  const credit = creditRating(receivable.longestOverdueDays);
  const today = businessDate(ctx.clock.now(), ctx.config.businessTimeZone);
  const d = gradeFor({ amount12m: stats.amount12m, firstOrderDate: stats.firstOrderDate, credit, today }, rule.thresholds, rule.factors);
  return {
    grade: c.grade,
    pinned: c.gradePinned,
    ruleGrade: d.grade,
    amount12m: stats.amount12m,
    firstOrderDate: stats.firstOrderDate,
    creditRating: credit,
    reason: c.gradePinned ? `手动设置, 不自动调整 (按规则: ${d.reason})` : d.reason,
    reasonEn: c.gradePinned ? `Set by hand, kept (the rule gives: ${d.reasonEn})` : d.reasonEn,
  };
}
