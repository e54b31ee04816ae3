import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../node/node.interface';
import { VisitMethod, VisitType } from './visit.enums';

@ObjectType({ implements: Node, description: '回访: a planned return visit to a customer, and once recorded, how it went' })
@Entity('visits')
export class Visit {
  @Field(() => ID, { description: 'Unique id' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @Field(() => VisitType, { description: '回访类型' })
  @Column({ type: 'varchar', length: 16 })
  type: VisitType;

  @Field({ description: '计划回访时间' })
  @Column({ type: 'timestamptz' })
  plannedAt: Date;

  @Field({ description: '回访主题' })
  @Column({ type: 'varchar', length: 200 })
  topic: string;

  @Column({ type: 'uuid' })
  ownerId: string;

  @Column({ type: 'uuid' })
  createdById: string;

  @Field(() => Date, { nullable: true, description: '实际回访时间; null while only planned' })
  @Column({ type: 'timestamptz', nullable: true })
  actualAt: Date | null;

  @Field(() => VisitMethod, { nullable: true, description: '回访方式' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  method: VisitMethod | null;

  @Field(() => String, { nullable: true, description: '回访内容' })
  @Column({ type: 'text', nullable: true })
  content: string | null;

  @Field(() => String, { nullable: true, description: '客户反馈' })
  @Column({ type: 'text', nullable: true })
  feedback: string | null;

  @Field(() => Int, { nullable: true, description: '总体满意度 1–5 (5 = 非常满意); null while only planned' })
  @Column({ type: 'smallint', nullable: true })
  overallScore: number | null;

  @Field(() => String, { nullable: true, description: '发现的问题' })
  @Column({ type: 'text', nullable: true })
  problems: string | null;

  @Field(() => String, { nullable: true, description: '后续措施' })
  @Column({ type: 'text', nullable: true })
  actions: string | null;

  @Field({ description: 'When it was planned' })
  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Field({ description: 'When it was last changed' })
  @Column({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Optimistic-locking version' })
  @Column({ type: 'int', default: 1 })
  version: number;
}
