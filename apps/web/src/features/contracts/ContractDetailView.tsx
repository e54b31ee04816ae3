'use client';

import { roleCan } from '@kehu/domain/permissions';
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Popconfirm,
  Result,
  Skeleton,
  Statistic,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { getFragmentData } from '@/gql';
import type { ContractAction } from '@/gql/schema';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText, errorCode } from '@/lib/apollo/errorText';
import { formatDate, formatDateTime, formatMoney } from '@/features/deals/common/format';
import { useFeatureT } from '@/i18n/feature';
import { CONTRACT_STATUS_COLOR, LABELS, PLAN_STATUS_COLOR } from '@/features/deals/common/labels';
import { LoadError, PageTitle } from '@/features/deals/common/ui';
import { useViewer } from '@/features/deals/common/useViewer';
import { RecordReceiptMutation } from '@/features/receipts/queries';
import { ReceiptForm } from '@/features/receipts/ReceiptForm';
import { DeleteReceiptButton } from '@/features/receipts/DeleteReceiptButton';
import { useFeedback } from '@/lib/feedback/Feedback';
import { AttachmentsPanel } from '@/features/files/AttachmentsPanel';
import { FILE_MESSAGES } from '@/features/files/messages';
import { ContractActionModal, type ContractActionValues } from './ContractActionModal';
import { canPlan, canRecordMoney, contractActionsFor, rejectionOf } from './contractActions';
import { ContractFormModal } from './ContractFormModal';
import { CONTRACT_FORM_MESSAGES } from './formMessages';
import { CONTRACT_MESSAGES } from './messages';
import { CONTRACT_REVIEW_MESSAGES, ContractReviewPanel, GenerateContractButton } from './ContractReviewPanel';
import { InvoiceForm, PaymentPlanForm } from './PlanAndInvoiceForms';
import { PaymentPlanRowActions } from './PaymentPlanRowActions';
import { VoidInvoiceAction } from './VoidInvoiceAction';
import {
  AddPaymentPlanMutation,
  ApproveContractMutation,
  DeleteContractMutation,
  CompleteContractMutation,
  ContractDetailFields,
  ContractDetailQuery,
  IssueInvoiceMutation,
  RejectContractMutation,
  SignContractMutation,
  SubmitContractMutation,
  TerminateContractMutation,
} from './queries';

const ACTION_LABEL = {
  SUBMIT: 'submit',
  APPROVE: 'approve',
  REJECT: 'reject',
  SIGN: 'sign',
  COMPLETE: 'complete',
  TERMINATE: 'terminate',
} as const;

