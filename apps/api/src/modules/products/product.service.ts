import { hydrate, selectColumns } from '../../db/rows';
import { SqlParams } from '../../db/sql';
import { decodeCursor, keysetDirection, pageWindow, toConnection } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { badInput, conflict, notFound, staleVersion, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { defineLoader } from '../../graphql/loaders';
import { requireUser } from '../access/current-user';
import { assertCan } from '../access/permissions';
import { text } from '../customers/customer.validation';
import { money, rowsById } from '../contracts/deal-common';
import { Product } from './product.entity';
import type { CreateProductInput, ProductConnection, ProductFilter, UpdateProductInput } from './product.inputs';

export const productById = defineLoader((ctx: Context) => rowsById(ctx, Product, 'products', 'p'));

function clean(input: CreateProductInput | UpdateProductInput, partial: boolean) {
  return {
    name: text('input.name', input.name, { max: 100, label: '商品名称', required: !partial || input.name !== undefined }),
    code: text('input.code', input.code, { max: 40, label: '商品编码', required: !partial || input.code !== undefined }),
    unit: text('input.unit', input.unit, { max: 10, label: '单位' }),
    listPrice: money('input.listPrice', input.listPrice, '标准价格', {
      allowZero: true,
      required: !partial || input.listPrice !== undefined,
    }),
    remark: text('input.remark', input.remark, { max: 2000, label: '备注' }),
  };
}

function rethrowCode(err: unknown): never {
  if ((err as { constraint?: string }).constraint === 'products_code_key')
    throw conflict(msg('products.productCodeAlreadyExists'), { field: 'input.code' });
  throw err;
}

export async function createProduct(ctx: Context, input: CreateProductInput): Promise<Product> {
  assertCan(requireUser(ctx), 'product.manage');
  const v = clean(input, false);
  const now = ctx.clock.now();
  const [row] = await ctx.dataSource
    .query(
      `INSERT INTO products (name, code, unit, list_price, remark, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
      [v.name, v.code, v.unit ?? '件', v.listPrice, v.remark ?? null, now],
    )
    .catch(rethrowCode);
  return ctx.dataSource.getRepository(Product).findOneByOrFail({ id: row.id });
}

export async function updateProduct(ctx: Context, id: string, version: number, input: UpdateProductInput): Promise<Product> {
  assertCan(requireUser(ctx), 'product.manage');
  if (!isUuid(id)) throw notFound('商品', id);
  const v = clean(input, true);
  if (input.unit === null) throw badInput('input.unit', msg('products.unitRequired'));
  if (input.active === null) throw badInput('input.active', msg('products.activeRequired'));
  const set = Object.fromEntries(Object.entries({ ...v, active: input.active }).filter(([, x]) => x !== undefined));
  const existing = await ctx.dataSource.getRepository(Product).findOneBy({ id });
  if (!existing) throw notFound('商品', id);
  const result = await ctx.dataSource
    .createQueryBuilder()
    .update(Product)
    .set({ ...set, version: () => 'version + 1', updatedAt: ctx.clock.now() } as never)
    .where('id = :id AND version = :version', { id, version })
    .execute()
    .catch(rethrowCode);
  if (!result.affected) throw staleVersion('商品', existing.version);
  return ctx.dataSource.getRepository(Product).findOneByOrFail({ id });
}

/** `products(filter, first/after or last/before)`: by name; every signed-in user may read the catalogue. */
export async function listProducts(
  ctx: Context,
  Conn: new () => ProductConnection,
  args: { filter?: ProductFilter | null; first?: number | null; after?: string | null; last?: number | null; before?: string | null },
): Promise<ProductConnection> {
  requireUser(ctx);
  const window = pageWindow(args);
  const { limit, cursor, cursorField } = window;
  const { op, order } = keysetDirection(window, 'ASC');
  const params = new SqlParams();
  const where = ['TRUE'];
  const f = args.filter ?? {};
  if (f.active !== null && f.active !== undefined) where.push(`p.active = ${params.p(f.active)}`);
  if (f.search?.trim()) {
    const like = params.p(
      `%${f.search
        .trim()
        .toLowerCase()
        .replace(/[\\%_]/g, (m) => '\\' + m)}%`,
    );
    where.push(`(lower(p.name) LIKE ${like} OR lower(p.code) LIKE ${like})`);
  }
  const countParams = [...params.values];
  let keyset = '';
  if (cursor) {
    const [name, pid] = decodeCursor(cursor, 2, cursorField);
    if (!isUuid(pid)) throw badInput(cursorField, msg('products.invalidCursor'));
    keyset = ` AND (p.name, p.id) ${op} (${params.p(name)}::text, ${params.p(pid)}::uuid)`;
  }
  const rows = hydrate(
    Product,
    await ctx.dataSource.query(
      `SELECT ${selectColumns(ctx.dataSource, Product, 'p')} FROM products p WHERE ${where.join(' AND ')}${keyset} ORDER BY p.name ${order}, p.id ${order} LIMIT ${limit + 1}`,
      params.values,
    ),
  );
  return toConnection(
    Conn,
    rows,
    limit,
    (p) => [p.name, p.id],
    async () => (await ctx.dataSource.query(`SELECT count(*)::int AS n FROM products p WHERE ${where.join(' AND ')}`, countParams))[0].n,
    !!cursor,
    window.backward,
  );
}
