import type { NextAuthOptions, User } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { apiLogin, apiTokenUser, type ApiLoginResult } from './apiLogin';
import { authSecret, secureCookies, serverApiUrl, webForwardSecret } from './env';
import { API_TOKEN_PROVIDER, PASSWORD_PROVIDER } from './providerIds';
import { API_MESSAGE_PREFIX, SERVICE_UNAVAILABLE } from './signInErrors';
import { jwtExpiresAt } from './tokenExpiry';

const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

function headerValue(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}

if (!authSecret() && process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build') {
  console.error('[kehu/web] AUTH_SECRET (or NEXTAUTH_SECRET) is not set: sign-in will fail. Set it to a long random string.');
}

/**
 * The browser's address: the first X-Forwarded-For hop (set by a reverse proxy in front of this server), else
 * X-Real-IP. Next's request object passed to authorize() has no socket address.
 */
function clientIp(headers: unknown): string | undefined {
  const forwarded = headerValue(headers, 'x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headerValue(headers, 'x-real-ip') || undefined;
}

function callOptions(req: { headers?: unknown } | undefined) {
  return {
    apiUrl: serverApiUrl(),
    forwardSecret: webForwardSecret(),
    client: {
      ip: clientIp(req?.headers),
      userAgent: headerValue(req?.headers, 'user-agent'),
      acceptLanguage: headerValue(req?.headers, 'accept-language'),
    },
  };
}

/** authorize()'s answer: a user, null for wrong credentials (-> CredentialsSignin), or a thrown message. */
function toUser(result: ApiLoginResult): User | null {
  switch (result.kind) {
    case 'ok': {
      const expiresAt = result.expiresAt ? Date.parse(result.expiresAt) : jwtExpiresAt(result.token);
      return {
        id: result.user.id,
        name: result.user.name,
        email: result.user.email,
        role: result.user.role,
        mustChangePassword: result.user.mustChangePassword,
        accessToken: result.token,
        accessTokenExpiresAt: Number.isFinite(expiresAt) ? expiresAt : undefined,
      };
    }
    case 'wrong-credentials':
      return null;
    case 'refused':
      throw new Error(`${API_MESSAGE_PREFIX}${result.message}`);
    case 'unavailable':
      console.error(`[kehu/web] sign-in: API unavailable at ${serverApiUrl()}: ${result.detail}`);
      throw new Error(SERVICE_UNAVAILABLE);
  }
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  useSecureCookies: secureCookies(),
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    // Email + password -> the API's `login`.
    CredentialsProvider({
      id: PASSWORD_PROVIDER,
      name: 'Kehu',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      async authorize(credentials, req) {
        const email = credentials?.email?.trim();
        const password = credentials?.password;
        if (!email || !password) return null;
        return toUser(await apiLogin(email, password, callOptions(req)));
      },
    }),
    // A token the API has just issued (changePassword returns one and revokes the old ones): the
    // server asks the API whose it is, so a session can only be made from a token the API accepts.
    CredentialsProvider({
      id: API_TOKEN_PROVIDER,
      name: 'Kehu token',
      credentials: { token: { label: 'Token', type: 'text' } },
      async authorize(credentials, req) {
        const token = credentials?.token;
        if (!token) return null;
        return toUser(await apiTokenUser(token, callOptions(req)));
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.name = user.name;
        token.email = user.email;
        token.role = user.role;
        token.mustChangePassword = user.mustChangePassword;
        token.accessToken = user.accessToken;
        token.accessTokenExpiresAt = user.accessTokenExpiresAt;
      }
      return token;
    },
    async session({ session, token }) {
      session.accessToken = token.accessToken ?? '';
      session.accessTokenExpiresAt = token.accessTokenExpiresAt;
      session.user = {
        id: token.sub ?? '',
        name: token.name ?? '',
        email: token.email ?? '',
        role: token.role ?? 'SALES',
        mustChangePassword: token.mustChangePassword ?? false,
      };
      return session;
    },
  },
};
