'use client';

import { Empty, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import type { SettingsUser_UserFragment } from '@/gql/graphql';
import { useSettingsT } from '../useSettingsT';

type U = SettingsUser_UserFragment;

/** Users as nodes under their managers; someone whose manager is not in the list becomes a root. */
export function buildUserTree(users: readonly U[], label: (u: U) => DataNode['title']): DataNode[] {
  const ids = new Set(users.map((u) => u.id));
  const children = new Map<string | null, U[]>();
  for (const u of users) {
    const parent = u.manager && ids.has(u.manager.id) ? u.manager.id : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  // `seen` guards against a cycle in bad data (the API refuses cycles; the page must still render).
  const seen = new Set<string>();
  const nodes = (parent: string | null): DataNode[] =>
    (children.get(parent) ?? [])
      .filter((u) => !seen.has(u.id) && seen.add(u.id))
      .map((u) => ({ key: u.id, title: label(u), children: nodes(u.id) }));
  return nodes(null);
}

/** 组织架构: the sales hierarchy as a tree (a manager sees everything below them). */
export function UserTree({ users }: { users: readonly U[] }) {
  const t = useSettingsT();
  const data = buildUserTree(users, (u) => (
    <span>
      <Typography.Text delete={!u.active}>{u.name}</Typography.Text> <Tag>{t(`role.${u.role}`)}</Tag>
      {u.active ? null : <Tag color="default">{t('users.inactive')}</Tag>}
    </span>
  ));
  if (!data.length) return <Empty description={t('users.empty')} />;
  return <Tree treeData={data} defaultExpandAll selectable={false} showLine data-testid="user-tree" />;
}
