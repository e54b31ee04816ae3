'use client';

import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Button, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import Link from 'next/link';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { ContractsTab_CustomerFragment } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { lazyAntd } from '@/lib/providers/lazyAntd';
import { useFeatureT } from '@/i18n/feature';
import { LABELS } from '@/features/deals/common/labels';
import type { ContractPrefill, EditableContract } from '@/features/contracts/ContractFormModal';
import { CONTRACT_FORM_MESSAGES } from '@/features/contracts/formMessages';
import { rejectionOf as rejection } from '@/features/contracts/contractActions';
import { DeleteContractMutation, SubmitContractMutation } from '@/features/contracts/queries';
import { enumLabel } from '../../domain';
import { formatDate, formatDateTime, formatMoney } from '../../format';
import { EmptyHint } from '../../ui';
import { useCustomerT } from '../../useCustomerT';

export const ContractsTabFragment = graphql(`
  fragment ContractsTab_customer on Customer {
    id
    contracts(first: 50) {
      id
      number
      title
      kind
      amount
      status
      signedAt
      startDate
      endDate
      remark
      version
      parent {
        id
        number
      }
      lines {
        id
        position
        name
        unit
        quantity
        unitPrice
        discountPercent
        product {
          id
        }
      }
      approvals {
        id
        action
        comment
        at
        actor {
          id
          name
        }
      }
      receivable {
        received
        outstanding
      }
    }
  }
`);

const ContractFormModal = lazyAntd(() => import('@/features/contracts/ContractFormModal').then((m) => m.ContractFormModal));
const ContractActionModal = lazyAntd(() => import('@/features/contracts/ContractActionModal').then((m) => m.ContractActionModal));

const STATUS_COLOR: Record<string, string> = {
  DRAFT: 'default',
  PENDING: 'orange',
  APPROVED: 'blue',
  SIGNED: 'green',
  COMPLETED: 'cyan',
  TERMINATED: 'red',
};

type Contract = ContractsTab_CustomerFragment['contracts'][number];

/**
 * 合同: every contract with the customer, amount, state and what is still to be received; 新建合同 (standard or
 * 补充合同 of a standard one), and on a draft: 编辑, 提交审批, 作废 — with the reviewer's reason when it came back.
 */
