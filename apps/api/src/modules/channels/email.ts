import nodemailer from 'nodemailer';
import type { EmailConfig } from './channel-settings';

/** Sends one plain-text mail through the configured SMTP server. */
export async function sendEmail(config: EmailConfig, to: string, subject: string, text: string): Promise<void> {
  if (!config.host || !config.port || !config.from) throw new Error('邮件通道未配置完整 (SMTP host, port and from are required)');
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure ?? config.port === 465,
    auth: config.username ? { user: config.username, pass: config.password ?? '' } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  try {
    await transport.sendMail({ from: config.from, to, subject, text });
  } finally {
    transport.close();
  }
}
