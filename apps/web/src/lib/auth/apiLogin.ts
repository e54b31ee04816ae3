// The Next.js server's own calls to the GraphQL API during sign-in (next-auth credentials providers).
import { print, type DocumentNode } from 'graphql';
import type { LoginMutation as LoginResult, TokenUserQuery as TokenUserResult } from '@/gql/graphql';
import { LoginMutation, TokenUserQuery } from './loginMutation';

export type ApiUser = LoginResult['login']['user'];

export type ApiLoginResult =
  | { kind: 'ok'; token: string; expiresAt?: string; user: ApiUser }
  /** Unknown email, wrong password, or a token the API no longer accepts: one answer for all. */
  | { kind: 'wrong-credentials' }
  /** The API refused for another reason it explains (locked account, rate limit, …). */
  | { kind: 'refused'; code?: string; message: string }
  /** The API could not be reached or answered garbage. */
  | { kind: 'unavailable'; detail: string };

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Codes that mean "these credentials are wrong" rather than "you may not sign in right now". */
const WRONG_CREDENTIAL_CODES = new Set(['UNAUTHENTICATED', 'BAD_USER_INPUT']);

export interface ApiCallOptions {
  apiUrl: string;
  /** The person's browser, relayed so the API's per-client limits, 登录记录 and 异地登录 alert see it, not this server. */
  client?: { ip?: string; userAgent?: string; acceptLanguage?: string };
  /** The secret shared with the API (KEHU_WEB_FORWARD_SECRET): without it the API does not believe `client`. */
  forwardSecret?: string;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}

type Outcome<T> = { kind: 'data'; data: T } | Exclude<ApiLoginResult, { kind: 'ok' }>;

async function post<T>(
  document: DocumentNode,
  operationName: string,
  variables: Record<string, unknown>,
  token: string | undefined,
  { apiUrl, client, forwardSecret, fetchImpl = fetch, timeoutMs = 10_000 }: ApiCallOptions,
): Promise<Outcome<T>> {
  let response: Response;
  try {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    };
    if (client?.acceptLanguage) headers['accept-language'] = client.acceptLanguage;
    if (forwardSecret && client) {
      headers['x-kehu-web-secret'] = forwardSecret;
      if (client.ip) headers['x-kehu-client-ip'] = client.ip;
      if (client.userAgent) headers['x-kehu-client-ua'] = client.userAgent;
    }
    if (token) headers.authorization = `Bearer ${token}`;
    response = await fetchImpl(apiUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify({ operationName, query: print(document), variables }),
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return { kind: 'unavailable', detail: error instanceof Error ? error.message : String(error) };
  }

  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    return { kind: 'unavailable', detail: `HTTP ${response.status} without a GraphQL body` };
  }
  if (body.data && !body.errors?.length) return { kind: 'data', data: body.data };

  const first = body.errors?.[0];
  if (!first) return { kind: 'unavailable', detail: `HTTP ${response.status} without data or errors` };
  const code = first.extensions?.code;
  if (code && WRONG_CREDENTIAL_CODES.has(code)) return { kind: 'wrong-credentials' };
  if (!code || code === 'INTERNAL_SERVER_ERROR') return { kind: 'unavailable', detail: first.message };
  return { kind: 'refused', code, message: first.message };
}

/** Signs in with email and password (the API's `login` mutation). */
export async function apiLogin(email: string, password: string, options: ApiCallOptions): Promise<ApiLoginResult> {
  const outcome = await post<LoginResult>(LoginMutation, 'Login', { email, password }, undefined, options);
  if (outcome.kind !== 'data') return outcome;
  const { token, expiresAt, user } = outcome.data.login;
  return { kind: 'ok', token, expiresAt, user };
}

/** Checks a token the API issued (e.g. by changePassword) and returns its user. */
export async function apiTokenUser(token: string, options: ApiCallOptions): Promise<ApiLoginResult> {
  const outcome = await post<TokenUserResult>(TokenUserQuery, 'TokenUser', {}, token, options);
  if (outcome.kind !== 'data') return outcome;
  return { kind: 'ok', token, user: outcome.data.me };
}