/** 合同详情: header, approval actions the viewer may take, lines, approval history, plans, receipts, invoices. */
export function ContractDetailView({ id }: { id: string }) {
  const m = useFeatureT(CONTRACT_MESSAGES);
  const rm = useFeatureT(CONTRACT_REVIEW_MESSAGES);
  const labels = useFeatureT(LABELS);
  const filesTitle = useFeatureT(FILE_MESSAGES)('title');
  const [locale] = useLocale();
  const { message } = useFeedback();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(ContractDetailQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const contract = getFragmentData(ContractDetailFields, data?.contract);

  const refetchAfter = { refetchQueries: [ContractDetailQuery], awaitRefetchQueries: true };
  const [submitC, s1] = useMutation(SubmitContractMutation);
  const [approveC, s2] = useMutation(ApproveContractMutation);
  const [rejectC, s3] = useMutation(RejectContractMutation);
  const [signC, s4] = useMutation(SignContractMutation);
  const [completeC, s5] = useMutation(CompleteContractMutation);
  const [terminateC, s6] = useMutation(TerminateContractMutation);
  const [addPlan, planState] = useMutation(AddPaymentPlanMutation, refetchAfter);
  const [recordReceipt, receiptState] = useMutation(RecordReceiptMutation, refetchAfter);
  const [issueInvoice, invoiceState] = useMutation(IssueInvoiceMutation, refetchAfter);
  const busy = [s1, s2, s3, s4, s5, s6].some((s) => s.loading);

  const fm = useFeatureT(CONTRACT_FORM_MESSAGES);
  const router = useRouter();
  const [voidC, voidState] = useMutation(DeleteContractMutation);
  const [editing, setEditing] = useState(false);
  const [action, setAction] = useState<ContractAction | null>(null);
  const [form, setForm] = useState<'plan' | 'receipt' | 'invoice' | null>(null);

  if (error && !contract) {
    if (errorCode(error) === 'NOT_FOUND') {
      return (
        <Card>
          <Result status="404" title={m('notFound')} extra={<Link href="/contracts">{m('back')}</Link>} />
        </Card>
      );
    }
    return <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  }
  if (!contract) {
    if (!loading && data) {
      return (
        <Card>
          <Result status="404" title={m('notFound')} extra={<Link href="/contracts">{m('back')}</Link>} />
        </Card>
      );
    }
    return (
      <Card data-testid="contract-loading">
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }

  const actions = contractActionsFor(viewer, contract);
  // A draft (new, or sent back by the reviewer) is edited, submitted again or voided by the owner's side.
  const canEditDeal = roleCan(viewer?.role, 'deal.edit');
  const draftEditable = contract.status === 'DRAFT' && canEditDeal;
  const rejected = rejectionOf(contract);
  const voidDraft = async () => {
    try {
      await voidC({ variables: { id: contract.id } });
      message.success(fm('voided', { number: contract.number }));
      router.push(`/customers/${contract.customer.id}?tab=contracts`);
    } catch (err) {
      message.error(apiErrorText(err, locale));
    }
  };
  const isOwnPending =
    contract.status === 'PENDING' && viewer && viewer.id === contract.owner.id && roleCan(viewer.role, 'contract.approve');

  const runAction = async (values: ContractActionValues) => {
    if (!action) return;
    const base = { id: contract.id, version: contract.version };
    try {
      if (action === 'SUBMIT') await submitC({ variables: { ...base, comment: values.comment ?? null } });
      else if (action === 'APPROVE') await approveC({ variables: { ...base, comment: values.comment ?? null } });
      else if (action === 'REJECT') await rejectC({ variables: { ...base, comment: values.comment ?? '' } });
      else if (action === 'SIGN') await signC({ variables: { ...base, signedAt: values.signedAt ?? '', comment: values.comment ?? null } });
      else if (action === 'COMPLETE') await completeC({ variables: { ...base, comment: values.comment ?? null } });
      else await terminateC({ variables: { ...base, reason: values.comment ?? '' } });
      message.success(m('done', { action: m(ACTION_LABEL[action]) }));
      setAction(null);
    } catch (err) {
      if (errorCode(err) === 'CONFLICT') {
        message.warning(m('stale'));
        setAction(null);
        void refetch().catch(() => undefined);
      } else {
        message.error(apiErrorText(err, locale));
      }
    }
  };

  const lineColumns: TableColumnsType<(typeof contract.lines)[number]> = [
    { title: '#', dataIndex: 'position', width: 48, render: (_, __, i) => i + 1 },
    {
      title: m('product'),
      key: 'product',
      render: (_, l) => (
        <Flex vertical>
          <span>{l.name}</span>
          {l.product ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l.product.code}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    { title: m('quantity'), dataIndex: 'quantity', align: 'right', render: (q: string, l) => `${q}${l.unit ? ` ${l.unit}` : ''}` },
    { title: m('unitPrice'), dataIndex: 'unitPrice', align: 'right', render: (v: string) => formatMoney(v) },
    { title: m('discount'), dataIndex: 'discountPercent', align: 'right', render: (v: string) => (Number(v) ? `${v}%` : '—') },
    { title: m('lineAmount'), dataIndex: 'amount', align: 'right', render: (v: string) => formatMoney(v) },
  ];

  // Plan and invoice row actions (deal.edit / payment.record: not SERVICE); the API checks scope again.
  const rowActionsOpen = roleCan(viewer?.role, 'payment.record');
  const reload = () => refetch().catch(() => undefined);

  const planColumns: TableColumnsType<(typeof contract.paymentPlans)[number]> = [
    { title: m('dueDate'), dataIndex: 'dueDate', render: (v: string) => formatDate(v) },
    { title: m('planAmount'), dataIndex: 'amount', align: 'right', render: (v: string) => formatMoney(v) },
    { title: m('receivedAmount'), dataIndex: 'receivedAmount', align: 'right', render: (v: string) => formatMoney(v) },
    { title: m('outstanding'), dataIndex: 'outstandingAmount', align: 'right', render: (v: string) => formatMoney(v) },
    {
      title: m('planStatus'),
      dataIndex: 'status',
      render: (s: keyof typeof PLAN_STATUS_COLOR, p) => (
        <Flex gap={4} wrap>
          <Tag color={PLAN_STATUS_COLOR[s]}>{labels(`planStatus.${s}`)}</Tag>
          {p.overdueDays > 0 ? <Typography.Text type="danger">{m('overdueDays', { n: p.overdueDays })}</Typography.Text> : null}
        </Flex>
      ),
    },
    { title: m('remark'), dataIndex: 'remark', responsive: ['md'], render: (v: string | null) => v ?? '—' },
    ...(rowActionsOpen
      ? [
          {
            key: 'actions',
            render: (_: unknown, p: (typeof contract.paymentPlans)[number]) => <PaymentPlanRowActions plan={p} onChanged={reload} />,
          },
        ]
      : []),
  ];

  const receiptColumns: TableColumnsType<(typeof contract.receipts)[number]> = [
    { title: m('receivedDate'), dataIndex: 'receivedDate', render: (v: string) => formatDate(v) },
    { title: m('money'), dataIndex: 'amount', align: 'right', render: (v: string) => formatMoney(v) },
    {
      title: m('method'),
      dataIndex: 'method',
      render: (v: keyof (typeof LABELS)['zh-CN']['receiptMethod']) => labels(`receiptMethod.${v}`),
    },
    { title: m('plan'), key: 'plan', responsive: ['md'], render: (_, r) => (r.plan ? formatDate(r.plan.dueDate) : '—') },
    { title: m('remark'), dataIndex: 'remark', responsive: ['md'], render: (v: string | null) => v ?? '—' },
    { title: m('actor'), key: 'by', responsive: ['lg'], render: (_, r) => r.recordedBy?.name ?? '—' },
    ...(rowActionsOpen
      ? [
          {
            key: 'actions',
            render: (_: unknown, r: (typeof contract.receipts)[number]) => (
              <DeleteReceiptButton receipt={r} contractNumber={contract.number} onDeleted={reload} />
            ),
          },
        ]
      : []),
  ];

  const invoiceColumns: TableColumnsType<(typeof contract.invoices)[number]> = [
    { title: m('invoiceNumber'), dataIndex: 'number' },
    {
      title: m('invoiceType'),
      dataIndex: 'type',
      render: (v: keyof (typeof LABELS)['zh-CN']['invoiceType']) => labels(`invoiceType.${v}`),
    },
    { title: m('money'), dataIndex: 'amount', align: 'right', render: (v: string) => formatMoney(v) },
    { title: m('issuedDate'), dataIndex: 'issuedDate', render: (v: string) => formatDate(v) },
    {
      title: m('invoiceStatus'),
      dataIndex: 'status',
      render: (v: keyof (typeof LABELS)['zh-CN']['invoiceStatus']) => (
        <Tag color={v === 'ISSUED' ? 'green' : 'default'}>{labels(`invoiceStatus.${v}`)}</Tag>
      ),
    },
    ...(rowActionsOpen
      ? [
          {
            key: 'actions',
            render: (_: unknown, i: (typeof contract.invoices)[number]) => <VoidInvoiceAction invoice={i} onChanged={reload} />,
          },
        ]
      : []),
  ];

  const moneyOpen = canRecordMoney(contract.status) && roleCan(viewer?.role, 'payment.record');
  const planOpen = canPlan(contract.status) && roleCan(viewer?.role, 'payment.record');

  return (
    <div>
      <Link href="/contracts" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {m('back')}
      </Link>
      <PageTitle
        title={
          <Flex gap={8} align="center" wrap>
            <span>{contract.title}</span>
            <Tag color={CONTRACT_STATUS_COLOR[contract.status]} data-testid="contract-status">
              {labels(`contractStatus.${contract.status}`)}
            </Tag>
            {contract.archivedAt ? (
              <Tag color="gold">
                <span data-testid="contract-archived">{rm('archived')}</span>
              </Tag>
            ) : null}
          </Flex>
        }
        extra={[
          ...(canEditDeal ? [<GenerateContractButton key="generate" contractId={contract.id} />] : []),
          ...(draftEditable
            ? [
                <Button key="edit" onClick={() => setEditing(true)}>
                  {fm('editDraft')}
                </Button>,
                <Popconfirm
                  key="void"
                  title={fm('voidConfirm', { number: contract.number })}
                  okText={fm('void')}
                  cancelText={fm('cancel')}
                  okButtonProps={{ danger: true, loading: voidState.loading }}
                  onConfirm={voidDraft}
                >
                  <Button danger>{fm('void')}</Button>
                </Popconfirm>,
              ]
            : []),
          ...actions.map((a) => (
            <Button
              key={a}
              type={a === 'APPROVE' || a === 'SUBMIT' || a === 'SIGN' ? 'primary' : 'default'}
              danger={a === 'REJECT' || a === 'TERMINATE'}
              onClick={() => setAction(a)}
              disabled={busy}
            >
              {m(ACTION_LABEL[a])}
            </Button>
          )),
        ]}
      />
      {rejected ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="contract-rejection"
          title={fm('rejectedBy', { name: rejected.actor.name, at: formatDateTime(rejected.at), comment: rejected.comment ?? '' })}
          description={fm('resubmitHint')}
        />
      ) : null}
      {isOwnPending ? <Alert type="info" showIcon title={m('self')} style={{ marginBottom: 12 }} /> : null}
      <Flex vertical gap={16}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
            <Descriptions.Item label={m('number')}>{contract.number}</Descriptions.Item>
            <Descriptions.Item label={m('customer')}>
              <Link href={`/customers/${contract.customer.id}`}>{contract.customer.name}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={m('owner')}>{contract.owner.name}</Descriptions.Item>
            <Descriptions.Item label={m('amount')}>
              <strong>{formatMoney(contract.amount)}</strong>
            </Descriptions.Item>
            <Descriptions.Item label={m('kind')}>{labels(`contractKind.${contract.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={m('signedAt')}>{formatDate(contract.signedAt)}</Descriptions.Item>
            <Descriptions.Item label={m('startDate')}>{formatDate(contract.startDate)}</Descriptions.Item>
            <Descriptions.Item label={m('endDate')}>{formatDate(contract.endDate)}</Descriptions.Item>
            {contract.opportunity ? <Descriptions.Item label={m('opportunity')}>{contract.opportunity.name}</Descriptions.Item> : null}
            {contract.parent ? (
              <Descriptions.Item label={m('parent')}>
                <Link href={`/contracts/${contract.parent.id}`}>{contract.parent.number}</Link>
              </Descriptions.Item>
            ) : null}
            {contract.terminationReason ? (
              <Descriptions.Item label={m('terminationReason')}>{contract.terminationReason}</Descriptions.Item>
            ) : null}
            {contract.remark ? <Descriptions.Item label={m('remark')}>{contract.remark}</Descriptions.Item> : null}
          </Descriptions>
          {contract.supplements.length ? (
            <Flex gap={8} wrap align="center" style={{ marginTop: 8 }}>
              <Typography.Text type="secondary">{m('supplements')}:</Typography.Text>
              {contract.supplements.map((s) => (
                <Link key={s.id} href={`/contracts/${s.id}`}>
                  {s.number} <Tag color={CONTRACT_STATUS_COLOR[s.status]}>{labels(`contractStatus.${s.status}`)}</Tag>
                </Link>
              ))}
            </Flex>
          ) : null}
        </Card>

        <Card size="small" title={m('receivable')}>
          <Flex gap={32} wrap>
            <Statistic title={m('contracted')} value={formatMoney(contract.receivable.contracted)} />
            <Statistic title={m('received')} value={formatMoney(contract.receivable.received)} />
            <Statistic title={m('outstanding')} value={formatMoney(contract.receivable.outstanding)} />
            <Statistic
              title={m('overdue')}
              value={formatMoney(contract.receivable.overdue)}
              styles={{ content: { color: contract.receivable.longestOverdueDays > 0 ? '#cf1322' : undefined } }}
            />
          </Flex>
        </Card>

        <Card size="small" title={m('lines')}>
          <Table
            rowKey="id"
            size="small"
            columns={lineColumns}
            dataSource={[...contract.lines].sort((a, b) => a.position - b.position)}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty description={m('noLines')} /> }}
            data-testid="contract-lines"
            summary={() =>
              contract.lines.length ? (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={5} align="right">
                    {m('linesTotal')}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">
                    <strong>{formatMoney(contract.amount)}</strong>
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              ) : null
            }
          />
        </Card>

        <Card size="small" title={m('approvals')}>
          {contract.approvals.length ? (
            <Timeline
              data-testid="contract-approvals"
              items={[...contract.approvals]
                .sort((a, b) => b.at.localeCompare(a.at))
                .map((a) => ({
                  key: a.id,
                  color: a.action === 'REJECT' || a.action === 'TERMINATE' ? 'red' : a.action === 'SUBMIT' ? 'blue' : 'green',
                  title: formatDateTime(a.at),
                  content: (
                    <div data-testid="approval-entry">
                      <strong>{labels(`contractAction.${a.action}`)}</strong> · {a.actor.name}{' '}
                      <Typography.Text type="secondary">
                        ({labels(`contractStatus.${a.fromStatus}`)} → {labels(`contractStatus.${a.toStatus}`)})
                      </Typography.Text>
                      {a.comment ? <Typography.Paragraph style={{ margin: 0 }}>{a.comment}</Typography.Paragraph> : null}
                    </div>
                  ),
                }))}
            />
          ) : (
            <Empty description={m('noApprovals')} />
          )}
        </Card>

        <Card size="small" title={rm('checklist') + ' · ' + rm('comments')}>
          <ContractReviewPanel contract={contract} canEdit={canEditDeal} canComment={canEditDeal} />
        </Card>

        <Card size="small" title={filesTitle}>
          <AttachmentsPanel recordKind="CONTRACT" recordId={contract.id} />
        </Card>

        <Card
          size="small"
          title={m('plans')}
          extra={
            planOpen ? (
              <Button size="small" icon={<PlusOutlined />} onClick={() => setForm('plan')}>
                {m('addPlan')}
              </Button>
            ) : null
          }
        >
          <Table
            rowKey="id"
            size="small"
            columns={planColumns}
            dataSource={contract.paymentPlans}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty description={m('noPlans')} /> }}
          />
        </Card>

        {!canRecordMoney(contract.status) ? <Alert type="info" showIcon title={m('needSigned')} /> : null}

        <Card
          size="small"
          title={m('receipts')}
          extra={
            moneyOpen ? (
              <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setForm('receipt')}>
                {m('addReceipt')}
              </Button>
            ) : null
          }
        >
          <Table
            rowKey="id"
            size="small"
            columns={receiptColumns}
            dataSource={contract.receipts}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty description={m('noReceipts')} /> }}
          />
        </Card>

        <Card
          size="small"
          title={m('invoices')}
          extra={
            moneyOpen ? (
              <Button size="small" icon={<PlusOutlined />} onClick={() => setForm('invoice')}>
                {m('addInvoice')}
              </Button>
            ) : null
          }
        >
          <Table
            rowKey="id"
            size="small"
            columns={invoiceColumns}
            dataSource={contract.invoices}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty description={m('noInvoices')} /> }}
          />
        </Card>
      </Flex>

      {editing ? (
        <ContractFormModal
          open
          contract={{
            ...contract,
            lines: [...contract.lines]
              .sort((a, b) => a.position - b.position)
              .map((l) => ({ ...l, quantity: String(l.quantity), discountPercent: String(l.discountPercent) })),
          }}
          onClose={() => setEditing(false)}
          onSaved={() => void refetch().catch(() => undefined)}
        />
      ) : null}
      <ContractActionModal
        action={action}
        contractNumber={contract.number}
        submitting={busy}
        onCancel={() => setAction(null)}
        onSubmit={runAction}
      />
      <PaymentPlanForm
        open={form === 'plan'}
        submitting={planState.loading}
        onCancel={() => setForm(null)}
        onSubmit={async (input) => {
          await addPlan({ variables: { contractId: contract.id, input } });
          message.success(m('planAdded'));
          setForm(null);
        }}
      />
      <ReceiptForm
        open={form === 'receipt'}
        contractNumber={contract.number}
        outstanding={contract.receivable.outstanding}
        plans={contract.paymentPlans}
        submitting={receiptState.loading}
        onCancel={() => setForm(null)}
        onSubmit={async (input) => {
          await recordReceipt({ variables: { contractId: contract.id, input } });
          message.success(`${m('addReceipt')}: ${formatMoney(input.amount)}`);
          setForm(null);
        }}
      />
      <InvoiceForm
        open={form === 'invoice'}
        submitting={invoiceState.loading}
        onCancel={() => setForm(null)}
        onSubmit={async (input) => {
          await issueInvoice({ variables: { contractId: contract.id, input } });
          message.success(m('invoiceAdded'));
          setForm(null);
        }}
      />
    </div>
  );
}
