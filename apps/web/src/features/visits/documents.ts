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

/** The /visits page: visits across the customers the user may read, filtered and paged by the API. */
export const VisitsPageQuery = graphql(`
  query VisitsPage($filter: VisitFilter, $first: Int!, $after: String) {
    visits(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          topic
          type
          plannedAt
          actualAt
          recorded
          overallScore
          content
          version
          owner {
            id
            name
          }
          customer {
            id
            name
          }
        }
      }
    }
  }
`);
