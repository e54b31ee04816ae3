'use client';

import { DownOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Button, Dropdown, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import type { OpportunitiesTab_CustomerFragment } from '@/gql/graphql';
import type { OpportunityStage } from '@/gql/schema';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText, errorCode } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { lazyAntd } from '@/lib/providers/lazyAntd';
import { useFeatureT, type Dict } from '@/i18n/feature';
import { LABELS, STAGES } from '@/features/deals/common/labels';
import { OPPORTUNITY_FORM_MESSAGES } from '@/features/deals/formMessages';
import { AdvanceOpportunityMutation } from '@/features/deals/queries';
import { canMoveStage } from '@kehu/domain/opportunity-stage';
import type { ContractPrefill } from '@/features/contracts/ContractFormModal';
import { CONTRACT_FORM_MESSAGES } from '@/features/contracts/formMessages';
import { enumLabel } from '../../domain';
import { formatDate, formatMoney } from '../../format';
import { EmptyHint } from '../../ui';
import { useCustomerT } from '../../useCustomerT';

export const OpportunitiesTabFragment = graphql(`
  fragment OpportunitiesTab_customer on Customer {
    id
    opportunities(first: 50) {
      id
      name
      amount
      stage
      winRate
      expectedCloseDate
      remark
      lostReason
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
      owner {
        id
        name
      }
    }
  }
`);

export const DeleteOpportunityMutation = graphql(`
  mutation DeleteOpportunity($id: ID!) {
    deleteOpportunity(id: $id)
  }
`);

// 删除: only an opportunity no contract refers to (the API refuses the others and says why).
const DELETE_MESSAGES: Dict<{ delete: string; confirm: string; deleted: string }> = {
  'zh-CN': { delete: '删除', confirm: '删除商机「{name}」？删除后不能恢复。', deleted: '商机已删除' },
  en: { delete: 'Delete', confirm: 'Delete the opportunity "{name}"? This cannot be undone.', deleted: 'Opportunity deleted' },
};

// The forms load when first opened.
const OpportunityFormModal = lazyAntd(() => import('@/features/deals/OpportunityFormModal').then((m) => m.OpportunityFormModal));
const AdvanceModal = lazyAntd(() => import('@/features/deals/AdvanceModal').then((m) => m.AdvanceModal));
const ContractFormModal = lazyAntd(() => import('@/features/contracts/ContractFormModal').then((m) => m.ContractFormModal));

type Opportunity = OpportunitiesTab_CustomerFragment['opportunities'][number];

/**
 * 商机: the customer's opportunities with amount, stage, win rate and expected close; 新建商机, 编辑, 推进 (any
 * stage the rules allow, 赢单 included), 输单 with a reason, and 生成合同 from a won one (a draft prefilled from it).
 */
