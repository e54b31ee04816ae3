import { msg } from '@kehu/domain';
import { createHmac } from 'node:crypto';
import type { DingTalkConfig } from './channel-settings';
import type { OutboundPolicy } from '../../common/outbound/targets';
import { OutboundFailure } from '../../common/outbound/post';
import { postJson } from './webhook';

/**
 * DingTalk's robot signature (加签): sign = urlencode(base64(HMAC-SHA256(key = secret, data = timestamp + "\n" + secret))),
 * with timestamp in milliseconds; DingTalk refuses a timestamp more than an hour off its clock.
 */
export function dingTalkSign(secret: string, timestampMs: number): string {
  const base64 = createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');
  return encodeURIComponent(base64);
}

export function signedDingTalkUrl(config: DingTalkConfig, timestampMs: number): string {
  if (!config.webhookUrl) throw new OutboundFailure(msg('channels.dingTalkUrlMissing'));
  if (!config.secret) return config.webhookUrl;
  const sep = config.webhookUrl.includes('?') ? '&' : '?';
  return `${config.webhookUrl}${sep}timestamp=${timestampMs}&sign=${dingTalkSign(config.secret, timestampMs)}`;
}

export async function sendDingTalk(
  policy: OutboundPolicy,
  config: DingTalkConfig,
  text: string,
  nowMs: number,
  atMobiles: string[] = [],
): Promise<{ status: number }> {
  return postJson(policy, signedDingTalkUrl(config, nowMs), {
    msgtype: 'text',
    text: { content: text },
    at: { atMobiles, isAtAll: false },
  });
}
