import { graphql } from '@/gql';

// The operations of the reminders feature. The notification fields live in notificationItemFragment.ts; the
// header bell's two live in bellDocuments.ts (every page loads them) and are re-exported here.
export { NotificationAddedSubscription, UnreadNotificationCountQuery } from './bellDocuments';

export const ReminderInboxQuery = graphql(`
  query ReminderInbox($unreadOnly: Boolean!, $first: Int, $after: String) {
    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          read
          ...NotificationItem_notification
        }
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean!) {
    markNotificationsRead(ids: $ids, all: $all) {
      ids
      unreadCount
      updated
    }
  }
`);
