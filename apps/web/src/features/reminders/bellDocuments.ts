import { graphql } from '@/gql';

// The header bell's operations (NotificationBell, on every signed-in page): apart from the inbox's, so a page
// loads only these two.

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      ...NotificationItem_notification
    }
  }
`);
