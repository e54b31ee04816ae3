import { decideRedirect, safeCallbackPath } from './routes';

const base = { signedIn: false, mustChangePassword: false };

describe('decideRedirect', () => {
  it('sends anonymous visitors to the login page, remembering where they were going', () => {
    expect(decideRedirect({ ...base, pathname: '/', pathWithSearch: '/' })).toBe('/login');
    expect(decideRedirect({ ...base, pathname: '/customers', pathWithSearch: '/customers?q=1' })).toBe(
      '/login?callbackUrl=%2Fcustomers%3Fq%3D1',
    );
  });

  it('lets anonymous visitors see the login page and signed-in users skip it', () => {
    expect(decideRedirect({ ...base, pathname: '/login', pathWithSearch: '/login' })).toBeNull();
    expect(decideRedirect({ ...base, signedIn: true, pathname: '/login', pathWithSearch: '/login' })).toBe('/');
  });

  it('keeps a user who must change the password on /change-password', () => {
    const user = { signedIn: true, mustChangePassword: true };
    expect(decideRedirect({ ...user, pathname: '/customers', pathWithSearch: '/customers' })).toBe('/change-password');
    expect(decideRedirect({ ...user, pathname: '/login', pathWithSearch: '/login' })).toBe('/change-password');
    expect(decideRedirect({ ...user, pathname: '/change-password', pathWithSearch: '/change-password' })).toBeNull();
  });

  it('lets a signed-in user through', () => {
    expect(decideRedirect({ signedIn: true, mustChangePassword: false, pathname: '/deals', pathWithSearch: '/deals' })).toBeNull();
  });
});

describe('safeCallbackPath', () => {
  it('accepts relative paths only', () => {
    expect(safeCallbackPath('/customers?page=2')).toBe('/customers?page=2');
    expect(safeCallbackPath('https://evil.example')).toBe('/');
    expect(safeCallbackPath('//evil.example')).toBe('/');
    expect(safeCallbackPath('/\\evil.example')).toBe('/');
    expect(safeCallbackPath(undefined)).toBe('/');
    expect(safeCallbackPath('/login')).toBe('/');
  });
});
