'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, DatePicker, Flex, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { graphql } from '@/gql';
import type { ContractKind } from '@/gql/schema';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText, showFieldError } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { CustomerSelect } from '@/features/deals/common/CustomerSelect';
import { formatMoney } from '@/features/deals/common/format';
import { useFeatureT } from '@/i18n/feature';
import { LABELS } from '@/features/deals/common/labels';
import { CONTRACT_FORM_MESSAGES } from './formMessages';
import { LineEditor, type LineValues } from './LineEditor';

/** The product catalogue (active products) and, once a customer is chosen, its opportunities and standard contracts. */
export const ContractFormOptionsQuery = graphql(`
  query ContractFormOptions($customerId: ID!, $withCustomer: Boolean!) {
    products(first: 100, filter: { active: true }) {
      edges {
        node {
          id
          code
          name
          unit
          listPrice
        }
      }
    }
    customer(id: $customerId) @include(if: $withCustomer) {
      id
      opportunities(first: 50) {
        id
        name
        stage
      }
      contracts(first: 50) {
        id
        number
        title
        kind
      }
    }
  }
`);

// Both answer with the customer's 合同 tab, so the 360 page updates from the reply.
export const CreateContractMutation = graphql(`
  mutation CreateContract($input: CreateContractInput!) {
    createContract(input: $input) {
      id
      number
      customer {
        id
        ...ContractsTab_customer
      }
    }
  }
`);

export const UpdateContractMutation = graphql(`
  mutation UpdateContract($id: ID!, $version: Int!, $input: UpdateContractInput!) {
    updateContract(id: $id, version: $version, input: $input) {
      id
      version
      amount
      customer {
        id
        ...ContractsTab_customer
      }
    }
  }
`);

export type { LineValues } from './LineEditor';

export interface EditableContract {
  id: string;
  version: number;
  number: string;
  title: string;
  startDate?: string | null;
  endDate?: string | null;
  remark?: string | null;
  lines: readonly {
    name: string;
    unit?: string | null;
    quantity: string;
    unitPrice: string;
    discountPercent: string;
    product?: { id: string } | null;
  }[];
}

/** What a new contract starts with: from a won opportunity, or as a supplement to a standard contract. */
export interface ContractPrefill {
  kind?: ContractKind;
  parentId?: string;
  /** A won opportunity: its products become the contract's lines (the API does the same when no lines are sent). */
  opportunity?: {
    id: string;
    name: string;
    amount: string;
    lines?: readonly { name: string; unit?: string | null; quantity: string; unitPrice: string; product?: { id: string } | null }[];
  };
}

interface Fields {
  customerId?: string;
  kind: ContractKind;
  parentId?: string;
  opportunityId?: string;
  title: string;
  number?: string;
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
  remark?: string;
  lines: LineValues[];
}

const FIELD_MAP: Record<string, string> = {
  'input.customerId': 'customerId',
  'input.kind': 'kind',
  'input.parentId': 'parentId',
  'input.opportunityId': 'opportunityId',
  'input.title': 'title',
  'input.number': 'number',
  'input.startDate': 'startDate',
  'input.endDate': 'endDate',
  'input.remark': 'remark',
  'input.lines': 'lines',
};

/**
 * 新建合同 (standard or supplementary, optionally from a won opportunity) and 编辑合同 (a draft: lines, dates,
 * title). Lines come from the product catalogue (name, unit and list price filled in) or are typed; the amount
 * is their sum, previewed exactly here and computed by the API.
 */
