'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { DatePicker, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef } from 'react';
import { graphql } from '@/gql';
import type { OpportunityStage } from '@/gql/schema';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText, showFieldError } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { CustomerSelect } from './common/CustomerSelect';
import { useFeatureT } from '@/i18n/feature';
import { LABELS, OPEN_STAGES, STAGES } from './common/labels';
import { toFen } from './common/money';
import { ContractFormOptionsQuery } from '@/features/contracts/ContractFormModal';
import { LineEditor, type LineValues } from '@/features/contracts/LineEditor';
import { linesTotal } from '@/features/contracts/lineAmount';
import { OPPORTUNITY_FORM_MESSAGES } from './formMessages';

// Both answer with the customer's 商机 tab, so the 360 page updates from the reply (no second query).
export const CreateOpportunityMutation = graphql(`
  mutation CreateOpportunity($customerId: ID!, $input: CreateOpportunityInput!) {
    createOpportunity(customerId: $customerId, input: $input) {
      id
      customer {
        id
        ...OpportunitiesTab_customer
      }
    }
  }
`);

export const UpdateOpportunityMutation = graphql(`
  mutation UpdateOpportunity($id: ID!, $version: Int!, $input: UpdateOpportunityInput!) {
    updateOpportunity(id: $id, version: $version, input: $input) {
      id
      name
      amount
      winRate
      expectedCloseDate
      remark
      version
      lines {
        id
        name
        unit
        quantity
        unitPrice
        amount
        product {
          id
        }
      }
    }
  }
`);

/** The stages a new opportunity may start in (WON and LOST come from moving it). */

export interface EditableOpportunity {
  id: string;
  version: number;
  name: string;
  amount: string;
  winRate: number;
  expectedCloseDate?: string | null;
  remark?: string | null;
  lines?: readonly { quantity: string; unitPrice: string; product?: { id: string } | null }[];
}

interface Fields {
  customerId?: string;
  name: string;
  stage?: OpportunityStage;
  amount?: string;
  winRate?: string;
  expectedCloseDate?: Dayjs | null;
  remark?: string;
  lines?: LineValues[];
}

/** A money amount as typed: ≥ 0 with at most two decimals (checked on the string, never a float). */
export const isMoneyInput = (v: string) => {
  const fen = toFen(v.replace(/,/g, ''));
  return fen !== null && fen >= 0n;
};
const isWinRate = (v: string) => /^\d{1,3}$/.test(v) && Number(v) <= 100;

/**
 * 新建商机 / 编辑商机. With `customerId` the customer is fixed (the 360 page); without, the user picks one.
 * With `opportunity` it edits (stage moves go through 推进/输单, not this form). Server errors land on the
 * field the API names, or show as a message. 商机产品 use the contract form's line editor (catalogue products only);
 * the amount stays editable and follows the lines' sum until the user types an amount of their own.
 */
