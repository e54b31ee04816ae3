import { graphql } from '@/gql';

// Both answer with the customer's 回访 tab, so the 360 page updates from the reply.
export const PlanVisitMutation = graphql(`
  mutation PlanVisit($customerId: ID!, $input: PlanVisitInput!) {
    planVisit(customerId: $customerId, input: $input) {
      id
      customer {
        id
        ...VisitsTab_customer
      }
    }
  }
`);

export const RecordVisitMutation = graphql(`
  mutation RecordVisit($id: ID!, $version: Int!, $input: RecordVisitInput!) {
    recordVisit(id: $id, version: $version, input: $input) {
      id
      version
      recorded
      customer {
        id
        ...VisitsTab_customer
      }
    }
  }
`);

export const VisitOwnersQuery = graphql(`
  query VisitOwners {
    me {
      id
      name
    }
    users(first: 100, filter: { active: true }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/**
 * The /visits page. The API has no list of visits across customers (only `Customer.visits`), so the page reads
 * the visits of the customers the user may see, a bounded number of them, and filters by owner and status here.
 */
export const VisitsPageQuery = graphql(`
  query VisitsPage($filter: CustomerFilter, $first: Int!) {
    customers(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          visits {
            id
            topic
            type
            plannedAt
            actualAt
            recorded
            satisfaction
            content
            version
            owner {
              id
              name
            }
          }
        }
      }
    }
  }
`);
