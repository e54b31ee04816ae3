'use client';

import { useMutation } from '@apollo/client/react';
import { Alert, Button, Divider, Drawer, Flex, Form, Input, Select, Space } from 'antd';
import { validateEmail, validateMobile, validatePhone } from '../domain';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '@/gql';
import type { CustomerGrade, CustomerType } from '@/gql/schema';
import { hasErrorCode } from '@/lib/apollo/errors';
import { useFeedback } from '@/lib/feedback/Feedback';
import { showFieldError, useApiErrorText } from '@/lib/apollo/errorText';
import { useLocale } from '@/i18n/I18nProvider';
import { CustomFieldItems, useCustomFieldDefs } from '../customFields/CustomFieldItems';
import { customFieldsInput, type CustomFieldFormValues } from '../customFields/values';
import { present } from '../input';
import { CUSTOMER_GRADES, INDUSTRIES, PROVINCES, SOURCES } from '../listState';
import { useCustomerT } from '../useCustomerT';
import { useDrawerSize } from '../useDrawerSize';
import { DuplicateWarning } from './DuplicateWarning';

export const CreateCustomerMutation = graphql(`
  mutation CreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      id
      name
    }
  }
`);

export interface CreateCustomerValues {
  name: string;
  type: CustomerType;
  grade?: CustomerGrade;
  source?: string;
  industry?: string;
  province?: string;
  city?: string;
  address?: string;
  email?: string;
  tags?: string[];
  contact: { name: string; title?: string; mobile?: string; phone?: string; email?: string };
  customFields?: CustomFieldFormValues;
}

const blankToNull = (v: string | undefined) => (v && v.trim() ? v.trim() : null);
/** A validator for an optional field: a domain check that returns a message or null. */
const optional = (check: (v: string) => string | null, message: string) => ({
  validator: async (_: unknown, v?: string) => {
    if (v && v.trim() && check(v.trim())) throw new Error(message);
  },
});

/**
 * 新建客户: the customer and its first contact (name + a mobile or phone are required). While the name and
 * phone are typed the API is asked for duplicates, so the user sees who already holds the customer. The admin's
 * custom fields follow, each with the input of its kind. Every refusal is shown: on the field the API names,
 * otherwise above the form.
 */
