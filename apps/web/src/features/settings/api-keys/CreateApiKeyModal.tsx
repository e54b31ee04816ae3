'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ApiKeyScope } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText, showFieldError } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { ActiveUserOptionsQuery } from '../users/documents';
import { useSettingsT } from '../useSettingsT';
import { CreateApiKeyMutation } from './documents';
import { API_KEY_SCOPES } from './scopes';

const FIELDS = ['name', 'ownerId', 'scopes', 'expiresAt'] as const;

interface Fields {
  name: string;
  ownerId: string;
  scopes: ApiKeyScope[];
  expiresAt?: Dayjs | null;
}

/** The chosen expiry day ends at 23:59:59 Beijing time (the business time zone), sent as an instant. */
export function expiryInstant(day: Dayjs | null | undefined): string | null {
  return day ? new Date(`${day.format('YYYY-MM-DD')}T23:59:59+08:00`).toISOString() : null;
}

export interface CreateApiKeyModalProps {
  open: boolean;
  /** The signed-in admin: the key's owner unless another user is picked. */
  viewerId: string;
  onClose: () => void;
  /** Called with the secret, which the API returns only this once. */
  onCreated: (secret: string) => void;
}

/** 新建 API 密钥: a name, the user it acts as, what it may do (scopes by label) and an optional expiry date. */
export function CreateApiKeyModal({ open, viewerId, onClose, onCreated }: CreateApiKeyModalProps) {
  const t = useSettingsT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<Fields>();
  const people = useQuery(ActiveUserOptionsQuery, { skip: !open });
  const [create, creating] = useMutation(CreateApiKeyMutation);

  async function submit(v: Fields) {
    try {
      const res = await create({
        variables: { input: { name: v.name.trim(), ownerId: v.ownerId, scopes: v.scopes, expiresAt: expiryInstant(v.expiresAt) } },
      });
      if (res.data) onCreated(res.data.createApiKey.secret);
    } catch (e) {
      if (showFieldError(form, e, locale, FIELDS)) return;
      message.error(apiErrorText(e, locale));
    }
  }

  return (
    <Modal
      open={open}
      title={t('apiKeys.createTitle')}
      okText={t('create')}
      cancelText={t('cancel')}
      confirmLoading={creating.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Fields>
        form={form}
        layout="vertical"
        name="api-key"
        onFinish={submit}
        preserve={false}
        initialValues={{ ownerId: viewerId, scopes: [] }}
      >
        <Form.Item
          name="name"
          label={t('apiKeys.name')}
          rules={[
            { required: true, whitespace: true, message: t('apiKeys.nameRequired') },
            { max: 100, message: t('apiKeys.nameTooLong') },
          ]}
        >
          <Input autoFocus placeholder={t('apiKeys.namePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="ownerId"
          label={t('apiKeys.owner')}
          extra={t('apiKeys.ownerHint')}
          rules={[{ required: true, message: t('apiKeys.ownerRequired') }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            loading={people.loading}
            aria-label={t('apiKeys.owner')}
            options={(people.data?.users.edges ?? []).map(({ node }) => ({
              value: node.id,
              label: `${node.name}（${t(`role.${node.role}`)}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="scopes"
          label={t('apiKeys.scopes')}
          extra={t('apiKeys.scopesHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('apiKeys.scopesRequired') }]}
        >
          <Select
            mode="multiple"
            aria-label={t('apiKeys.scopes')}
            placeholder={t('apiKeys.scopesPlaceholder')}
            optionFilterProp="label"
            options={API_KEY_SCOPES.map((s) => ({ value: s, label: t(`apiKeys.scope.${s}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="expiresAt"
          label={t('apiKeys.expiresAt')}
          extra={t('apiKeys.expiresHint')}
          rules={[
            {
              validator: (_, v: Dayjs | null | undefined) =>
                !v || v.isAfter(dayjs(), 'day') || v.isSame(dayjs(), 'day')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('apiKeys.expiresPast'))),
            },
          ]}
        >
          <DatePicker
            aria-label={t('apiKeys.expiresAt')}
            placeholder={t('apiKeys.never')}
            disabledDate={(d) => d.isBefore(dayjs(), 'day')}
            style={{ width: 200 }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
