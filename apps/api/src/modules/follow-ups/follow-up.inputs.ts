import { Field, ID, InputType } from 'type-graphql';
import { FollowUpMethod } from './follow-up.enums';

@InputType({ description: 'A follow-up record' })
export class FollowUpInput {
  @Field(() => Date, { nullable: true, description: '跟进时间 (default: now); not in the future' })
  at?: Date | null;

  @Field(() => FollowUpMethod, { description: '跟进方式' })
  method: FollowUpMethod;

  @Field(() => String, { nullable: true, description: '主题 (≤ 100 characters)' })
  subject?: string | null;

  @Field({ description: '跟进内容 (required, ≤ 5000 characters)' })
  content: string;

  @Field(() => String, { nullable: true, description: '客户反馈' })
  feedback?: string | null;

  @Field(() => Date, { nullable: true, description: '下次跟进时间: after the follow-up time' })
  nextAt?: Date | null;

  @Field(() => String, { nullable: true, description: '下次跟进计划' })
  nextPlan?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Remind me before the next follow-up (default true)' })
  remind?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'The contact spoken to (a contact of this customer)' })
  contactId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The opportunity discussed (of this customer)' })
  opportunityId?: string | null;
}

@InputType({ description: 'Changes to a follow-up record; omitted fields stay' })
export class UpdateFollowUpInput {
  @Field(() => Date, { nullable: true, description: '跟进时间' })
  at?: Date | null;

  @Field(() => FollowUpMethod, { nullable: true, description: '跟进方式' })
  method?: FollowUpMethod | null;

  @Field(() => String, { nullable: true, description: '主题' })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: '跟进内容' })
  content?: string | null;

  @Field(() => String, { nullable: true, description: '客户反馈' })
  feedback?: string | null;

  @Field(() => Date, { nullable: true, description: '下次跟进时间 (null clears it)' })
  nextAt?: Date | null;

  @Field(() => String, { nullable: true, description: '下次跟进计划' })
  nextPlan?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Remind before the next follow-up' })
  remind?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'The contact spoken to' })
  contactId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The opportunity discussed (of this customer; null unlinks it)' })
  opportunityId?: string | null;
}
