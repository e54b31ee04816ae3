import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SalesPeriod, TargetSubject } from './forecast.enums';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars';
import { Node } from '../node/node.interface';

@ObjectType({
  implements: Node,
  description: '销售目标: an amount to win in one month, quarter or year, for a salesperson, a team (keyed by its manager) or the company',
})
@Entity('sales_targets')
export class SalesTarget {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => TargetSubject, { description: 'Whose target: a person, a team or the company' })
  @Column({ type: 'varchar', length: 8 })
  subject: TargetSubject;

  @Field(() => ID, { nullable: true, description: 'The salesperson (PERSON) or the team leader (TEAM); null for the company' })
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Field(() => SalesPeriod, { description: 'Length of the period' })
  @Column({ type: 'varchar', length: 8 })
  period: SalesPeriod;

  @Field(() => LocalDateScalar, { description: 'First day of the period (business calendar)' })
  @Column({ type: 'date' })
  periodStart: string;

  @Field(() => MoneyScalar, { description: '目标金额: the amount to win (won opportunities closed in the period)' })
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  amount: string;

  @Column({ type: 'uuid', nullable: true })
  setById: string | null;

  @Field({ description: 'When last set' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Changes with every set' })
  @Column({ type: 'int', default: 1 })
  version: number;
}
