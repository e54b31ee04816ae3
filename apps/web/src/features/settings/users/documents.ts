import { graphql } from '@/gql';

export const SettingsUserFragment = graphql(`
  fragment SettingsUser_user on User {
    id
    name
    email
    phone
    role
    active
    canExport
    lockedUntil
    mustChangePassword
    version
    manager {
      id
      name
    }
  }
`);

export const SettingsUsersQuery = graphql(`
  query SettingsUsers($filter: UserFilter, $after: String) {
    users(first: 100, filter: $filter, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...SettingsUser_user
        }
      }
    }
  }
`);

/** Active managers and admins: who may be someone's manager. */
export const ManagerOptionsQuery = graphql(`
  query ManagerOptions {
    users(first: 100, filter: { active: true, roles: [ADMIN, MANAGER] }) {
      edges {
        node {
          id
          name
          role
        }
      }
    }
  }
`);

/** Active users: who may receive a leaving user's customers. */
export const ActiveUserOptionsQuery = graphql(`
  query ActiveUserOptions {
    users(first: 100, filter: { active: true }) {
      edges {
        node {
          id
          name
          role
        }
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      ...SettingsUser_user
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $version: Int!, $input: UpdateUserInput!) {
    updateUser(id: $id, version: $version, input: $input) {
      id
      ...SettingsUser_user
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($id: ID!, $receiverId: ID) {
    deactivateUser(id: $id, receiverId: $receiverId) {
      customersMoved
      user {
        id
        ...SettingsUser_user
      }
    }
  }
`);

export const SetExportPermissionMutation = graphql(`
  mutation SetExportPermission($userId: ID!, $allowed: Boolean!) {
    setExportPermission(userId: $userId, allowed: $allowed) {
      id
      canExport
      version
    }
  }
`);

export const UnlockUserMutation = graphql(`
  mutation UnlockUser($id: ID!) {
    unlockUser(id: $id) {
      id
      lockedUntil
      version
    }
  }
`);
