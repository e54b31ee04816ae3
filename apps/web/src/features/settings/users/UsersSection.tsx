'use client';

import { formatBusinessTime } from '@/lib/time/businessTime';
import { roleCan } from '@kehu/domain/permissions';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Input,
  Result,
  Segmented,
  Skeleton,
  Space,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { getFragmentData } from '@/gql';
import type { SettingsUser_UserFragment } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { useSettingsT } from '../useSettingsT';
import { CreateUserModal } from './CreateUserModal';
import { DeactivateUserModal } from './DeactivateUserModal';
import { SetExportPermissionMutation, SettingsUserFragment, SettingsUsersQuery, UnlockUserMutation } from './documents';
import { EditUserModal } from './EditUserModal';
import { UserTree } from './UserTree';

type U = SettingsUser_UserFragment;
type View = 'table' | 'tree';

export function isLocked(u: Pick<U, 'lockedUntil'>, now = Date.now()): boolean {
  return !!u.lockedUntil && new Date(u.lockedUntil).getTime() > now;
}

/** 用户与组织: the user table and the hierarchy tree; admins create, edit, deactivate, unlock, grant export. */
export function UsersSection({ canManage }: { canManage: boolean }) {
  const t = useSettingsT();
  const [locale] = useLocale();
  const { message } = useFeedback();
  const [view, setView] = useState<View>('table');
  const [search, setSearch] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<U | null>(null);
  const [leaving, setLeaving] = useState<U | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const filter = { search: search.trim() || null, active: showInactive ? null : true };
  const { data, loading, error, refetch, fetchMore } = useQuery(SettingsUsersQuery, { variables: { filter } });
  const [setExport] = useMutation(SetExportPermissionMutation);
  const [unlock] = useMutation(UnlockUserMutation);
  const users = (data?.users.edges ?? []).map((e) => getFragmentData(SettingsUserFragment, e.node));
  const reload = () => void refetch().catch(() => undefined);

  async function toggleExport(u: U, allowed: boolean) {
    setBusy(`export:${u.id}`);
    try {
      await setExport({ variables: { userId: u.id, allowed } });
      message.success(t(allowed ? 'users.exportGranted' : 'users.exportRevoked', { name: u.name }));
    } catch (e) {
      message.error(apiErrorText(e, locale));
    } finally {
      setBusy(null);
    }
  }

  async function doUnlock(u: U) {
    setBusy(`unlock:${u.id}`);
    try {
      await unlock({ variables: { id: u.id } });
      message.success(t('users.unlocked', { name: u.name }));
    } catch (e) {
      message.error(apiErrorText(e, locale));
    } finally {
      setBusy(null);
    }
  }

  const columns: ColumnsType<U> = [
    {
      key: 'name',
      title: t('users.name'),
      render: (_, u) => (
        <Flex vertical gap={0}>
          <Typography.Text strong>{u.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {u.email}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'phone', title: t('users.phone'), responsive: ['lg'], render: (_, u) => u.phone ?? '—' },
    {
      key: 'role',
      title: t('users.role'),
      render: (_, u) => <Tag color={u.role === 'ADMIN' ? 'gold' : u.role === 'MANAGER' ? 'blue' : undefined}>{t(`role.${u.role}`)}</Tag>,
    },
    { key: 'manager', title: t('users.manager'), responsive: ['md'], render: (_, u) => u.manager?.name ?? t('users.noManager') },
    {
      key: 'status',
      title: t('users.status'),
      render: (_, u) => (
        <Space size={4} wrap>
          {u.active ? <Tag color="green">{t('users.active')}</Tag> : <Tag>{t('users.inactive')}</Tag>}
          {isLocked(u) ? <Tag color="red">{t('users.locked', { time: formatBusinessTime(u.lockedUntil).slice(-5) })}</Tag> : null}
          {u.active && u.mustChangePassword ? <Tag color="orange">{t('users.mustChange')}</Tag> : null}
        </Space>
      ),
    },
    {
      key: 'export',
      title: <Tooltip title={t('users.canExportHint')}>{t('users.canExport')}</Tooltip>,
      render: (_, u) =>
        roleCan(u.role, 'customer.export') ? (
          <Typography.Text type="secondary">{t('users.byRole')}</Typography.Text>
        ) : (
          <Switch
            size="small"
            checked={u.canExport}
            disabled={!canManage || !u.active}
            loading={busy === `export:${u.id}`}
            aria-label={`${t('users.canExport')} ${u.name}`}
            onChange={(v) => void toggleExport(u, v)}
          />
        ),
    },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      title: t('actions'),
      render: (_, u) => (
        <Space size={4} wrap>
          <Button size="small" onClick={() => setEditing(u)}>
            {t('edit')}
          </Button>
          {isLocked(u) ? (
            <Button size="small" loading={busy === `unlock:${u.id}`} onClick={() => void doUnlock(u)}>
              {t('users.unlock')}
            </Button>
          ) : null}
          {u.active ? (
            <Button size="small" danger onClick={() => setLeaving(u)}>
              {t('users.deactivate')}
            </Button>
          ) : null}
        </Space>
      ),
    });
  }

  if (error && !data) {
    return (
      <Result
        status="error"
        title={t('loadFailed')}
        subTitle={apiErrorText(error, locale)}
        extra={<Button onClick={reload}>{t('retry')}</Button>}
      />
    );
  }

  return (
    <Flex vertical gap={12}>
      {canManage ? null : <Alert type="info" showIcon title={t('users.teamOnly')} />}
      <Flex justify="space-between" gap={12} wrap align="center">
        <Flex gap={12} wrap align="center">
          <Segmented<View>
            value={view}
            onChange={setView}
            options={[
              { value: 'table', label: t('users.table') },
              { value: 'tree', label: t('users.tree') },
            ]}
          />
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={t('users.search')}
            aria-label={t('users.search')}
            style={{ width: 220 }}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <Checkbox checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)}>
            {t('users.showInactive')}
          </Checkbox>
          {data ? <Typography.Text type="secondary">{t('users.total', { count: data.users.totalCount })}</Typography.Text> : null}
        </Flex>
        {canManage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('users.newUser')}
          </Button>
        ) : null}
      </Flex>
      {view === 'tree' ? (
        <Card size="small">{loading && !data ? <Skeleton active /> : <UserTree users={users} />}</Card>
      ) : (
        <Table<U>
          rowKey="id"
          data-testid="users-table"
          size="middle"
          columns={columns}
          dataSource={users}
          loading={loading && !data}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: loading ? (
              ' '
            ) : (
              <Empty
                description={
                  <Flex vertical>
                    <span>{t('users.empty')}</span>
                    {canManage ? <Typography.Text type="secondary">{t('users.emptyHint')}</Typography.Text> : null}
                  </Flex>
                }
              />
            ),
          }}
          footer={
            data?.users.pageInfo.hasNextPage
              ? () => (
                  <Button
                    block
                    onClick={() =>
                      void fetchMore({
                        variables: { after: data.users.pageInfo.endCursor },
                        updateQuery: (prev, { fetchMoreResult }) => ({
                          users: { ...fetchMoreResult.users, edges: [...prev.users.edges, ...fetchMoreResult.users.edges] },
                        }),
                      }).catch((e: unknown) => message.error(apiErrorText(e, locale)))
                    }
                  >
                    {t('products.loadMore')}
                  </Button>
                )
              : undefined
          }
        />
      )}
      <CreateUserModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          reload();
        }}
      />
      <EditUserModal
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          reload();
        }}
      />
      <DeactivateUserModal
        user={leaving}
        onClose={() => setLeaving(null)}
        onDone={() => {
          setLeaving(null);
          reload();
        }}
      />
    </Flex>
  );
}
