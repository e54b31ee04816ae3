import { graphql } from '@/gql';

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      user {
        id
        name
        email
        role
        mustChangePassword
      }
    }
  }
`);

/** Who a bearer token belongs to: used to turn a token the API just issued (changePassword) into a session. */
export const TokenUserQuery = graphql(`
  query TokenUser {
    me {
      id
      name
      email
      role
      mustChangePassword
    }
  }
`);
