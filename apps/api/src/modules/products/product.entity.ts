import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';
import { MoneyScalar } from '../../graphql/scalars';

@ObjectType({
  implements: Node,
  description: '商品: a product or service the company sells, picked on contract lines; maintained by admins',
})
@Entity('products')
export class Product {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: '商品名称' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field({ description: '商品编码, unique (case-insensitive)' })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Field({ description: '单位, e.g. 套, 台, 年' })
  @Column({ type: 'varchar', length: 10 })
  unit: string;

  @Field(() => MoneyScalar, { description: '标准价格: the default unit price on a contract line' })
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  listPrice: string;

  @Field({ description: 'Whether the product can be picked on new contract lines' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => String, { nullable: true, description: '备注' })
  @Column({ type: 'text', nullable: true })
  remark: string | null;

  @Field({ description: 'When the product was created' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Field({ description: 'When the product was last changed' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Optimistic-locking version, for updateProduct' })
  @Column({ type: 'int', default: 1 })
  version: number;
}
