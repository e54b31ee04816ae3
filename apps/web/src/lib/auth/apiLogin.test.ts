/** @jest-environment node */
import { apiLogin, apiTokenUser } from './apiLogin';
import { decodeSignInError } from './signInErrors';
import { isExpired, jwtExpiresAt } from './tokenExpiry';

function fakeFetch(body: unknown, status = 200): typeof fetch {
  return jest.fn(
    async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  ) as unknown as typeof fetch;
}

const user = { id: '1', name: '管理员', email: 'admin@kehu.demo', role: 'ADMIN', mustChangePassword: false };

describe('apiLogin', () => {
  it('returns the token and user, posting the Login mutation with the forwarded client address', async () => {
    const fetchImpl = fakeFetch({ data: { login: { token: 't0k', expiresAt: '2030-01-01T00:00:00.000Z', user } } });
    const result = await apiLogin('admin@kehu.demo', 'pw', {
      apiUrl: 'http://api/graphql',
      fetchImpl,
      client: { ip: '10.0.0.9', userAgent: 'Firefox' },
      forwardSecret: 'shared-secret-0123456789',
    });
    expect(result).toEqual({ kind: 'ok', token: 't0k', expiresAt: '2030-01-01T00:00:00.000Z', user });
    const [url, init] = (fetchImpl as jest.Mock).mock.calls[0];
    expect(url).toBe('http://api/graphql');
    expect(init.headers).toMatchObject({
      'x-kehu-web-secret': 'shared-secret-0123456789',
      'x-kehu-client-ip': '10.0.0.9',
      'x-kehu-client-ua': 'Firefox',
    });
    const body = JSON.parse(init.body);
    expect(body.query).toContain('mutation Login');
    expect(body.variables).toEqual({ email: 'admin@kehu.demo', password: 'pw' });
  });

  it('maps UNAUTHENTICATED to wrong credentials', async () => {
    const fetchImpl = fakeFetch({ data: null, errors: [{ message: 'Invalid', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(await apiLogin('a@b.c', 'x', { apiUrl: 'http://api', fetchImpl })).toEqual({ kind: 'wrong-credentials' });
  });

  it('passes other refusals (locked, rate limited) through with their message', async () => {
    const fetchImpl = fakeFetch({ errors: [{ message: '账号已锁定，请 15 分钟后再试', extensions: { code: 'RATE_LIMITED' } }] });
    expect(await apiLogin('a@b.c', 'x', { apiUrl: 'http://api', fetchImpl })).toEqual({
      kind: 'refused',
      code: 'RATE_LIMITED',
      message: '账号已锁定，请 15 分钟后再试',
    });
  });

  it('reports an unreachable API as unavailable', async () => {
    const fetchImpl = jest.fn(async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    expect(await apiLogin('a@b.c', 'x', { apiUrl: 'http://api', fetchImpl })).toMatchObject({ kind: 'unavailable' });
  });

  it('reports a non-GraphQL answer as unavailable', async () => {
    const fetchImpl = jest.fn(async () => new Response('<html>502</html>', { status: 502 })) as unknown as typeof fetch;
    expect(await apiLogin('a@b.c', 'x', { apiUrl: 'http://api', fetchImpl })).toMatchObject({ kind: 'unavailable' });
  });
});

describe('apiTokenUser', () => {
  it('asks the API whose token it is, sending it as a bearer token', async () => {
    const fetchImpl = fakeFetch({ data: { me: user } });
    expect(await apiTokenUser('new-token', { apiUrl: 'http://api', fetchImpl })).toEqual({ kind: 'ok', token: 'new-token', user });
    const [, init] = (fetchImpl as jest.Mock).mock.calls[0];
    expect(init.headers.authorization).toBe('Bearer new-token');
    expect(JSON.parse(init.body).query).toContain('me');
  });

  it('treats a revoked token like wrong credentials', async () => {
    const fetchImpl = fakeFetch({ errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(await apiTokenUser('old', { apiUrl: 'http://api', fetchImpl })).toEqual({ kind: 'wrong-credentials' });
  });
});

describe('decodeSignInError', () => {
  it('decodes what the credentials provider encodes', () => {
    expect(decodeSignInError('CredentialsSignin')).toEqual({ kind: 'wrong-credentials' });
    expect(decodeSignInError('SERVICE_UNAVAILABLE')).toEqual({ kind: 'unavailable' });
    expect(decodeSignInError('API:账号已锁定')).toEqual({ kind: 'api-message', message: '账号已锁定' });
    expect(decodeSignInError(null)).toBeNull();
  });
});

describe('jwtExpiresAt', () => {
  it('reads exp from a JWT and ignores opaque tokens', () => {
    const payload = Buffer.from(JSON.stringify({ sub: '1', exp: 2_000_000_000 })).toString('base64url');
    expect(jwtExpiresAt(`h.${payload}.s`)).toBe(2_000_000_000_000);
    expect(jwtExpiresAt('opaque-token')).toBeUndefined();
    expect(isExpired(undefined)).toBe(false);
    expect(isExpired(1_000, 2_000_000)).toBe(true);
  });
});
