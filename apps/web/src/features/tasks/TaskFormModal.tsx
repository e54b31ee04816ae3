'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { apiErrorText, showFieldError } from '@/lib/apollo/errorText';
import type { TaskPriority, TaskRow_TaskFragment } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { useFeedback } from '@/lib/feedback/Feedback';
import { CreateTaskMutation, TaskAssigneesQuery, TaskCustomerSearchQuery, UpdateTaskMutation } from './documents';
import { useTaskT } from './useTaskT';

export const PRIORITIES: TaskPriority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];
export const TITLE_MAX = 100;

interface Fields {
  title: string;
  description?: string;
  dueAt: Dayjs;
  priority: TaskPriority;
  assigneeId?: string;
  customerId?: string;
}

const FORM_FIELDS = ['title', 'description', 'dueAt', 'priority', 'assigneeId', 'customerId'] as const;

/** Tomorrow 10:00: a sensible default for a to-do. */
function defaultDue(): Dayjs {
  return dayjs().add(1, 'day').hour(10).minute(0).second(0).millisecond(0);
}

export interface TaskFormModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
  /** Edit this open task instead of creating one (its customer stays: the API does not move a task). */
  task?: TaskRow_TaskFragment | null;
}

function editValues(task: TaskRow_TaskFragment): Partial<Fields> {
  return {
    title: task.title,
    description: task.description ?? undefined,
    dueAt: dayjs(task.dueAt),
    priority: task.priority,
    assigneeId: task.assignee.id,
    customerId: task.customer?.id,
  };
}

/**
 * 新建任务: title, due time, priority, assignee (yourself by default), optional customer and description.
 * With `task`: 编辑任务, the same form filled in, saved with the version read (a stale one is a conflict).
 */
export function TaskFormModal({ open, onClose, onCreated, task }: TaskFormModalProps) {
  const t = useTaskT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<Fields>();
  const [search, setSearch] = useState('');
  const people = useQuery(TaskAssigneesQuery, { skip: !open });
  const customers = useQuery(TaskCustomerSearchQuery, { variables: { search }, skip: !open || search.trim().length === 0 });
  const [create, { loading: creating }] = useMutation(CreateTaskMutation);
  const [update, { loading: updating }] = useMutation(UpdateTaskMutation);
  const loading = creating || updating;

  async function save(values: Fields) {
    if (!task) return;
    await update({
      variables: {
        id: task.id,
        version: task.version,
        input: {
          title: values.title.trim(),
          description: values.description?.trim() || null,
          dueAt: values.dueAt.toISOString(),
          priority: values.priority,
          ...(values.assigneeId ? { assigneeId: values.assigneeId } : {}),
        },
      },
    });
    message.success(t('form.updated'));
    onCreated();
  }

  async function submit(values: Fields) {
    try {
      if (task) return await save(values);
      await create({
        variables: {
          input: {
            title: values.title.trim(),
            description: values.description?.trim() || null,
            dueAt: values.dueAt.toISOString(),
            priority: values.priority,
            assigneeId: values.assigneeId ?? null,
            customerId: values.customerId ?? null,
          },
        },
      });
      message.success(t('form.created'));
      form.resetFields();
      onCreated();
    } catch (e) {
      if (!showFieldError(form, e, locale, FORM_FIELDS)) message.error(apiErrorText(e, locale));
    }
  }

  const me = people.data?.me;
  const assignees = people.data?.users.edges.map((e) => e.node) ?? (me ? [me] : []);

  return (
    <Modal
      open={open}
      title={task ? t('form.editTitle') : t('form.title')}
      okText={task ? t('form.save') : t('form.submit')}
      cancelText={t('form.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Fields>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={task ? editValues(task) : { priority: 'NORMAL', dueAt: defaultDue() }}
        name="task"
        preserve={false}
      >
        <Form.Item
          name="title"
          label={t('form.name')}
          rules={[
            { required: true, whitespace: true, message: t('form.nameRequired') },
            { max: TITLE_MAX, message: t('form.nameTooLong') },
          ]}
        >
          <Input placeholder={t('form.namePlaceholder')} autoFocus maxLength={TITLE_MAX + 20} />
        </Form.Item>
        <Form.Item name="dueAt" label={t('form.dueAt')} rules={[{ required: true, message: t('form.dueRequired') }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="priority" label={t('form.priority')}>
          <Select options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))} />
        </Form.Item>
        <Form.Item name="assigneeId" label={t('form.assignee')} extra={task ? undefined : t('form.assigneeHint')}>
          <Select
            allowClear={!task}
            showSearch={{ optionFilterProp: 'label' }}
            loading={people.loading}
            placeholder={me?.name}
            options={withCurrent(assignees, task?.assignee)}
          />
        </Form.Item>
        <Form.Item name="customerId" label={t('form.customer')} extra={task ? t('form.customerFixed') : undefined}>
          <Select
            disabled={!!task}
            allowClear
            showSearch={{ filterOption: false, onSearch: setSearch }}
            loading={customers.loading}
            placeholder={t('form.customerPlaceholder')}
            options={withCurrent(
              (customers.data?.customers.edges ?? []).map((e) => e.node),
              task?.customer,
            )}
            notFoundContent={null}
          />
        </Form.Item>
        <Form.Item name="description" label={t('form.description')}>
          <Input.TextArea rows={3} placeholder={t('form.descriptionPlaceholder')} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Picker options, keeping the task's current choice even when the list does not hold it (so it shows a name). */
function withCurrent(list: { id: string; name: string }[], current?: { id: string; name: string } | null) {
  const all = current && !list.some((x) => x.id === current.id) ? [current, ...list] : list;
  return all.map((x) => ({ value: x.id, label: x.name }));
}
