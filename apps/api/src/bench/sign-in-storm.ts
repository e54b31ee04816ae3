import { percentile, postJson } from './load';

/** Monday 9:00: many people sign in at once while others keep working. What the others feel is the figure. */
export interface StormRow {
  signIns: number;
  signInP50: number;
  signInMax: number;
  signInErrors: number;
  plainRequests: number;
  plainP50: number;
  plainP95: number;
  plainMax: number;
  plainErrors: number;
}

const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const ME = JSON.stringify({ query: '{ me { id } }' });

/**
 * `count` sign-ins at once, spread over `emails` (the per-account limit allows 10 attempts per account), each
 * from a new device, while one signed-in client sends `{ me { id } }` back to back until the last sign-in ends.
 */
export async function signInStorm(url: string, emails: string[], plainToken: string, count = 50): Promise<StormRow> {
  const plain: number[] = [];
  let plainErrors = 0;
  let stormOver = false;
  const plainLoop = (async () => {
    while (!stormOver) {
      const t0 = performance.now();
      const res = await postJson(url, { authorization: `Bearer ${plainToken}` }, ME).catch(() => null);
      plain.push(performance.now() - t0);
      if (!res || res.status !== 200 || !res.body.includes('"me"')) plainErrors++;
    }
  })();
  const signIns: number[] = [];
  let signInErrors = 0;
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const body = JSON.stringify({ query: LOGIN, variables: { email: emails[i % emails.length], password: 'Kehu@2026!' } });
      const t0 = performance.now();
      const res = await postJson(url, { 'user-agent': `bench-storm/${i}` }, body).catch(() => null);
      signIns.push(performance.now() - t0);
      if (!res || !res.body.includes('"token"')) signInErrors++;
    }),
  );
  stormOver = true;
  await plainLoop;
  signIns.sort((a, b) => a - b);
  plain.sort((a, b) => a - b);
  return {
    signIns: count,
    signInP50: percentile(signIns, 50),
    signInMax: signIns[signIns.length - 1] ?? 0,
    signInErrors,
    plainRequests: plain.length,
    plainP50: percentile(plain, 50),
    plainP95: percentile(plain, 95),
    plainMax: plain[plain.length - 1] ?? 0,
    plainErrors,
  };
}

export function renderStorm(s: StormRow): string {
  return (
    `Sign-in storm: ${s.signIns} sign-ins at once (scrypt off the event loop): p50 ${s.signInP50.toFixed(0)} ms, slowest ${s.signInMax.toFixed(0)} ms, ` +
    `${s.signInErrors} failed; meanwhile ${s.plainRequests} plain \`{ me { id } }\` requests: p50 ${s.plainP50.toFixed(1)} ms, ` +
    `p95 ${s.plainP95.toFixed(1)} ms, slowest ${s.plainMax.toFixed(0)} ms, ${s.plainErrors} failed.`
  );
}
