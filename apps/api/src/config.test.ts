import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has defaults that need no services', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 4000, databaseUrl: null, redisUrl: null, businessTimeZone: 'Asia/Shanghai', embeddedPgPort: 54329 });
  });

  it.each([
    ['PORT', 'abc', /PORT must be a whole number/],
    ['PORT', '70000', /PORT must be between 1 and 65535/],
    ['DATABASE_URL', 'mysql://x@y/z', /DATABASE_URL must start with postgres:/],
    ['DATABASE_URL', 'not a url', /DATABASE_URL is not a valid URL/],
    ['REDIS_URL', 'http://localhost', /REDIS_URL must start with redis:/],
    ['TZ_BUSINESS', 'Mars/Olympus', /TZ_BUSINESS is not an IANA time zone/],
    ['NODE_ENV', 'staging', /NODE_ENV must be one of/],
    ['KEHU_SEED_DEMO', 'maybe', /KEHU_SEED_DEMO must be true or false/],
    ['AUTH_SECRET', 'short', /AUTH_SECRET must be at least 16/],
    ['KEHU_OUTBOUND_ALLOW_HOSTS', 'crm-hook.local,http://x/', /KEHU_OUTBOUND_ALLOW_HOSTS must be host names or IP addresses/],
    ['KEHU_SIGNIN_MAX_PER_ACCOUNT', '0', /KEHU_SIGNIN_MAX_PER_ACCOUNT must be between 1/],
  ])('names %s when it is wrong (%s)', (variable, value, message) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(message);
  });

  it('reads the private hosts outgoing calls may reach (none by default)', () => {
    expect(loadConfig({}).outbound.allowHosts).toEqual([]);
    expect(loadConfig({ KEHU_OUTBOUND_ALLOW_HOSTS: ' CRM-Hook.local , 10.0.0.5,[fd00::5] ' }).outbound.allowHosts).toEqual([
      'crm-hook.local',
      '10.0.0.5',
      'fd00::5',
    ]);
  });

  it('requires AUTH_SECRET in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET is required in production/);
  });
});
