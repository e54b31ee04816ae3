import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';

/** Headers the web server (apps/web, next-auth) sets when it relays a sign-in for a person's browser. */
export const WEB_FORWARD_HEADERS = {
  secret: 'x-kehu-web-secret',
  ip: 'x-kehu-client-ip',
  userAgent: 'x-kehu-client-ua',
} as const;

function header(req: Pick<Request, 'headers'>, name: string): string | null {
  const v = req.headers[name];
  const s = Array.isArray(v) ? v[0] : v;
  return s && s.trim() ? s.trim().slice(0, 512) : null;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Who the client is, for sign-in records, the 异地登录 alert and per-address limits. A request relayed by the web
 * server with the shared secret names the person's browser and address; any other request is its own client (the
 * socket's address, or a configured load balancer's X-Forwarded-For) — headers a browser sets itself are not believed.
 */
export function clientOf(
  req: Pick<Request, 'headers' | 'ip' | 'socket'>,
  secret: string | null,
): { ip: string | null; userAgent: string | null } {
  const own = { ip: req.ip ?? req.socket?.remoteAddress ?? null, userAgent: header(req, 'user-agent') };
  const given = header(req, WEB_FORWARD_HEADERS.secret);
  if (!secret || !given || !sameSecret(given, secret)) return own;
  return { ip: header(req, WEB_FORWARD_HEADERS.ip) ?? own.ip, userAgent: header(req, WEB_FORWARD_HEADERS.userAgent) ?? own.userAgent };
}
