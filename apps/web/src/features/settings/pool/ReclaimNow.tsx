'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import Link from 'next/link';
import { useState } from 'react';
import type { PoolReclaimPreviewQuery as PreviewData } from '@/gql/graphql';
import { useFeatureT } from '@/i18n/feature';
import { LABELS } from '@/features/deals/common/labels';
import { PoolReclaimPreviewQuery } from '@/features/pool/ReclaimPreview';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { formatBusinessTime } from '@/lib/time/businessTime';
import { useSettingsT } from '../useSettingsT';
import { RunPoolReclaimMutation } from './documents';

type Item = Omit<PreviewData['poolReclaimPreview'][number], 'dueAt'> & { dueAt?: string };

/**
 * 立即执行回收 (admins): the scheduled pool reclaim, run by hand — first what it would take back now (the
 * preview changes nothing), then a confirmation, then what actually went back to the pool.
 */
export function ReclaimNow() {
  const t = useSettingsT();
  const labels = useFeatureT(LABELS);
  const [locale] = useLocale();
  const { message, modal } = useFeedback();
  const [previewing, setPreviewing] = useState(false);
  const [done, setDone] = useState<Item[] | null>(null);
  const preview = useQuery(PoolReclaimPreviewQuery, { variables: { days: 0 }, skip: !previewing, fetchPolicy: 'network-only' });
  const [run, running] = useMutation(RunPoolReclaimMutation);
  const due = preview.data?.poolReclaimPreview ?? [];

  function confirmRun() {
    modal.confirm({
      title: t('reclaim.confirmTitle'),
      content: t('reclaim.confirm', { count: due.length }),
      okText: t('reclaim.run'),
      okButtonProps: { danger: true },
      cancelText: t('cancel'),
      onOk: async () => {
        try {
          const res = await run();
          const moved = res.data?.runPoolReclaim ?? [];
          setDone(moved);
          setPreviewing(false);
          message.success(t('reclaim.done', { count: moved.length }));
        } catch (e) {
          message.error(apiErrorText(e, locale));
        }
      },
    });
  }

  const table = (rows: Item[], testId: string) => (
    <Table<Item>
      rowKey="customerId"
      size="small"
      data-testid={testId}
      dataSource={rows}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('reclaim.nothing')} /> }}
      columns={[
        {
          key: 'name',
          title: t('reclaim.customer'),
          render: (_, r) => (r.customer ? <Link href={`/customers/${r.customer.id}`}>{r.customer.name}</Link> : '—'),
        },
        { key: 'owner', title: t('reclaim.owner'), render: (_, r) => r.owner?.name ?? '—' },
        {
          key: 'rule',
          title: t('reclaim.rule'),
          render: (_, r) => <Tag color={r.rule === 'NO_FOLLOW_UP' ? 'orange' : 'purple'}>{labels(`reclaimRule.${r.rule}`)}</Tag>,
        },
        { key: 'dueAt', title: t('reclaim.dueAt'), responsive: ['md'], render: (_, r) => formatBusinessTime(r.dueAt) },
        {
          key: 'reason',
          title: t('reclaim.reason'),
          responsive: ['lg'],
          render: (_, r) => <Typography.Text type="secondary">{r.reason}</Typography.Text>,
        },
      ]}
    />
  );

  return (
    <Card size="small" title={t('reclaim.title')} data-testid="reclaim-now">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('reclaim.hint')}</Typography.Text>
        {previewing ? (
          preview.error ? (
            <Alert type="error" showIcon title={apiErrorText(preview.error, locale)} />
          ) : (
            <>
              <Typography.Text strong>
                {preview.loading ? t('reclaim.loading') : t('reclaim.wouldReclaim', { count: due.length })}
              </Typography.Text>
              {preview.loading ? null : table(due, 'reclaim-preview-now')}
              <Flex gap={8}>
                <Button danger type="primary" disabled={preview.loading || due.length === 0} loading={running.loading} onClick={confirmRun}>
                  {t('reclaim.run')}
                </Button>
                <Button onClick={() => setPreviewing(false)}>{t('cancel')}</Button>
              </Flex>
            </>
          )
        ) : (
          <Button
            style={{ alignSelf: 'start' }}
            onClick={() => {
              setDone(null);
              setPreviewing(true);
            }}
          >
            {t('reclaim.preview')}
          </Button>
        )}
        {done ? (
          <>
            <Alert type="success" showIcon title={t('reclaim.done', { count: done.length })} />
            {done.length ? table(done, 'reclaim-done') : null}
          </>
        ) : null}
      </Flex>
    </Card>
  );
}
