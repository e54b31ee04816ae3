import { DEFAULT_LOCALE, msg, normalizeLocale, P, renderMessage, type Locale, type Message } from '@kehu/domain';
import type { Context } from '../../graphql/context';
import { failureText, OutboundFailure } from '../../common/outbound/post';
import { OutboundRefused } from '../../common/outbound/targets';
import { requireUser } from '../access/current-user';
import { assertCan } from '../access/permissions';
import { DeliveryChannel } from '../notifications/notification.enums';
import { loadChannelConfigs } from './channel-settings';
import { NotificationChannelTestResult } from './channel.types';
import { sendDingTalk } from './dingtalk';
import { sendEmail } from './email';
import { sendWeCom } from './wecom';

/** Our words for a failed test send, in the reader's language: the peer's own answer is never shown (see failureText). */
export function testFailureText(err: unknown, locale: Locale = DEFAULT_LOCALE): string {
  return renderMessage(failureWords(err), locale);
}

function failureWords(err: unknown): Message {
  if (err instanceof OutboundFailure && err.words) return err.words;
  if (err instanceof OutboundFailure && err.status) return msg('channels.receiverAnswered', { text: `HTTP ${err.status}` });
  if (err instanceof OutboundRefused) return err.words;
  if (/timed out/.test(failureText(err))) return msg('channels.timedOut');
  const code = (err as NodeJS.ErrnoException)?.code;
  return code ? msg('channels.connectionFailed', { code }) : msg('channels.sendFailed');
}

/**
 * 测试发送: one test message through a channel's *saved* settings (switched on or not), through the same
 * outbound gate as real deliveries. A failure is an answer, not an error: ok false with the status or SMTP
 * reply code and our own words. Email goes to the admin who asked.
 */
export async function testNotificationChannel(ctx: Context, channel: DeliveryChannel): Promise<NotificationChannelTestResult> {
  const user = requireUser(ctx);
  assertCan(user, 'settings.manage');
  const configs = await loadChannelConfigs(ctx.dataSource);
  const at = ctx.clock.now();
  // In the admin's own language (users.locale), the time in the business time zone: 2026-03-10 10:00.
  const locale = normalizeLocale(user.locale) ?? DEFAULT_LOCALE;
  const fmt = { timeZone: ctx.config.businessTimeZone };
  const text = renderMessage(msg('notice.channel.testText', { name: user.name, at: P.instant(at) }), locale, fmt);
  const result: NotificationChannelTestResult = Object.assign(new NotificationChannelTestResult(), {
    channel,
    ok: false,
    status: null,
    error: null,
    recipient: null,
    testedAt: at,
  });
  try {
    switch (channel) {
      case DeliveryChannel.EMAIL: {
        result.recipient = user.email || null;
        if (!result.recipient) throw new OutboundFailure(msg('channels.noEmailAddress'));
        const sent = await sendEmail(
          ctx.config.outbound,
          configs.EMAIL.config,
          result.recipient,
          renderMessage(msg('notice.channel.testSubject'), locale),
          `${renderMessage(msg('notice.channel.greeting', { name: user.name }), locale)}\n\n${text}\n`,
        );
        result.status = sent.status;
        break;
      }
      case DeliveryChannel.DINGTALK:
        result.status = (await sendDingTalk(ctx.config.outbound, configs.DINGTALK.config, text, at.getTime())).status;
        break;
      case DeliveryChannel.WECOM:
        result.status = (await sendWeCom(ctx.config.outbound, configs.WECOM.config, text)).status;
        break;
    }
    result.ok = true;
  } catch (err) {
    if (!(err instanceof OutboundFailure || err instanceof OutboundRefused || (err as NodeJS.ErrnoException)?.code)) throw err;
    result.status = err instanceof OutboundFailure ? err.status : null;
    result.error = testFailureText(err, locale);
  }
  return result;
}
