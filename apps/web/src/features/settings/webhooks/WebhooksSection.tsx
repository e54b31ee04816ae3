'use client';

import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Empty, Flex, Space, Switch, Table, Tag, Typography } from 'antd';
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
  UpdateWebhookEndpointMutation,
  WebhookEndpointRowFragment as RowFragment,
  WebhookEndpointsSettingsQuery,
} from './documents';
import { WebhookDeliveriesDrawer } from './WebhookDeliveriesDrawer';
import { WebhookEndpointModal } from './WebhookEndpointModal';

type Row = WebhookEndpointRowFragment;

/** Webhook (admins): endpoints Kehu POSTs events to — subscribe (secret once), edit, pause, delete, deliveries. */
export function WebhooksSection() {
  const t = useSettingsT();
  const [locale] = useLocale();
  const { message, modal } = useFeedback();
  const [editing, setEditing] = useState<{ endpoint: Row | null } | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [deliveriesOf, setDeliveriesOf] = useState<Row | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(WebhookEndpointsSettingsQuery, { fetchPolicy: 'cache-and-network' });
  const [update] = useMutation(UpdateWebhookEndpointMutation);
  const [remove] = useMutation(DeleteWebhookEndpointMutation);
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
        <Switch size="small" checked={w.active} loading={busy === w.id} aria-label={t('webhooks.active')} onChange={(on) => void setActive(w, on)} />
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
      <Flex justify="flex-end">
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
          if (s) setSecret(s);
          reload();
        }}
      />
      <SecretOnce secret={secret} title={t('webhooks.secretTitle')} hint={t('webhooks.secretHint')} onClose={() => setSecret(null)} />
      <WebhookDeliveriesDrawer endpoint={deliveriesOf} onClose={() => setDeliveriesOf(null)} />
    </Flex>
  );
}