export function OpportunitiesTab(props: {
  customer: FragmentType<typeof OpportunitiesTabFragment>;
  canEdit: boolean;
  /** Open 新建商机 at once (the phone header's quick action). */
  openCreate?: boolean;
  onCreateOpened?: () => void;
}) {
  const customer = getFragmentData(OpportunitiesTabFragment, props.customer);
  const t = useCustomerT();
  const m = useFeatureT(OPPORTUNITY_FORM_MESSAGES);
  const cm = useFeatureT(CONTRACT_FORM_MESSAGES);
  const labels = useFeatureT(LABELS);
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Opportunity | null>(null);
  const [move, setMove] = useState<{ o: Opportunity; to: OpportunityStage } | null>(null);
  const [contractFrom, setContractFrom] = useState<ContractPrefill | null>(null);
  const [advance, { loading: advancing }] = useMutation(AdvanceOpportunityMutation);
  const dm = useFeatureT(DELETE_MESSAGES);
  const [remove] = useMutation(DeleteOpportunityMutation, { refetchQueries: 'active' });
  const runDelete = async (o: Opportunity) => {
    try {
      await remove({ variables: { id: o.id } });
      message.success(dm('deleted'));
    } catch (e) {
      message.error(apiErrorText(e, locale));
    }
  };
  const { openCreate, onCreateOpened } = props;
  useEffect(() => {
    if (openCreate && props.canEdit) {
      setCreating(true);
      onCreateOpened?.();
    }
  }, [openCreate, onCreateOpened, props.canEdit]);

  const runMove = async (values: { note: string; lostReason?: string }) => {
    if (!move) return;
    try {
      await advance({
        variables: { id: move.o.id, version: move.o.version, stage: move.to, note: values.note, lostReason: values.lostReason ?? null },
      });
      message.success(move.to === 'LOST' ? m('lost') : m('advanced', { stage: labels(`stage.${move.to}`) }));
      setMove(null);
    } catch (e) {
      message.error(errorCode(e) === 'CONFLICT' ? m('stale') : apiErrorText(e, locale));
      if (errorCode(e) === 'CONFLICT') setMove(null);
    }
  };

  const actions = (o: Opportunity) => {
    const targets = STAGES.map((s) => s.stage).filter((s) => s !== 'LOST' && canMoveStage(o.stage, s));
    return (
      <Space size={4} wrap>
        {o.stage !== 'WON' && o.stage !== 'LOST' ? (
          <Button size="small" type="link" onClick={() => setEditing(o)}>
            {m('edit')}
          </Button>
        ) : null}
        {targets.length ? (
          <Dropdown
            trigger={['click']}
            menu={{
              items: targets.map((s) => ({ key: s, label: labels(`stage.${s}`) })),
              onClick: ({ key }) => setMove({ o, to: key as OpportunityStage }),
            }}
          >
            <Button size="small">
              {m('advance')} <DownOutlined />
            </Button>
          </Dropdown>
        ) : null}
        {canMoveStage(o.stage, 'LOST') ? (
          <Button size="small" danger onClick={() => setMove({ o, to: 'LOST' })}>
            {m('lose')}
          </Button>
        ) : null}
        {o.stage !== 'WON' ? (
          <Popconfirm title={dm('confirm', { name: o.name })} okButtonProps={{ danger: true }} onConfirm={() => runDelete(o)}>
            <Button size="small" type="link" danger>
              {dm('delete')}
            </Button>
          </Popconfirm>
        ) : null}
        {o.stage === 'WON' ? (
          <Button
            size="small"
            type="primary"
            ghost
            onClick={() => setContractFrom({ opportunity: { id: o.id, name: o.name, amount: o.amount, lines: o.lines } })}
          >
            {cm('createFromOpportunity')}
          </Button>
        ) : null}
      </Space>
    );
  };

  return (
    <Flex vertical gap={12}>
      {props.canEdit ? (
        <Flex justify="flex-end">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {m('create')}
          </Button>
        </Flex>
      ) : null}
      <Table
        rowKey="id"
        size="middle"
        scroll={{ x: 760 }}
        pagination={false}
        dataSource={customer.opportunities}
        data-testid="opportunity-table"
        locale={{ emptyText: <EmptyHint>{t('opportunities.empty')}</EmptyHint> }}
        columns={[
          {
            title: t('opportunities.name'),
            dataIndex: 'name',
            render: (v: string, o) => (
              <Flex vertical>
                <span>{v}</span>
                {o.stage === 'LOST' && o.lostReason ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {o.lostReason}
                  </Typography.Text>
                ) : null}
              </Flex>
            ),
          },
          { title: t('opportunities.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => formatMoney(v) },
          {
            title: t('opportunities.stage'),
            dataIndex: 'stage',
            render: (v: string) => (
              <Tag color={v === 'WON' ? 'green' : v === 'LOST' ? 'red' : 'blue'}>{enumLabel('OpportunityStage', v, locale)}</Tag>
            ),
          },
          { title: t('opportunities.winRate'), dataIndex: 'winRate', align: 'right', render: (v: number) => `${v}%` },
          { title: t('opportunities.expectedCloseDate'), dataIndex: 'expectedCloseDate', render: (v: string | null) => formatDate(v) },
          { title: t('opportunities.owner'), key: 'owner', render: (_, o) => o.owner.name },
          ...(props.canEdit ? [{ key: 'actions', title: cm('actions'), render: (_: unknown, o: Opportunity) => actions(o) }] : []),
        ]}
      />
      {creating ? <OpportunityFormModal open customerId={customer.id} onClose={() => setCreating(false)} /> : null}
      {editing ? <OpportunityFormModal open opportunity={editing} onClose={() => setEditing(null)} /> : null}
      {move ? (
        <AdvanceModal
          move={{ name: move.o.name, from: move.o.stage, to: move.to }}
          submitting={advancing}
          onCancel={() => setMove(null)}
          onSubmit={runMove}
        />
      ) : null}
      {contractFrom ? (
        <ContractFormModal open customerId={customer.id} prefill={contractFrom} onClose={() => setContractFrom(null)} />
      ) : null}
    </Flex>
  );
}
