'use client';

import { DownOutlined } from '@ant-design/icons';
import { Button, Card, Dropdown, Flex, Tag, Tooltip, Typography, theme } from 'antd';
import Link from 'next/link';
import { useMemo, useState, type DragEvent } from 'react';
import type { OpportunityStage } from '@/gql/schema';
import { formatDate, formatMoney } from './common/format';
import { useFeatureT } from '@/i18n/feature';
import { LABELS, STAGES } from './common/labels';
import { DEALS_MESSAGES } from './messages';
import { canMoveStage } from '@kehu/domain/opportunity-stage';

export interface BoardOpportunity {
  id: string;
  name: string;
  amount: string;
  stage: OpportunityStage;
  winRate: number;
  version: number;
  expectedCloseDate?: string | null;
  updatedAt: string;
  customer: { id: string; name: string };
  owner: { id: string; name: string };
}

/** One column's totals over every deal the board's filter matches (the API's stageTotals), not only the cards shown. */
export interface StageTotal {
  /** An OpportunityStage value (the API's FunnelStage.stage is a string). */
  stage: string;
  count: number;
  amount: string;
  weightedAmount: string;
}

const NONE = { count: 0, amount: '0.00', weightedAmount: '0.00' };

const DRAG_TYPE = 'application/x-kehu-opportunity';

export interface KanbanBoardProps {
  opportunities: readonly BoardOpportunity[];
  totals: readonly StageTotal[];
  canEdit: boolean;
  onMove: (opportunity: BoardOpportunity, to: OpportunityStage) => void;
  onOpen: (id: string) => void;
  busyId?: string;
}

/**
 * Columns by stage. Cards are dragged with HTML5 drag and drop (desktop); each card also has a
 * 推进阶段 menu, which is what keyboards and phones use.
 */
export function KanbanBoard({ opportunities, totals, canEdit, onMove, onOpen, busyId }: KanbanBoardProps) {
  const m = useFeatureT(DEALS_MESSAGES);
  const labels = useFeatureT(LABELS);
  const { token } = theme.useToken();
  const [dragging, setDragging] = useState<BoardOpportunity | null>(null);
  const [over, setOver] = useState<OpportunityStage | null>(null);
  const totalOf = useMemo(() => new Map(totals.map((t) => [t.stage, t])), [totals]);
  const byId = useMemo(() => new Map(opportunities.map((o) => [o.id, o])), [opportunities]);

  const drop = (stage: OpportunityStage) => (e: DragEvent) => {
    e.preventDefault();
    setOver(null);
    const id = e.dataTransfer.getData(DRAG_TYPE) || e.dataTransfer.getData('text/plain');
    const opp = byId.get(id) ?? dragging;
    setDragging(null);
    if (opp && opp.stage !== stage) onMove(opp, stage);
  };

  return (
    <div style={{ overflowX: 'auto', paddingBottom: 8 }} data-testid="deals-board">
      <Flex gap={12} align="flex-start" style={{ minWidth: STAGES.length * 232 }}>
        {STAGES.map(({ stage, color }) => {
          const t = totalOf.get(stage) ?? NONE;
          const cards = opportunities.filter((o) => o.stage === stage);
          const allowed = dragging ? canMoveStage(dragging.stage, stage) : false;
          return (
            <section
              key={stage}
              aria-label={labels(`stage.${stage}`)}
              data-testid={`stage-${stage}`}
              onDragOver={(e) => {
                if (!canEdit || !dragging || !allowed) return;
                e.preventDefault();
                e.dataTransfer.dropEffect = 'move';
                if (over !== stage) setOver(stage);
              }}
              onDragLeave={() => over === stage && setOver(null)}
              onDrop={drop(stage)}
              style={{
                flex: '1 0 220px',
                maxWidth: 300,
                background: over === stage ? token.colorPrimaryBg : token.colorFillQuaternary,
                border: `1px dashed ${over === stage ? token.colorPrimary : 'transparent'}`,
                borderRadius: token.borderRadiusLG,
                padding: 8,
                minHeight: 240,
              }}
            >
              <div style={{ padding: '4px 4px 8px' }}>
                <Flex justify="space-between" align="center">
                  <Tag color={color} style={{ fontWeight: 600 }}>
                    {labels(`stage.${stage}`)}
                  </Tag>
                  <Typography.Text type="secondary" data-testid={`stage-${stage}-count`}>
                    {m('count', { n: t.count })}
                  </Typography.Text>
                </Flex>
                <Typography.Text strong style={{ display: 'block', marginTop: 4 }} data-testid={`stage-${stage}-amount`}>
                  {formatMoney(t.amount)}
                </Typography.Text>
                <Tooltip title={m('weightedHint')}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`stage-${stage}-weighted`}>
                    {m('weighted')} {formatMoney(t.weightedAmount)}
                  </Typography.Text>
                </Tooltip>
              </div>
              <Flex vertical gap={8}>
                {cards.map((o) => (
                  <Card
                    key={o.id}
                    size="small"
                    draggable={canEdit}
                    data-testid={`deal-${o.id}`}
                    data-deal-name={o.name}
                    onDragStart={(e) => {
                      e.dataTransfer.setData(DRAG_TYPE, o.id);
                      e.dataTransfer.setData('text/plain', o.id);
                      e.dataTransfer.effectAllowed = 'move';
                      setDragging(o);
                    }}
                    onDragEnd={() => {
                      setDragging(null);
                      setOver(null);
                    }}
                    style={{ cursor: canEdit ? 'grab' : 'default', opacity: busyId === o.id ? 0.5 : 1 }}
                  >
                    <Button
                      type="link"
                      onClick={() => onOpen(o.id)}
                      style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left', fontWeight: 600 }}
                    >
                      {o.name}
                    </Button>
                    <div>
                      <Link href={`/customers/${o.customer.id}`} style={{ fontSize: 12 }}>
                        {o.customer.name}
                      </Link>
                    </div>
                    <Flex justify="space-between" align="center" style={{ marginTop: 4 }}>
                      <Typography.Text>{formatMoney(o.amount)}</Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {o.winRate}%
                      </Typography.Text>
                    </Flex>
                    <Flex justify="space-between" align="center" style={{ marginTop: 4 }}>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {o.owner.name} · {formatDate(o.expectedCloseDate)}
                      </Typography.Text>
                      {canEdit && o.stage !== 'WON' ? (
                        <Dropdown
                          trigger={['click']}
                          menu={{
                            items: STAGES.filter((s) => canMoveStage(o.stage, s.stage)).map((s) => ({
                              key: s.stage,
                              label: m('advanceTo', { stage: labels(`stage.${s.stage}`) }),
                            })),
                            onClick: ({ key }) => onMove(o, key as OpportunityStage),
                          }}
                        >
                          <Button size="small" type="text" aria-label={`${m('advance')}: ${o.name}`}>
                            {m('advance')} <DownOutlined />
                          </Button>
                        </Dropdown>
                      ) : null}
                    </Flex>
                  </Card>
                ))}
                {!cards.length ? (
                  <Typography.Text type="secondary" style={{ textAlign: 'center', padding: 16, fontSize: 12 }}>
                    {dragging && allowed ? m('dropHere') : m('empty')}
                  </Typography.Text>
                ) : null}
              </Flex>
            </section>
          );
        })}
      </Flex>
    </div>
  );
}
