'use client';

import { formatBusinessTime } from '@/lib/time/businessTime';
import { useQuery } from '@apollo/client/react';
import { Button, Result, Table, Tag, Typography } from 'antd';
import { graphql } from '@/gql';
import type { SignInsQuery } from '@/gql/graphql';
import { useLocale } from '@/i18n/I18nProvider';
import { apiErrorText } from '@/lib/apollo/errorText';
import { useSettingsT } from '../useSettingsT';

export const SignInsDocument = graphql(`
  query SignIns {
    signIns(first: 30) {
      at
      ip
      userAgent
      newIp
      newDevice
    }
  }
`);

type Row = SignInsQuery['signIns'][number];

/** 登录记录: your recent sign-ins; a new IP or device is marked (the 异地登录提醒 links here). */
export function SignInsSection() {
  const t = useSettingsT();
  const [locale] = useLocale();
  const { data, loading, error, refetch } = useQuery(SignInsDocument);
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
  return (
    <>
      <Typography.Paragraph type="secondary">{t('security.hint')}</Typography.Paragraph>
      <Table<Row>
        rowKey={(r) => r.at}
        size="middle"
        data-testid="sign-ins"
        loading={loading && !data}
        dataSource={data?.signIns ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'at', title: t('security.at'), render: (_, r) => formatBusinessTime(r.at) },
          { key: 'ip', title: t('security.ip'), render: (_, r) => r.ip ?? '—' },
          {
            key: 'new',
            title: t('security.flags'),
            render: (_, r) => (
              <>
                {r.newIp ? <Tag color="orange">{t('security.newIp')}</Tag> : null}
                {r.newDevice ? <Tag color="orange">{t('security.newDevice')}</Tag> : null}
              </>
            ),
          },
          {
            key: 'ua',
            title: t('security.device'),
            responsive: ['md'],
            render: (_, r) => (
              <Typography.Text type="secondary" ellipsis={{ tooltip: r.userAgent }} style={{ maxWidth: 420 }}>
                {r.userAgent ?? '—'}
              </Typography.Text>
            ),
          },
        ]}
      />
    </>
  );
}
