import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({
  description:
    '合同模板: a .docx with placeholders that contracts generate their document from, and the review checklist of contracts drafted from it',
})
@Entity('contract_templates')
export class ContractTemplate {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: '模板名称, e.g. 标准销售合同' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field({ description: 'The .docx file name as uploaded' })
  @Column({ type: 'text' })
  fileName: string;

  /** The .docx bytes (never sent through GraphQL). */
  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @Field(() => Int, { description: 'Size of the .docx in bytes' })
  @Column({ type: 'int' })
  size: number;

  @Field(() => [String], { description: '审核清单: the clauses a reviewer confirms before a contract goes to approval' })
  @Column({ type: 'text', array: true })
  checklist: string[];

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field({ description: 'When uploaded' })
  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When last changed' })
  @Column({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Optimistic-locking version, for updateContractTemplate' })
  @Column({ type: 'int' })
  version: number;
}

@InputType({ description: 'A contract template' })
export class ContractTemplateInput {
  @Field(() => String, { nullable: true, description: '模板名称 (1–100 characters, unique); required on create' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'The .docx file name, e.g. 标准销售合同.docx; required with content' })
  fileName?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The .docx, base64-encoded (at most 5 MB); required on create. Placeholders in {braces}: customerName customerNumber ' +
      'customerAddress contactName contactMobile contractNumber contractTitle startDate endDate today ownerName amount ' +
      'amountInWords (大写) remark; loops {#lines}{index} {name} {unit} {quantity} {unitPrice} {amount}{/lines} and ' +
      '{#paymentPlans}{index} {dueDate} {amount} {amountInWords} {remark}{/paymentPlans}',
  })
  contentBase64?: string | null;

  @Field(() => [String], { nullable: true, description: '审核清单 (replaces the list; each item 1–200 characters, at most 50)' })
  checklist?: string[] | null;
}
