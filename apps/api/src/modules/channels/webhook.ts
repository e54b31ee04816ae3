import { msg } from '@kehu/domain';
import { OutboundFailure, postSafely, statusFailure } from '../../common/outbound/post';
import type { OutboundPolicy } from '../../common/outbound/targets';

/**
 * POSTs JSON to a robot webhook through the outbound gate (public addresses only, pinned, no redirects).
 * DingTalk and WeCom answer HTTP 200 with `{ errcode, errmsg }`; anything but errcode 0 is a failure (a wrong
 * signature, a rate limit, a removed robot). Only the status or errcode is kept, never the answer's text.
 */
export async function postJson(policy: OutboundPolicy, url: string, body: unknown, timeoutMs = 10_000): Promise<{ status: number }> {
  const res = await postSafely(policy, url, JSON.stringify(body), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
    timeoutMs,
    maxBodyBytes: 4096,
  });
  if (res.status < 200 || res.status >= 300) throw statusFailure(res.status);
  let parsed: { errcode?: unknown } = {};
  try {
    parsed = JSON.parse(res.body);
  } catch {
    throw new OutboundFailure(msg('channels.robotAnswerNotJson', { status: res.status }), res.status);
  }
  if (parsed.errcode !== undefined && parsed.errcode !== 0) {
    const code = Number.isInteger(parsed.errcode) ? parsed.errcode : '?';
    throw new OutboundFailure(msg('channels.robotRefused', { code: String(code) }), res.status);
  }
  return { status: res.status };
}
