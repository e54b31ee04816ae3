import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDateScalar } from '../../graphql/scalars';
import { Node } from '../node/node.interface';

@ObjectType({ implements: Node, description: '联系人: a person at a customer' })
@Entity('contacts')
export class Contact {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @Field({ description: '姓名' })
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field(() => String, { nullable: true, description: '职务, e.g. 采购经理' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true, description: '手机, a Chinese mobile number, stored normalised (13800138000)' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  mobile: string | null;

  @Field(() => String, { nullable: true, description: '电话, a landline such as 010-88886666 or 0755-12345678-801' })
  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: '邮箱' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '生日 (birthday reminders use it)' })
  @Column({ type: 'date', nullable: true })
  birthday: string | null;

  @Field(() => String, { nullable: true, description: '备注' })
  @Column({ type: 'text', nullable: true })
  remark: string | null;

  @Field({ description: "The customer's primary contact (首要联系人); exactly one when the customer has contacts" })
  @Column({ type: 'boolean', default: false })
  isPrimary: boolean;

  @Field({ description: 'When the contact was created' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Field({ description: 'When the contact was last changed' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Optimistic-locking version, for updateContact' })
  @Column({ type: 'int', default: 1 })
  version: number;
}
