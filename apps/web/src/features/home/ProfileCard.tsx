'use client';

import { Card, Descriptions, Tag } from 'antd';
import { getFragmentData, graphql, type FragmentType } from '@/gql';
import { useT } from '@/i18n/I18nProvider';

export const ProfileCard_user = graphql(`
  fragment ProfileCard_user on User {
    id
    name
    email
    role
    manager {
      id
      name
    }
  }
`);

/** The signed-in user's name, email, role and manager. */
export function ProfileCard({ user: userRef }: { user: FragmentType<typeof ProfileCard_user> }) {
  const t = useT();
  const user = getFragmentData(ProfileCard_user, userRef);
  return (
    <Card title={t('home.profile')}>
      <Descriptions column={{ xs: 1, sm: 1, md: 2 }} data-testid="profile">
        <Descriptions.Item label={t('home.name')}>{user.name}</Descriptions.Item>
        <Descriptions.Item label={t('home.email')}>{user.email}</Descriptions.Item>
        <Descriptions.Item label={t('home.role')}>
          <Tag color="blue">{t(`role.${user.role}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('home.manager')}>{user.manager?.name ?? t('home.noManager')}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
