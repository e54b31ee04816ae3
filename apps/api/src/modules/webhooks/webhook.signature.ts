import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * `Kehu-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>` (the Stripe scheme):
 * the timestamp inside the signed text lets receivers refuse replays older than a few minutes. While a rotated
 * secret's overlap lasts, each secret signs: `t=…,v1=<new secret's>,v1=<old secret's>` — a receiver accepts the
 * body when any v1 matches the secret it holds.
 */
export function signatureHeader(secrets: string | (string | null | undefined)[], unixSeconds: number, body: string): string {
  const list = (Array.isArray(secrets) ? secrets : [secrets]).filter((s): s is string => !!s);
  return [`t=${unixSeconds}`, ...list.map((s) => `v1=${createHmac('sha256', s).update(`${unixSeconds}.${body}`).digest('hex')}`)].join(',');
}

/** What a receiver does (the README shows the same code): true when any v1 signs this body recently enough. */
export function verifySignature(secret: string, header: string, body: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const pairs = header.split(',').map((kv) => kv.split('=', 2));
  const t = Number(pairs.find(([k]) => k === 't')?.[1]);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  return pairs.some(([k, v]) => k === 'v1' && !!v && Buffer.byteLength(v) === expected.length && timingSafeEqual(Buffer.from(v), expected));
}
