'use client';

import { useQuery } from '@apollo/client/react';
import { formatYuan } from '@kehu/domain/format/people';
import { Card, Flex, Progress, Skeleton, Typography } from 'antd';
import Link from 'next/link';
import { getFragmentData } from '@/gql';
import { forecastDrillHref } from './drill';
import { CoverageTag, completionText } from './ForecastView';
import { ForecastHomeQuery, ForecastRowFields } from './queries';
import { useForecastT } from './useForecastT';

/**
 * 本月目标完成 on the home page: the caller's own row of this month's forecast (a salesperson's own, a manager's team,
 * the company for admins) — completion, won, target, gap and the weighted forecast, each opening its deals.
 * Rendered only for roles that may see forecasts (the home page checks the permission).
 */
export function ForecastHomeCard({ viewer }: { viewer: { id: string; name: string; role: string } }) {
  const t = useForecastT();
  const { data } = useQuery(ForecastHomeQuery, { fetchPolicy: 'cache-and-network' });
  const period = data?.salesForecast.periods[0];
  const row = period ? getFragmentData(ForecastRowFields, period.mine) : null;
  return (
    <Card
      title={t('home.title')}
      extra={<Link href="/forecast">{t('home.open')}</Link>}
      data-testid="home-forecast"
      style={{ height: '100%' }}
    >
      {!period || !row ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <Flex vertical gap={8}>
          {row.target === null ? (
            <Typography.Text type="secondary">{t('home.none')}</Typography.Text>
          ) : (
            <>
              <Progress
                percent={Math.min(100, row.completionPercent ?? 0)}
                format={() => completionText(row.completionPercent)}
                aria-label={t('home.completion', { percent: completionText(row.completionPercent) })}
              />
              <Flex gap={12} wrap align="center">
                <Typography.Text>{t('home.target', { amount: formatYuan(row.target) })}</Typography.Text>
                <Typography.Text>{t('home.gap', { amount: formatYuan(row.gap) })}</Typography.Text>
                <CoverageTag coverage={row.coverage} />
              </Flex>
            </>
          )}
          <Flex gap={12} wrap>
            <Link href={forecastDrillHref(row, 'won', period, viewer)}>{t('home.won', { amount: formatYuan(row.won) })}</Link>
            <Link href={forecastDrillHref(row, 'weighted', period, viewer)}>
              {t('home.weighted', { amount: formatYuan(row.weighted) })}
            </Link>
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