export function CreateCustomerDrawer(props: {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string, name: string) => void;
  tags?: readonly { name: string }[];
}) {
  const t = useCustomerT();
  const errorText = useApiErrorText();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const fields = useCustomFieldDefs();
  const [formError, setFormError] = useState<string | null>(null);
  const formErrorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (formError) formErrorRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [formError]);
  const [form] = Form.useForm<CreateCustomerValues>();
  const drawerSize = useDrawerSize(520);
  const [refused, setRefused] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateCustomerMutation);
  const name = Form.useWatch('name', form) ?? '';
  const mobile = Form.useWatch(['contact', 'mobile'], form) ?? '';
  const phone = Form.useWatch(['contact', 'phone'], form) ?? '';

  const submit = async (v: CreateCustomerValues) => {
    setRefused(null);
    setFormError(null);
    try {
      const { data } = await create({
        variables: {
          input: present({
            name: v.name.trim(),
            type: v.type,
            grade: v.grade,
            source: v.source,
            industry: v.industry,
            province: v.province,
            city: blankToNull(v.city),
            address: blankToNull(v.address),
            email: blankToNull(v.email),
            tags: v.tags?.length ? v.tags : null,
            contact: present({
              name: v.contact.name.trim(),
              title: blankToNull(v.contact.title),
              mobile: blankToNull(v.contact.mobile),
              phone: blankToNull(v.contact.phone),
              email: blankToNull(v.contact.email),
            }),
            customFields: customFieldsInput(fields.defs, v.customFields),
          }),
        },
      });
      if (!data) return;
      message.success(t('create.created', { name: data.createCustomer.name }));
      form.resetFields();
      props.onCreated(data.createCustomer.id, data.createCustomer.name);
    } catch (error) {
      if (hasErrorCode(error, 'DUPLICATE')) {
        // The API names the existing customer and its owner.
        setRefused(errorText(error));
        return;
      }
      // On the input the API names (e.g. input.customFields.credit_code), or above the form: never silently.
      if (!showFieldError(form, error, locale)) setFormError(errorText(error));
    }
  };

  return (
    <Drawer
      title={t('create.title')}
      open={props.open}
      onClose={props.onClose}
      size={drawerSize}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={props.onClose}>{t('create.cancel')}</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()}>
            {t('create.submit')}
          </Button>
        </Space>
      }
    >
      <Form<CreateCustomerValues>
        form={form}
        layout="vertical"
        initialValues={{ type: 'PROSPECT' }}
        onFinish={(v) => void submit(v)}
        scrollToFirstError={{ block: 'center' }}
      >
        <div ref={formErrorRef}>
          {formError ? (
            <Alert
              type="error"
              showIcon
              closable
              data-testid="form-error"
              title={formError}
              style={{ marginBottom: 12 }}
              onClose={() => setFormError(null)}
            />
          ) : null}
        </div>
        <Divider titlePlacement="start" plain>
          {t('create.basic')}
        </Divider>
        <Form.Item
          name="name"
          label={t('fields.name')}
          validateDebounce={300}
          rules={[
            { required: true, whitespace: true, message: t('create.nameRequired') },
            { min: 2, max: 100, message: t('create.nameLength') },
          ]}
        >
          <Input autoFocus placeholder={t('create.namePlaceholder')} maxLength={100} />
        </Form.Item>
        {refused ? <Alert type="error" showIcon data-testid="duplicate-refused" title={refused} style={{ marginBottom: 12 }} /> : null}
        <div style={{ marginBottom: 12 }}>
          <DuplicateWarning name={name} phone={mobile || phone} />
        </div>
        <Flex gap={12} wrap>
          <Form.Item name="type" label={t('fields.type')} style={{ flex: '1 1 140px' }}>
            <Select options={(['PROSPECT', 'ASSIGNED'] as const).map((v) => ({ value: v, label: t(`enums.type.${v}`) }))} />
          </Form.Item>
          <Form.Item name="grade" label={t('fields.grade')} style={{ flex: '1 1 140px' }}>
            <Select allowClear options={CUSTOMER_GRADES.map((v) => ({ value: v, label: t(`enums.grade.${v}`) }))} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="source" label={t('fields.source')} style={{ flex: '1 1 140px' }}>
            <Select allowClear options={SOURCES.map((v) => ({ value: v, label: v }))} />
          </Form.Item>
          <Form.Item name="industry" label={t('fields.industry')} style={{ flex: '1 1 140px' }}>
            <Select allowClear options={INDUSTRIES.map((v) => ({ value: v, label: v }))} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="province" label={t('fields.province')} style={{ flex: '1 1 140px' }}>
            <Select
              allowClear
              showSearch
              placeholder={t('create.provincePlaceholder')}
              options={PROVINCES.map((v) => ({ value: v, label: v }))}
            />
          </Form.Item>
          <Form.Item name="city" label={t('fields.city')} style={{ flex: '1 1 140px' }}>
            <Input placeholder={t('create.cityPlaceholder')} maxLength={50} />
          </Form.Item>
        </Flex>
        <Form.Item name="address" label={t('basic.address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="email" label={t('create.email')} rules={[optional(validateEmail, t('create.emailInvalid'))]}>
          <Input inputMode="email" />
        </Form.Item>
        <Form.Item name="tags" label={t('fields.tags')}>
          <Select
            mode="tags"
            placeholder={t('create.tagPlaceholder')}
            options={(props.tags ?? []).map((x) => ({ value: x.name, label: x.name }))}
          />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          {t('create.contact')}
        </Divider>
        <Flex gap={12} wrap>
          <Form.Item
            name={['contact', 'name']}
            label={t('fields.contactName')}
            style={{ flex: '1 1 160px' }}
            rules={[
              { required: true, whitespace: true, message: t('create.contactNameRequired') },
              { max: 50, message: t('create.contactNameLength') },
            ]}
          >
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name={['contact', 'title']} label={t('create.contactTitle')} style={{ flex: '1 1 160px' }}>
            <Input maxLength={50} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item
            name={['contact', 'mobile']}
            label={t('fields.mobile')}
            style={{ flex: '1 1 160px' }}
            dependencies={[['contact', 'phone']]}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_: unknown, v?: string) => {
                  if (!v?.trim() && !String(getFieldValue(['contact', 'phone']) ?? '').trim()) throw new Error(t('create.phoneRequired'));
                },
              }),
              optional(validateMobile, t('create.mobileInvalid')),
            ]}
          >
            <Input inputMode="tel" placeholder="13800138000" />
          </Form.Item>
          <Form.Item
            name={['contact', 'phone']}
            label={t('fields.phone')}
            style={{ flex: '1 1 160px' }}
            rules={[optional(validatePhone, t('create.phoneInvalid'))]}
          >
            <Input inputMode="tel" placeholder="010-88886666" />
          </Form.Item>
        </Flex>
        <Form.Item name={['contact', 'email']} label={t('create.email')} rules={[optional(validateEmail, t('create.emailInvalid'))]}>
          <Input inputMode="email" />
        </Form.Item>
        <CustomFieldItems defs={fields.defs} error={fields.error} />
      </Form>
    </Drawer>
  );
}
