import { graphql } from '@/gql';

export const CustomerSharesQuery = graphql(`
  query CustomerShares($id: ID!) {
    customer(id: $id) {
      id
      name
      shares {
        customerId
        canEdit
        createdAt
        expiresAt
        user {
          id
          name
        }
        sharedBy {
          id
          name
        }
      }
    }
  }
`);

export const UnshareCustomerMutation = graphql(`
  mutation UnshareCustomer($customerId: ID!, $userIds: [ID!]!) {
    unshareCustomer(customerId: $customerId, userIds: $userIds) {
      customerId
      user {
        id
      }
    }
  }
`);
