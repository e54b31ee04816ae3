'use client';

import { useMutation } from '@apollo/client/react';
import { Form, Input, Modal } from 'antd';
import type { ProductRowFragment } from '@/gql/graphql';
import { hasErrorCode } from '@/lib/apollo/errors';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText, showFieldError } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { MONEY_PATTERN } from '../deals/money';
import { useSettingsT } from '../useSettingsT';
import { CreateProductMutation, UpdateProductMutation } from './documents';

interface Fields {
  code: string;
  name: string;
  unit?: string;
  listPrice: string;
  remark?: string;
}
const FIELDS = ['code', 'name', 'unit', 'listPrice', 'remark'] as const;

export interface ProductModalProps {
  open: boolean;
  product: ProductRowFragment | null;
  onClose: () => void;
  onSaved: () => void;
}

/** 新建 / 编辑商品: code (unique), name, unit, list price (a decimal string), remark. */
export function ProductModal({ open, product, onClose, onSaved }: ProductModalProps) {
  const t = useSettingsT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<Fields>();
  const [create, creating] = useMutation(CreateProductMutation);
  const [update, updating] = useMutation(UpdateProductMutation);

  async function submit(v: Fields) {
    const input = {
      code: v.code.trim(),
      name: v.name.trim(),
      unit: v.unit?.trim() || null,
      listPrice: v.listPrice.trim(),
      remark: v.remark?.trim() || null,
    };
    try {
      if (product)
        await update({ variables: { id: product.id, version: product.version, input: { ...input, unit: input.unit ?? product.unit } } });
      else await create({ variables: { input } });
      message.success(t('saved'));
      onSaved();
    } catch (e) {
      if (showFieldError(form, e, locale, FIELDS)) return;
      message.error(apiErrorText(e, locale));
      // A taken code is shown on the field above; a CONFLICT left is a stale version: close and reload.
      if (product && hasErrorCode(e, 'CONFLICT')) onSaved();
    }
  }

  return (
    <Modal
      open={open}
      title={product ? t('products.editTitle', { name: product.name }) : t('products.createTitle')}
      okText={product ? t('save') : t('create')}
      cancelText={t('cancel')}
      confirmLoading={creating.loading || updating.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Fields>
        form={form}
        layout="vertical"
        name="product"
        onFinish={submit}
        preserve={false}
        initialValues={
          product
            ? {
                code: product.code,
                name: product.name,
                unit: product.unit,
                listPrice: product.listPrice,
                remark: product.remark ?? undefined,
              }
            : { unit: '套' }
        }
      >
        <Form.Item
          name="code"
          label={t('products.code')}
          rules={[{ required: true, whitespace: true, message: t('products.codeRequired') }]}
        >
          <Input autoFocus maxLength={40} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('products.name')}
          rules={[{ required: true, whitespace: true, message: t('products.nameRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="unit" label={t('products.unit')}>
          <Input maxLength={10} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item
          name="listPrice"
          label={t('products.listPrice')}
          rules={[
            { required: true, message: t('products.priceRequired') },
            { pattern: MONEY_PATTERN, message: t('products.priceInvalid') },
          ]}
        >
          <Input prefix="¥" inputMode="decimal" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="remark" label={t('products.remark')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
