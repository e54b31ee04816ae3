'use client';

import { roleCan } from '@kehu/domain/permissions';
import { AppstoreOutlined, PlusOutlined, ReloadOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Flex, Input, Segmented, Switch, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import type { OpportunityFilter, OpportunityStage } from '@/gql/schema';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText, errorCode } from '@/lib/apollo/errorText';
import { formatDate, formatDateTime, formatMoney } from './common/format';
import { useFeatureT } from '@/i18n/feature';
import { LABELS, STAGES } from './common/labels';
import { ExportButton } from '@/features/exports/ExportButton';
import { useFeedback } from '@/lib/feedback/Feedback';
import { ListSkeleton, LoadError, PageTitle } from './common/ui';
import { OPPORTUNITY_FORM_MESSAGES } from './formMessages';
import { OpportunityFormModal } from './OpportunityFormModal';
import { useUrlState } from './common/useUrlState';
import { useViewer } from './common/useViewer';
import { AdvanceModal, type AdvanceValues } from './AdvanceModal';
import { KanbanBoard, type BoardOpportunity } from './KanbanBoard';
import { DEALS_MESSAGES } from './messages';
import { AdvanceOpportunityMutation, DealsBoardQuery } from './queries';
import { StageHistoryDrawer } from './StageHistoryDrawer';
import { checkStageMove } from '@kehu/domain/opportunity-stage';

/** The board shows one page of this many; the filters narrow it down beyond that. */
const BOARD_LIMIT = 100;

