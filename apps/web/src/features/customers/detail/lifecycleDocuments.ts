import { graphql } from '@/gql';
import { apiErrorInfo } from '@/lib/apollo/errors';

// 停用 / 启用 / 删除 of a customer: used by the 360 header and the list's bulk bar.
export const DeactivateCustomerMutation = graphql(`
  mutation DeactivateCustomer($id: ID!, $reason: String) {
    deactivateCustomer(id: $id, reason: $reason) {
      id
      version
      status
    }
  }
`);

export const ReactivateCustomerMutation = graphql(`
  mutation ReactivateCustomer($id: ID!) {
    reactivateCustomer(id: $id) {
      id
      version
      status
    }
  }
`);

export const DeleteCustomerMutation = graphql(`
  mutation DeleteCustomer($id: ID!) {
    deleteCustomer(id: $id) {
      id
    }
  }
`);

/**
 * True when the API refused a delete because the customer has contracts (or other records that keep it): its
 * BAD_USER_INPUT says to deactivate instead (`… 请改为停用 (deactivateCustomer)`).
 */
export function isDeleteRefused(error: unknown): boolean {
  const info = apiErrorInfo(error);
  return info?.code === 'BAD_USER_INPUT' && /deactivateCustomer|改为停用/.test(info.message);
}
