import { BellOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import type { ArgsProps } from 'antd/es/notification/interface';
import type { NotificationItem_NotificationFragment } from '@/gql/graphql';
import type { useReminderT } from './useReminderT';

/**
 * The toast for a notification that arrived live (NotificationBell loads this module with the first one).
 * The API's title already says what it is ("任务即将到期（…）：…"); the kind is a small label above the body.
 */
export function notificationToast(
  n: NotificationItem_NotificationFragment,
  t: ReturnType<typeof useReminderT>,
  onOpen: () => void,
): ArgsProps {
  return {
    key: n.id,
    title: n.title,
    description: (
      <>
        <Tag color="blue" style={{ marginBottom: 4 }}>
          {t(`kind.${n.kind}`)}
        </Tag>
        <div>{n.body}</div>
      </>
    ),
    icon: <BellOutlined style={{ color: '#1668dc' }} />,
    // Bottom right: top right sits over the Save buttons of drawers and modals.
    placement: 'bottomRight',
    duration: 10,
    props: { 'data-testid': 'notification-toast' },
    actions: (
      <Button size="small" type="primary" onClick={onOpen}>
        {t('toast.open')}
      </Button>
    ),
  };
}
