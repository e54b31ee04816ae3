import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { JSONObjectScalar } from '../../graphql/scalars';

@ObjectType({ description: "One field's change: its value before and after" })
export class FieldChange {
  @Field({ description: 'The field, e.g. name, ownerId, contact.mobile' })
  field: string;

  @Field(() => JSONObjectScalar, { nullable: true, description: 'Value before, as {"value": …} (null when the record was created)' })
  before: { value: unknown } | null;

  @Field(() => JSONObjectScalar, { nullable: true, description: 'Value after, as {"value": …} (null when the record was deleted)' })
  after: { value: unknown } | null;
}

@ObjectType({ description: 'The name of a user, record or custom field an entry mentions, for saying it in words instead of an id' })
export class ChangeLogName {
  @Field({ description: 'user, customer, contact, opportunity, contract, paymentPlan or customField' })
  kind: string;

  @Field({ description: 'The id it stands for (a custom field: its key)' })
  ref: string;

  @Field({ description: 'Its name (a custom field: its label; a contract: number and title)' })
  name: string;
}

@ObjectType({ description: '变更日志: who changed what, when, field by field' })
@Entity('change_logs')
export class ChangeLog {
  @Field(() => ID, { description: 'Unique id (increasing)' })
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'uuid', nullable: true })
  customerId: string | null;

  @Field({ description: 'Kind of record: Customer, Contact, FollowUp, …' })
  @Column({ type: 'varchar', length: 30 })
  entityType: string;

  @Field(() => ID, { description: 'Id of the record that changed' })
  @Column({ type: 'uuid' })
  entityId: string;

  @Field({ description: 'CREATE, UPDATE, DELETE, RESTORE, PURGE, MERGE, OWNER_CHANGE, CLAIM, RELEASE, RECLAIM, DEACTIVATE, REACTIVATE, …' })
  @Column({ type: 'varchar', length: 30 })
  action: string;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field({ description: 'When it happened' })
  @Column({ type: 'timestamptz' })
  at: Date;

  @Field(() => [FieldChange], { description: 'Each changed field with its old and new value' })
  @Column({ type: 'jsonb', default: [] })
  changes: FieldChange[];

  /** Why: free text (a release reason) or a keyed message stored as JSON (see change-log.note.ts); resolved in the resolver. */
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
