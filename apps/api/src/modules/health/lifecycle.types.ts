import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  CUSTOMER_LIFECYCLES,
  ENUM_LABELS,
  PURCHASE_TRENDS,
  type CustomerActivity,
  type CustomerLifecycle,
  type PurchaseTrend,
} from '@kehu/domain';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars';
import { CustomerActivityEnum } from './activity.settings';

export const CustomerLifecycleEnum = Object.fromEntries(CUSTOMER_LIFECYCLES.map((v) => [v, v])) as {
  [K in CustomerLifecycle]: K;
};
registerEnumType(CustomerLifecycleEnum, {
  name: 'CustomerLifecycle',
  description:
    '客户生命周期, by the rule (first match): 流失 -> 离开期; never ordered -> 获取期; 沉睡 -> 衰退期; ' +
    '12-month amount down 20% or more on the year before (or no order for 24 months) -> 衰退期; first order under 90 days ago -> 获取期; ' +
    'up 20% or more -> 提升期; otherwise 成熟期',
  valuesConfig: Object.fromEntries(
    CUSTOMER_LIFECYCLES.map((v) => [
      v,
      { description: `${ENUM_LABELS.CustomerLifecycle[v]['zh-CN']} (${ENUM_LABELS.CustomerLifecycle[v].en})` },
    ]),
  ),
});

export const PurchaseTrendEnum = Object.fromEntries(PURCHASE_TRENDS.map((v) => [v, v])) as { [K in PurchaseTrend]: K };
registerEnumType(PurchaseTrendEnum, {
  name: 'PurchaseTrend',
  description: "The last 12 months' signed amount against the 12 months before (±20%)",
  valuesConfig: {
    NONE: { description: '无下单: nothing signed in either year' },
    RISING: { description: '上升: at least 20% more (or the first year with orders)' },
    STEADY: { description: '平稳: within ±20%' },
    FALLING: { description: '下降: at least 20% less' },
  },
});

@ObjectType({ description: '生命周期 with its reason: the facts the rule read and the stage they gave' })
export class CustomerLifecycleInfo {
  @Field(() => CustomerLifecycleEnum, { description: '获取期 / 提升期 / 成熟期 / 衰退期 / 离开期' })
  lifecycle: CustomerLifecycle;

  @Field(() => CustomerActivityEnum, { description: 'The activity the rule read' })
  activity: CustomerActivity;

  @Field(() => PurchaseTrendEnum, { description: 'The 12-month purchase trend' })
  trend: PurchaseTrend;

  @Field(() => LocalDateScalar, { nullable: true, description: 'First signed order (business date); null when never ordered' })
  firstOrderDate: string | null;

  @Field(() => Int, { nullable: true, description: 'Whole days since the first order (tenure); null when never ordered' })
  tenureDays: number | null;

  @Field(() => MoneyScalar, { description: 'Signed amount of the last 12 months' })
  amount12m: string;

  @Field(() => MoneyScalar, { description: 'Signed amount of the 12 months before those' })
  amountPrev12m: string;

  @Field({ description: 'Why, in Chinese, e.g. "近 12 个月下单 ¥20,000.00, 上一年 ¥100,000.00 (下降 80%)"' })
  reason: string;

  @Field({ description: 'Why, in English' })
  reasonEn: string;
}
