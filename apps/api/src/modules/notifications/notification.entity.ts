import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Locale, NoticeContent } from '@kehu/domain';
import { Node } from '../node/node.interface';
import { ReminderKind, SubjectType } from './notification.enums';

@ObjectType({ implements: Node, description: '通知: a reminder or event for one user, in the inbox and pushed live (notificationAdded)' })
@Entity('notifications')
export class Notification {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  recipientId: string;

  @Field(() => ReminderKind, { description: '提醒类型' })
  @Column({ type: 'varchar', length: 32 })
  kind: ReminderKind;

  /** The Chinese text as written (rows from before issue 15 have only this); `title` in GraphQL is rendered per reader. */
  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** The Chinese text as written; `body` in GraphQL is rendered per reader. */
  @Column({ type: 'text', default: '' })
  body: string;

  /** Title and body as message keys + parameters (null on rows whose old text could not be read back). */
  @Column({ type: 'jsonb', nullable: true })
  content: NoticeContent | null;

  /** Set when the reader's language is known better than the context's (the live subscription re-reads it). */
  readerLocale?: Locale;

  @Field(() => SubjectType, { description: 'The kind of record it is about' })
  @Column({ type: 'varchar', length: 20 })
  subjectType: SubjectType;

  @Field(() => ID, { description: 'Id of the record it is about' })
  @Column({ type: 'uuid' })
  subjectId: string;

  @Field(() => ID, { nullable: true, description: 'The customer the record belongs to, if any (for navigation)' })
  @Column({ type: 'uuid', nullable: true })
  customerId: string | null;

  @Field({ description: 'The moment the thing is due (follow-up time, birthday 00:00, contract end date…)' })
  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Field({ description: 'When the notification was created' })
  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the recipient marked it read; null = unread' })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