export function ContractsTab(props: { customer: FragmentType<typeof ContractsTabFragment>; canEdit: boolean }) {
  const customer = getFragmentData(ContractsTabFragment, props.customer);
  const t = useCustomerT();
  const m = useFeatureT(CONTRACT_FORM_MESSAGES);
  const labels = useFeatureT(LABELS);
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [creating, setCreating] = useState<ContractPrefill | null>(null);
  const [editing, setEditing] = useState<Contract | null>(null);
  const [submitting, setSubmitting] = useState<Contract | null>(null);
  const [submit, s] = useMutation(SubmitContractMutation);
  const [remove] = useMutation(DeleteContractMutation);

  const runSubmit = async (values: { comment?: string }) => {
    if (!submitting) return;
    try {
      await submit({ variables: { id: submitting.id, version: submitting.version, comment: values.comment ?? null } });
      message.success(`${labels('contractAction.SUBMIT')} · ${submitting.number}`);
      setSubmitting(null);
    } catch (e) {
      message.error(apiErrorText(e, locale));
    }
  };

  const voidDraft = async (c: Contract) => {
    try {
      await remove({
        variables: { id: c.id },
        update: (cache) => {
          // The list drops the evicted contract (Apollo leaves dangling references out of lists).
          cache.evict({ id: cache.identify({ __typename: 'Contract', id: c.id }) });
          cache.gc();
        },
      });
      message.success(m('voided', { number: c.number }));
    } catch (e) {
      message.error(apiErrorText(e, locale));
    }
  };

  const editable = (c: Contract): EditableContract => ({
    ...c,
    // Decimal fields arrive as strings (the scalar is untyped in the generated types).
    lines: [...c.lines]
      .sort((a, b) => a.position - b.position)
      .map((l) => ({ ...l, quantity: String(l.quantity), discountPercent: String(l.discountPercent) })),
  });

  return (
    <Flex vertical gap={12}>
      {props.canEdit ? (
        <Flex justify="flex-end">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating({})}>
            {m('create')}
          </Button>
        </Flex>
      ) : null}
      <Table
        rowKey="id"
        size="middle"
        scroll={{ x: 900 }}
        pagination={false}
        dataSource={customer.contracts}
        data-testid="contract-table"
        locale={{ emptyText: <EmptyHint>{t('contracts.empty')}</EmptyHint> }}
        columns={[
          {
            title: t('contracts.number'),
            dataIndex: 'number',
            render: (v: string, c) => (
              <Flex vertical>
                <Link href={`/contracts/${c.id}`}>{v}</Link>
                {c.parent ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {m('supplement')} ← {c.parent.number}
                  </Typography.Text>
                ) : null}
              </Flex>
            ),
          },
          {
            title: t('contracts.title'),
            dataIndex: 'title',
            render: (v: string, c) => {
              const r = rejection(c);
              return (
                <Flex vertical gap={2}>
                  <span>{v}</span>
                  {r ? (
                    <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="contract-rejection">
                      {m('rejectedBy', { name: r.actor.name, at: formatDateTime(r.at), comment: r.comment ?? '' })}
                    </Typography.Text>
                  ) : null}
                </Flex>
              );
            },
          },
          { title: t('contracts.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => formatMoney(v) },
          {
            title: t('contracts.status'),
            dataIndex: 'status',
            render: (v: string, c) => (
              <Tag color={rejection(c) ? 'red' : STATUS_COLOR[v]} data-testid="contract-row-status">
                {rejection(c) ? `${enumLabel('ContractStatus', v, locale)} · ${m('rejected')}` : enumLabel('ContractStatus', v, locale)}
              </Tag>
            ),
          },
          { title: t('contracts.signedAt'), dataIndex: 'signedAt', render: (v: string | null) => formatDate(v) },
          {
            title: t('contracts.period'),
            key: 'period',
            render: (_, c) => (c.startDate || c.endDate ? `${formatDate(c.startDate)} ~ ${formatDate(c.endDate)}` : '—'),
          },
          { title: t('contracts.received'), key: 'received', align: 'right', render: (_, c) => formatMoney(c.receivable.received) },
          {
            title: t('contracts.outstanding'),
            key: 'outstanding',
            align: 'right',
            render: (_, c) => formatMoney(c.receivable.outstanding),
          },
          ...(props.canEdit
            ? [
                {
                  key: 'actions',
                  title: m('actions'),
                  render: (_: unknown, c: Contract) => (
                    <Space size={4} wrap>
                      {c.status === 'DRAFT' ? (
                        <>
                          <Button size="small" type="link" onClick={() => setEditing(c)}>
                            {m('editDraft')}
                          </Button>
                          <Button size="small" type="primary" ghost onClick={() => setSubmitting(c)}>
                            {m('submit')}
                          </Button>
                          <Popconfirm
                            title={m('voidConfirm', { number: c.number })}
                            okText={m('void')}
                            cancelText={m('cancel')}
                            okButtonProps={{ danger: true }}
                            onConfirm={() => voidDraft(c)}
                          >
                            <Button size="small" danger>
                              {m('void')}
                            </Button>
                          </Popconfirm>
                        </>
                      ) : null}
                      {c.kind === 'STANDARD' && c.status !== 'TERMINATED' ? (
                        <Button size="small" onClick={() => setCreating({ kind: 'SUPPLEMENTARY', parentId: c.id })}>
                          {m('supplement')}
                        </Button>
                      ) : null}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {creating ? <ContractFormModal open customerId={customer.id} prefill={creating} onClose={() => setCreating(null)} /> : null}
      {editing ? <ContractFormModal open contract={editable(editing)} onClose={() => setEditing(null)} /> : null}
      {submitting ? (
        <ContractActionModal
          action="SUBMIT"
          contractNumber={submitting.number}
          submitting={s.loading}
          onCancel={() => setSubmitting(null)}
          onSubmit={runSubmit}
        />
      ) : null}
    </Flex>
  );
}
