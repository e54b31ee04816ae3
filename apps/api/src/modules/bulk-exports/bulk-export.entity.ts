import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { JSONObjectScalar } from '../../graphql/scalars';
import { Node } from '../node/node.interface';
import { BulkExportFormat, BulkExportKind, BulkExportStatus } from './bulk-export.inputs';

@ObjectType({
  implements: Node,
  description:
    '批量导出: a bulk read of one list written to a file in the background. Poll it (or `node(id)`) until `status` is DONE, ' +
    'then GET `url` (a short-lived signed link; read the field again for a fresh one).',
})
@Entity('bulk_exports')
export class BulkExport {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => BulkExportKind, { description: 'Which records' })
  @Column({ type: 'varchar', length: 20 })
  kind: BulkExportKind;

  @Field(() => BulkExportFormat, { description: 'File format' })
  @Column({ type: 'varchar', length: 8 })
  format: BulkExportFormat;

  @Field(() => BulkExportStatus, { description: 'Where it is' })
  @Column({ type: 'varchar', length: 12 })
  status: BulkExportStatus;

  @Field(() => JSONObjectScalar, { description: 'The filter as given to startBulkExport' })
  @Column({ type: 'jsonb' })
  filter: Record<string, unknown>;

  /** Who started it: the data scope of the file is theirs. */
  @Column({ type: 'uuid' })
  userId: string;

  /** The API key it was started with, if any. */
  @Column({ type: 'uuid', nullable: true })
  apiKeyId: string | null;

  @Field(() => Int, { nullable: true, description: 'Records the file will hold, counted when the run starts' })
  @Column({ type: 'int', nullable: true })
  totalRows: number | null;

  @Field(() => Int, { description: 'Records written so far (progress)' })
  @Column({ type: 'int', default: 0 })
  processedRows: number;

  @Field(() => Float, { description: 'Size of the file so far, in bytes' })
  @Column({ type: 'bigint', default: 0, transformer: { to: (v: number) => v, from: (v: string | number) => Number(v) } })
  bytes: number;

  /** Where the finished file is kept (files storage: local disk or S3). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  storageKey: string | null;

  @Field({ description: 'File name the download carries' })
  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  @Field(() => String, { nullable: true, description: 'Why it FAILED' })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Field({ description: 'When it was started' })
  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When a worker began writing it' })
  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the file was complete' })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** Beaten by the worker writing it (database time); stale = the worker died and another may take it over. */
  @Column({ type: 'timestamptz', nullable: true })
  heartbeatAt: Date | null;
}
