import { Field, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { MoneyScalar } from '../../graphql/scalars';
import { Product } from './product.entity';

@InputType({ description: 'A new product' })
export class CreateProductInput {
  @Field({ description: '商品名称 (1–100 characters)' })
  name: string;

  @Field({ description: '商品编码 (1–40 characters, unique)' })
  code: string;

  @Field(() => String, { nullable: true, description: '单位 (default 件)' })
  unit?: string | null;

  @Field(() => MoneyScalar, { description: '标准价格 (≥ 0)' })
  listPrice: string;

  @Field(() => String, { nullable: true, description: '备注' })
  remark?: string | null;
}

@InputType({ description: 'Changes to a product; omitted fields stay' })
export class UpdateProductInput {
  @Field(() => String, { nullable: true, description: '商品名称' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: '商品编码' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: '单位' })
  unit?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: '标准价格' })
  listPrice?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false retires the product from new contract lines' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: '备注' })
  remark?: string | null;
}

@InputType({ description: 'Filters of the product list' })
export class ProductFilter {
  @Field(() => String, { nullable: true, description: 'Name or code contains this text' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or retired (false) products' })
  active?: boolean | null;
}

@ObjectType({ description: 'A page of products, by name' })
export class ProductConnection extends Connection(Product, 'Product') {}
