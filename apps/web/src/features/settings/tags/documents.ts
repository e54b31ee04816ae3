import { graphql } from '@/gql';

export const SettingsTagsQuery = graphql(`
  query SettingsTags {
    tags {
      id
      name
      color
      createdAt
    }
  }
`);

/** How many customers (that you may see) carry a tag: told before deleting it. */
export const TagUsageQuery = graphql(`
  query TagUsage($name: String!) {
    customers(first: 1, filter: { tags: [$name] }) {
      totalCount
    }
  }
`);

export const DeleteTagMutation = graphql(`
  mutation DeleteTag($id: ID!) {
    deleteTag(id: $id) {
      id
      name
      customersUntagged
    }
  }
`);
