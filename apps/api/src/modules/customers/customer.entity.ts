import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { JSONObjectScalar, LocalDateScalar } from '../../graphql/scalars';
import { CustomerGrade, CustomerStatus, CustomerType } from './customer.enums';
import { Node } from '../node/node.interface';

@ObjectType({
  implements: Node,
  description: '客户: a company (or person) the sales team works with. Relations are fields resolved on demand.',
})
@Entity('customers')
export class Customer {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({
    description:
      '客户编号: assigned by the system on creation from the pattern in the deal settings, e.g. KH-2026-000123; unique and never reused',
  })
  @Column({ type: 'varchar', length: 40, insert: false, update: false })
  number: string;

  @Field({ description: 'Full legal name, e.g. 北京华信科技有限公司; unique after normalisation' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Normalised name: the duplicate key. */
  @Column({ type: 'varchar', length: 200 })
  nameKey: string;

  @Field(() => CustomerType, { description: '客户类型' })
  @Column({ type: 'varchar', length: 16 })
  type: CustomerType;

  @Field(() => CustomerGrade, { description: '客户等级' })
  @Column({ type: 'varchar', length: 16 })
  grade: CustomerGrade;

  @Field({ description: 'True when the grade was set by hand and automatic grading leaves it alone' })
  @Column({ type: 'boolean', default: false })
  gradePinned: boolean;

  @Field(() => String, { nullable: true, description: '客户来源, e.g. 网站咨询, 电话咨询, 展会, 转介绍' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  source: string | null;

  @Field(() => String, { nullable: true, description: '所属行业, e.g. 制造业, 零售业, 服务业, IT/互联网' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  industry: string | null;

  @Field(() => String, { nullable: true, description: '省份, e.g. 广东省' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  province: string | null;

  @Field(() => String, { nullable: true, description: '城市, e.g. 深圳市' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true, description: 'Street address' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true, description: 'Company email' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Company website' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  website: string | null;

  /** The salesperson who holds the customer; null = in the public pool (公海). */
  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @Field(() => Date, { nullable: true, description: 'When the current owner got the customer' })
  @Column({ type: 'timestamptz', nullable: true })
  assignedAt: Date | null;

  @Field(() => CustomerStatus, { description: 'ACTIVE or DEACTIVATED' })
  @Column({ type: 'varchar', length: 16 })
  status: CustomerStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: '首次接触日期' })
  @Column({ type: 'date', nullable: true })
  firstContactDate: string | null;

  @Field(() => String, { nullable: true, description: '备注' })
  @Column({ type: 'text', nullable: true })
  remark: string | null;

  @Field(() => JSONObjectScalar, { description: 'Values of the admin-defined custom fields, keyed by field key' })
  @Column({ type: 'jsonb', default: {} })
  customFields: Record<string, unknown>;

  @Field(() => Date, { nullable: true, description: 'Time of the latest follow-up' })
  @Column({ type: 'timestamptz', nullable: true })
  lastFollowUpAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Latest contact of any kind: follow-up, recorded visit, signed contract or receipt (kept by the database); activity is read from it',
  })
  @Column({ type: 'timestamptz', nullable: true })
  lastContactAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'The next planned follow-up (earliest upcoming plan)' })
  @Column({ type: 'timestamptz', nullable: true })
  nextFollowUpAt: Date | null;

  @Column({ type: 'text', default: '', select: false })
  searchText: string;

  @Column({ type: 'text', array: true, default: [], select: false })
  searchGrams: string[];

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field({ description: 'When the customer was created' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Field({ description: 'When the customer was last changed' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the customer was moved to the recycle bin (null = not deleted)' })
  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  deletedById: string | null;

  @Field(() => Int, { description: 'Optimistic-locking version: send it with updateCustomer; a stale one is a CONFLICT' })
  @Column({ type: 'int', default: 1 })
  version: number;
}
