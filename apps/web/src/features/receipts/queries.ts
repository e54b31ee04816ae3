import { graphql } from '@/gql';

export const RecordReceiptMutation = graphql(`
  mutation RecordReceipt($contractId: ID!, $input: ReceiptInput!) {
    recordReceipt(contractId: $contractId, input: $input) {
      id
      amount
    }
  }
`);

export const DeleteReceiptMutation = graphql(`
  mutation DeleteReceipt($id: ID!) {
    deleteReceipt(id: $id)
  }
`);

export const ReceiptsListQuery = graphql(`
  query ReceiptsList($filter: ReceiptFilter, $first: Int, $after: String, $orderBy: PaymentOrder) {
    receipts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          amount
          receivedDate
          method
          remark
          recordedBy {
            id
            name
          }
          contract {
            id
            number
            title
            customer {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const PaymentPlansDueQuery = graphql(`
  query PaymentPlansDue($filter: PaymentPlanFilter, $first: Int, $after: String, $orderBy: PaymentOrder) {
    paymentPlans(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          dueDate
          amount
          receivedAmount
          outstandingAmount
          overdueDays
          status
          remark
          contract {
            id
            number
            title
            customer {
              id
              name
            }
          }
        }
      }
    }
  }
`);
