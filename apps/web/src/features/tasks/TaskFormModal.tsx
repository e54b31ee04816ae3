'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { apiErrorText, showFieldError } from '@/lib/apollo/errorText';
import type { TaskPriority } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { useFeedback } from '@/lib/feedback/Feedback';
import { CreateTaskMutation, TaskAssigneesQuery, TaskCustomerSearchQuery } from './documents';
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
}

/** 新建任务: title, due time, priority, assignee (yourself by default), optional customer and description. */
export function TaskFormModal({ open, onClose, onCreated }: TaskFormModalProps) {
  const t = useTaskT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<Fields>();
  const [search, setSearch] = useState('');
  const people = useQuery(TaskAssigneesQuery, { skip: !open });
  const customers = useQuery(TaskCustomerSearchQuery, { variables: { search }, skip: !open || search.trim().length === 0 });
  const [create, { loading }] = useMutation(CreateTaskMutation);

  async function submit(values: Fields) {
    try {
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
      title={t('form.title')}
      okText={t('form.submit')}
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
        initialValues={{ priority: 'NORMAL', dueAt: defaultDue() }}
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
        <Form.Item name="assigneeId" label={t('form.assignee')} extra={t('form.assigneeHint')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={people.loading}
            placeholder={me?.name}
            options={assignees.map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="customerId" label={t('form.customer')}>
          <Select
            allowClear
            showSearch={{ filterOption: false, onSearch: setSearch }}
            loading={customers.loading}
            placeholder={t('form.customerPlaceholder')}
            options={(customers.data?.customers.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }))}
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
