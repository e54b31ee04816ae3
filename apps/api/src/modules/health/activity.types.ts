import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars';
import { CustomerActivityEnum } from './activity.settings';
import type { CustomerActivity } from '@kehu/domain';

@ObjectType({ description: '活跃度 with its reason: what the last contacts were and which thresholds apply' })
export class CustomerActivityInfo {
  @Field(() => CustomerActivityEnum, { description: '活跃 / 沉睡 / 流失' })
  activity: CustomerActivity;

  @Field(() => Int, { description: 'Whole days since the last contact of any kind (or since creation when there was none)' })
  idleDays: number;

  @Field(() => Int, { nullable: true, description: 'Whole days since the last follow-up or recorded visit; null when there was none' })
  daysSinceInteraction: number | null;

  @Field(() => Date, { nullable: true, description: 'Latest follow-up' })
  lastFollowUpAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Latest recorded visit' })
  lastVisitAt: Date | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Latest signed contract (下单) date' })
  lastOrderDate: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Latest receipt (回款) date' })
  lastReceiptDate: string | null;

  @Field(() => Int, { description: 'This grade turns 沉睡 after this many idle days' })
  dormantDays: number;

  @Field(() => Int, { description: 'This grade turns 流失 after this many idle days' })
  churnedDays: number;

  @Field({ description: 'Why, in Chinese, e.g. "45 天无跟进, 上次下单 2026-08-03"' })
  reason: string;

  @Field({ description: 'Why, in English' })
  reasonEn: string;
}
