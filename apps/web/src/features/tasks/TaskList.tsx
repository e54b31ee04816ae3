'use client';

import { CheckOutlined, CloseOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'next/navigation';
import { Button, Card, Checkbox, Empty, Flex, Result, Segmented, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import Link from 'next/link';
import { useState } from 'react';
import { apiErrorText } from '@/lib/apollo/errorText';
import { getFragmentData } from '@/gql';
import type { TaskPriority, TaskRow_TaskFragment, TaskStatus } from '@/gql/graphql';
import { formatBusinessTime } from '@/lib/time/businessTime';
import { useLocale } from '@/i18n/I18nProvider';
import { useAppSession } from '@/lib/auth/SessionContext';
import { useFeedback } from '@/lib/feedback/Feedback';
import { CloseTaskDialog, type CloseMode } from './CloseTaskDialog';
import { FocusedTaskQuery, TaskRowFragment, TasksQuery } from './documents';
import { TaskFormModal } from './TaskFormModal';
import { useTaskT } from './useTaskT';

type Row = TaskRow_TaskFragment;
type Scope = 'mine' | 'all';
type StatusFilter = TaskStatus | 'ALL';

const PAGE = 20;
const PRIORITY_COLOR: Record<TaskPriority, string> = { URGENT: 'red', HIGH: 'orange', NORMAL: 'blue', LOW: 'default' };
const STATUS_COLOR: Record<TaskStatus, string> = { OPEN: 'processing', DONE: 'success', CANCELLED: 'default' };

/** The API lets the assignee, the creator or an admin change an open task. */
export function mayEditTask(task: Row, user: { id: string; role: string } | undefined): boolean {
  if (!user || task.status !== 'OPEN') return false;
  return user.role === 'ADMIN' || task.assignee.id === user.id || task.creator.id === user.id;
}

const time = (iso: string) => formatBusinessTime(iso);

/** 任务: my tasks (or all I may see) by due time, with create, complete and cancel. */
export function TaskList() {
  const t = useTaskT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [scope, setScope] = useState<Scope>('mine');
  const [status, setStatus] = useState<StatusFilter>('OPEN');
  const [overdue, setOverdue] = useState(false);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Row | null>(null);
  const me = useAppSession()?.user;
  const [closing, setClosing] = useState<{ task: Row; mode: CloseMode } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const filter = {
    mine: scope === 'mine' ? true : null,
    status: status === 'ALL' ? null : [status],
    overdue: overdue ? true : null,
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(TasksQuery, { variables: { filter, first: PAGE } });
  const rows = (data?.tasks.edges ?? []).map((e) => getFragmentData(TaskRowFragment, e.node));
  // `/tasks?id=…`: a reminder points at one task; show it first, whatever the filters say.
  const focusId = useSearchParams().get('id');
  const focus = useQuery(FocusedTaskQuery, { variables: { id: focusId ?? '' }, skip: !focusId });
  const focused = focus.data ? getFragmentData(TaskRowFragment, focus.data.task) : undefined;

  async function loadMore() {
    const after = data?.tasks.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (prev, { fetchMoreResult }) => ({
          tasks: { ...fetchMoreResult.tasks, edges: [...prev.tasks.edges, ...fetchMoreResult.tasks.edges] },
        }),
      });
    } catch (e) {
      message.error(apiErrorText(e, locale));
    } finally {
      setLoadingMore(false);
    }
  }

  const columns: ColumnsType<Row> = [
    {
      key: 'title',
      title: t('columns.title'),
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Typography.Text strong delete={r.status === 'CANCELLED'}>
            {r.title}
          </Typography.Text>
          {r.description ? (
            <Typography.Text type="secondary" ellipsis={{ tooltip: r.description }} style={{ maxWidth: 360 }}>
              {r.description}
            </Typography.Text>
          ) : null}
          {r.completionNote ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.completedAt ? t('completedAt', { time: time(r.completedAt) }) : null}：{r.completionNote}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'customer',
      title: t('columns.customer'),
      responsive: ['md'],
      render: (_, r) => (r.customer ? <Link href={`/customers/${r.customer.id}`}>{r.customer.name}</Link> : '—'),
    },
    {
      key: 'assignee',
      title: t('columns.assignee'),
      responsive: ['sm'],
      render: (_, r) => (
        <Tooltip title={t('createdBy', { name: r.creator.name })}>
          <span>{r.assignee.name}</span>
        </Tooltip>
      ),
    },
    {
      key: 'dueAt',
      title: t('columns.dueAt'),
      render: (_, r) => (
        <Space size={4} wrap>
          <Typography.Text type={r.overdue ? 'danger' : undefined}>{time(r.dueAt)}</Typography.Text>
          {r.overdue ? <Tag color="red">{t('overdue')}</Tag> : null}
        </Space>
      ),
    },
    {
      key: 'priority',
      title: t('columns.priority'),
      render: (_, r) => <Tag color={PRIORITY_COLOR[r.priority]}>{t(`priority.${r.priority}`)}</Tag>,
    },
    {
      key: 'status',
      title: t('columns.status'),
      responsive: ['sm'],
      render: (_, r) => <Tag color={STATUS_COLOR[r.status]}>{t(`status.${r.status}`)}</Tag>,
    },
    {
      key: 'actions',
      title: t('columns.actions'),
      render: (_, r) =>
        r.status === 'OPEN' ? (
          <Space size={4} wrap>
            {mayEditTask(r, me) ? (
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(r)}>
                {t('edit')}
              </Button>
            ) : null}
            <Button size="small" type="primary" ghost icon={<CheckOutlined />} onClick={() => setClosing({ task: r, mode: 'complete' })}>
              {t('complete')}
            </Button>
            <Button size="small" icon={<CloseOutlined />} onClick={() => setClosing({ task: r, mode: 'cancel' })}>
              {t('cancel')}
            </Button>
          </Space>
        ) : null,
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Flex align="baseline" gap={12}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('title')}
          </Typography.Title>
          {data ? <Typography.Text type="secondary">{t('total', { count: data.tasks.totalCount })}</Typography.Text> : null}
        </Flex>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('newTask')}
        </Button>
      </Flex>
      <Card size="small">
        <Flex gap={12} wrap align="center">
          <Segmented<Scope>
            value={scope}
            onChange={setScope}
            options={[
              { value: 'mine', label: t('scope.mine') },
              { value: 'all', label: t('scope.all') },
            ]}
          />
          <Select<StatusFilter>
            value={status}
            onChange={setStatus}
            style={{ width: 120 }}
            aria-label={t('columns.status')}
            options={(['OPEN', 'DONE', 'CANCELLED', 'ALL'] as const).map((s) => ({ value: s, label: t(`statusFilter.${s}`) }))}
          />
          <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)}>
            {t('overdueOnly')}
          </Checkbox>
        </Flex>
      </Card>
      {focusId && (focused || focus.error) ? (
        <Card size="small" title={t('focused')} data-testid="focused-task" styles={{ body: { padding: focused ? 0 : undefined } }}>
          {focused ? (
            <Table<Row> rowKey="id" columns={columns} dataSource={[focused]} pagination={false} scroll={{ x: 'max-content' }} />
          ) : (
            <Typography.Text type="secondary">{t('focusedMissing')}</Typography.Text>
          )}
        </Card>
      ) : null}
      {error && !data ? (
        <Card>
          <Result
            status="error"
            title={t('loadFailed')}
            subTitle={apiErrorText(error, locale)}
            extra={<Button onClick={() => void refetch().catch(() => undefined)}>{t('retry')}</Button>}
          />
        </Card>
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<Row>
            rowKey="id"
            data-testid="task-table"
            columns={columns}
            dataSource={rows}
            loading={loading && !data}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: loading ? (
                ' '
              ) : (
                <Empty
                  description={
                    <Flex vertical gap={4}>
                      <span>{t('empty')}</span>
                      <Typography.Text type="secondary">{t('emptyHint')}</Typography.Text>
                    </Flex>
                  }
                />
              ),
            }}
          />
          {data?.tasks.pageInfo.hasNextPage ? (
            <div style={{ padding: 12 }}>
              <Button block onClick={() => void loadMore()} loading={loadingMore}>
                {t('loadMore')}
              </Button>
            </div>
          ) : null}
        </Card>
      )}
      <TaskFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          void refetch().catch(() => undefined);
        }}
      />
      <TaskFormModal
        key={editing?.id ?? 'none'}
        open={!!editing}
        task={editing}
        onClose={() => setEditing(null)}
        onCreated={() => {
          setEditing(null);
          if (focusId) void focus.refetch().catch(() => undefined);
        }}
      />
      <CloseTaskDialog
        task={closing?.task ?? null}
        mode={closing?.mode ?? 'complete'}
        onClose={() => setClosing(null)}
        onDone={() => {
          setClosing(null);
          void refetch().catch(() => undefined);
          if (focusId) void focus.refetch().catch(() => undefined);
        }}
      />
    </Flex>
  );
}
