'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { enumLabel } from '@kehu/domain/labels';
import type { VisitType } from '@/gql/schema';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText, showFieldError } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { CustomerSelect } from '@/features/deals/common/CustomerSelect';
import { useFeatureT } from '@/i18n/feature';
import { PlanVisitMutation, VisitOwnersQuery } from './documents';
import { VISIT_MESSAGES } from './messages';

export const VISIT_TYPES: readonly VisitType[] = ['REGULAR', 'NEW_CUSTOMER', 'ISSUE'];

interface Fields {
  customerId?: string;
  topic: string;
  type: VisitType;
  plannedAt: Dayjs;
  ownerId?: string;
}

/** Next working morning, 10:00: when a return visit is usually planned. */
const defaultPlannedAt = () => dayjs().add(1, 'day').hour(10).minute(0).second(0).millisecond(0);

/** 计划回访: topic, type, when, who (yourself by default). Without `customerId` the user picks the customer. */
export function PlanVisitModal(props: { open: boolean; customerId?: string; onClose: () => void; onSaved?: () => void }) {
  const m = useFeatureT(VISIT_MESSAGES);
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<Fields>();
  const people = useQuery(VisitOwnersQuery, { skip: !props.open });
  const [plan, { loading }] = useMutation(PlanVisitMutation);
  const owners = people.data?.users.edges.map((e) => e.node) ?? (people.data?.me ? [people.data.me] : []);

  const submit = async (v: Fields) => {
    try {
      await plan({
        variables: {
          customerId: props.customerId ?? v.customerId ?? '',
          input: {
            topic: v.topic.trim(),
            type: v.type,
            plannedAt: v.plannedAt.startOf('minute').toISOString(),
            ownerId: v.ownerId ?? null,
          },
        },
      });
      message.success(m('planned'));
      props.onSaved?.();
      props.onClose();
    } catch (e) {
      if (
        !showFieldError(form, e, locale, {
          customerId: 'customerId',
          'input.topic': 'topic',
          'input.type': 'type',
          'input.plannedAt': 'plannedAt',
          'input.ownerId': 'ownerId',
        })
      ) {
        message.error(apiErrorText(e, locale));
      }
    }
  };

  return (
    <Modal
      open={props.open}
      title={m('plan')}
      okText={m('save')}
      cancelText={m('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form<Fields>
        form={form}
        name="planVisit"
        layout="vertical"
        preserve={false}
        initialValues={{ type: 'REGULAR', plannedAt: defaultPlannedAt() }}
        onFinish={(v) => void submit(v)}
      >
        {!props.customerId ? (
          <Form.Item name="customerId" label={m('customer')} rules={[{ required: true, message: m('customerRequired') }]}>
            <CustomerSelect placeholder={m('customerPlaceholder')} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="topic"
          label={m('topic')}
          rules={[
            { required: true, whitespace: true, message: m('topicRequired') },
            { max: 200, message: m('topicTooLong') },
          ]}
        >
          <Input autoFocus maxLength={220} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="type" label={m('type')} style={{ flex: '1 1 160px' }}>
            <Select options={VISIT_TYPES.map((t) => ({ value: t, label: enumLabel('VisitType', t, locale) }))} />
          </Form.Item>
          <Form.Item
            name="plannedAt"
            label={m('plannedAt')}
            style={{ flex: '1 1 200px' }}
            rules={[{ required: true, message: m('plannedAtRequired') }]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item name="ownerId" label={m('owner')} extra={m('ownerHint')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={people.loading}
            placeholder={people.data?.me.name}
            options={owners.map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
