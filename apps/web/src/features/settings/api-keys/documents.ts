import { graphql } from '@/gql';

export const ApiKeyRowFragment = graphql(`
  fragment ApiKeyRow on ApiKey {
    id
    name
    prefix
    scopes
    active
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    version
    owner {
      id
      name
    }
  }
`);

export const ApiKeysSettingsQuery = graphql(`
  query ApiKeysSettings($includeRevoked: Boolean!) {
    apiKeys(first: 100, includeRevoked: $includeRevoked) {
      totalCount
      edges {
        node {
          id
          ...ApiKeyRow
        }
      }
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        ...ApiKeyRow
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      ...ApiKeyRow
    }
  }
`);
