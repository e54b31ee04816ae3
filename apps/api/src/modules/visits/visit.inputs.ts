import { Field, ID, InputType, Int } from 'type-graphql';
import { VisitScoreInput } from './satisfaction';
import { Satisfaction, VisitMethod, VisitStatus, VisitType } from './visit.enums';

@InputType({ description: 'A return visit to plan' })
export class PlanVisitInput {
  @Field(() => VisitType, { description: '回访类型' })
  type: VisitType;
  @Field({ description: '计划回访时间' })
  plannedAt: Date;
  @Field({ description: '回访主题 (required, ≤ 200 characters)' })
  topic: string;
  @Field(() => ID, { nullable: true, description: '回访负责人 (default: you); an active user' })
  ownerId?: string | null;
}

@InputType({ description: 'How a return visit went' })
export class RecordVisitInput {
  @Field(() => Date, { nullable: true, description: '实际回访时间 (default: now); not in the future' })
  actualAt?: Date | null;
  @Field(() => VisitMethod, { description: '回访方式' })
  method: VisitMethod;
  @Field({ description: '回访内容 (required)' })
  content: string;
  @Field(() => String, { nullable: true, description: '客户反馈' })
  feedback?: string | null;
  @Field(() => Int, { nullable: true, description: '总体满意度 1–5 (required unless the deprecated `satisfaction` is given)' })
  overallScore?: number | null;
  @Field(() => [VisitScoreInput], {
    nullable: true,
    description: '分维度评分: 1–5 on the active dimensions (satisfactionDimensions), each at most once; one left out is not scored',
  })
  scores?: VisitScoreInput[] | null;
  @Field(() => Satisfaction, {
    nullable: true,
    deprecationReason: 'Use overallScore (1–5); read as 5 / 4 / 3 / 2 when overallScore is not given',
    description: '满意度 (4-level, old clients)',
  })
  satisfaction?: Satisfaction | null;
  @Field(() => String, { nullable: true, description: '发现的问题' })
  problems?: string | null;
  @Field(() => String, { nullable: true, description: '后续措施' })
  actions?: string | null;
}

@InputType({ description: 'Which visits to list' })
export class VisitFilter {
  @Field(() => [VisitStatus], { nullable: true, description: 'Only these statuses (any of them)' })
  status?: VisitStatus[] | null;
  @Field(() => ID, { nullable: true, description: '回访负责人: only visits this user owns' })
  ownerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only visits to this customer' })
  customerId?: string | null;
  @Field(() => Date, { nullable: true, description: 'Planned on or after this time' })
  plannedFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Planned before this time' })
  plannedTo?: Date | null;
}
