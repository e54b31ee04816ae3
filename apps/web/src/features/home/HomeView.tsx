'use client';

import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Result, Skeleton, Typography } from 'antd';
import { graphql } from '@/gql';
import { useT } from '@/i18n/I18nProvider';
import { ProfileCard } from './ProfileCard';

export const HomeQuery = graphql(`
  query Home {
    me {
      id
      name
      ...ProfileCard_user
    }
  }
`);

/** Home page: who is signed in (from the `me` query). */
export function HomeView() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(HomeQuery);

  if (error && !data) {
    return (
      <Card>
        <Result
          status="error"
          title={t('home.loadFailed')}
          subTitle={error.message}
          extra={<Button onClick={() => void refetch().catch(() => undefined)}>{t('home.retry')}</Button>}
        />
      </Card>
    );
  }

  if (loading || !data) {
    return (
      <Flex vertical gap={16} data-testid="home-loading">
        <Skeleton.Input active size="large" style={{ width: 240 }} />
        <Card>
          <Skeleton active paragraph={{ rows: 3 }} />
        </Card>
      </Flex>
    );
  }

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('home.welcome', { name: data.me.name })}
      </Typography.Title>
      <ProfileCard user={data.me} />
    </Flex>
  );
}
