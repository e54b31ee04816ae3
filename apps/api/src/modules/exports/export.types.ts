import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { JSONObjectScalar } from '../../graphql/scalars';
import { ExportFormat } from './export.inputs';

@ObjectType({ description: 'A prepared export: download it from `url` before `expiresAt`' })
export class ExportLink {
  @Field(() => ID, { description: "Id of the export's audit entry" })
  id: string;

  @Field({
    description:
      'Short-lived signed download link, relative to the API origin (the host serving /graphql): GET it to receive the file ' +
      '(Content-Disposition: attachment). No Authorization header is needed; the link itself is the credential.',
  })
  url: string;

  @Field({ description: 'When the link stops working' })
  expiresAt: Date;

  @Field({ description: 'File name the download will carry' })
  fileName: string;
}

@ObjectType({ description: 'One export in the audit log (导出记录): who exported what, with which filter, how many rows' })
export class ExportAuditEntry {
  @Field(() => ID, { description: 'Audit entry id' })
  id: string;

  /** Resolved to `user` by ExportAuditResolver. */
  userId: string;

  @Field({ description: 'What was exported: CUSTOMERS, CONTRACTS, OPPORTUNITIES, RECEIPTS, or REPORT:<ReportKind>' })
  kind: string;

  @Field(() => ExportFormat, { description: 'File format' })
  format: ExportFormat;

  @Field(() => JSONObjectScalar, { description: 'The filter and options as given to createExport' })
  filter: Record<string, unknown>;

  @Field(() => Int, {
    description: 'Rows in the file: counted when the export was prepared, replaced by the rows written when it was downloaded',
  })
  rowCount: number;

  @Field({ description: 'True once the file was downloaded completely' })
  completed: boolean;

  @Field({ description: 'When the export was requested' })
  at: Date;
}

@ObjectType({ description: 'A page of the export audit log, newest first' })
export class ExportAuditConnection extends Connection(ExportAuditEntry, 'ExportAudit') {}
