import { Field, ID, InputType } from 'type-graphql';
import { TaskPriority, TaskStatus } from './task.enums';

@InputType({ description: 'A new task' })
export class TaskInput {
  @Field({ description: '标题 (required, ≤ 100 characters)' })
  title: string;
  @Field(() => String, { nullable: true, description: '描述 (≤ 5000 characters)' })
  description?: string | null;
  @Field(() => ID, { nullable: true, description: 'The customer it is about (one you may read)' })
  customerId?: string | null;
  @Field(() => ID, { nullable: true, description: '负责人 (default: you); an active user' })
  assigneeId?: string | null;
  @Field({ description: '截止时间' })
  dueAt: Date;
  @Field(() => TaskPriority, { nullable: true, description: '优先级 (default NORMAL)' })
  priority?: TaskPriority | null;
}

@InputType({ description: 'Changes to an open task; omitted fields stay' })
export class UpdateTaskInput {
  @Field(() => String, { nullable: true, description: '标题' })
  title?: string | null;
  @Field(() => String, { nullable: true, description: '描述' })
  description?: string | null;
  @Field(() => ID, { nullable: true, description: '负责人' })
  assigneeId?: string | null;
  @Field(() => Date, { nullable: true, description: '截止时间' })
  dueAt?: Date | null;
  @Field(() => TaskPriority, { nullable: true, description: '优先级' })
  priority?: TaskPriority | null;
}

@InputType({ description: 'Which tasks to list' })
export class TaskFilter {
  @Field(() => Boolean, { nullable: true, description: '我的任务: only tasks assigned to me' })
  mine?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '已逾期: only open tasks past their due time' })
  overdue?: boolean | null;
  @Field(() => [TaskStatus], { nullable: true, description: 'Only these statuses' })
  status?: TaskStatus[] | null;
  @Field(() => ID, { nullable: true, description: 'Only tasks about this customer' })
  customerId?: string | null;
}
