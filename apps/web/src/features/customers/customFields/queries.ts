import { graphql } from '@/gql';

/** The admin's custom customer fields, in form order: what the create and edit forms and the list's columns show. */
export const CustomerFormFieldsQuery = graphql(`
  query CustomerFormFields {
    customFields {
      id
      key
      label
      kind
      options
      required
      position
    }
  }
`);
