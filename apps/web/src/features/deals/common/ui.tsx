'use client';

import { Button, Card, Flex, Result, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText } from '@/lib/apollo/errorText';

/** A page title with actions on the right; wraps on phones. */
export function PageTitle({ title, extra }: { title: ReactNode; extra?: ReactNode }) {
  return (
    <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {extra ? (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      ) : null}
    </Flex>
  );
}

/** The page could not load: says why in plain words and offers to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const [locale] = useLocale();
  return (
    <Card>
      <Result
        status="error"
        title={locale === 'en' ? 'Could not load' : '加载失败'}
        subTitle={apiErrorText(error, locale)}
        extra={onRetry ? <Button onClick={onRetry}>{locale === 'en' ? 'Retry' : '重试'}</Button> : undefined}
      />
    </Card>
  );
}

/** Loading placeholder of a list page. */
export function ListSkeleton({ rows = 6, testId = 'page-loading' }: { rows?: number; testId?: string }) {
  return (
    <Card data-testid={testId}>
      <Skeleton active paragraph={{ rows }} />
    </Card>
  );
}
