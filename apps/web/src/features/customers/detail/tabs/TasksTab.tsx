'use client';

import { Table, Tag } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { TaskPriority, TaskStatus } from '@/gql/schema';
import { formatDateTime } from '../../format';
import { EmptyHint } from '../../ui';
import { useCustomerT } from '../../useCustomerT';

export const TasksTabFragment = graphql(`
  fragment TasksTab_customer on Customer {
    id
    tasks {
      id
      title
      dueAt
      priority
      status
      overdue
      assignee {
        id
        name
      }
    }
  }
`);

const PRIORITY_COLOR: Record<TaskPriority, string> = { LOW: 'default', NORMAL: 'blue', HIGH: 'orange', URGENT: 'red' };

/** 任务: tasks about the customer, earliest due first, overdue ones marked. */
export function TasksTab(props: { customer: FragmentType<typeof TasksTabFragment> }) {
  const customer = getFragmentData(TasksTabFragment, props.customer);
  const t = useCustomerT();
  return (
    <Table
      rowKey="id"
      size="middle"
      scroll={{ x: 560 }}
      pagination={false}
      dataSource={customer.tasks}
      locale={{ emptyText: <EmptyHint>{t('tasks.empty')}</EmptyHint> }}
      columns={[
        { title: t('tasks.title'), dataIndex: 'title' },
        {
          title: t('tasks.dueAt'),
          dataIndex: 'dueAt',
          render: (v: string, task) => (
            <>
              {formatDateTime(v)} {task.overdue ? <Tag color="red">{t('tasks.overdue')}</Tag> : null}
            </>
          ),
        },
        {
          title: t('tasks.priority'),
          dataIndex: 'priority',
          render: (v: TaskPriority) => <Tag color={PRIORITY_COLOR[v]}>{t(`tasks.priorities.${v}`)}</Tag>,
        },
        { title: t('tasks.status'), dataIndex: 'status', render: (v: TaskStatus) => t(`tasks.statuses.${v}`) },
        { title: t('tasks.assignee'), key: 'assignee', render: (_, task) => task.assignee.name },
      ]}
    />
  );
}
