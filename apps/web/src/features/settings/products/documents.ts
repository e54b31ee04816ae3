import { graphql } from '@/gql';

export const ProductRowFragment = graphql(`
  fragment ProductRow on Product {
    id
    code
    name
    unit
    listPrice
    remark
    active
    version
  }
`);

export const ProductsSettingsQuery = graphql(`
  query ProductsSettings($filter: ProductFilter, $after: String) {
    products(first: 50, filter: $filter, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...ProductRow
        }
      }
    }
  }
`);

export const CreateProductMutation = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      id
      ...ProductRow
    }
  }
`);

export const UpdateProductMutation = graphql(`
  mutation UpdateProduct($id: ID!, $version: Int!, $input: UpdateProductInput!) {
    updateProduct(id: $id, version: $version, input: $input) {
      id
      ...ProductRow
    }
  }
`);
