import { msg } from '@kehu/domain';
import { isIP } from 'node:net';
import nodemailer from 'nodemailer';
import { OutboundFailure } from '../../common/outbound/post';
import { canonicalHost, resolveTarget, type OutboundPolicy } from '../../common/outbound/targets';
import type { EmailConfig } from './channel-settings';

/**
 * Sends one plain-text mail through the configured SMTP server. The host goes through the outbound gate: it is
 * resolved and checked here, and nodemailer connects to that checked address (the name stays the TLS server
 * name, so the certificate is still verified against it). A failure keeps the SMTP error code and status, never
 * the server's words.
 */
export async function sendEmail(
  policy: OutboundPolicy,
  config: EmailConfig,
  to: string,
  subject: string,
  text: string,
): Promise<{ status: number | null }> {
  if (!config.host || !config.port || !config.from) throw new OutboundFailure(msg('channels.emailIncomplete'));
  const host = canonicalHost(config.host);
  const target = await resolveTarget(policy, host);
  const transport = nodemailer.createTransport({
    host: target.address,
    port: config.port,
    secure: config.secure ?? config.port === 465,
    tls: isIP(host) ? undefined : { servername: host },
    auth: config.username ? { user: config.username, pass: config.password ?? '' } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  try {
    const info = await transport.sendMail({ from: config.from, to, subject, text });
    // The server's reply code ("250 OK: queued as …" → 250); its words are not kept.
    const code = /^(\d{3})/.exec(String(info.response ?? ''));
    return { status: code ? Number(code[1]) : null };
  } catch (err) {
    const e = err as { code?: string; responseCode?: number };
    throw new OutboundFailure(
      msg('channels.mailNotSent', { code: [e.code, e.responseCode].filter(Boolean).join(' ') || '?' }),
      e.responseCode ?? null,
    );
  } finally {
    transport.close();
  }
}
