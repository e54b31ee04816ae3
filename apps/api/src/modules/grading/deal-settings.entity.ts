import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CreditRating } from '@kehu/domain';
import { MoneyScalar } from '../../graphql/scalars';

export { CreditRating };
registerEnumType(CreditRating, {
  name: 'CreditRating',
  description: '信用评级 from the longest overdue days of unpaid payment plans',
  valuesConfig: {
    A: { description: 'A: nothing overdue' },
    B: { description: 'B: overdue up to 30 days' },
    C: { description: 'C: overdue more than 30 days' },
  },
});

@ObjectType({ description: 'Admin settings of deals: the contract and customer number patterns and the grading thresholds' })
@Entity('deal_settings')
export class DealSettings {
  @PrimaryColumn({ type: 'boolean' })
  id: boolean;

  @Field({
    description:
      '合同编号规则, e.g. HT-{YYYY}-{SEQ4}; tokens {YYYY} {YY} {MM} {DD} and one {SEQn} (n digits, restarting per rendered prefix)',
  })
  @Column({ type: 'varchar', length: 40 })
  contractNumberPattern: string;

  @Field({
    description:
      '客户编号规则, e.g. KH-{YYYY}-{SEQ6}; same tokens as the contract pattern. Applies to customers created from now on; numbers already given stay',
  })
  @Column({ type: 'varchar', length: 40 })
  customerNumberPattern: string;

  @Field(() => MoneyScalar, { description: 'VIP: signed amount in the last 12 months above this' })
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  gradeVip: string;

  @Field(() => MoneyScalar, { description: 'IMPORTANT: at least this (up to the VIP threshold)' })
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  gradeImportant: string;

  @Field(() => MoneyScalar, { description: 'NORMAL: at least this; below it POTENTIAL' })
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  gradeNormal: string;

  @Field({ description: 'When last changed' })
  @Column({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @Field(() => Int, { description: 'Optimistic-locking version, for updateDealSettings' })
  @Column({ type: 'int' })
  version: number;
}

@InputType({ description: 'Changes to the deal settings; omitted fields stay' })
export class DealSettingsInput {
  @Field(() => String, { nullable: true, description: '合同编号规则, needs exactly one {SEQn}' })
  contractNumberPattern?: string | null;

  @Field(() => String, { nullable: true, description: '客户编号规则, needs exactly one {SEQn}' })
  customerNumberPattern?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'VIP threshold (> important)' })
  gradeVip?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'IMPORTANT threshold (> normal)' })
  gradeImportant?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'NORMAL threshold (> 0)' })
  gradeNormal?: string | null;
}
