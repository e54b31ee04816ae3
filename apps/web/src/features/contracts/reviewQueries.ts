import { graphql } from '@/gql';

export const ContractTemplatesQuery = graphql(`
  query ContractTemplates {
    contractTemplates {
      id
      name
      fileName
      size
      checklist
      version
      updatedAt
    }
  }
`);

export const GenerateContractDocumentMutation = graphql(`
  mutation GenerateContractDocument($contractId: ID!, $templateId: ID!) {
    generateContractDocument(contractId: $contractId, templateId: $templateId) {
      id
      fileName
    }
  }
`);

export const CheckContractReviewItemMutation = graphql(`
  mutation CheckContractReviewItem($id: ID!, $version: Int!, $index: Int!, $checked: Boolean!) {
    checkContractReviewItem(id: $id, version: $version, index: $index, checked: $checked) {
      ...ContractDetailFields
    }
  }
`);

export const CommentOnContractMutation = graphql(`
  mutation CommentOnContract($id: ID!, $body: String!) {
    commentOnContract(id: $id, body: $body) {
      id
    }
  }
`);
