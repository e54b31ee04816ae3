import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { forbiddenAddressReason } from './addresses';
import { failureText, postSafely } from './post';
import { canonicalHost, checkConfiguredHost, checkUrl, OutboundRefused, resolveTarget, type OutboundPolicy } from './targets';

/** The technical reason of a refusal (extensions.reason); the message is for people, in their language. */
function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as OutboundRefused).reason ?? (err as Error).message;
  }
  return 'not refused';
}
const reasonOfAsync = (p: Promise<unknown>) =>
  p.then(
    () => 'not refused',
    (err: OutboundRefused | Error) => ('reason' in err ? err.reason : err.message),
  );

const NONE: OutboundPolicy = { allowHosts: [] };

describe('addresses', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.0.0.5', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'this network'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.5', 'private'],
    ['64:ff9b::a9fe:a9fe', 'link-local'],
    ['2002:7f00:1::', 'loopback'],
  ])('refuses %s (%s)', (ip, why) => {
    expect(forbiddenAddressReason(ip)).toContain(why);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2400:3200::1', '::ffff:8.8.8.8'])('allows the public address %s', (ip) => {
    expect(forbiddenAddressReason(ip)).toBeNull();
  });
});

describe('URLs and hosts', () => {
  it.each([
    ['https://169.254.169.254/latest/meta-data/', 'link-local'],
    ['https://10.0.0.5/', 'private'],
    ['https://[::1]/', 'loopback'],
    ['https://[::ffff:127.0.0.1]/', 'loopback'],
    ['https://2130706433/', 'loopback'],
    ['https://0x7f000001/', 'loopback'],
    ['https://017700000001/', 'loopback'],
    ['https://127.1/', 'loopback'],
    ['https://0.0.0.0/', 'this network'],
    ['https://100.64.1.1/', 'carrier-grade NAT'],
    ['https://[fd00::1]/', 'unique-local'],
    ['https://metadata.google.internal/computeMetadata/v1/', 'internal name'],
    ['https://localhost/', 'this machine'],
    ['https://api.localhost/', 'this machine'],
    ['https://intranet/', 'not a public domain name'],
    ['http://example.com/hook', 'https is required'],
    ['http://127.0.0.1:4791/robot', 'https is required'],
    ['ftp://example.com/', 'only http(s)'],
    ['https://user:pw@example.com/', 'no user name or password'],
    ['not a url', 'not a valid URL'],
  ])('refuses %s', (url, why) => {
    expect(() => checkUrl(NONE, url)).toThrow(OutboundRefused);
    expect(reasonOf(() => checkUrl(NONE, url))).toContain(why);
  });

  it('accepts https to a public name', () => {
    expect(checkUrl(NONE, 'https://oapi.dingtalk.com/robot/send?access_token=x').hostname).toBe('oapi.dingtalk.com');
  });

  it('reads SMTP hosts the way a URL parser does, so numeric forms cannot hide loopback', () => {
    for (const form of ['2130706433', '0x7f000001', '017700000001', '127.1', '127.0.0.1']) expect(canonicalHost(form)).toBe('127.0.0.1');
    expect(canonicalHost('::1')).toBe('::1');
    expect(canonicalHost('SMTP.Example.COM')).toBe('smtp.example.com');
    expect(() => canonicalHost('smtp.example.com:25')).toThrow(OutboundRefused);
    expect(() => canonicalHost('a b')).toThrow(OutboundRefused);
  });

  it('resolves the name and checks EVERY address, including a name that resolves privately', async () => {
    const twoFaced = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '10.1.2.3', family: 4 },
    ];
    expect(await reasonOfAsync(resolveTarget(NONE, 'hooks.example.com', twoFaced))).toContain('resolves to 10.1.2.3, private');
    const metadata = async () => [{ address: '169.254.169.254', family: 4 }];
    expect(await reasonOfAsync(resolveTarget(NONE, 'metadata.example.com', metadata))).toContain('link-local');
    const mapped = async () => [{ address: '::ffff:127.0.0.1', family: 6 }];
    expect(await reasonOfAsync(resolveTarget(NONE, 'sneaky.example.com', mapped))).toContain('loopback');
    const fine = async () => [{ address: '93.184.216.34', family: 4 }];
    await expect(resolveTarget(NONE, 'hooks.example.com', fine)).resolves.toEqual({
      host: 'hooks.example.com',
      address: '93.184.216.34',
      family: 4,
    });
  });

  it('at configuration time, refuses what resolves privately and accepts a name that does not resolve yet', async () => {
    expect(
      await reasonOfAsync(checkConfiguredHost(NONE, 'hooks.example.com', async () => [{ address: '192.168.0.9', family: 4 }])),
    ).toContain('private');
    await expect(
      checkConfiguredHost(NONE, 'hooks.example.com', async () => {
        throw Object.assign(new Error('nope'), { code: 'ENOTFOUND' });
      }),
    ).resolves.toBeUndefined();
  });

  it('lets an installation name private hosts (KEHU_OUTBOUND_ALLOW_HOSTS), and only those', async () => {
    const onPrem: OutboundPolicy = { allowHosts: ['crm-hook.local', '10.0.0.5'] };
    expect(checkUrl(onPrem, 'http://crm-hook.local/hook').hostname).toBe('crm-hook.local');
    expect(checkUrl(onPrem, 'https://10.0.0.5/').hostname).toBe('10.0.0.5');
    expect(reasonOf(() => checkUrl(onPrem, 'https://10.0.0.6/'))).toContain('private');
    expect(reasonOf(() => checkUrl(onPrem, 'http://example.com/'))).toContain('https is required');
    // A name that resolves to an allowed address passes; one that also resolves elsewhere private does not.
    await expect(resolveTarget(onPrem, 'erp.example.com', async () => [{ address: '10.0.0.5', family: 4 }])).resolves.toMatchObject({
      address: '10.0.0.5',
    });
    expect(
      await reasonOfAsync(
        resolveTarget(onPrem, 'erp.example.com', async () => [
          { address: '10.0.0.5', family: 4 },
          { address: '10.0.0.7', family: 4 },
        ]),
      ),
    ).toContain('10.0.0.7');
  });
});

