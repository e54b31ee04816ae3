/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      expiresAt\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Home {\n    me {\n      id\n      name\n      ...ProfileCard_user\n    }\n  }\n": typeof types.HomeDocument,
    "\n  fragment ProfileCard_user on User {\n    id\n    name\n    email\n    role\n    manager {\n      id\n      name\n    }\n  }\n": typeof types.ProfileCard_UserFragmentDoc,
    "\n  subscription LiveHeartbeat($intervalSeconds: Int!) {\n    heartbeat(intervalSeconds: $intervalSeconds)\n  }\n": typeof types.LiveHeartbeatDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        email\n        role\n        mustChangePassword\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query TokenUser {\n    me {\n      id\n      name\n      email\n      role\n      mustChangePassword\n    }\n  }\n": typeof types.TokenUserDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      expiresAt\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query Home {\n    me {\n      id\n      name\n      ...ProfileCard_user\n    }\n  }\n": types.HomeDocument,
    "\n  fragment ProfileCard_user on User {\n    id\n    name\n    email\n    role\n    manager {\n      id\n      name\n    }\n  }\n": types.ProfileCard_UserFragmentDoc,
    "\n  subscription LiveHeartbeat($intervalSeconds: Int!) {\n    heartbeat(intervalSeconds: $intervalSeconds)\n  }\n": types.LiveHeartbeatDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        email\n        role\n        mustChangePassword\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query TokenUser {\n    me {\n      id\n      name\n      email\n      role\n      mustChangePassword\n    }\n  }\n": types.TokenUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      expiresAt\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      expiresAt\n      user {\n        id\n        mustChangePassword\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    me {\n      id\n      name\n      ...ProfileCard_user\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    me {\n      id\n      name\n      ...ProfileCard_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileCard_user on User {\n    id\n    name\n    email\n    role\n    manager {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileCard_user on User {\n    id\n    name\n    email\n    role\n    manager {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveHeartbeat($intervalSeconds: Int!) {\n    heartbeat(intervalSeconds: $intervalSeconds)\n  }\n"): (typeof documents)["\n  subscription LiveHeartbeat($intervalSeconds: Int!) {\n    heartbeat(intervalSeconds: $intervalSeconds)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        email\n        role\n        mustChangePassword\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        name\n        email\n        role\n        mustChangePassword\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokenUser {\n    me {\n      id\n      name\n      email\n      role\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  query TokenUser {\n    me {\n      id\n      name\n      email\n      role\n      mustChangePassword\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;