import { ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { Task } from './task.entity';

@ObjectType({ description: 'A page of tasks, earliest due first' })
export class TaskConnection extends Connection(Task, 'Task') {}
