import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { FollowUpMethod } from './follow-up.enums';
import { Node } from '../node/node.interface';

@ObjectType({ implements: Node, description: '跟进记录: one conversation with a customer, and what comes next. Kept forever.' })
@Entity('follow_ups')
export class FollowUp {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the opportunity the conversation was about, if any' })
  @Column({ type: 'uuid', nullable: true })
  opportunityId: string | null;

  @Column({ type: 'uuid' })
  authorId: string;

  @Field({ description: '跟进时间, to the minute' })
  @Column({ type: 'timestamptz' })
  at: Date;

  @Field(() => FollowUpMethod, { description: '跟进方式' })
  @Column({ type: 'varchar', length: 16 })
  method: FollowUpMethod;

  @Field(() => String, { nullable: true, description: '主题' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  subject: string | null;

  @Field({ description: '跟进内容' })
  @Column({ type: 'text' })
  content: string;

  @Field(() => String, { nullable: true, description: '客户反馈' })
  @Column({ type: 'text', nullable: true })
  feedback: string | null;

  @Field(() => Date, { nullable: true, description: '下次跟进时间' })
  @Column({ type: 'timestamptz', nullable: true })
  nextAt: Date | null;

  @Field(() => String, { nullable: true, description: '下次跟进计划' })
  @Column({ type: 'text', nullable: true })
  nextPlan: string | null;

  @Field({ description: 'Remind the author before the next follow-up time' })
  @Column({ type: 'boolean', default: true })
  remind: boolean;

  @Field({ description: 'When the record was written' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Field({ description: 'When the record was last edited' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Optimistic-locking version, for updateFollowUp' })
  @Column({ type: 'int', default: 1 })
  version: number;
}
