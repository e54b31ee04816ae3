/** @jest-environment node */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'graphql';
import { createApolloClient } from './createApolloClient';

/** A real HTTP server standing in for the API: it records each request's headers and answers a fixed result. */
let server: Server;
let url: string;
const seen: { operationName: string; headers: IncomingHttpHeaders }[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const { operationName } = JSON.parse(body) as { operationName: string };
      seen.push({ operationName, headers: req.headers });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: operationName === 'Me' ? { me: { __typename: 'User', id: 'u1' } } : { touch: true } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

it('sends one new Idempotency-Key with every mutate call, and none with queries', async () => {
  const { client } = createApolloClient({ httpUrl: url, getToken: () => 'tok', onUnauthenticated: () => {} });
  // parse(), not gql: these stand-in documents are not in the schema, and codegen only collects gql documents.
  const TOUCH = parse(`mutation Touch { touch }`);
  await client.mutate({ mutation: TOUCH });
  await client.mutate({ mutation: TOUCH });
  await client.query({ query: parse(`query Me { me { id } }`), fetchPolicy: 'network-only' });
  const keys = seen.filter((s) => s.operationName === 'Touch').map((s) => s.headers['idempotency-key']);
  expect(keys).toHaveLength(2);
  for (const k of keys) expect(k).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(keys[0]).not.toBe(keys[1]);
  const query = seen.find((s) => s.operationName === 'Me')!;
  expect(query.headers['idempotency-key']).toBeUndefined();
  expect(query.headers.authorization).toBe('Bearer tok'); // the auth link still adds its header
  expect(seen.find((s) => s.operationName === 'Touch')!.headers.authorization).toBe('Bearer tok');
});
