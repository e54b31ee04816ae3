import { Field, ObjectType } from 'type-graphql';
import { businessDate, creditRating, gradeFor, type CustomerGrade, type GradeFactors, type GradeThresholds } from '@kehu/domain';
import type { Context } from '../../graphql/context';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars';
import { CustomerGrade as CustomerGradeEnum } from '../customers/customer.enums';
import type { Customer } from '../customers/customer.entity';
import { orderStatsByCustomer } from '../health/lifecycle.loaders';
import { receivableByCustomer } from '../payments/payment.loaders';
import { CreditRating } from './deal-settings.entity';
import { loadGradeFactors } from './grading.factors';

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
    const em = ctx.dataSource.manager;
    p = Promise.all([
      em.query(`SELECT grade_vip::text AS vip, grade_important::text AS important, grade_normal::text AS normal FROM deal_settings`),
      loadGradeFactors(em),
    ]).then(([[s], factors]) => ({ thresholds: { vip: s.vip, important: s.important, normal: s.normal }, factors }));
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
