import type { DefaultSession } from 'next-auth';
import type { Role } from '@/gql/graphql';

declare module 'next-auth' {
  /** What `authorize` returns: the API user plus its bearer token. */
  interface User {
    id: string;
    name: string;
    email: string;
    role: Role;
    mustChangePassword: boolean;
    accessToken: string;
    /** When the API token expires (ms since epoch), if known. */
    accessTokenExpiresAt?: number;
  }

  interface Session {
    /** Bearer token for the GraphQL API (HTTP `Authorization` and graphql-ws `connectionParams`). */
    accessToken: string;
    /** When the API token expires (ms since epoch), if the token says so. */
    accessTokenExpiresAt?: number;
    user: {
      id: string;
      name: string;
      email: string;
      role: Role;
      mustChangePassword: boolean;
    } & Omit<DefaultSession['user'], 'name' | 'email'>;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    accessToken?: string;
    accessTokenExpiresAt?: number;
    role?: Role;
    mustChangePassword?: boolean;
  }
}
