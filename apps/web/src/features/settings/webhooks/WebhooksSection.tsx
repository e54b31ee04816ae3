'use client';

import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Empty, Flex, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { getFragmentData } from '@/gql';
import type { WebhookEndpointRowFragment } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { formatBusinessTime } from '@/lib/time/businessTime';
import { LoadFailed } from '../common/LoadFailed';
import { SecretOnce } from '../common/SecretOnce';
import { useSettingsT } from '../useSettingsT';
import {
  DeleteWebhookEndpointMutation,
  RotateWebhookSecretMutation,
  UpdateWebhookEndpointMutation,
  WebhookEndpointRowFragment as RowFragment,
  WebhookEndpointsSettingsQuery,
} from './documents';
import { WebhookDeliveriesDrawer } from './WebhookDeliveriesDrawer';
import { WebhookEndpointModal } from './WebhookEndpointModal';
import { WebhookEventsDrawer } from './WebhookEventsDrawer';

const OVERLAPS = ['0', '1', '24', '168'] as const;

type Row = WebhookEndpointRowFragment;

/** Webhook (admins): endpoints Kehu POSTs events to — subscribe (secret once), edit, pause, delete, deliveries. */
export function WebhooksSection() {
  const t = useSettingsT();
  const [locale] = useLocale();
  const { message, modal } = useFeedback();
  const [editing, setEditing] = useState<{ endpoint: Row | null } | null>(null);
  const [secret, setSecret] = useState<{ value: string; rotated: boolean } | null>(null);
  const [eventsOpen, setEventsOpen] = useState(false);
  const [deliveriesOf, setDeliveriesOf] = useState<Row | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(WebhookEndpointsSettingsQuery, { fetchPolicy: 'cache-and-network' });
  const [update] = useMutation(UpdateWebhookEndpointMutation);
  const [remove] = useMutation(DeleteWebhookEndpointMutation);
  const [rotate] = useMutation(RotateWebhookSecretMutation);
  const rows = (data?.webhookEndpoints.edges ?? []).map((e) => getFragmentData(RowFragment, e.node));
  const reload = () => void refetch().catch(() => undefined);

  async function setActive(w: Row, active: boolean) {
    setBusy(w.id);
    try {
      await update({ variables: { id: w.id, version: w.version, input: { active } } });
    } catch (e) {
      message.error(apiErrorText(e, locale));
      reload();
    } finally {
      setBusy(null);
    }
  }

  function confirmDelete(w: Row) {
    modal.confirm({
      title: t('webhooks.deleteTitle'),
      content: t('webhooks.deleteConfirm', { url: w.url }),
      okText: t('delete'),
      okButtonProps: { danger: true },
      cancelText: t('cancel'),
      onOk: async () => {
        try {
          await remove({ variables: { id: w.id } });
          message.success(t('webhooks.deleted'));
          reload();
        } catch (e) {
          message.error(apiErrorText(e, locale));
        }
      },
    });
  }

  /** 轮换密钥: asks how long the old secret keeps signing, then shows the new one once. */
  function confirmRotate(w: Row) {
    let overlap: (typeof OVERLAPS)[number] = '24';
    modal.confirm({
      title: t('webhooks.rotateTitle'),
      content: (
        <Flex vertical gap={8}>
          <Typography.Text>{t('webhooks.rotateConfirm')}</Typography.Text>
          <Flex gap={8} align="center" wrap>
            <span>{t('webhooks.overlap')}</span>
            <Select
              aria-label={t('webhooks.overlap')}
              defaultValue={overlap}
              onChange={(v) => (overlap = v)}
              style={{ width: 140 }}
              options={OVERLAPS.map((h) => ({ value: h, label: t(`webhooks.overlapHours.${h}`) }))}
            />
          </Flex>
        </Flex>
      ),
      okText: t('webhooks.rotate'),
      cancelText: t('cancel'),
      onOk: async () => {
        try {
          const res = await rotate({ variables: { id: w.id, overlapHours: Number(overlap) } });
          const s = res.data?.rotateWebhookSecret.secret;
          if (s) setSecret({ value: s, rotated: true });
          message.success(t('webhooks.rotated'));
          reload();
        } catch (e) {
          message.error(apiErrorText(e, locale));
        }
      },
    });
  }

  if (error && !data) {
    return <LoadFailed error={error} onRetry={reload} />;
  }

  const columns: ColumnsType<Row> = [
    {
      key: 'url',
      title: t('webhooks.url'),
      render: (_, w) => (
        <Flex vertical style={{ maxWidth: 360, minWidth: 140 }}>
          <Typography.Text style={{ wordBreak: 'break-all' }}>{w.url}</Typography.Text>
          {w.description ? <Typography.Text type="secondary">{w.description}</Typography.Text> : null}
          {w.previousSecretExpiresAt && new Date(w.previousSecretExpiresAt).getTime() > Date.now() ? (
            <Typography.Text type="warning">
              {t('webhooks.previousUntil', { at: formatBusinessTime(w.previousSecretExpiresAt) })}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'events',
      title: t('webhooks.events'),
      responsive: ['md'],
      render: (_, w) => (
        <Flex wrap gap={4} style={{ maxWidth: 320 }}>
          {w.events.map((e) => (
            <Tag key={e}>{t(`webhooks.event.${e}`)}</Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'active',
      title: t('webhooks.active'),
      render: (_, w) => (
        <Switch
          size="small"
          checked={w.active}
          loading={busy === w.id}
          aria-label={t('webhooks.active')}
          onChange={(on) => void setActive(w, on)}
        />
      ),
    },
    { key: 'createdAt', title: t('webhooks.createdAt'), responsive: ['lg'], render: (_, w) => formatBusinessTime(w.createdAt) },
    {
      key: 'actions',
      title: t('actions'),
      render: (_, w) => (
        <Space size={4} wrap>
          <Button size="small" type="primary" ghost onClick={() => setDeliveriesOf(w)}>
            {t('webhooks.deliveries')}
          </Button>
          <Button size="small" onClick={() => setEditing({ endpoint: w })}>
            {t('edit')}
          </Button>
          <Button size="small" onClick={() => confirmRotate(w)}>
            {t('webhooks.rotate')}
          </Button>
          <Button size="small" danger onClick={() => confirmDelete(w)}>
            {t('delete')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('webhooks.hint')}
      </Typography.Paragraph>
      <Flex justify="flex-end" gap={8}>
        <Button onClick={() => setEventsOpen(true)}>{t('webhooks.eventLog')}</Button>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ endpoint: null })}>
          {t('webhooks.newEndpoint')}
        </Button>
      </Flex>
      <Table<Row>
        rowKey="id"
        data-testid="webhook-endpoints"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={loading && !data}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: loading ? ' ' : <Empty description={t('webhooks.empty')} /> }}
      />
      <WebhookEndpointModal
        open={!!editing}
        endpoint={editing?.endpoint ?? null}
        onClose={() => setEditing(null)}
        onSaved={(s) => {
          setEditing(null);
          if (s) setSecret({ value: s, rotated: false });
          reload();
        }}
      />
      <SecretOnce
        secret={secret?.value ?? null}
        title={t(secret?.rotated ? 'webhooks.newSecretTitle' : 'webhooks.secretTitle')}
        hint={t('webhooks.secretHint')}
        onClose={() => setSecret(null)}
      />
      <WebhookDeliveriesDrawer endpoint={deliveriesOf} onClose={() => setDeliveriesOf(null)} />
      <WebhookEventsDrawer open={eventsOpen} onClose={() => setEventsOpen(false)} />
    </Flex>
  );
}
