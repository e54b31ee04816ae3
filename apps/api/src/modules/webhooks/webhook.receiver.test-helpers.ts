import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a test receiver got. */
export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  event: { id: string; type: string; createdAt: string; data: Record<string, any> };
  delivery: string;
}

/**
 * A real HTTP receiver on 127.0.0.1 for webhook tests. `answer` decides each reply: a status code, or a promise
 * of one (the request is held until it resolves). It counts the requests in progress to show concurrency.
 */
export class TestReceiver {
  readonly received: Received[] = [];
  inProgress = 0;
  maxInProgress = 0;
  readonly maxByPath = new Map<string, number>();
  private readonly byPath = new Map<string, number>();
  private server: Server;
  url = '';
  answer: (r: Received) => number | Promise<number> = () => 200;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', async () => {
        const path = req.url ?? '/';
        const r: Received = { path, headers: req.headers, body, event: JSON.parse(body), delivery: String(req.headers['kehu-delivery']) };
        this.received.push(r);
        this.inProgress++;
        this.maxInProgress = Math.max(this.maxInProgress, this.inProgress);
        this.byPath.set(path, (this.byPath.get(path) ?? 0) + 1);
        this.maxByPath.set(path, Math.max(this.maxByPath.get(path) ?? 0, this.byPath.get(path)!));
        const status = await this.answer(r);
        this.inProgress--;
        this.byPath.set(path, this.byPath.get(path)! - 1);
        if (!res.destroyed) {
          res.statusCode = status;
          res.end('ok');
        }
      });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', () => r()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  of(path: string) {
    return this.received.filter((r) => r.path === path);
  }

  async close() {
    this.server.closeAllConnections();
    await new Promise((r) => this.server.close(r));
  }
}

/** Waits for a condition without a fixed sleep: checks it every 20 ms until it holds (jest's timeout bounds it). */
export async function until(what: string, check: () => boolean | Promise<boolean>): Promise<void> {
  for (;;) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}