/** 商机: a kanban by stage (drag to advance, with a note) and a list; view and filters live in the URL. */
export function DealsView() {
  const m = useFeatureT(DEALS_MESSAGES);
  const labels = useFeatureT(LABELS);
  const fm = useFeatureT(OPPORTUNITY_FORM_MESSAGES);
  const [creating, setCreating] = useState(false);
  const [locale] = useLocale();
  const { message } = useFeedback();
  const url = useUrlState();
  const viewer = useViewer();
  const view = url.get('view') === 'list' ? 'list' : 'board';
  const q = url.get('q') ?? '';
  const mine = url.get('mine') === '1';
  // Drill-down from the reports: ?stage=NEGOTIATION&owner=a,b
  const stages = url.getAll('stage').filter((x): x is OpportunityStage => STAGES.some((st) => st.stage === x));
  const owners = url.getAll('owner');
  // Drill-down from the forecast: a team, expected close dates (open deals) or close dates (won deals), and the
  // leader's name for the chip (?team=<id>&teamName=…&closeFrom=…&closeTo=… or closedFrom / closedTo).
  const team = url.get('team');
  const teamName = url.get('teamName');
  const closeFrom = url.get('closeFrom');
  const closeTo = url.get('closeTo');
  const closedFrom = url.get('closedFrom');
  const closedTo = url.get('closedTo');
  const [search, setSearch] = useState(q);
  useEffect(() => setSearch(q), [q]);

  const filter: OpportunityFilter = useMemo(
    () => ({
      search: q || undefined,
      ownerIds: mine && viewer ? [viewer.id] : owners.length ? owners : undefined,
      stages: stages.length ? stages : undefined,
      teamOf: team || undefined,
      expectedCloseFrom: closeFrom || undefined,
      expectedCloseTo: closeTo || undefined,
      closedFrom: closedFrom || undefined,
      closedTo: closedTo || undefined,
    }),
    // url.key changes with every parameter
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [url.key, viewer],
  );
  const { data, previousData, loading, error, refetch } = useQuery(DealsBoardQuery, {
    variables: { filter, first: BOARD_LIMIT, orderBy: { field: 'AMOUNT', direction: 'DESC' } },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [advance, { loading: advancing }] = useMutation(AdvanceOpportunityMutation);
  const [move, setMove] = useState<{ opp: BoardOpportunity; to: OpportunityStage } | null>(null);
  const [historyId, setHistoryId] = useState<string | null>(null);

  const shown = data ?? previousData;
  const opportunities: BoardOpportunity[] = useMemo(() => shown?.opportunities.edges.map((e) => e.node) ?? [], [shown]);
  const canEdit = roleCan(viewer?.role, 'deal.edit');

  const requestMove = (opp: BoardOpportunity, to: OpportunityStage) => {
    // The API's own rule (@kehu/domain): the board only spares people a move it would refuse.
    const problem = checkStageMove(opp.stage, to)?.code;
    if (problem === 'STAGE_UNCHANGED') return;
    if (problem) {
      message.warning(
        problem === 'STAGE_FINAL'
          ? m('wonFinal')
          : problem === 'STAGE_REOPEN_FIRST'
            ? m('reopenFirst')
            : m('notAllowed', { from: labels(`stage.${opp.stage}`), to: labels(`stage.${to}`) }),
      );
      return;
    }
    setMove({ opp, to });
  };

  const submitMove = async ({ note, lostReason }: AdvanceValues) => {
    if (!move) return;
    const { opp, to } = move;
    try {
      await advance({ variables: { id: opp.id, version: opp.version, stage: to, note, lostReason: lostReason ?? null } });
      message.success(m('advanced', { name: opp.name, stage: labels(`stage.${to}`) }));
      setMove(null);
      void refetch().catch(() => undefined);
    } catch (err) {
      if (errorCode(err) === 'CONFLICT') {
        message.warning(m('stale', { name: opp.name }));
        setMove(null);
        void refetch().catch(() => undefined);
      } else {
        message.error(apiErrorText(err, locale));
      }
    }
  };

  const columns: TableColumnsType<BoardOpportunity> = [
    {
      title: m('name'),
      dataIndex: 'name',
      render: (_, o) => (
        <Button
          type="link"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
          onClick={() => setHistoryId(o.id)}
        >
          {o.name}
        </Button>
      ),
    },
    { title: m('customer'), key: 'customer', render: (_, o) => <Link href={`/customers/${o.customer.id}`}>{o.customer.name}</Link> },
    {
      title: m('stage'),
      dataIndex: 'stage',
      render: (s: OpportunityStage) => <Tag color={STAGES.find((x) => x.stage === s)?.color}>{labels(`stage.${s}`)}</Tag>,
      filters: STAGES.map((s) => ({ text: labels(`stage.${s.stage}`), value: s.stage })),
      onFilter: (value, o) => o.stage === value,
    },
    { title: m('amount'), dataIndex: 'amount', align: 'right', render: (v: string) => formatMoney(v) },
    { title: m('winRate'), dataIndex: 'winRate', align: 'right', responsive: ['sm'], render: (v: number) => `${v}%` },
    { title: m('expectedClose'), dataIndex: 'expectedCloseDate', responsive: ['md'], render: (v: string | null) => formatDate(v) },
    { title: m('owner'), key: 'owner', responsive: ['md'], render: (_, o) => o.owner.name },
    { title: m('updatedAt'), dataIndex: 'updatedAt', responsive: ['lg'], render: (v: string) => formatDateTime(v) },
  ];

  const truncated = !!shown?.opportunities.pageInfo.hasNextPage;
  const drilled = !!(team || closeFrom || closeTo || closedFrom || closedTo);
  const filtered = !!(q || mine || stages.length || owners.length || drilled);

  return (
    <div>
      <PageTitle
        title={m('title')}
        extra={
          <>
            {roleCan(viewer?.role, 'deal.edit') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {fm('create')}
              </Button>
            ) : null}
            <ExportButton kind="OPPORTUNITIES" filter={filter} />
            <Segmented
              value={view}
              onChange={(v) => url.set({ view: v === 'list' ? 'list' : null })}
              options={[
                { value: 'board', label: m('board'), icon: <AppstoreOutlined /> },
                { value: 'list', label: m('list'), icon: <UnorderedListOutlined /> },
              ]}
              aria-label={`${m('board')} / ${m('list')}`}
            />
            <Button icon={<ReloadOutlined />} onClick={() => void refetch().catch(() => undefined)}>
              {m('retry')}
            </Button>
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex gap={12} wrap align="center">
          <Input.Search
            allowClear
            placeholder={m('search')}
            aria-label={m('search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onSearch={(v) => url.set({ q: v.trim() || null })}
            style={{ flex: '1 1 240px', maxWidth: 360 }}
          />
          <Flex gap={6} align="center">
            <Switch checked={mine} onChange={(v) => url.set({ mine: v ? '1' : null })} aria-label={m('mine')} id="deals-mine" />
            <label htmlFor="deals-mine">{m('mine')}</label>
          </Flex>
          {stages.map((st) => (
            <Tag key={st} closable onClose={() => url.set({ stage: stages.filter((x) => x !== st) })}>
              {labels(`stage.${st}`)}
            </Tag>
          ))}
          {owners.length && !mine ? <Tag>{m('ownerFilter')}</Tag> : null}
          {team ? <Tag>{m('teamFilter', { name: teamName ?? '' })}</Tag> : null}
          {closeFrom || closeTo ? <Tag>{m('expectedRange', { from: closeFrom ?? '…', to: closeTo ?? '…' })}</Tag> : null}
          {closedFrom || closedTo ? <Tag>{m('closedRange', { from: closedFrom ?? '…', to: closedTo ?? '…' })}</Tag> : null}
          {filtered ? (
            <Button
              onClick={() =>
                url.set({
                  q: null,
                  mine: null,
                  stage: null,
                  owner: null,
                  team: null,
                  teamName: null,
                  closeFrom: null,
                  closeTo: null,
                  closedFrom: null,
                  closedTo: null,
                })
              }
            >
              {m('clear')}
            </Button>
          ) : null}
          {view === 'board' ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {m('dragHint')}
            </Typography.Text>
          ) : null}
        </Flex>
      </Card>
      {truncated ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={m('truncated', { shown: opportunities.length, total: shown?.opportunities.totalCount ?? 0 })}
        />
      ) : null}
      {error && !shown ? (
        <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !shown ? (
        <ListSkeleton testId="deals-loading" />
      ) : !opportunities.length ? (
        <Card>
          <Empty description={filtered ? m('emptyFiltered') : m('emptyHint')} />
        </Card>
      ) : view === 'board' ? (
        <KanbanBoard
          opportunities={opportunities}
          totals={shown.opportunities.stageTotals}
          canEdit={canEdit}
          onMove={requestMove}
          onOpen={setHistoryId}
          busyId={advancing ? move?.opp.id : undefined}
        />
      ) : (
        <Card size="small">
          <Typography.Text type="secondary">{m('total', { n: shown.opportunities.totalCount })}</Typography.Text>
          <Table
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={opportunities}
            loading={loading}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            style={{ marginTop: 8 }}
            data-testid="deals-table"
          />
        </Card>
      )}
      {/* Only once there are deals to move: its form is rendered ahead (forceRender), into a portal the
          server cannot render, so in the server's HTML it would break hydration. */}
      {shown ? (
        <AdvanceModal
          move={move ? { name: move.opp.name, from: move.opp.stage, to: move.to } : null}
          submitting={advancing}
          onCancel={() => setMove(null)}
          onSubmit={submitMove}
        />
      ) : null}
      <StageHistoryDrawer id={historyId} onClose={() => setHistoryId(null)} />
      {creating ? (
        <OpportunityFormModal open onClose={() => setCreating(false)} onSaved={() => void refetch().catch(() => undefined)} />
      ) : null}
    </div>
  );
}
