import { graphql } from '@/gql';

export const ContractsListQuery = graphql(`
  query ContractsList($filter: ContractFilter, $first: Int, $after: String, $orderBy: ContractOrder) {
    contracts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          title
          kind
          status
          amount
          signedAt
          endDate
          createdAt
          customer {
            id
            name
          }
          owner {
            id
            name
          }
        }
      }
    }
  }
`);

export const ContractOwnersQuery = graphql(`
  query ContractOwners {
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

export const ContractCustomerOptionsQuery = graphql(`
  query ContractCustomerOptions($search: String) {
    customers(filter: { search: $search }, first: 20) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const ContractDetailFields = graphql(`
  fragment ContractDetailFields on Contract {
    id
    number
    title
    kind
    status
    amount
    signedAt
    startDate
    endDate
    remark
    terminationReason
    version
    createdAt
    updatedAt
    archivedAt
    reviewChecklist {
      item
      checked
      checkedAt
      checkedBy {
        id
        name
      }
    }
    reviewComments {
      body
      at
      author {
        id
        name
      }
    }
    customer {
      id
      name
    }
    owner {
      id
      name
    }
    opportunity {
      id
      name
    }
    parent {
      id
      number
    }
    supplements {
      id
      number
      title
      status
    }
    receivable {
      contracted
      received
      outstanding
      overdue
      longestOverdueDays
    }
    lines {
      id
      position
      name
      unit
      quantity
      unitPrice
      discountPercent
      amount
      product {
        id
        name
        code
      }
    }
    approvals {
      id
      action
      fromStatus
      toStatus
      comment
      at
      actor {
        id
        name
      }
    }
    paymentPlans {
      id
      dueDate
      amount
      receivedAmount
      outstandingAmount
      overdueDays
      status
      remark
      version
    }
    receipts {
      id
      amount
      receivedDate
      method
      remark
      plan {
        id
        dueDate
      }
      recordedBy {
        id
        name
      }
    }
    invoices {
      id
      number
      type
      amount
      issuedDate
      status
      remark
      version
    }
  }
`);

export const ContractDetailQuery = graphql(`
  query ContractDetail($id: ID!) {
    contract(id: $id) {
      ...ContractDetailFields
    }
  }
`);

export const SubmitContractMutation = graphql(`
  mutation SubmitContract($id: ID!, $version: Int!, $comment: String) {
    submitContract(id: $id, version: $version, comment: $comment) {
      ...ContractDetailFields
    }
  }
`);

export const ApproveContractMutation = graphql(`
  mutation ApproveContract($id: ID!, $version: Int!, $comment: String) {
    approveContract(id: $id, version: $version, comment: $comment) {
      ...ContractDetailFields
    }
  }
`);

export const RejectContractMutation = graphql(`
  mutation RejectContract($id: ID!, $version: Int!, $comment: String!) {
    rejectContract(id: $id, version: $version, comment: $comment) {
      ...ContractDetailFields
    }
  }
`);

export const SignContractMutation = graphql(`
  mutation SignContract($id: ID!, $version: Int!, $signedAt: LocalDate!, $comment: String) {
    signContract(id: $id, version: $version, signedAt: $signedAt, comment: $comment) {
      ...ContractDetailFields
    }
  }
`);

export const CompleteContractMutation = graphql(`
  mutation CompleteContract($id: ID!, $version: Int!, $comment: String) {
    completeContract(id: $id, version: $version, comment: $comment) {
      ...ContractDetailFields
    }
  }
`);

export const TerminateContractMutation = graphql(`
  mutation TerminateContract($id: ID!, $version: Int!, $reason: String!) {
    terminateContract(id: $id, version: $version, reason: $reason) {
      ...ContractDetailFields
    }
  }
`);

export const AddPaymentPlanMutation = graphql(`
  mutation AddPaymentPlan($contractId: ID!, $input: PaymentPlanInput!) {
    addPaymentPlan(contractId: $contractId, input: $input) {
      id
    }
  }
`);

export const IssueInvoiceMutation = graphql(`
  mutation IssueInvoice($contractId: ID!, $input: InvoiceInput!) {
    issueInvoice(contractId: $contractId, input: $input) {
      id
    }
  }
`);

export const DeleteContractMutation = graphql(`
  mutation DeleteContract($id: ID!) {
    deleteContract(id: $id)
  }
`);
