import { graphql } from '@/gql';

export const CustomerListQuery = graphql(`
  query CustomerList($filter: CustomerFilter, $orderBy: CustomerOrder, $first: Int, $after: String, $withCustomFields: Boolean = false) {
    customers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          number
          name
          type
          grade
          activity
          lifecycle
          status
          industry
          province
          city
          lastFollowUpAt
          nextFollowUpAt
          createdAt
          version
          customFields @include(if: $withCustomFields)
          owner {
            id
            name
          }
          tags {
            id
            name
            color
          }
          primaryContact {
            id
            name
            mobile
            phone
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Choices for the filters and bulk actions: every tag, and the users the viewer may see. */
export const CustomerListOptionsQuery = graphql(`
  query CustomerListOptions {
    tags {
      id
      name
    }
    users(first: 100, filter: { active: true }) {
      edges {
        node {
          id
          name
          role
        }
      }
    }
  }
`);
