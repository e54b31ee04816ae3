import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { BidirectionalPageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { Product } from './product.entity';
import { CreateProductInput, ProductConnection, ProductFilter, UpdateProductInput } from './product.inputs';
import * as products from './product.service';

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => ProductConnection, { description: '商品列表: the product catalogue, by name' })
  products(
    @Arg('filter', () => ProductFilter, { nullable: true, description: 'Filters; all given must match' }) filter: ProductFilter | null,
    @Args() page: BidirectionalPageArgs,
    @Ctx() ctx: Context,
  ) {
    return products.listProducts(ctx, ProductConnection, { filter, ...page });
  }

  @Mutation(() => Product, { description: '新建商品 (admins); a duplicate code is a CONFLICT' })
  createProduct(@Arg('input', () => CreateProductInput, { description: 'The product' }) input: CreateProductInput, @Ctx() ctx: Context) {
    return products.createProduct(ctx, input);
  }

  @Mutation(() => Product, { description: 'Edit or retire a product (admins); a stale `version` is a CONFLICT' })
  updateProduct(
    @Arg('id', () => ID, { description: 'Product id' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Arg('input', () => UpdateProductInput, { description: 'Fields to change' }) input: UpdateProductInput,
    @Ctx() ctx: Context,
  ) {
    return products.updateProduct(ctx, id, version, input);
  }
}
