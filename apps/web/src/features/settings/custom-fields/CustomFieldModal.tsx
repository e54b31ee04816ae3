'use client';

import { useMutation } from '@apollo/client/react';
import { Checkbox, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { CustomFieldKind, CustomFieldRowFragment } from '@/gql/graphql';
import { hasErrorCode } from '@/lib/apollo/errors';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText, showFieldError } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useSettingsT } from '../useSettingsT';
import { CreateCustomFieldMutation, UpdateCustomFieldMutation } from './documents';

export const FIELD_KINDS: CustomFieldKind[] = ['TEXT', 'NUMBER', 'DATE', 'SELECT', 'MULTI_SELECT'];
export const KEY_PATTERN = /^[a-z][a-z0-9_]*$/;
const FIELDS = ['key', 'label', 'kind', 'options', 'required', 'position'] as const;

export function hasOptions(kind: CustomFieldKind | undefined): boolean {
  return kind === 'SELECT' || kind === 'MULTI_SELECT';
}

interface Fields {
  key: string;
  label: string;
  kind: CustomFieldKind;
  options?: string[];
  required?: boolean;
  position?: number | null;
}

export interface CustomFieldModalProps {
  open: boolean;
  /** The field to edit; null creates a new one. */
  field: CustomFieldRowFragment | null;
  onClose: () => void;
  onSaved: () => void;
}

/** Define or change a custom customer field: text, number, date, single or multi select (options required), required flag. */
export function CustomFieldModal({ open, field, onClose, onSaved }: CustomFieldModalProps) {
  const t = useSettingsT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<Fields>();
  const kind = Form.useWatch('kind', form) ?? field?.kind;
  const [create, creating] = useMutation(CreateCustomFieldMutation);
  const [update, updating] = useMutation(UpdateCustomFieldMutation);

  async function submit(v: Fields) {
    const options = hasOptions(v.kind ?? field?.kind) ? (v.options ?? []).map((o) => o.trim()).filter(Boolean) : undefined;
    try {
      if (field) {
        await update({
          variables: {
            id: field.id,
            version: field.version,
            input: { label: v.label.trim(), options: options ?? null, required: !!v.required, position: v.position ?? null },
          },
        });
      } else {
        await create({
          variables: {
            input: {
              key: v.key.trim(),
              label: v.label.trim(),
              kind: v.kind,
              options: options ?? null,
              required: !!v.required,
              position: v.position ?? null,
            },
          },
        });
      }
      message.success(t('saved'));
      onSaved();
    } catch (e) {
      if (showFieldError(form, e, locale, FIELDS)) return;
      message.error(apiErrorText(e, locale));
      if (field && hasErrorCode(e, 'CONFLICT')) onSaved();
    }
  }

  return (
    <Modal
      open={open}
      title={field ? t('customFields.editTitle', { label: field.label }) : t('customFields.createTitle')}
      okText={field ? t('save') : t('create')}
      cancelText={t('cancel')}
      confirmLoading={creating.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Fields>
        form={form}
        layout="vertical"
        name="custom-field"
        onFinish={submit}
        preserve={false}
        initialValues={
          field
            ? {
                key: field.key,
                label: field.label,
                kind: field.kind,
                options: field.options,
                required: field.required,
                position: field.position,
              }
            : { kind: 'TEXT', required: false, options: [] }
        }
      >
        <Form.Item
          name="label"
          label={t('customFields.label')}
          rules={[{ required: true, whitespace: true, message: t('customFields.labelRequired') }]}
        >
          <Input autoFocus placeholder="年采购预算" maxLength={50} />
        </Form.Item>
        <Form.Item
          name="key"
          label={t('customFields.key')}
          extra={t('customFields.keyFixed')}
          rules={
            field
              ? []
              : [
                  { required: true, message: t('customFields.keyRequired') },
                  { pattern: KEY_PATTERN, message: t('customFields.keyPattern') },
                ]
          }
        >
          <Input disabled={!!field} placeholder="budget" maxLength={40} />
        </Form.Item>
        <Form.Item name="kind" label={t('customFields.kind')} rules={[{ required: true, message: t('customFields.kindRequired') }]}>
          <Select disabled={!!field} options={FIELD_KINDS.map((k) => ({ value: k, label: t(`customFields.kinds.${k}`) }))} />
        </Form.Item>
        {hasOptions(kind) ? (
          <Form.Item
            name="options"
            label={t('customFields.options')}
            rules={[
              {
                validator: (_, v: string[] | undefined) =>
                  (v ?? []).some((o) => o.trim()) ? Promise.resolve() : Promise.reject(new Error(t('customFields.optionsRequired'))),
              },
            ]}
          >
            <Select
              mode="tags"
              open={false}
              tokenSeparators={[',', '，']}
              placeholder={t('customFields.optionsPlaceholder')}
              aria-label={t('customFields.options')}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="required" valuePropName="checked">
          <Checkbox>{t('customFields.required')}</Checkbox>
        </Form.Item>
        <Form.Item name="position" label={t('customFields.position')}>
          <InputNumber min={0} max={10000} precision={0} style={{ width: 120 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
