import { graphql } from '@/gql';

/** Who may export: the role's permission or an admin's grant (the API checks again). */
export const ExportViewerQuery = graphql(`
  query ExportViewer {
    me {
      id
      role
      canExport
    }
  }
`);

export const CreateExportMutation = graphql(`
  mutation CreateExport($input: CreateExportInput!) {
    createExport(input: $input) {
      id
      url
      expiresAt
      fileName
    }
  }
`);

export const ExportAuditQuery = graphql(`
  query ExportAudit($filter: ExportAuditFilter, $after: String) {
    exportAudit(first: 50, filter: $filter, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          format
          filter
          rowCount
          completed
          at
          user {
            id
            name
          }
        }
      }
    }
  }
`);

export const ExportAuditUsersQuery = graphql(`
  query ExportAuditUsers {
    users(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const StartBulkExportMutation = graphql(`
  mutation StartBulkExport($input: StartBulkExportInput!) {
    startBulkExport(input: $input) {
      id
      status
    }
  }
`);

export const BulkExportsQuery = graphql(`
  query BulkExports {
    bulkExports(first: 20) {
      edges {
        node {
          id
          kind
          format
          status
          totalRows
          processedRows
          fileName
          error
          createdAt
          url
        }
      }
    }
  }
`);
