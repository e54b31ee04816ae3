import type { DataSource } from 'typeorm';
import type { Clock } from '../../common/clock';
import { logger } from '../../common/logger';
import type { Config } from '../../config';
import { failureText, postSafely, statusFailure } from '../../common/outbound/post';
import { signatureHeader } from './webhook.signature';

/**
 * Sends the webhook outbox (webhook_deliveries). Any number of API replicas may run it: a delivery is claimed
 * with FOR UPDATE SKIP LOCKED and leased (next_attempt_at pushed ahead) before the HTTP call, which happens
 * outside any transaction; a replica that dies mid-send leaves the lease to expire and another one retries.
 * Failures back off exponentially (30 s, 1 min, 2 min … capped at 4 h) until a day has passed, then the delivery
 * is FAILED (and can be re-sent by hand). Every call has a timeout and the loop caps calls in flight, so a slow
 * or dead endpoint costs the API nothing but a socket.
 */
export const WEBHOOK_RETRY = {
  firstDelaySeconds: 30,
  maxDelaySeconds: 4 * 3600,
  giveUpAfterSeconds: 24 * 3600,
  /** How long a claimed delivery stays invisible to other dispatchers (longer than the request timeout). */
  leaseSeconds: 120,
};

export interface WebhookDispatcherOptions {
  intervalMs?: number;
  timeoutMs?: number;
  maxInFlight?: number;
}

/** Seconds to wait after the n-th failed attempt. */
export const retryDelaySeconds = (attempts: number) =>
  Math.min(WEBHOOK_RETRY.maxDelaySeconds, WEBHOOK_RETRY.firstDelaySeconds * 2 ** Math.max(0, attempts - 1));

interface Claimed {
  id: string;
  event_id: string;
  event_type: string;
  payload: Record<string, unknown>;
  created_at: Date;
  attempts: number;
  url: string;
  secret: string;
}

export class WebhookDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = true;
  private readonly intervalMs: number;
  private readonly timeoutMs: number;
  private readonly maxInFlight: number;

  constructor(
    private readonly services: { dataSource: DataSource; clock: Clock; config: Pick<Config, 'outbound'> },
    opts: WebhookDispatcherOptions = {},
  ) {
    this.intervalMs = opts.intervalMs ?? 2000;
    this.timeoutMs = opts.timeoutMs ?? 10_000;
    this.maxInFlight = opts.maxInFlight ?? 16;
  }

  /** Sends everything due now and waits for the answers (tests call this instead of running the loop). */
  async runOnce(limit = 100): Promise<number> {
    const claimed = await this.claim(limit);
    await Promise.all(claimed.map((d) => this.deliver(d)));
    return claimed.length;
  }

  start(): this {
    if (!this.stopped) return this;
    this.stopped = false;
    const tick = async () => {
      try {
        const room = this.maxInFlight - this.inFlight.size;
        if (room > 0) {
          for (const d of await this.claim(room)) {
            const p = this.deliver(d).finally(() => this.inFlight.delete(p));
            this.inFlight.add(p);
          }
        }
      } catch (err) {
        logger.warn(`webhook dispatcher: ${(err as Error).message}`);
      }
      if (!this.stopped) this.timer = setTimeout(tick, this.intervalMs);
    };
    this.timer = setTimeout(tick, 0);
    return this;
  }

  /** Stops claiming and waits for the calls in flight (each bounded by the timeout). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await Promise.allSettled([...this.inFlight]);
  }

  private async claim(limit: number): Promise<Claimed[]> {
    const now = this.services.clock.now();
    const [rows] = await this.services.dataSource.query(
      `UPDATE webhook_deliveries d
          SET next_attempt_at = $1::timestamptz + make_interval(secs => $3), attempts = d.attempts + 1, last_attempt_at = $1
         FROM webhook_endpoints e
        WHERE e.id = d.endpoint_id AND d.id IN (
              SELECT x.id FROM webhook_deliveries x JOIN webhook_endpoints xe ON xe.id = x.endpoint_id AND xe.active
               WHERE x.status = 'PENDING' AND (x.next_attempt_at IS NULL OR x.next_attempt_at <= $1)
               ORDER BY x.next_attempt_at NULLS FIRST, x.created_at LIMIT $2
               FOR UPDATE OF x SKIP LOCKED)
        RETURNING d.id, d.event_id, d.event_type, d.payload, d.created_at, d.attempts, e.url, e.secret`,
      [now, limit, WEBHOOK_RETRY.leaseSeconds],
    );
    return rows as Claimed[];
  }

  private async deliver(d: Claimed): Promise<void> {
    const body = JSON.stringify({ id: d.event_id, type: d.event_type, createdAt: new Date(d.created_at).toISOString(), data: d.payload });
    const t = Math.floor(this.services.clock.now().getTime() / 1000);
    let code: number | null = null;
    let error: string | null = null;
    try {
      // Checked, resolved and pinned to a public address (or an allowed host); a redirect is a failure, and the
      // endpoint's answer is never read into the log.
      const res = await postSafely(this.services.config.outbound, d.url, body, {
        timeoutMs: this.timeoutMs,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Kehu-Webhooks/1.0',
          'kehu-event': d.event_type,
          'kehu-event-id': d.event_id,
          'kehu-delivery': d.id,
          'kehu-signature': signatureHeader(d.secret, t, body),
        },
      });
      code = res.status;
      if (code < 200 || code >= 300) error = statusFailure(code).message;
    } catch (err) {
      error = failureText(err);
    }
    await this.record(d, code, error).catch((err) => logger.warn(`webhook delivery ${d.id}: could not record the result: ${err.message}`));
  }

  private async record(d: Claimed, code: number | null, error: string | null) {
    const now = this.services.clock.now();
    if (!error) {
      await this.services.dataSource.query(
        `UPDATE webhook_deliveries SET status = 'SUCCEEDED', response_code = $2, delivered_at = $3, next_attempt_at = NULL, last_error = NULL WHERE id = $1`,
        [d.id, code, now],
      );
      return;
    }
    const next = new Date(now.getTime() + retryDelaySeconds(d.attempts) * 1000);
    const giveUp = next.getTime() > new Date(d.created_at).getTime() + WEBHOOK_RETRY.giveUpAfterSeconds * 1000;
    logger.debug(`webhook delivery ${d.id} to ${d.url} failed (${error})${giveUp ? ', giving up' : ''}`);
    await this.services.dataSource.query(
      `UPDATE webhook_deliveries SET status = $2, response_code = $3, last_error = $4, next_attempt_at = $5 WHERE id = $1`,
      [d.id, giveUp ? 'FAILED' : 'PENDING', code, error.slice(0, 500), giveUp ? null : next],
    );
  }
}
