import { graphql } from '@/gql';

export const CustomFieldRowFragment = graphql(`
  fragment CustomFieldRow on CustomField {
    id
    key
    label
    kind
    options
    required
    position
    version
  }
`);

export const CustomFieldsSettingsQuery = graphql(`
  query CustomFieldsSettings {
    customFields {
      id
      ...CustomFieldRow
    }
  }
`);

export const CreateCustomFieldMutation = graphql(`
  mutation CreateCustomField($input: CustomFieldInput!) {
    createCustomField(input: $input) {
      id
      ...CustomFieldRow
    }
  }
`);

export const UpdateCustomFieldMutation = graphql(`
  mutation UpdateCustomField($id: ID!, $version: Int!, $input: UpdateCustomFieldInput!) {
    updateCustomField(id: $id, version: $version, input: $input) {
      id
      ...CustomFieldRow
    }
  }
`);

export const DeleteCustomFieldMutation = graphql(`
  mutation DeleteCustomField($id: ID!) {
    deleteCustomField(id: $id)
  }
`);
