'use client';

import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { useLocale } from '@/i18n/I18nProvider';
import { lazyAntd } from '@/lib/providers/lazyAntd';
import { useFeatureT } from '@/i18n/feature';
import type { RecordableVisit } from '@/features/visits/RecordVisitModal';
import { VISIT_MESSAGES } from '@/features/visits/messages';
import { dimensionName, scoreText } from '@/features/visits/satisfaction';
import { visitStatus, VISIT_STATUS_COLOR } from '@/features/visits/visitStatus';
import { enumLabel } from '../../domain';
import { formatDateTime } from '../../format';
import { EmptyHint } from '../../ui';
import { useCustomerT } from '../../useCustomerT';

export const VisitsTabFragment = graphql(`
  fragment VisitsTab_customer on Customer {
    id
    visits {
      id
      topic
      type
      plannedAt
      actualAt
      recorded
      overallScore
      scores {
        dimension {
          key
          nameZh
          nameEn
        }
        score
      }
      content
      version
      owner {
        id
        name
      }
    }
    visitSatisfaction {
      total
      averageScore
      dimensions {
        dimension {
          key
          nameZh
          nameEn
        }
        average
        count
      }
    }
  }
`);

const PlanVisitModal = lazyAntd(() => import('@/features/visits/PlanVisitModal').then((m) => m.PlanVisitModal));
const RecordVisitModal = lazyAntd(() => import('@/features/visits/RecordVisitModal').then((m) => m.RecordVisitModal));

/**
 * 回访: the customer's average satisfaction (overall and per dimension, 1–5), then the planned and recorded
 * visits with their scores; 计划回访 and 记录回访.
 */
export function VisitsTab(props: { customer: FragmentType<typeof VisitsTabFragment>; canPlan: boolean }) {
  const customer = getFragmentData(VisitsTabFragment, props.customer);
  const t = useCustomerT();
  const m = useFeatureT(VISIT_MESSAGES);
  const [locale] = useLocale();
  const [planning, setPlanning] = useState(false);
  const [recording, setRecording] = useState<RecordableVisit | null>(null);
  const stats = customer.visitSatisfaction;
  return (
    <Flex vertical gap={12}>
      <Card size="small" title={m('averageTitle')} data-testid="visit-averages">
        {stats.total === 0 ? (
          <Typography.Text type="secondary">{m('noScores')}</Typography.Text>
        ) : (
          <Flex gap={32} wrap align="flex-start">
            <Statistic title={m('overallScore')} value={scoreText(stats.averageScore) ?? '—'} suffix="/ 5" />
            {stats.dimensions.map((d) => (
              <Statistic
                key={d.dimension.key}
                title={dimensionName(d.dimension, locale)}
                value={scoreText(d.average) ?? '—'}
                suffix={d.average === null ? undefined : '/ 5'}
              />
            ))}
            <Typography.Text type="secondary" style={{ alignSelf: 'flex-end' }}>
              {m('countedVisits', { count: stats.total })}
            </Typography.Text>
          </Flex>
        )}
      </Card>
      {props.canPlan ? (
        <Flex justify="flex-end">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setPlanning(true)}>
            {m('plan')}
          </Button>
        </Flex>
      ) : null}
      <Table
        rowKey="id"
        size="middle"
        scroll={{ x: 760 }}
        pagination={false}
        dataSource={customer.visits}
        data-testid="visit-table"
        locale={{ emptyText: <EmptyHint>{t('visits.empty')}</EmptyHint> }}
        columns={[
          { title: t('visits.topic'), dataIndex: 'topic' },
          { title: t('visits.type'), dataIndex: 'type', render: (v: string) => enumLabel('VisitType', v, locale) },
          { title: t('visits.plannedAt'), dataIndex: 'plannedAt', render: (v: string) => formatDateTime(v) },
          { title: t('visits.actualAt'), dataIndex: 'actualAt', render: (v: string | null) => formatDateTime(v) },
          {
            title: t('visits.status'),
            key: 'status',
            render: (_, v) => {
              const s = visitStatus(v);
              return <Tag color={VISIT_STATUS_COLOR[s]}>{m(`status.${s}`)}</Tag>;
            },
          },
          {
            title: t('visits.satisfaction'),
            key: 'satisfaction',
            render: (_, v) =>
              v.overallScore === null ? (
                '—'
              ) : (
                <Tooltip
                  title={
                    v.scores.length
                      ? v.scores.map((s) => `${dimensionName(s.dimension, locale)} ${m('points', { score: s.score })}`).join(' · ')
                      : undefined
                  }
                >
                  <span data-testid="visit-score">
                    {m('points', { score: v.overallScore })} · {m(`scoreWords.${v.overallScore - 1}`)}
                  </span>
                </Tooltip>
              ),
          },
          { title: t('visits.owner'), key: 'owner', render: (_, v) => v.owner.name },
          ...(props.canPlan
            ? [
                {
                  key: 'actions',
                  title: m('columns.actions'),
                  render: (_: unknown, v: (typeof customer.visits)[number]) =>
                    v.recorded ? null : (
                      <Button
                        size="small"
                        type="primary"
                        ghost
                        onClick={() =>
                          setRecording({ id: v.id, version: v.version, topic: v.topic, type: v.type, customerId: customer.id })
                        }
                      >
                        {m('record')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {planning ? <PlanVisitModal open customerId={customer.id} onClose={() => setPlanning(false)} /> : null}
      {recording ? <RecordVisitModal visit={recording} onClose={() => setRecording(null)} /> : null}
    </Flex>
  );
}
