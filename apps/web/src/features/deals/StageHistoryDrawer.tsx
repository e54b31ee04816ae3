'use client';

import { useQuery } from '@apollo/client/react';
import { Descriptions, Drawer, Empty, Grid, Skeleton, Tag, Timeline, Typography } from 'antd';
import Link from 'next/link';
import { formatDate, formatDateTime, formatMoney } from './common/format';
import { useFeatureT } from '@/i18n/feature';
import { LABELS, STAGES } from './common/labels';
import { LoadError } from './common/ui';
import { DEALS_MESSAGES } from './messages';
import { OpportunityHistoryQuery } from './queries';

/** One opportunity with its stage history (who moved it, when, with which note). */
export function StageHistoryDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const m = useFeatureT(DEALS_MESSAGES);
  const labels = useFeatureT(LABELS);
  const screens = Grid.useBreakpoint();
  const { data, loading, error, refetch } = useQuery(OpportunityHistoryQuery, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'cache-and-network',
  });
  const o = data?.opportunity;
  const color = (s: string) => STAGES.find((x) => x.stage === s)?.color;

  return (
    <Drawer open={!!id} onClose={onClose} title={o?.name ?? m('history')} size={screens.md ? 480 : '100%'} data-testid="stage-history">
      {error && !o ? (
        <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : loading && !o ? (
        <Skeleton active />
      ) : o ? (
        <>
          <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={m('customer')}>
              <Link href={`/customers/${o.customer.id}`}>{o.customer.name}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={m('amount')}>{formatMoney(o.amount)}</Descriptions.Item>
            <Descriptions.Item label={m('stage')}>
              <Tag color={color(o.stage)}>{labels(`stage.${o.stage}`)}</Tag> {o.winRate}%
            </Descriptions.Item>
            <Descriptions.Item label={m('owner')}>{o.owner.name}</Descriptions.Item>
            <Descriptions.Item label={m('expectedClose')}>{formatDate(o.expectedCloseDate)}</Descriptions.Item>
            {o.lostReason ? <Descriptions.Item label={m('lostReason')}>{o.lostReason}</Descriptions.Item> : null}
          </Descriptions>
          <Typography.Title level={5}>{m('history')}</Typography.Title>
          {o.stageHistory.length ? (
            <Timeline
              items={[...o.stageHistory]
                .sort((a, b) => b.at.localeCompare(a.at))
                .map((h) => ({
                  key: h.id,
                  color: color(h.toStage) === 'default' ? 'gray' : color(h.toStage),
                  title: formatDateTime(h.at),
                  content: (
                    <div data-testid="stage-change">
                      <div>
                        {h.fromStage ? (
                          <>
                            {labels(`stage.${h.fromStage}`)} → <strong>{labels(`stage.${h.toStage}`)}</strong>
                          </>
                        ) : (
                          <>
                            {m('created')}: <strong>{labels(`stage.${h.toStage}`)}</strong>
                          </>
                        )}
                      </div>
                      {h.note ? <Typography.Paragraph style={{ margin: 0 }}>{h.note}</Typography.Paragraph> : null}
                      <Typography.Text type="secondary">{m('by', { who: h.actor?.name ?? '—', at: formatDateTime(h.at) })}</Typography.Text>
                    </div>
                  ),
                }))}
            />
          ) : (
            <Empty description={m('historyEmpty')} />
          )}
        </>
      ) : null}
    </Drawer>
  );
}
