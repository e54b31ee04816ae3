'use client';

import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Empty, Flex, Grid, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { getFragmentData } from '@/gql';
import type { ApiKeyRowFragment } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { formatBusinessTime } from '@/lib/time/businessTime';
import { LoadFailed } from '../common/LoadFailed';
import { SecretOnce } from '../common/SecretOnce';
import { useSettingsT } from '../useSettingsT';
import { CreateApiKeyModal } from './CreateApiKeyModal';
import { ApiKeyRowFragment as RowFragment, ApiKeysSettingsQuery, RevokeApiKeyMutation } from './documents';

type Row = ApiKeyRowFragment;

/** API 密钥 (admins): the keys integrations use — create (secret shown once), list with last use, revoke. */
export function ApiKeysSection({ viewerId }: { viewerId: string }) {
  const t = useSettingsT();
  const [locale] = useLocale();
  const { message, modal } = useFeedback();
  const phone = !Grid.useBreakpoint().sm;
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(ApiKeysSettingsQuery, {
    variables: { includeRevoked },
    fetchPolicy: 'cache-and-network',
  });
  const [revoke] = useMutation(RevokeApiKeyMutation);
  const rows = (data?.apiKeys.edges ?? []).map((e) => getFragmentData(RowFragment, e.node));
  const reload = () => void refetch().catch(() => undefined);

  function confirmRevoke(k: Row) {
    modal.confirm({
      title: t('apiKeys.revokeTitle', { name: k.name }),
      content: t('apiKeys.revokeConfirm'),
      okText: t('apiKeys.revoke'),
      okButtonProps: { danger: true },
      cancelText: t('cancel'),
      onOk: async () => {
        try {
          await revoke({ variables: { id: k.id } });
          message.success(t('apiKeys.revoked', { name: k.name }));
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

  const status = (k: Row) =>
    k.revokedAt ? (
      <Tag>{t('apiKeys.statusRevoked')}</Tag>
    ) : k.active ? (
      <Tag color="green">{t('apiKeys.statusActive')}</Tag>
    ) : (
      <Tag color="orange">{t('apiKeys.statusExpired')}</Tag>
    );
  const lastUsed = (k: Row) => (k.lastUsedAt ? formatBusinessTime(k.lastUsedAt) : t('apiKeys.neverUsed'));

  const columns: ColumnsType<Row> = [
    {
      key: 'name',
      title: t('apiKeys.name'),
      render: (_, k) => (
        <Flex vertical gap={2}>
          <Typography.Text delete={!k.active}>{k.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
            {k.prefix}…
          </Typography.Text>
          {/* On a phone the status and last use sit under the name instead of in columns of their own. */}
          {phone ? (
            <Flex gap={4} align="center" wrap>
              {status(k)}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('apiKeys.lastUsedAt')} {lastUsed(k)}
              </Typography.Text>
            </Flex>
          ) : null}
        </Flex>
      ),
    },
    { key: 'owner', title: t('apiKeys.owner'), responsive: ['sm'], render: (_, k) => k.owner?.name ?? '—' },
    {
      key: 'scopes',
      title: t('apiKeys.scopes'),
      responsive: ['md'],
      render: (_, k) => (
        <Flex wrap gap={4} style={{ maxWidth: 320 }}>
          {k.scopes.map((s) => (
            <Tag key={s}>{t(`apiKeys.scope.${s}`)}</Tag>
          ))}
        </Flex>
      ),
    },
    { key: 'status', title: t('apiKeys.status'), responsive: ['sm'], render: (_, k) => status(k) },
    { key: 'lastUsedAt', title: t('apiKeys.lastUsedAt'), responsive: ['sm'], render: (_, k) => lastUsed(k) },
    {
      key: 'expiresAt',
      title: t('apiKeys.expiresAt'),
      responsive: ['md'],
      render: (_, k) => (k.expiresAt ? formatBusinessTime(k.expiresAt) : t('apiKeys.never')),
    },
    { key: 'createdAt', title: t('apiKeys.createdAt'), responsive: ['lg'], render: (_, k) => formatBusinessTime(k.createdAt) },
    {
      key: 'actions',
      title: t('actions'),
      render: (_, k) =>
        k.revokedAt ? null : (
          <Button size="small" danger onClick={() => confirmRevoke(k)}>
            {t('apiKeys.revoke')}
          </Button>
        ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('apiKeys.hint')}
      </Typography.Paragraph>
      <Flex justify="space-between" gap={12} wrap align="center">
        <Checkbox checked={includeRevoked} onChange={(e) => setIncludeRevoked(e.target.checked)}>
          {t('apiKeys.showRevoked')}
        </Checkbox>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('apiKeys.newKey')}
        </Button>
      </Flex>
      <Table<Row>
        rowKey="id"
        data-testid="api-keys"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={loading && !data}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: loading ? ' ' : <Empty description={t('apiKeys.empty')} /> }}
      />
      <CreateApiKeyModal
        open={creating}
        viewerId={viewerId}
        onClose={() => setCreating(false)}
        onCreated={(s) => {
          setCreating(false);
          setSecret(s);
          reload();
        }}
      />
      <SecretOnce secret={secret} title={t('apiKeys.secretTitle')} hint={t('apiKeys.secretHint')} onClose={() => setSecret(null)} />
    </Flex>
  );
}
