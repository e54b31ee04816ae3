'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Empty, List, Popconfirm, Skeleton, Tag, Typography } from 'antd';
import { formatBusinessTime } from '@/lib/time/businessTime';
import { useFeatureT } from '@/i18n/feature';
import { useApiErrorText } from '@/lib/apollo/errorText';
import { useFeedback } from '@/lib/feedback/Feedback';
import { CustomerSharesQuery, UnshareCustomerMutation } from './documents';
import { SHARE_MESSAGES } from './messages';

export interface CustomerSharesProps {
  customerId: string;
  /** Show 取消共享 (customer.share in the permission matrix); the API also checks you control the customer. */
  canUnshare: boolean;
}

/** 共享给: the colleagues a customer is shared with (read only / can edit, until when), each with 取消共享. */
export function CustomerShares({ customerId, canUnshare }: CustomerSharesProps) {
  const s = useFeatureT(SHARE_MESSAGES);
  const errorText = useApiErrorText();
  const { message } = useFeedback();
  const { data, error, loading, refetch } = useQuery(CustomerSharesQuery, {
    variables: { id: customerId },
    fetchPolicy: 'cache-and-network',
  });
  const [unshare] = useMutation(UnshareCustomerMutation);

  if (error && !data) return <Typography.Text type="danger">{errorText(error)}</Typography.Text>;
  if (loading && !data) return <Skeleton active paragraph={{ rows: 2 }} />;
  const shares = data?.customer?.shares ?? [];

  const stop = async (user: { id: string; name: string }) => {
    try {
      await unshare({ variables: { customerId, userIds: [user.id] } });
    } catch (err) {
      message.error(errorText(err));
      return;
    }
    message.success(s('unshared', { name: user.name }));
    await refetch().catch(() => undefined);
  };

  if (!shares.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={s('empty')} />;
  return (
    <List
      size="small"
      dataSource={shares}
      rowKey={(x) => x.user.id}
      data-testid="customer-shares"
      renderItem={(x) => (
        <List.Item
          actions={
            canUnshare
              ? [
                  <Popconfirm
                    key="unshare"
                    title={s('unshareConfirm', { name: x.user.name })}
                    okText={s('confirm')}
                    cancelText={s('cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => stop(x.user)}
                  >
                    <Button size="small" type="link" danger>
                      {s('unshare')}
                    </Button>
                  </Popconfirm>,
                ]
              : []
          }
        >
          <List.Item.Meta
            title={
              <span>
                {x.user.name} <Tag color={x.canEdit ? 'blue' : 'default'}>{x.canEdit ? s('canEdit') : s('readOnly')}</Tag>
                <Typography.Text type="secondary">
                  {x.expiresAt ? s('until', { time: formatBusinessTime(x.expiresAt) }) : s('forever')}
                </Typography.Text>
              </span>
            }
            description={
              x.sharedBy ? s('sharedBy', { name: x.sharedBy.name, time: formatBusinessTime(x.createdAt) }) : formatBusinessTime(x.createdAt)
            }
          />
        </List.Item>
      )}
    />
  );
}