describe('postSafely', () => {
  let server: Server;
  let port: number;
  const hits: { path: string; host: string | undefined }[] = [];
  let respond: (req: IncomingMessage, res: import('node:http').ServerResponse) => void = (_req, res) => res.end('ok');

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push({ path: req.url ?? '', host: req.headers.host });
      req.resume();
      req.on('end', () => respond(req, res));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });
  beforeEach(() => {
    hits.length = 0;
    respond = (_req, res) => res.end('ok');
  });

  it('refuses loopback unless allowed, before connecting', async () => {
    await expect(postSafely(NONE, `http://127.0.0.1:${port}/x`, '{}')).rejects.toThrow(OutboundRefused);
    expect(hits).toHaveLength(0);
    const allowed = await postSafely({ allowHosts: ['127.0.0.1'] }, `http://127.0.0.1:${port}/x`, '{}');
    expect(allowed.status).toBe(200);
    expect(hits).toHaveLength(1);
  });

  it('does not follow a redirect: the 3xx comes back as it is', async () => {
    respond = (req, res) => {
      res.writeHead(307, { location: `http://127.0.0.1:${port}/second` });
      res.end();
    };
    const res = await postSafely({ allowHosts: ['127.0.0.1'] }, `http://127.0.0.1:${port}/first`, '{}');
    expect(res.status).toBe(307);
    expect(hits.map((h) => h.path)).toEqual(['/first']);
  });

  it('connects to the checked address: the name is not resolved a second time (no DNS rebinding)', async () => {
    let lookups = 0;
    const once = async () => {
      lookups++;
      return [{ address: '127.0.0.1', family: 4 }];
    };
    // "pinned.test" exists nowhere: had the HTTP layer resolved it again, the call would fail.
    const res = await postSafely({ allowHosts: ['pinned.test'] }, `http://pinned.test:${port}/p`, '{}', { resolve: once });
    expect(res.status).toBe(200);
    expect(lookups).toBe(1);
    expect(hits[0]).toEqual({ path: '/p', host: `pinned.test:${port}` });
  });

  it('describes a failure in its own words, never with what the peer said', async () => {
    await expect(postSafely({ allowHosts: ['127.0.0.1'] }, 'http://127.0.0.1:1/', '{}')).rejects.toThrow('ECONNREFUSED');
    respond = (_req, res) => setTimeout(() => res.end('late'), 2000).unref();
    const slow = await postSafely({ allowHosts: ['127.0.0.1'] }, `http://127.0.0.1:${port}/slow`, '{}', { timeoutMs: 100 }).catch((e) => e);
    expect(failureText(slow)).toBe('timed out after 100 ms');
    expect(failureText(new Error('INTERNAL-ONLY: db_password=hunter2'))).not.toContain('INTERNAL');
  });
});
