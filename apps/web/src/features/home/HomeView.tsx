'use client';

import { useQuery } from '@apollo/client/react';
import { roleCan } from '@kehu/domain/permissions';
import { Button, Card, Flex, Result, Skeleton, Typography } from 'antd';
import { ForecastHomeCard } from '@/features/forecast/ForecastHomeCard';
import { graphql } from '@/gql';
import { useT } from '@/i18n/I18nProvider';
import { HomeDashboard } from './HomeDashboard';
import { ProfileCard } from './ProfileCard';

export const HomeQuery = graphql(`
  query Home($mine: [ID!]) {
    me {
      id
      name
      role
      ...ProfileCard_user
    }
    ...HomeDashboard_query
  }
`);

/**
 * Home page: the welcome, my dashboard (follow-ups due today, pipeline, receivables) and who is signed in —
 * one query. `userId` (from the session, on the server) scopes "my" figures; the API's data scope applies anyway.
 */
export function HomeView({ userId }: { userId?: string }) {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(HomeQuery, { variables: { mine: userId ? [userId] : null } });

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
      {roleCan(data.me.role, 'forecast.view') ? <ForecastHomeCard viewer={data.me} /> : null}
      <HomeDashboard query={data} userId={userId} />
      <ProfileCard user={data.me} />
    </Flex>
  );
}
