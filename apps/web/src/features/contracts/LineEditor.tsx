'use client';

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select, Typography, type FormInstance } from 'antd';
import { formatMoney } from '@/features/deals/common/format';
import { useFeatureT } from '@/i18n/feature';
import { toFen } from '@/features/deals/common/money';
import { CONTRACT_FORM_MESSAGES } from './formMessages';
import { lineAmount, linesTotal } from './lineAmount';

export interface LineValues {
  productId?: string;
  name?: string;
  unit?: string;
  quantity?: string;
  unitPrice?: string;
  discountPercent?: string;
}

export interface CatalogueProduct {
  id: string;
  code: string;
  name: string;
  unit?: string | null;
  listPrice: string;
}

const isQuantity = (v: string) => /^\d+(\.\d{1,4})?$/.test(v) && /[1-9]/.test(v);
const isPrice = (v: string) => {
  const fen = toFen(v);
  return fen !== null && fen >= 0n;
};
const isDiscount = (v: string) => /^\d{1,3}(\.\d{1,2})?$/.test(v) && Number(v) <= 100;
const check = (ok: (v: string) => boolean, text: string) => ({
  validator: async (_: unknown, v?: string) => (v && v.trim() && !ok(v.trim()) ? Promise.reject(new Error(text)) : undefined),
});

/**
 * The `lines` list of a form: products from the catalogue (name, unit and list price filled in when picked),
 * quantity, unit price and (contracts) discount, each line's amount and the total previewed exactly.
 * `catalogueOnly` (opportunities): every line is a product, without free-text name, unit or discount.
 * Used by 新建/编辑合同 and 新建/编辑商机.
 */
export function LineEditor(props: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- shared by forms of different shapes, each with `lines`
  form: FormInstance<any>;
  products: readonly CatalogueProduct[];
  loading?: boolean;
  /** At least one line. */
  required?: boolean;
  catalogueOnly?: boolean;
  /** Words before the total (default: the contract's 合同金额). */
  totalLabel?: string;
  testId: string;
}) {
  const m = useFeatureT(CONTRACT_FORM_MESSAGES);
  const { form, products, catalogueOnly } = props;
  const lines = (Form.useWatch('lines', form) ?? []) as LineValues[];
  const blank = catalogueOnly ? { quantity: '1' } : { quantity: '1', discountPercent: '0' };

  const pickProduct = (index: number, productId: string | undefined) => {
    const p = products.find((x) => x.id === productId);
    if (!p) return;
    const current = form.getFieldValue(['lines', index]) as LineValues;
    form.setFieldValue(['lines', index], { ...current, productId, name: p.name, unit: p.unit ?? undefined, unitPrice: p.listPrice });
  };

  return (
    <Form.List
      name="lines"
      rules={
        props.required
          ? [{ validator: async (_, value?: LineValues[]) => (!value?.length ? Promise.reject(new Error(m('linesRequired'))) : undefined) }]
          : []
      }
    >
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={4} style={{ marginTop: 8 }} data-testid={`${props.testId}-lines`}>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} wrap align="flex-start" data-testid={`${props.testId}-line`}>
              <Form.Item
                name={[field.name, 'productId']}
                label={index === 0 ? m('product') : undefined}
                style={{ flex: '2 1 160px', marginBottom: 8 }}
                rules={catalogueOnly ? [{ required: true, message: m('productPlaceholder') }] : []}
              >
                <Select
                  allowClear={!catalogueOnly}
                  showSearch={{ optionFilterProp: 'label' }}
                  aria-label={m('product')}
                  placeholder={m('productPlaceholder')}
                  loading={props.loading}
                  onChange={(id?: string) => pickProduct(field.name, id)}
                  options={products.map((p) => ({ value: p.id, label: `${p.name}（${p.code}）` }))}
                />
              </Form.Item>
              {catalogueOnly ? null : (
                <>
                  <Form.Item
                    name={[field.name, 'name']}
                    label={index === 0 ? m('itemName') : undefined}
                    style={{ flex: '2 1 120px', marginBottom: 8 }}
                    rules={[{ required: true, whitespace: true, message: m('itemNameRequired') }]}
                  >
                    <Input aria-label={m('itemName')} maxLength={100} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'unit']}
                    label={index === 0 ? m('unit') : undefined}
                    style={{ flex: '0 0 64px', marginBottom: 8 }}
                  >
                    <Input aria-label={m('unit')} maxLength={10} />
                  </Form.Item>
                </>
              )}
              <Form.Item
                name={[field.name, 'quantity']}
                label={index === 0 ? m('quantity') : undefined}
                style={{ flex: '0 0 72px', marginBottom: 8 }}
                rules={[{ required: true, message: m('quantityInvalid') }, check(isQuantity, m('quantityInvalid'))]}
              >
                <Input aria-label={m('quantity')} inputMode="decimal" />
              </Form.Item>
              <Form.Item
                name={[field.name, 'unitPrice']}
                label={index === 0 ? m('unitPrice') : undefined}
                style={{ flex: '1 1 100px', marginBottom: 8 }}
                rules={[check(isPrice, m('priceInvalid'))]}
              >
                <Input aria-label={m('unitPrice')} inputMode="decimal" prefix="¥" />
              </Form.Item>
              {catalogueOnly ? null : (
                <Form.Item
                  name={[field.name, 'discountPercent']}
                  label={index === 0 ? m('discount') : undefined}
                  style={{ flex: '0 0 72px', marginBottom: 8 }}
                  rules={[check(isDiscount, m('discountInvalid'))]}
                >
                  <Input aria-label={m('discount')} inputMode="decimal" />
                </Form.Item>
              )}
              <Flex vertical style={{ flex: '0 0 100px', marginBottom: 8 }}>
                {index === 0 ? <Typography.Text style={{ paddingBottom: 8 }}>{m('lineAmount')}</Typography.Text> : null}
                <Typography.Text style={{ lineHeight: '32px', textAlign: 'right' }}>
                  {formatMoney(lineAmount(lines[index]?.quantity, lines[index]?.unitPrice, lines[index]?.discountPercent))}
                </Typography.Text>
              </Flex>
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={m('removeLine')}
                title={m('removeLine')}
                style={{ marginTop: index === 0 ? 30 : 0 }}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Form.ErrorList errors={errors} />
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Button icon={<PlusOutlined />} onClick={() => add(blank)}>
              {m('addLine')}
            </Button>
            <Typography.Text data-testid={`${props.testId}-total`}>
              {props.totalLabel ?? m('total')}：<strong>{formatMoney(linesTotal(lines))}</strong>
            </Typography.Text>
          </Flex>
        </Flex>
      )}
    </Form.List>
  );
}
