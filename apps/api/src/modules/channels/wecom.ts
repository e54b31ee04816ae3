import { msg } from '@kehu/domain';
import type { WeComConfig } from './channel-settings';
import type { OutboundPolicy } from '../../common/outbound/targets';
import { OutboundFailure } from '../../common/outbound/post';
import { postJson } from './webhook';

/** A WeCom (企业微信) group robot: the key in the webhook URL is its only credential. */
export async function sendWeCom(
  policy: OutboundPolicy,
  config: WeComConfig,
  text: string,
  mentionedMobiles: string[] = [],
): Promise<{ status: number }> {
  if (!config.webhookUrl) throw new OutboundFailure(msg('channels.weComUrlMissing'));
  return postJson(policy, config.webhookUrl, { msgtype: 'text', text: { content: text, mentioned_mobile_list: mentionedMobiles } });
}
