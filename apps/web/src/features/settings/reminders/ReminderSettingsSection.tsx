'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Flex, InputNumber, Result, Switch, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { DeliveryChannel, ReminderSettingInput, ReminderSettingsQuery as Data } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useSettingsT } from '../useSettingsT';
import { ReminderSettingsQuery, RunReminderScansMutation, UpdateReminderSettingMutation } from './documents';

type Row = Data['reminderSettings'][number];
const CHANNELS: DeliveryChannel[] = ['EMAIL', 'DINGTALK', 'WECOM'];

/**
 * 提醒设置 (admins): each reminder kind on or off, its lead time (minutes before an instant, or days before a
 * date) and the outside channels besides the in-app inbox. Each change is saved at once.
 */
export function ReminderSettingsSection() {
  const t = useSettingsT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const { data, loading, error, refetch } = useQuery(ReminderSettingsQuery);
  const [update] = useMutation(UpdateReminderSettingMutation);
  const [saving, setSaving] = useState<string | null>(null);
  const [scan, scanning] = useMutation(RunReminderScansMutation);

  /** The reminder scans now instead of at the next scheduled run; the API never sends a reminder twice. */
  async function scanNow() {
    try {
      const res = await scan();
      const created = (res.data?.runReminderScans ?? []).reduce((n, r) => n + r.created, 0);
      message.success(t('reminders.scanned', { count: created }));
    } catch (e) {
      message.error(apiErrorText(e, locale));
    }
  }

  async function change(row: Row, input: ReminderSettingInput) {
    setSaving(row.kind);
    try {
      // The row is keyed by kind (no id): write the answer back into the list ourselves.
      await update({
        variables: { kind: row.kind, input },
        update: (cache, res) => {
          const next = res.data?.updateReminderSetting;
          if (!next) return;
          cache.updateQuery({ query: ReminderSettingsQuery }, (prev) =>
            prev ? { reminderSettings: prev.reminderSettings.map((r) => (r.kind === next.kind ? next : r)) } : prev,
          );
        },
      });
      message.success(t('saved'));
    } catch (e) {
      message.error(apiErrorText(e, locale));
    } finally {
      setSaving(null);
    }
  }

  if (error && !data) {
    return (
      <Result
        status="error"
        title={t('loadFailed')}
        subTitle={apiErrorText(error, locale)}
        extra={<Button onClick={() => void refetch()}>{t('retry')}</Button>}
      />
    );
  }

  const columns: ColumnsType<Row> = [
    { key: 'kind', title: t('reminders.kind'), render: (_, r) => <Typography.Text>{t(`reminders.kinds.${r.kind}`)}</Typography.Text> },
    {
      key: 'enabled',
      title: t('reminders.enabled'),
      render: (_, r) => (
        <Switch
          checked={r.enabled}
          loading={saving === r.kind}
          aria-label={`${t('reminders.enabled')} ${t(`reminders.kinds.${r.kind}`)}`}
          onChange={(enabled) => void change(r, { enabled })}
        />
      ),
    },
    {
      key: 'lead',
      title: t('reminders.lead'),
      render: (_, r) => {
        if (r.leadMinutes === null && r.leadDays === null)
          return <Typography.Text type="secondary">{t('reminders.noLead')}</Typography.Text>;
        const minutes = r.leadMinutes !== null;
        return (
          <InputNumber
            key={`${r.kind}:${r.leadMinutes ?? r.leadDays}`}
            defaultValue={(minutes ? r.leadMinutes : r.leadDays) ?? undefined}
            min={0}
            max={minutes ? 43200 : 365}
            precision={0}
            disabled={!r.enabled}
            suffix={minutes ? t('reminders.minutes') : t('reminders.days')}
            aria-label={`${t('reminders.lead')} ${t(`reminders.kinds.${r.kind}`)}`}
            style={{ width: 140 }}
            onBlur={(e) => {
              const v = Number(e.target.value);
              const current = minutes ? r.leadMinutes : r.leadDays;
              if (e.target.value === '' || !Number.isInteger(v) || v === current) return;
              void change(r, minutes ? { leadMinutes: v } : { leadDays: v });
            }}
            onPressEnter={(e) => (e.target as HTMLInputElement).blur()}
          />
        );
      },
    },
    {
      key: 'channels',
      title: t('reminders.channels'),
      render: (_, r) => (
        <Checkbox.Group
          value={r.channels}
          disabled={!r.enabled || saving === r.kind}
          options={CHANNELS.map((c) => ({ value: c, label: t(`reminders.channel.${c}`) }))}
          onChange={(channels) => void change(r, { channels: channels as DeliveryChannel[] })}
        />
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Table<Row>
        rowKey="kind"
        data-testid="reminder-settings"
        size="middle"
        columns={columns}
        dataSource={data?.reminderSettings ?? []}
        loading={loading && !data}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      <Flex gap={12} align="center" wrap>
        <Button loading={scanning.loading} onClick={() => void scanNow()}>
          {t('reminders.scanNow')}
        </Button>
        <Typography.Text type="secondary">{t('reminders.scanHint')}</Typography.Text>
      </Flex>
    </Flex>
  );
}
