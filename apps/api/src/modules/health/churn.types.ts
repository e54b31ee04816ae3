import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Customer } from '../customers/customer.entity';
import { CHURN_CAUSES, type ChurnCause } from './churn';

export const ChurnCauseEnum = Object.fromEntries(CHURN_CAUSES.map((c) => [c, c])) as { [K in ChurnCause]: K };
registerEnumType(ChurnCauseEnum, {
  name: 'ChurnCause',
  description: '流失风险的原因',
  valuesConfig: {
    DORMANT: { description: '沉睡: a VIP or 重要 customer without contact for its dormant threshold' },
    SATISFACTION_DROP: { description: '满意度下降: the last visit scored below the one before by the set margin' },
    OVERDUE: { description: '回款逾期: a payment plan unpaid the set days after its due date' },
  },
});

@ObjectType({ description: 'One cause of a churn risk' })
export class ChurnRiskCause {
  @Field(() => ChurnCauseEnum, { description: 'Which cause' })
  cause: ChurnCause;

  @Field({ description: 'When the cause began (the warning is sent once per cause and moment)' })
  since: Date;

  @Field({ description: 'The cause in words (Chinese), e.g. "45 天无往来 (沉睡)"' })
  text: string;

  @Field({ description: 'The figure behind it: idle days, the scores "4.0→2.0", or "due-date outstanding"' })
  detail: string;
}

@ObjectType({ description: '流失风险: a customer at risk and why' })
export class ChurnRisk {
  @Field(() => Customer, { description: 'The customer' })
  customer: Customer;

  @Field(() => [ChurnRiskCause], { description: 'Its causes in force' })
  causes: ChurnRiskCause[];
}

@ObjectType({ description: 'The customers at risk that you may see, VIP first, longest-standing first' })
export class ChurnRiskList {
  @Field(() => Int, { description: 'How many customers are at risk' })
  totalCount: number;

  @Field(() => [ChurnRisk], { description: 'The first of them' })
  items: ChurnRisk[];
}
