import { graphql } from '@/gql';

export const AttachmentFields = graphql(`
  fragment AttachmentFields on Attachment {
    id
    fileName
    contentType
    size
    category
    uploadedAt
    uploadedBy {
      id
      name
    }
    downloadUrl
  }
`);

/** The files of one record (newest first); download links are fresh for 5 minutes from this answer. */
export const RecordAttachmentsQuery = graphql(`
  query RecordAttachments($recordId: ID!) {
    attachments(filter: { recordId: $recordId }, first: 100) {
      ...AttachmentFields
    }
  }
`);

export const DeleteAttachmentMutation = graphql(`
  mutation DeleteAttachment($id: ID!) {
    deleteAttachment(id: $id) {
      id
    }
  }
`);

/** Files you may see whose name contains the words (newest first, at most 50), with the customer they belong to. */
export const SearchAttachmentsQuery = graphql(`
  query SearchAttachments($name: String!) {
    attachments(filter: { name: $name }, first: 50) {
      ...AttachmentFields
      customerId
    }
  }
`);
