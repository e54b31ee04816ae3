import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';
import { JSONObjectScalar } from '../../graphql/scalars';
import { ImportJobStatus, ImportKind } from './import.enums';

@ObjectType({
  implements: Node,
  description: '导入任务: one uploaded file, its preview (rows with errors and duplicates), the run and its summary',
})
@Entity('import_jobs')
export class ImportJob {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ImportKind, { description: 'What the file holds' })
  @Column({ type: 'varchar', length: 16 })
  kind: ImportKind;

  @Field({ description: 'Name of the uploaded file' })
  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  @Field({ description: 'How the file was read: XLSX, UTF-8 or GBK (CSV)' })
  @Column({ type: 'varchar', length: 16 })
  encoding: string;

  @Field(() => ImportJobStatus, { description: 'Where the import is' })
  @Column({ type: 'varchar', length: 16 })
  status: ImportJobStatus;

  @Column({ type: 'uuid' })
  createdById: string;

  /** The owner chosen for created customers; null = the importer. */
  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @Field(() => Int, { description: 'Data rows in the file' })
  @Column({ type: 'int' })
  totalRows: number;

  @Field(() => Int, { description: 'Rows with validation errors (never imported)' })
  @Column({ type: 'int' })
  errorRows: number;

  @Field(() => Int, { description: 'Valid rows that duplicate an existing record or an earlier row' })
  @Column({ type: 'int' })
  duplicateRows: number;

  @Field(() => Int, { description: 'Rows the run has finished (done, skipped or failed), including rows refused at validation' })
  @Column({ type: 'int' })
  processedRows: number;

  @Field(() => Int, { description: 'Records created' })
  @Column({ type: 'int' })
  createdCount: number;

  @Field(() => Int, { description: 'Existing records updated' })
  @Column({ type: 'int' })
  updatedCount: number;

  @Field(() => Int, { description: 'Duplicate rows skipped' })
  @Column({ type: 'int' })
  skippedCount: number;

  @Field(() => Int, { description: 'Rows not imported: invalid, or refused while writing' })
  @Column({ type: 'int' })
  failedCount: number;

  @Field(() => String, { nullable: true, description: 'The unexpected error that stopped the run, if any' })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Field(() => JSONObjectScalar, {
    nullable: true,
    description: 'After revertImport: { reverted, notReverted: [{ rowNumber, customerId, name, reason }] }',
  })
  @Column({ type: 'jsonb', nullable: true })
  revertReport: Record<string, unknown> | null;

  @Field({ description: 'When the file was uploaded' })
  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When startImport queued it' })
  @Column({ type: 'timestamptz', nullable: true })
  queuedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the worker started' })
  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the last row was finished' })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was reverted' })
  @Column({ type: 'timestamptz', nullable: true })
  revertedAt: Date | null;

  /** Beaten every few seconds by the worker running the import (database time); stale = the worker died. */
  @Column({ type: 'timestamptz', nullable: true })
  heartbeatAt: Date | null;

  @Field({ description: 'Last change of the job record (progress)' })
  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
