import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';

export const CustomFieldKind = {
  TEXT: 'TEXT',
  NUMBER: 'NUMBER',
  DATE: 'DATE',
  SELECT: 'SELECT',
  MULTI_SELECT: 'MULTI_SELECT',
} as const;
export type CustomFieldKind = (typeof CustomFieldKind)[keyof typeof CustomFieldKind];

registerEnumType(CustomFieldKind, {
  name: 'CustomFieldKind',
  description: 'What values a custom field takes',
  valuesConfig: {
    TEXT: { description: '文本: a string up to 500 characters' },
    NUMBER: { description: '数字: a finite number' },
    DATE: { description: '日期: YYYY-MM-DD' },
    SELECT: { description: '单选: one of the options' },
    MULTI_SELECT: { description: '多选: a list of distinct options' },
  },
});

@ObjectType({
  implements: Node,
  description: '自定义字段: a customer field defined by an admin; values live in Customer.customFields[key]',
})
@Entity('custom_fields')
export class CustomField {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Stable key in Customer.customFields (lower-case letters, digits, underscores)' })
  @Column({ type: 'varchar', length: 40 })
  key: string;

  @Field({ description: 'Label shown in forms, e.g. 年采购预算' })
  @Column({ type: 'varchar', length: 50 })
  label: string;

  @Field(() => CustomFieldKind, { description: 'Kind of value' })
  @Column({ type: 'varchar', length: 16 })
  kind: CustomFieldKind;

  @Field(() => [String], { description: 'Allowed values of SELECT and MULTI_SELECT fields' })
  @Column({ type: 'jsonb', default: [] })
  options: string[];

  @Field({ description: 'Whether every customer must have a value' })
  @Column({ type: 'boolean', default: false })
  required: boolean;

  @Field(() => Int, { description: 'Order in forms (ascending)' })
  @Column({ type: 'int', default: 0 })
  position: number;

  @Field({ description: 'When the field was defined' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Field({ description: 'When the definition last changed' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Optimistic-locking version, for updateCustomField' })
  @Column({ type: 'int', default: 1 })
  version: number;
}
