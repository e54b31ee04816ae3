'use client';

import { formatBusinessDate } from '@/lib/time/businessTime';
import { useQuery } from '@apollo/client/react';
import { Button, DatePicker, Flex, InputNumber, Segmented, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { graphql } from '@/gql';
import type { ReportPeriod } from '@/gql/schema';
import { PERIODS, PRESETS, presetRange, type ReportState } from './reportState';
import { useReportT } from './useReportT';

export const ReportUsersQuery = graphql(`
  query ReportUsers {
    users(first: 100, filter: { active: true }) {
      edges {
        node {
          id
          name
          role
        }
      }
    }
  }
`);

export interface ReportFiltersProps {
  state: ReportState;
  onChange: (change: Partial<ReportState>) => void;
  /** Show the 未跟进天数 box (customer report only). */
  showNotFollowed?: boolean;
}

/** Date range (with quick ranges), owners, team, period length: every change goes into the URL. */
export function ReportFilters({ state, onChange, showNotFollowed }: ReportFiltersProps) {
  const t = useReportT();
  const { data } = useQuery(ReportUsersQuery, { fetchPolicy: 'cache-first' });
  const users = data?.users.edges.map((e) => e.node) ?? [];
  const managers = users.filter((u) => u.role === 'MANAGER' || u.role === 'ADMIN');
  const today = formatBusinessDate(new Date().toISOString());

  return (
    <Flex wrap gap={12} align="center" data-testid="report-filters" role="search" aria-label={t('title')}>
      <Flex vertical gap={2}>
        <Typography.Text type="secondary">{t('filters.range')}</Typography.Text>
        <DatePicker.RangePicker
          aria-label={t('filters.range')}
          allowClear
          value={state.from && state.to ? [dayjs(state.from), dayjs(state.to)] : null}
          placeholder={[t('filters.defaultRange'), '']}
          presets={PRESETS.map((key) => {
            const [from, to] = presetRange(key, today);
            return { label: t(`filters.presets.${key}`), value: [dayjs(from), dayjs(to)] as [dayjs.Dayjs, dayjs.Dayjs] };
          })}
          onChange={(values) => {
            const [from, to] = values ?? [];
            // A chosen range replaces the period switch; clearing it goes back to the period.
            onChange({ from: from?.format('YYYY-MM-DD'), to: to?.format('YYYY-MM-DD'), ...(from && to ? { period: undefined } : {}) });
          }}
        />
      </Flex>
      <Flex vertical gap={2}>
        <Typography.Text type="secondary" id="report-owners-label">
          {t('filters.owners')}
        </Typography.Text>
        <Select
          mode="multiple"
          allowClear
          aria-labelledby="report-owners-label"
          data-testid="report-owner-select"
          style={{ minWidth: 200 }}
          placeholder={t('filters.ownersPlaceholder')}
          value={state.ownerIds}
          options={users.map((u) => ({ value: u.id, label: u.name }))}
          optionFilterProp="label"
          onChange={(ownerIds: string[]) => onChange({ ownerIds })}
        />
      </Flex>
      <Flex vertical gap={2}>
        <Typography.Text type="secondary" id="report-team-label">
          {t('filters.team')}
        </Typography.Text>
        <Select
          allowClear
          aria-labelledby="report-team-label"
          style={{ minWidth: 160 }}
          placeholder={t('filters.teamPlaceholder')}
          value={state.teamOf ?? null}
          options={managers.map((u) => ({ value: u.id, label: u.name }))}
          onChange={(teamOf: string | null | undefined) => onChange({ teamOf: teamOf ?? undefined })}
        />
      </Flex>
      <Flex vertical gap={2}>
        <Typography.Text type="secondary">{t('filters.period')}</Typography.Text>
        <Segmented<ReportPeriod>
          aria-label={t('filters.period')}
          value={state.from && state.to ? (null as unknown as ReportPeriod) : (state.period ?? 'MONTH')}
          options={PERIODS.map((p) => ({ value: p, label: t(`period.${p}`) }))}
          onChange={(period) => onChange({ period, from: undefined, to: undefined })}
        />
      </Flex>
      {showNotFollowed ? (
        <Flex vertical gap={2}>
          <Typography.Text type="secondary" id="report-nf-label">
            {t('filters.notFollowedDays')}
          </Typography.Text>
          <InputNumber
            aria-labelledby="report-nf-label"
            min={1}
            max={3650}
            placeholder="30"
            value={state.notFollowedDays ?? null}
            onChange={(v) => onChange({ notFollowedDays: typeof v === 'number' && v >= 1 ? Math.floor(v) : undefined })}
          />
        </Flex>
      ) : null}
      <Button
        style={{ alignSelf: 'flex-end' }}
        onClick={() =>
          onChange({ from: undefined, to: undefined, ownerIds: [], teamOf: undefined, period: undefined, notFollowedDays: undefined })
        }
      >
        {t('filters.reset')}
      </Button>
    </Flex>
  );
}
