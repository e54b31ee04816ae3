import { registerEnumType } from 'type-graphql';

export enum TaskStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(TaskStatus, {
  name: 'TaskStatus',
  description: '任务状态',
  valuesConfig: { OPEN: { description: '进行中' }, DONE: { description: '已完成' }, CANCELLED: { description: '已取消' } },
});

export enum TaskPriority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}
registerEnumType(TaskPriority, {
  name: 'TaskPriority',
  description: '优先级',
  valuesConfig: {
    LOW: { description: '低' },
    NORMAL: { description: '普通' },
    HIGH: { description: '高' },
    URGENT: { description: '紧急' },
  },
});