export function ContractFormModal(props: {
  open: boolean;
  customerId?: string;
  contract?: EditableContract | null;
  prefill?: ContractPrefill | null;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const m = useFeatureT(CONTRACT_FORM_MESSAGES);
  const labels = useFeatureT(LABELS);
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [form] = Form.useForm<Fields>();
  const editing = props.contract ?? null;
  const chosenCustomer = Form.useWatch('customerId', form);
  const customerId = props.customerId ?? chosenCustomer;
  const kind = Form.useWatch('kind', form);
  const options = useQuery(ContractFormOptionsQuery, {
    variables: { customerId: customerId ?? '', withCustomer: !!customerId && !editing },
    skip: !props.open,
  });
  const [create, c] = useMutation(CreateContractMutation);
  const [update, u] = useMutation(UpdateContractMutation);
  const products = options.data?.products.edges.map((e) => e.node) ?? [];
  const standard = (options.data?.customer?.contracts ?? []).filter((x) => x.kind === 'STANDARD');
  const opportunities = options.data?.customer?.opportunities.filter((o) => o.stage !== 'LOST') ?? [];

  const initial: Partial<Fields> = editing
    ? {
        title: editing.title,
        number: editing.number,
        startDate: editing.startDate ? dayjs(editing.startDate) : null,
        endDate: editing.endDate ? dayjs(editing.endDate) : null,
        remark: editing.remark ?? undefined,
        lines: editing.lines.map((l) => ({
          productId: l.product?.id,
          name: l.name,
          unit: l.unit ?? undefined,
          quantity: l.quantity,
          unitPrice: l.unitPrice,
          discountPercent: l.discountPercent,
        })),
      }
    : {
        kind: props.prefill?.kind ?? 'STANDARD',
        parentId: props.prefill?.parentId,
        opportunityId: props.prefill?.opportunity?.id,
        title: props.prefill?.opportunity?.name ?? '',
        startDate: dayjs(),
        endDate: dayjs().add(1, 'year').subtract(1, 'day'),
        lines: props.prefill?.opportunity?.lines?.length
          ? props.prefill.opportunity.lines.map((l) => ({
              productId: l.product?.id,
              name: l.name,
              unit: l.unit ?? undefined,
              quantity: l.quantity,
              unitPrice: l.unitPrice,
              discountPercent: '0',
            }))
          : [{ quantity: '1', discountPercent: '0' }],
      };

  const submit = async (v: Fields) => {
    const lineInput = v.lines.map((l) => ({
      productId: l.productId ?? null,
      name: l.name?.trim() || null,
      unit: l.unit?.trim() || null,
      quantity: l.quantity!.trim(),
      unitPrice: l.unitPrice?.trim() || null,
      discountPercent: l.discountPercent?.trim() || '0',
    }));
    const common = {
      title: v.title.trim(),
      number: v.number?.trim() || null,
      startDate: v.startDate ? v.startDate.format('YYYY-MM-DD') : null,
      endDate: v.endDate ? v.endDate.format('YYYY-MM-DD') : null,
      remark: v.remark?.trim() || null,
      lines: lineInput,
    };
    try {
      if (editing) {
        await update({ variables: { id: editing.id, version: editing.version, input: common } });
        message.success(m('saved'));
        props.onSaved?.(editing.id);
      } else {
        const r = await create({
          variables: {
            input: {
              ...common,
              customerId: customerId ?? '',
              kind: v.kind,
              parentId: v.kind === 'SUPPLEMENTARY' ? (v.parentId ?? null) : null,
              opportunityId: v.opportunityId ?? null,
            },
          },
        });
        message.success(m('created', { number: r.data?.createContract.number ?? '' }));
        props.onSaved?.(r.data?.createContract.id ?? '');
      }
      props.onClose();
    } catch (e) {
      if (!showFieldError(form, e, locale, FIELD_MAP)) message.error(apiErrorText(e, locale));
    }
  };

  return (
    <Modal
      open={props.open}
      title={editing ? `${m('edit')} · ${editing.number}` : kind === 'SUPPLEMENTARY' ? m('createSupplement') : m('create')}
      okText={m('save')}
      cancelText={m('cancel')}
      confirmLoading={c.loading || u.loading}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      width={860}
      destroyOnHidden
    >
      <Form<Fields> form={form} name="contract" layout="vertical" preserve={false} initialValues={initial} onFinish={(v) => void submit(v)}>
        {!editing && !props.customerId ? (
          <Form.Item name="customerId" label={m('customer')} rules={[{ required: true, message: m('customerRequired') }]}>
            <CustomerSelect placeholder={m('customerPlaceholder')} />
          </Form.Item>
        ) : null}
        {!editing ? (
          <Flex gap={12} wrap>
            <Form.Item name="kind" label={m('kind')} style={{ flex: '1 1 200px' }}>
              <Radio.Group
                optionType="button"
                options={(['STANDARD', 'SUPPLEMENTARY'] as const).map((k) => ({ value: k, label: labels(`contractKind.${k}`) }))}
              />
            </Form.Item>
            {kind === 'SUPPLEMENTARY' ? (
              <Form.Item
                name="parentId"
                label={m('parent')}
                style={{ flex: '1 1 240px' }}
                rules={[{ required: true, message: m('parentRequired') }]}
              >
                <Select
                  loading={options.loading}
                  notFoundContent={m('parentNone')}
                  options={standard.map((x) => ({ value: x.id, label: `${x.number} ${x.title}` }))}
                />
              </Form.Item>
            ) : (
              <Form.Item name="opportunityId" label={m('opportunity')} extra={m('opportunityHint')} style={{ flex: '1 1 240px' }}>
                <Select
                  allowClear
                  loading={options.loading}
                  options={opportunities.map((o) => ({ value: o.id, label: `${o.name} · ${labels(`stage.${o.stage}`)}` }))}
                />
              </Form.Item>
            )}
          </Flex>
        ) : null}
        {props.prefill?.opportunity && !editing ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={m('fromOpportunity', { name: props.prefill.opportunity.name, amount: formatMoney(props.prefill.opportunity.amount) })}
          />
        ) : null}
        <Flex gap={12} wrap>
          <Form.Item
            name="title"
            label={m('title')}
            style={{ flex: '2 1 280px' }}
            rules={[
              { required: true, whitespace: true, message: m('titleRequired') },
              { max: 100, message: m('titleTooLong') },
            ]}
          >
            <Input maxLength={120} autoFocus />
          </Form.Item>
          <Form.Item name="number" label={m('number')} extra={m('numberHint')} style={{ flex: '1 1 180px' }}>
            <Input maxLength={50} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="startDate" label={m('startDate')} style={{ flex: '1 1 180px' }}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="endDate"
            label={m('endDate')}
            style={{ flex: '1 1 180px' }}
            dependencies={['startDate']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, end?: Dayjs | null) => {
                  const start = getFieldValue('startDate') as Dayjs | null | undefined;
                  if (start && end && end.isBefore(start, 'day')) throw new Error(m('endBeforeStart'));
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Typography.Text strong>{m('lines')}</Typography.Text>
        <LineEditor form={form} products={products} loading={options.loading} required testId="contract-form" />
        <Form.Item name="remark" label={m('remark')} style={{ marginTop: 12 }}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
