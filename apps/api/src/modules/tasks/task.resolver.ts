import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { Customer } from '../customers/customer.entity';
import { readableCustomerById } from '../pool/pool.loaders';
import { User } from '../users/user.entity';
import { userById } from '../users/user.loaders';
import { Task } from './task.entity';
import { TaskStatus } from './task.enums';
import { TaskFilter, TaskInput, UpdateTaskInput } from './task.inputs';
import { tasksByCustomer } from './task.loaders';
import * as tasks from './task.service';
import { TaskConnection } from './task.types';

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => TaskConnection, {
    description: '任务: tasks you may see, earliest due first; `filter: { mine: true }` = 我的任务, `overdue: true` = 已逾期',
  })
  tasks(
    @Arg('filter', () => TaskFilter, { nullable: true, description: 'Which tasks' }) filter: TaskFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return tasks.tasks(ctx, filter, page.first, page.after);
  }

  @Query(() => Task, { description: 'One task' })
  task(@Arg('id', () => ID, { description: 'Task id' }) id: string, @Ctx() ctx: Context) {
    return tasks.task(ctx, id);
  }

  @Mutation(() => Task, { description: '新建任务' })
  createTask(@Arg('input', () => TaskInput, { description: 'The task' }) input: TaskInput, @Ctx() ctx: Context) {
    return tasks.createTask(ctx, input);
  }

  @Mutation(() => Task, { description: 'Edit an open task (assignee, creator or admin); a stale `version` is a CONFLICT' })
  updateTask(
    @Arg('id', () => ID, { description: 'Task id' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Arg('input', () => UpdateTaskInput, { description: 'Changes' }) input: UpdateTaskInput,
    @Ctx() ctx: Context,
  ) {
    return tasks.updateTask(ctx, id, version, input);
  }

  @Mutation(() => Task, { description: '完成任务, with a completion note' })
  completeTask(
    @Arg('id', () => ID, { description: 'Task id' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Arg('note', () => String, { nullable: true, description: '完成说明' }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return tasks.finishTask(ctx, id, version, TaskStatus.DONE, note);
  }

  @Mutation(() => Task, { description: '取消任务, with the reason' })
  cancelTask(
    @Arg('id', () => ID, { description: 'Task id' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read' }) version: number,
    @Arg('note', () => String, { nullable: true, description: 'Why it was cancelled' }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return tasks.finishTask(ctx, id, version, TaskStatus.CANCELLED, note);
  }

  @FieldResolver(() => User, { description: '负责人' })
  assignee(@Root() t: Task, @Ctx() ctx: Context) {
    return ctx.loaders.get(userById).load(t.assigneeId);
  }

  @FieldResolver(() => User, { description: '创建人' })
  creator(@Root() t: Task, @Ctx() ctx: Context) {
    return ctx.loaders.get(userById).load(t.creatorId);
  }

  @FieldResolver(() => Customer, {
    nullable: true,
    description:
      'The customer it is about; null when you may not read that customer (an assignee outside its scope sees the task, not the customer)',
  })
  customer(@Root() t: Task, @Ctx() ctx: Context) {
    // Scoped: being assigned a task does not open the customer's data to the assignee.
    return t.customerId ? ctx.loaders.get(readableCustomerById).load(t.customerId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due time' })
  overdue(@Root() t: Task, @Ctx() ctx: Context): boolean {
    return t.status === TaskStatus.OPEN && t.dueAt.getTime() < ctx.clock.now().getTime();
  }
}

@Resolver(() => Customer)
export class CustomerTasksResolver {
  @FieldResolver(() => [Task], { description: '任务 about this customer, open ones first' })
  tasks(@Root() c: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.get(tasksByCustomer).load(c.id);
  }
}
