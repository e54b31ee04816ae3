import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { checkUrl, OutboundRefused, resolveTarget, type CheckedTarget, type OutboundPolicy, type ResolveAll } from './targets';
import { msg, renderMessage, type Message } from '@kehu/domain';

/**
 * A failed outgoing call, in our own short words (status code, error code, timeout): what delivery logs store.
 * The peer's answer is never copied into it — an internal service reached by mistake must not leak through it.
 */
export class OutboundFailure extends Error {
  /** Our words for it, for a person (a test send) in their language; the message is the Chinese for logs. */
  readonly words: Message | null;
  constructor(
    message: string | Message,
    readonly status: number | null = null,
  ) {
    super(typeof message === 'string' ? message : renderMessage(message, 'zh-CN'));
    this.words = typeof message === 'string' ? null : message;
    this.name = 'OutboundFailure';
  }
}

/** The words a delivery log may keep for any error thrown by an outgoing call. */
export function failureText(err: unknown): string {
  if (err instanceof OutboundFailure || err instanceof OutboundRefused) return err.message;
  const code = (err as NodeJS.ErrnoException)?.code;
  return renderMessage(code ? msg('channels.connectionFailed', { code }) : msg('channels.sendFailed'), 'zh-CN');
}

export interface OutboundResponse {
  status: number;
  /** The first bytes of the answer (at most maxBodyBytes), for callers that must read a result code; never stored. */
  body: string;
}

export interface PostOptions {
  headers?: Record<string, string>;
  timeoutMs?: number;
  /** Read at most this much of the answer (0: none). */
  maxBodyBytes?: number;
  /** Name resolution (tests give a fixed answer to show the connection uses it and nothing else). */
  resolve?: ResolveAll;
}

/** A lookup that answers with the address already checked, whatever DNS would say now. */
function pinnedLookup(target: CheckedTarget): LookupFunction {
  return ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  }) as unknown as LookupFunction;
}

/**
 * POSTs a body to a checked URL: the scheme and every resolved address are checked (targets.ts), the socket
 * connects to the checked address (pinned lookup, no pooled sockets), redirects are not followed (a 3xx comes
 * back as its status), and the call gives up after timeoutMs.
 */
export async function postSafely(policy: OutboundPolicy, rawUrl: string, body: string, opts: PostOptions = {}): Promise<OutboundResponse> {
  const url = checkUrl(policy, rawUrl);
  const target = await resolveTarget(policy, url.hostname, opts.resolve);
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const maxBodyBytes = opts.maxBodyBytes ?? 0;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<OutboundResponse>((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: 'POST',
        agent: false,
        lookup: pinnedLookup(target),
        headers: { 'content-length': String(Buffer.byteLength(body)), ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const done = () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
        };
        if (maxBodyBytes <= 0) {
          res.resume();
          req.destroy();
          return done();
        }
        res.on('data', (c: Buffer) => {
          if (size < maxBodyBytes) chunks.push(c.subarray(0, maxBodyBytes - size));
          size += c.length;
          if (size >= maxBodyBytes) {
            res.destroy();
            done();
          }
        });
        res.on('end', done);
        res.on('error', () => done());
      },
    );
    const timer = setTimeout(() => req.destroy(new OutboundFailure(`timed out after ${timeoutMs} ms`)), timeoutMs);
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(err instanceof OutboundFailure ? err : new OutboundFailure(failureText(err)));
    });
    req.end(body);
  });
}

/** Describes a non-2xx answer without its body: "HTTP 500", "HTTP 307 (redirect not followed)". */
export function statusFailure(status: number): OutboundFailure {
  return new OutboundFailure(status >= 300 && status < 400 ? `HTTP ${status} (redirect not followed)` : `HTTP ${status}`, status);
}
