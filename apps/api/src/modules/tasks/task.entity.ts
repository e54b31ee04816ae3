import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';
import { TaskPriority, TaskStatus } from './task.enums';

@ObjectType({ implements: Node, description: '任务: a to-do for one person, optionally about a customer' })
@Entity('tasks')
export class Task {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { nullable: true, description: 'Id of the customer the task is about, if any' })
  @Column({ type: 'uuid', nullable: true })
  customerId: string | null;

  @Field({ description: '标题' })
  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Field(() => String, { nullable: true, description: '描述' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'uuid' })
  assigneeId: string;

  @Column({ type: 'uuid' })
  creatorId: string;

  @Field({ description: '截止时间' })
  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Field(() => TaskPriority, { description: '优先级' })
  @Column({ type: 'varchar', length: 16 })
  priority: TaskPriority;

  @Field(() => TaskStatus, { description: '状态' })
  @Column({ type: 'varchar', length: 16 })
  status: TaskStatus;

  @Field(() => String, { nullable: true, description: '完成说明: how it was done, or why it was cancelled' })
  @Column({ type: 'text', nullable: true })
  completionNote: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was completed or cancelled' })
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Field({ description: 'When it was created' })
  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When it was last changed' })
  @Column({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Optimistic-locking version' })
  @Column({ type: 'int', default: 1 })
  version: number;
}
