import { graphql } from '@/gql';

// Row actions of the contract detail page: edit / delete a payment plan, void an invoice.

export const UpdatePaymentPlanMutation = graphql(`
  mutation UpdatePaymentPlan($id: ID!, $version: Int!, $input: UpdatePaymentPlanInput!) {
    updatePaymentPlan(id: $id, version: $version, input: $input) {
      id
      dueDate
      amount
      remark
      version
    }
  }
`);

export const DeletePaymentPlanMutation = graphql(`
  mutation DeletePaymentPlan($id: ID!) {
    deletePaymentPlan(id: $id)
  }
`);

export const VoidInvoiceMutation = graphql(`
  mutation VoidInvoice($id: ID!, $version: Int!, $reason: String!) {
    voidInvoice(id: $id, version: $version, reason: $reason) {
      id
      status
      remark
      version
    }
  }
`);
