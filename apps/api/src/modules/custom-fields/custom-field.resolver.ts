import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { badInput, notFound, staleVersion, msg } from '../../graphql/errors';
import { isUuid } from '../../graphql/ids';
import { requireUser } from '../access/current-user';
import { assertCan } from '../access/permissions';
import { dropCustomFieldValues } from '../customers/customer.system-writes';
import { text } from '../customers/customer.validation';
import { CustomField, CustomFieldKind } from './custom-field.entity';

@InputType({ description: 'Definition of a custom customer field' })
export class CustomFieldInput {
  @Field({ description: 'Stable key: lower-case letters, digits and underscores, starting with a letter (cannot change later)' })
  key: string;

  @Field({ description: 'Label shown in forms' })
  label: string;

  @Field(() => CustomFieldKind, { description: 'Kind of value' })
  kind: CustomFieldKind;

  @Field(() => [String], { nullable: true, description: 'Options of SELECT / MULTI_SELECT fields' })
  options?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Every customer must have a value (default false)' })
  required?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Order in forms' })
  position?: number | null;
}

@InputType({ description: 'Changes to a custom field (key and kind are fixed)' })
export class UpdateCustomFieldInput {
  @Field(() => String, { nullable: true, description: 'Label' })
  label?: string | null;

  @Field(() => [String], { nullable: true, description: 'Options (existing values that are no longer options stay until edited)' })
  options?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Required' })
  required?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Order in forms' })
  position?: number | null;
}

function cleanOptions(kind: CustomFieldKind, options: string[] | null | undefined): string[] {
  const list = [...new Set((options ?? []).map((o) => o.trim()).filter(Boolean))];
  if ((kind === 'SELECT' || kind === 'MULTI_SELECT') && list.length === 0)
    throw badInput('input.options', msg('customFields.optionsRequired'));
  if (kind !== 'SELECT' && kind !== 'MULTI_SELECT' && list.length)
    throw badInput('input.options', msg('customFields.optionsOnlySelectFields'));
  if (list.some((o) => [...o].length > 50)) throw badInput('input.options', msg('customFields.optionTooLong'));
  return list;
}

@Resolver(() => CustomField)
export class CustomFieldResolver {
  @Query(() => [CustomField], { description: 'The custom customer fields, in form order' })
  customFields(@Ctx() ctx: Context) {
    requireUser(ctx);
    return ctx.dataSource.getRepository(CustomField).find({ order: { position: 'ASC', createdAt: 'ASC' } });
  }

  @Mutation(() => CustomField, { description: 'Define a custom customer field (admins)' })
  async createCustomField(
    @Arg('input', () => CustomFieldInput, { description: 'The definition' }) input: CustomFieldInput,
    @Ctx() ctx: Context,
  ) {
    assertCan(requireUser(ctx), 'customFields.manage');
    const key = input.key.trim();
    if (!/^[a-z][a-z0-9_]{0,39}$/.test(key)) throw badInput('input.key', msg('customFields.invalidKey'));
    const repo = ctx.dataSource.getRepository(CustomField);
    if (await repo.existsBy({ key })) throw badInput('input.key', msg('customFields.keyAlreadyUsed', { key }));
    const field = repo.create({
      key,
      label: text('input.label', input.label, { max: 50, label: '字段名称', required: true })!,
      kind: input.kind,
      options: cleanOptions(input.kind, input.options),
      required: input.required ?? false,
      position: input.position ?? 0,
    });
    return repo.save(field);
  }

  @Mutation(() => CustomField, { description: 'Change a custom field (admins); a stale `version` is a CONFLICT' })
  async updateCustomField(
    @Arg('id', () => ID, { description: 'Field id' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Arg('input', () => UpdateCustomFieldInput, { description: 'Changes' }) input: UpdateCustomFieldInput,
    @Ctx() ctx: Context,
  ) {
    assertCan(requireUser(ctx), 'customFields.manage');
    const repo = ctx.dataSource.getRepository(CustomField);
    const field = isUuid(id) ? await repo.findOneBy({ id }) : null;
    if (!field) throw notFound('自定义字段', id);
    const set: Partial<CustomField> = {};
    if (input.label !== undefined) set.label = text('input.label', input.label, { max: 50, label: '字段名称', required: true })!;
    if (input.options !== undefined) set.options = cleanOptions(field.kind, input.options);
    if (input.required !== undefined && input.required !== null) set.required = input.required;
    if (input.position !== undefined && input.position !== null) set.position = input.position;
    const result = await repo
      .createQueryBuilder()
      .update()
      .set({ ...set, version: () => 'version + 1', updatedAt: ctx.clock.now() })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (!result.affected) throw staleVersion('自定义字段', field.version);
    return repo.findOneByOrFail({ id });
  }

  @Mutation(() => Boolean, { description: 'Delete a custom field and its values on every customer (admins)' })
  async deleteCustomField(@Arg('id', () => ID, { description: 'Field id' }) id: string, @Ctx() ctx: Context) {
    const user = requireUser(ctx);
    assertCan(user, 'customFields.manage');
    const field = isUuid(id) ? await ctx.dataSource.getRepository(CustomField).findOneBy({ id }) : null;
    if (!field) throw notFound('自定义字段', id);
    await ctx.dataSource.transaction(async (em) => {
      await dropCustomFieldValues(em, field.key, field.label, { actorId: user.id, at: ctx.clock.now() });
      await em.query(`DELETE FROM custom_fields WHERE id = $1`, [id]);
    });
    return true;
  }
}
