import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHmac } from 'node:crypto';

/** A local SMTP server that keeps every mail it receives (tests only). */
export async function startSmtpPeer() {
  // smtp-server ships without type declarations
  const { SMTPServer } = require('smtp-server');
  const mails: { to: string[]; raw: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream: NodeJS.ReadableStream, session: { envelope: { rcptTo: { address: string }[] } }, callback: () => void) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, mails, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** A local robot webhook peer (DingTalk or WeCom); with a secret it checks DingTalk's signature and refuses bad ones. */
export async function startWebhookPeer(secret?: string) {
  const received: { url: string; body: any; signatureOk: boolean | null }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url!, 'http://peer');
      let signatureOk: boolean | null = null;
      if (secret) {
        const ts = Number(url.searchParams.get('timestamp'));
        // DingTalk's documented check, computed here independently: base64(HMAC-SHA256(secret, timestamp + "\n" + secret)),
        // url-encoded once by the sender and decoded once by searchParams.
        const expected = createHmac('sha256', secret).update(`${ts}\n${secret}`).digest('base64');
        signatureOk = !!ts && url.searchParams.get('sign') === expected;
      }
      received.push({ url: req.url!, body: JSON.parse(Buffer.concat(chunks).toString('utf8')), signatureOk });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(signatureOk === false ? { errcode: 310000, errmsg: 'sign not match' } : { errcode: 0, errmsg: 'ok' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/robot/send?access_token=test`,
    received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
