import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isIntrospectionType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { buildAppSchema } from './schema';

/** Every place in the schema that lacks a description, as `Type`, `Type.field`, `Type.field(arg)` or `Enum.VALUE`. */
export function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const blank = (d: string | null | undefined) => !d || !d.trim();
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing.sort();
}

describe('the schema documents itself', () => {
  it('has a description on every type, field, argument, input field and enum value', async () => {
    const missing = undocumented(await buildAppSchema());
    if (missing.length) {
      throw new Error(
        `${missing.length} schema element(s) without a description — add \`description\` to the decorator ` +
          `(@ObjectType/@InputType/@Field/@Arg, registerEnumType valuesConfig):\n  ${missing.join('\n  ')}`,
      );
    }
  });
});
