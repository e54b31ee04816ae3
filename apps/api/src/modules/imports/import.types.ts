import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { JSONObjectScalar } from '../../graphql/scalars';
import { ImportJob } from './import.entity';
import { ImportChoice, ImportRowStatus } from './import.enums';

@ObjectType({ description: 'A problem with one cell (or the whole row) of an import file' })
export class ImportCellError {
  @Field({ description: 'Column header as in the template, e.g. 客户名称; empty for the whole row' })
  column: string;

  @Field({ description: 'Why, in Chinese, e.g. 手机: 手机号码应为 11 位' })
  message: string;
}

@ObjectType({ description: 'What a row duplicates: an existing customer, or an earlier row of the same file' })
export class ImportDuplicate {
  @Field({ description: 'DATABASE (an existing customer) or FILE (an earlier row of this file)' })
  source: string;

  @Field({
    description:
      'SAME_NUMBER (the 客户编号 the row names), SAME_NAME (same normalised name), SAME_PHONE (a contact with the same phone) or SAME_FOLLOW_UP (same customer, time and content)',
  })
  reason: string;

  @Field(() => ID, { nullable: true, description: 'The existing customer (source DATABASE), or the customer of a repeated follow-up' })
  customerId: string | null;

  @Field({ description: 'Name of the existing customer or of the earlier row' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Who holds the existing customer (null = 公海 or an earlier row)' })
  ownerName: string | null;

  @Field(() => Int, { nullable: true, description: 'Row number of the earlier row (source FILE)' })
  rowNumber: number | null;

  @Field({ description: 'Whether you may update the existing customer (it is in your edit scope)' })
  canUpdate: boolean;
}

@ObjectType({ description: 'One data row of an import file: its cleaned values, problems, duplicates and what became of it' })
export class ImportRow {
  @Field(() => Int, { description: 'Row number in the file (the header is row 1, so data starts at 2)' })
  rowNumber: number;

  @Field(() => JSONObjectScalar, { description: 'The cleaned values of the row (what will be written)' })
  data: Record<string, unknown>;

  @Field(() => [ImportCellError], { description: 'Validation errors; a row with any is not imported' })
  errors: ImportCellError[];

  @Field(() => [ImportDuplicate], { description: 'Existing customers or earlier rows this row duplicates' })
  duplicates: ImportDuplicate[];

  @Field(() => ImportChoice, { nullable: true, description: 'What to do with the duplicate (null = not a duplicate, or not chosen: SKIP)' })
  choice: ImportChoice | null;

  @Field(() => [ImportChoice], { description: 'Choices allowed for this row (empty when it is not a duplicate)' })
  allowedChoices: ImportChoice[];

  @Field(() => ImportRowStatus, { description: 'What became of the row' })
  status: ImportRowStatus;

  @Field(() => String, { nullable: true, description: 'CREATE or UPDATE once done' })
  action: string | null;

  @Field(() => ID, { nullable: true, description: 'The customer created or updated' })
  customerId: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed or was skipped, in Chinese' })
  message: string | null;
}

@ObjectType({ description: 'A page of import rows, in file order' })
export class ImportRowConnection extends Connection(ImportRow, 'ImportRow') {}

@ObjectType({ description: 'A page of imports, newest first' })
export class ImportJobConnection extends Connection(ImportJob, 'ImportJob') {}

@ObjectType({ description: 'An import template: an .xlsx file with the columns and drop-down lists of the current settings' })
export class ImportTemplate {
  @Field({ description: 'Suggested file name, e.g. 客户导入模板.xlsx' })
  fileName: string;

  @Field({ description: 'MIME type of the file' })
  contentType: string;

  @Field({ description: 'The file, base64-encoded' })
  contentBase64: string;

  @Field(() => [String], { description: 'Column headers in order (a * marks a required column)' })
  columns: string[];
}

@InputType({ description: 'The choice for one duplicate row' })
export class ImportChoiceInput {
  @Field(() => Int, { description: 'Row number as in the preview' })
  rowNumber: number;

  @Field(() => ImportChoice, { description: 'SKIP, UPDATE or IMPORT (must be among the row’s allowedChoices)' })
  choice: ImportChoice;
}
