'use client';

import { useMutation } from '@apollo/client/react';
import { Button, Form, Input, Modal, Select } from 'antd';
import type { WebhookEndpointRowFragment, WebhookEventType } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { hasErrorCode } from '@/lib/apollo/errors';
import { apiErrorText, showFieldError } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useSettingsT } from '../useSettingsT';
import { CreateWebhookEndpointMutation, UpdateWebhookEndpointMutation } from './documents';
import { WEBHOOK_EVENTS, webhookUrlProblem } from './events';

const FIELDS = ['url', 'events', 'description'] as const;

interface Fields {
  url: string;
  description?: string;
  events: WebhookEventType[];
}

export interface WebhookEndpointModalProps {
  open: boolean;
  /** The endpoint to edit; null subscribes a new one. */
  endpoint: WebhookEndpointRowFragment | null;
  onClose: () => void;
  /** After a save; `secret` only for a new endpoint (the API returns it this once). */
  onSaved: (secret?: string) => void;
}

/** 新建 / 编辑 Webhook 端点: where to POST (https) and which events. */
export function WebhookEndpointModal({ open, endpoint, onClose, onSaved }: WebhookEndpointModalProps) {
  const t = useSettingsT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<Fields>();
  const [create, creating] = useMutation(CreateWebhookEndpointMutation);
  const [update, updating] = useMutation(UpdateWebhookEndpointMutation);

  async function submit(v: Fields) {
    const input = { url: v.url.trim(), events: v.events, description: v.description?.trim() || null };
    try {
      if (endpoint) {
        await update({ variables: { id: endpoint.id, version: endpoint.version, input } });
        message.success(t('saved'));
        onSaved();
      } else {
        const res = await create({ variables: { input } });
        if (res.data) onSaved(res.data.createWebhookEndpoint.secret);
      }
    } catch (e) {
      if (showFieldError(form, e, locale, FIELDS)) return;
      message.error(apiErrorText(e, locale));
      if (endpoint && hasErrorCode(e, 'CONFLICT')) onSaved();
    }
  }

  return (
    <Modal
      open={open}
      title={endpoint ? t('webhooks.editTitle') : t('webhooks.createTitle')}
      okText={endpoint ? t('save') : t('create')}
      cancelText={t('cancel')}
      confirmLoading={creating.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={600}
    >
      <Form<Fields>
        form={form}
        layout="vertical"
        name="webhook-endpoint"
        onFinish={submit}
        preserve={false}
        initialValues={endpoint ? { url: endpoint.url, description: endpoint.description ?? '', events: endpoint.events } : { events: [] }}
      >
        <Form.Item
          name="url"
          label={t('webhooks.url')}
          extra={t('webhooks.urlHint')}
          rules={[
            { required: true, whitespace: true, message: t('webhooks.urlRequired') },
            {
              validator: (_, v: string | undefined) => {
                const problem = v?.trim() ? webhookUrlProblem(v) : null;
                return problem ? Promise.reject(new Error(t(`webhooks.urlProblem.${problem}`))) : Promise.resolve();
              },
            },
          ]}
        >
          <Input autoFocus placeholder="https://erp.example.com/kehu/events" maxLength={500} />
        </Form.Item>
        <Form.Item name="description" label={t('webhooks.description')}>
          <Input placeholder={t('webhooks.descriptionPlaceholder')} maxLength={200} />
        </Form.Item>
        <Form.Item
          label={t('webhooks.events')}
          required
          extra={
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => form.setFieldsValue({ events: WEBHOOK_EVENTS })}>
              {t('webhooks.allEvents')}
            </Button>
          }
        >
          <Form.Item name="events" noStyle rules={[{ required: true, type: 'array', min: 1, message: t('webhooks.eventsRequired') }]}>
            <Select
              mode="multiple"
              aria-label={t('webhooks.events')}
              placeholder={t('webhooks.eventsPlaceholder')}
              optionFilterProp="label"
              options={WEBHOOK_EVENTS.map((e) => ({ value: e, label: t(`webhooks.event.${e}`) }))}
            />
          </Form.Item>
        </Form.Item>
      </Form>
    </Modal>
  );
}
