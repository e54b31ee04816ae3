import { browserApiUrls, toWebSocketUrl } from './urls';

describe('API URLs', () => {
  it('defaults to the page host on port 4000', () => {
    expect(browserApiUrls(undefined, { protocol: 'http:', hostname: '192.168.1.5' })).toEqual({
      http: 'http://192.168.1.5:4000/graphql',
      ws: 'ws://192.168.1.5:4000/graphql',
    });
  });

  it('uses the public URL the server passed down', () => {
    expect(browserApiUrls('https://api.example.cn/graphql', { protocol: 'http:', hostname: 'x' })).toEqual({
      http: 'https://api.example.cn/graphql',
      ws: 'wss://api.example.cn/graphql',
    });
  });

  it('maps http to ws and https to wss', () => {
    expect(toWebSocketUrl('http://a:1/graphql')).toBe('ws://a:1/graphql');
    expect(toWebSocketUrl('HTTPS://a/graphql')).toBe('wss://a/graphql');
  });
});