export function OpportunityFormModal(props: {
  open: boolean;
  customerId?: string;
  opportunity?: EditableOpportunity | null;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const m = useFeatureT(OPPORTUNITY_FORM_MESSAGES);
  const labels = useFeatureT(LABELS);
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<Fields>();
  const [create, c] = useMutation(CreateOpportunityMutation);
  const [update, u] = useMutation(UpdateOpportunityMutation);
  const editing = props.opportunity ?? null;
  const options = useQuery(ContractFormOptionsQuery, { variables: { customerId: '', withCustomer: false }, skip: !props.open });
  const products = options.data?.products.edges.map((e) => e.node) ?? [];
  // The amount follows the lines while it is empty or still equals their sum; an amount typed by hand is kept.
  const lastSum = useRef(linesTotal((editing?.lines ?? []).map((l) => ({ quantity: l.quantity, unitPrice: l.unitPrice }))));
  const followLines = (changed: Partial<Fields>, all: Fields) => {
    if (!('lines' in changed)) return;
    const sum = linesTotal(all.lines ?? []);
    const amount = all.amount?.replace(/,/g, '').trim();
    if (!amount || toFen(amount) === toFen(lastSum.current)) form.setFieldValue('amount', sum);
    lastSum.current = sum;
  };

  const submit = async (v: Fields) => {
    const amount = v.amount?.trim() ? v.amount.replace(/,/g, '').trim() : undefined;
    const winRate = v.winRate?.trim() ? Number(v.winRate) : undefined;
    const expectedCloseDate = v.expectedCloseDate ? v.expectedCloseDate.format('YYYY-MM-DD') : null;
    const remark = v.remark?.trim() || null;
    const lines = (v.lines ?? []).map((l) => ({
      productId: l.productId ?? '',
      quantity: l.quantity!.trim(),
      unitPrice: l.unitPrice?.trim() || null,
    }));
    try {
      if (editing) {
        await update({
          variables: {
            id: editing.id,
            version: editing.version,
            input: { name: v.name.trim(), amount: amount ?? '0', winRate, expectedCloseDate, remark, lines },
          },
        });
        message.success(m('saved'));
        props.onSaved?.(editing.id);
      } else {
        const r = await create({
          variables: {
            customerId: props.customerId ?? v.customerId ?? '',
            input: { name: v.name.trim(), stage: v.stage, amount, winRate, expectedCloseDate, remark, lines },
          },
        });
        message.success(m('created'));
        props.onSaved?.(r.data?.createOpportunity.id ?? '');
      }
      props.onClose();
    } catch (e) {
      if (
        !showFieldError(form, e, locale, {
          customerId: 'customerId',
          'input.name': 'name',
          'input.amount': 'amount',
          'input.winRate': 'winRate',
          'input.expectedCloseDate': 'expectedCloseDate',
          'input.stage': 'stage',
          'input.remark': 'remark',
          'input.lines': 'lines',
        })
      ) {
        message.error(apiErrorText(e, locale));
      }
    }
  };

  return (
    <Modal
      open={props.open}
      title={editing ? m('edit') : m('create')}
      okText={m('save')}
      cancelText={m('cancel')}
      confirmLoading={c.loading || u.loading}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      <Form<Fields>
        form={form}
        name="opportunity"
        layout="vertical"
        preserve={false}
        onFinish={(v) => void submit(v)}
        onValuesChange={followLines}
        initialValues={
          editing
            ? {
                name: editing.name,
                amount: editing.amount,
                winRate: String(editing.winRate),
                expectedCloseDate: editing.expectedCloseDate ? dayjs(editing.expectedCloseDate) : null,
                remark: editing.remark ?? undefined,
                lines: (editing.lines ?? []).map((l) => ({ productId: l.product?.id, quantity: l.quantity, unitPrice: l.unitPrice })),
              }
            : { stage: 'INITIAL', expectedCloseDate: dayjs().add(1, 'month').endOf('month'), lines: [] }
        }
      >
        {!editing && !props.customerId ? (
          <Form.Item name="customerId" label={m('customer')} rules={[{ required: true, message: m('customerRequired') }]}>
            <CustomerSelect placeholder={m('customerPlaceholder')} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="name"
          label={m('name')}
          rules={[
            { required: true, whitespace: true, message: m('nameRequired') },
            { max: 100, message: m('nameTooLong') },
          ]}
        >
          <Input placeholder={m('namePlaceholder')} autoFocus maxLength={120} />
        </Form.Item>
        <Flex gap={12} wrap>
          {!editing ? (
            <Form.Item name="stage" label={m('stage')} style={{ flex: '1 1 160px' }}>
              <Select
                options={OPEN_STAGES.map((s) => ({
                  value: s,
                  label: `${labels(`stage.${s}`)} ${STAGES.find((x) => x.stage === s)?.winRate}%`,
                }))}
              />
            </Form.Item>
          ) : null}
          <Form.Item
            name="amount"
            label={m('amount')}
            style={{ flex: '1 1 160px' }}
            rules={[
              {
                validator: async (_, v?: string) =>
                  v && v.trim() && !isMoneyInput(v.trim()) ? Promise.reject(new Error(m('amountInvalid'))) : undefined,
              },
            ]}
          >
            <Input inputMode="decimal" prefix="¥" />
          </Form.Item>
        </Flex>
        <Typography.Text strong>{m('lines')}</Typography.Text>
        <LineEditor
          form={form}
          products={products}
          loading={options.loading}
          catalogueOnly
          totalLabel={m('linesTotal')}
          testId="opportunity-form"
        />
        <Flex gap={12} wrap>
          <Form.Item
            name="winRate"
            label={m('winRate')}
            extra={editing ? undefined : m('winRateHint')}
            style={{ flex: '1 1 120px' }}
            rules={[
              {
                validator: async (_, v?: string) =>
                  v && v.trim() && !isWinRate(v.trim()) ? Promise.reject(new Error(m('winRateInvalid'))) : undefined,
              },
            ]}
          >
            <Input inputMode="numeric" suffix="%" />
          </Form.Item>
          <Form.Item name="expectedCloseDate" label={m('expectedCloseDate')} style={{ flex: '1 1 160px' }}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item name="remark" label={m('remark')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
