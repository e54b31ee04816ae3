import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import type { Clock } from '../../common/clock';
import { logger } from '../../common/logger';
import type { Config } from '../../config';
import { failureText, postSafely, statusFailure } from '../../common/outbound/post';
import { signatureHeader } from './webhook.signature';

/**
 * Sends the webhook outbox (webhook_deliveries). Any number of API replicas run it at once:
 *
 * - **Claim with a lease.** One statement picks due deliveries with FOR UPDATE SKIP LOCKED and leases them
 *   (lease_until, and a fresh lease_token) before the HTTP call, which happens outside any transaction. A replica
 *   that dies mid-send leaves its lease to expire (leaseSeconds, 45 s): the next claim anywhere takes the delivery
 *   over and notes the lost attempt.
 * - **Concurrent, yet in order per record.** Deliveries to different endpoints and of different records go out
 *   in parallel (maxInFlight per replica, perEndpoint in flight per endpoint across replicas, so a slow endpoint
 *   only ever holds its own share). A delivery is not claimed while an earlier one of the same record
 *   (aggregate_key: the customer) to the same endpoint is still pending — in flight or waiting for a retry — so
 *   `contract.signed` never overtakes its customer's `customer.created`.
 * - **Record once, in one statement.** The attempt (time, status code, duration, error) is inserted and the
 *   delivery updated in one statement (results finishing within 5 ms of each other share it), only while this
 *   sender still holds the lease. If recording fails (a pool
 *   stall, a dropped connection), the sender keeps the result and tries again until shortly before its lease
 *   ends — the delivery is never left to expire and be sent again because its result could not be written.
 * - Failures back off exponentially (30 s, 1 min, 2 min … capped at 4 h) until a day has passed, then the delivery
 *   is FAILED (and can be re-sent by hand). Every call has a timeout, shorter than the lease.
 */
export const WEBHOOK_RETRY = {
  firstDelaySeconds: 30,
  maxDelaySeconds: 4 * 3600,
  giveUpAfterSeconds: 24 * 3600,
  /** How long a claimed delivery stays with its sender: request timeout + time to record, under a minute. */
  leaseSeconds: 45,
};

export interface WebhookDispatcherOptions {
  /** How often an idle dispatcher looks for due deliveries. */
  intervalMs?: number;
  timeoutMs?: number;
  /** Calls in flight in this process. */
  maxInFlight?: number;
  /** Calls in flight to one endpoint, across every replica. */
  perEndpoint?: number;
  /** Pause between attempts to record a result (tests shorten it). */
  recordRetryMs?: number;
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
  lease_token: string;
  url: string;
  secret: string;
  previous_secret: string | null;
}

interface AttemptResult {
  attemptId: string;
  deliveryId: string;
  number: number;
  startedAt: Date;
  durationMs: number;
  code: number | null;
  error: string | null;
  status: 'SUCCEEDED' | 'FAILED' | 'PENDING';
  nextAt: Date | null;
  deliveredAt: Date | null;
  leaseToken: string;
}

export class WebhookDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = true;
  private claiming = false;
  private again = false;
  private timerDue = 0;
  private readonly intervalMs: number;
  private readonly timeoutMs: number;
  private readonly maxInFlight: number;
  private readonly perEndpoint: number;
  private readonly recordRetryMs: number;
  private lastPrune = 0;
  private readonly batch: { r: AttemptResult; resolve: () => void; reject: (err: unknown) => void }[] = [];
  private batchTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly services: { dataSource: DataSource; clock: Clock; config: Pick<Config, 'outbound'> },
    opts: WebhookDispatcherOptions = {},
  ) {
    this.intervalMs = opts.intervalMs ?? 1000;
    this.timeoutMs = opts.timeoutMs ?? 10_000;
    this.maxInFlight = opts.maxInFlight ?? 128;
    this.perEndpoint = opts.perEndpoint ?? 32;
    this.recordRetryMs = opts.recordRetryMs ?? 500;
  }

  /** Sends everything due now and waits for the answers (tests call this instead of running the loop). */
  async runOnce(limit = 100): Promise<number> {
    const claimed = await this.claim(limit);
    await Promise.all(claimed.map((d) => this.deliver(d)));
    return claimed.length;
  }

  /** Claims due deliveries without sending them: a test's stand-in for a replica that dies right after claiming. */
  async claimOnly(limit = 100): Promise<string[]> {
    return (await this.claim(limit)).map((d) => d.id);
  }

  start(): this {
    if (!this.stopped) return this;
    this.stopped = false;
    this.schedule(0);
    return this;
  }

  /** Runs the next claim in delayMs, unless one is already due sooner. */
  private schedule(delayMs: number) {
    if (this.stopped) return;
    const due = Date.now() + delayMs;
    if (this.timer && this.timerDue <= due) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerDue = due;
    this.timer = setTimeout(() => void this.tick(), delayMs);
  }

  /** A call finished: there is room, claim again soon (a few ms, so completions close together share one claim). */
  private wake() {
    if (this.claiming) this.again = true;
    else this.schedule(3);
  }

  private async tick() {
    this.timer = null;
    if (this.stopped || this.claiming) return;
    this.claiming = true;
    this.again = false;
    let claimedAny = false;
    try {
      const room = this.maxInFlight - this.inFlight.size;
      if (room > 0) {
        const claimed = await this.claim(room);
        claimedAny = claimed.length > 0;
        for (const d of claimed) {
          const p = this.deliver(d).finally(() => {
            this.inFlight.delete(p);
            this.wake();
          });
          this.inFlight.add(p);
        }
      }
      await this.prune();
    } catch (err) {
      logger.warn(`webhook dispatcher: ${(err as Error).message}`);
    } finally {
      this.claiming = false;
    }
    // Busy: look again as soon as calls finish (wake); idle: at the interval.
    this.schedule(this.again ? 0 : claimedAny && this.inFlight.size < this.maxInFlight ? 3 : this.intervalMs);
  }

  /** Stops claiming and waits for the calls in flight (each bounded by the timeout, and its recording by the lease). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await Promise.allSettled([...this.inFlight]);
  }

  /** The event log keeps 30 days (webhookEvents); older events go, at most once an hour per replica. */
  private async prune() {
    const now = this.services.clock.now().getTime();
    if (now - this.lastPrune < 3600_000) return;
    this.lastPrune = now;
    await this.services.dataSource.query(`DELETE FROM webhook_events WHERE created_at < $1::timestamptz - interval '30 days'`, [
      new Date(now),
    ]);
  }

  private async claim(limit: number): Promise<Claimed[]> {
    const now = this.services.clock.now();
    // Per endpoint (LATERAL): its due deliveries in event order, skipping any with an earlier pending delivery of
    // the same record, at most its free share of perEndpoint. A delivery whose lease ran out (its sender died)
    // is due again, and the lost attempt is written down.
    const [rows]: [(Claimed & { stale: Date | null; stale_attempts: number })[]] = await this.services.dataSource.query(
      `WITH busy AS (
         SELECT endpoint_id, count(*)::int AS n FROM webhook_deliveries
          WHERE status = 'PENDING' AND lease_until > $1 GROUP BY endpoint_id
       ), picked AS (
         SELECT c.id, c.lease_until AS stale, c.attempts AS stale_attempts, c.last_attempt_at AS stale_at
           FROM webhook_endpoints e
           LEFT JOIN busy b ON b.endpoint_id = e.id
           CROSS JOIN LATERAL (
             SELECT x.id, x.lease_until, x.attempts, x.last_attempt_at FROM webhook_deliveries x
              WHERE x.endpoint_id = e.id AND x.status = 'PENDING'
                AND (x.next_attempt_at IS NULL OR x.next_attempt_at <= $1)
                AND (x.lease_until IS NULL OR x.lease_until <= $1)
                AND NOT EXISTS (
                      SELECT 1 FROM webhook_deliveries y
                       WHERE y.endpoint_id = x.endpoint_id AND y.aggregate_key = x.aggregate_key
                         AND y.status = 'PENDING' AND y.event_seq < x.event_seq)
              ORDER BY x.event_seq
              LIMIT greatest(0, $4::int - coalesce(b.n, 0))
              FOR UPDATE OF x SKIP LOCKED) c
          WHERE e.active
          LIMIT $2
       ), lost AS (
         INSERT INTO webhook_attempts (id, delivery_id, number, started_at, error, succeeded)
         SELECT gen_random_uuid(), p.id, p.stale_attempts, COALESCE(p.stale_at, $1), '发送方中断，结果未知 (the sending replica stopped before recording a result; sent again)', false
           FROM picked p WHERE p.stale IS NOT NULL
       )
       UPDATE webhook_deliveries d
          SET lease_until = $1::timestamptz + make_interval(secs => $3), lease_token = gen_random_uuid(),
              attempts = d.attempts + 1, last_attempt_at = $1
         FROM picked p, webhook_endpoints e
        WHERE d.id = p.id AND e.id = d.endpoint_id
        RETURNING d.id, d.event_id, d.event_type, d.payload, d.created_at, d.attempts, d.lease_token, e.url, e.secret,
                  CASE WHEN e.previous_secret_expires_at > $1 THEN e.previous_secret END AS previous_secret, p.stale, p.stale_attempts`,
      [now, limit, WEBHOOK_RETRY.leaseSeconds, this.perEndpoint],
    );
    return rows;
  }

  private async deliver(d: Claimed): Promise<void> {
    const body = JSON.stringify({ id: d.event_id, type: d.event_type, createdAt: new Date(d.created_at).toISOString(), data: d.payload });
    const startedAt = this.services.clock.now();
    const leaseEnds = Date.now() + WEBHOOK_RETRY.leaseSeconds * 1000;
    const t = Math.floor(startedAt.getTime() / 1000);
    const began = performance.now();
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
          // During a secret rotation's overlap both secrets sign: `t=…,v1=<new>,v1=<old>`.
          'kehu-signature': signatureHeader([d.secret, d.previous_secret], t, body),
        },
      });
      code = res.status;
      if (code < 200 || code >= 300) error = statusFailure(code).message;
    } catch (err) {
      error = failureText(err);
    }
    const durationMs = Math.round(performance.now() - began);
    const outcome = this.result(d, randomUUID(), startedAt, durationMs, code, error);
    // Keep trying to write the result while the lease is ours: giving up here would let the lease expire and
    // the delivery go out a second time. The attempt id makes a retry after an unseen commit harmless.
    for (let tries = 1; ; tries++) {
      try {
        await this.record(outcome);
        return;
      } catch (err) {
        const left = leaseEnds - Date.now() - this.recordRetryMs - 2000;
        if (left <= 0) {
          logger.warn(`webhook delivery ${d.id}: could not record the result after ${tries} tries: ${(err as Error).message}`);
          return;
        }
        logger.debug(`webhook delivery ${d.id}: recording failed (${(err as Error).message}), trying again`);
        await new Promise((r) => setTimeout(r, Math.min(this.recordRetryMs * tries, left)));
      }
    }
  }

  /** What one attempt came to, ready to write. */
  private result(
    d: Claimed,
    attemptId: string,
    startedAt: Date,
    durationMs: number,
    code: number | null,
    error: string | null,
  ): AttemptResult {
    const now = this.services.clock.now();
    const next = error ? new Date(now.getTime() + retryDelaySeconds(d.attempts) * 1000) : null;
    const giveUp = !!next && next.getTime() > new Date(d.created_at).getTime() + WEBHOOK_RETRY.giveUpAfterSeconds * 1000;
    const status = !error ? 'SUCCEEDED' : giveUp ? 'FAILED' : 'PENDING';
    if (error) logger.debug(`webhook delivery ${d.id} to ${d.url} failed (${error})${giveUp ? ', giving up' : ''}`);
    return {
      attemptId,
      deliveryId: d.id,
      number: d.attempts,
      startedAt,
      durationMs,
      code,
      error: error?.slice(0, 500) ?? null,
      status,
      nextAt: status === 'PENDING' ? next : null,
      deliveredAt: status === 'SUCCEEDED' ? now : null,
      leaseToken: d.lease_token,
    };
  }

  /**
   * Queues a result for the next write (within 5 ms, or at once when 100 are waiting): results of calls that
   * finish together share one statement and one commit. The promise settles with that write.
   */
  private record(r: AttemptResult): Promise<void> {
    return new Promise((resolve, reject) => {
      this.batch.push({ r, resolve, reject });
      if (this.batch.length >= 100) this.flushResults();
      else if (!this.batchTimer) this.batchTimer = setTimeout(() => this.flushResults(), 5);
    });
  }

  private flushResults() {
    if (this.batchTimer) clearTimeout(this.batchTimer);
    this.batchTimer = null;
    const items = this.batch.splice(0);
    if (!items.length) return;
    this.writeResults(items.map((i) => i.r)).then(
      () => items.forEach((i) => i.resolve()),
      (err: unknown) => items.forEach((i) => i.reject(err)),
    );
  }

  /**
   * One statement: the attempts are kept whatever happened to the leases (the calls were made); each delivery
   * changes only while this sender holds its lease. A CANCELLED delivery (its import reverted mid-flight) stays
   * cancelled unless the endpoint did accept it. Attempt ids make a repeat after an unseen commit harmless.
   */
  private async writeResults(rs: AttemptResult[]) {
    const col = <K extends keyof AttemptResult>(k: K) => rs.map((r) => r[k]);
    await this.services.dataSource.query(
      `WITH r AS (
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::timestamptz[], $5::int[], $6::int[], $7::text[], $8::text[], $9::timestamptz[], $10::timestamptz[], $11::uuid[])
           AS r(attempt_id, delivery_id, number, started_at, duration_ms, code, error, status, next_at, delivered_at, token)
       ), a AS (
         INSERT INTO webhook_attempts (id, delivery_id, number, started_at, duration_ms, response_code, error, succeeded)
         SELECT r.attempt_id, r.delivery_id, r.number, r.started_at, r.duration_ms, r.code, r.error, r.error IS NULL
           FROM r WHERE EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.id = r.delivery_id)
         ON CONFLICT (id) DO NOTHING
       )
       UPDATE webhook_deliveries d SET
              status = CASE WHEN d.status = 'CANCELLED' AND r.status <> 'SUCCEEDED' THEN d.status ELSE r.status END,
              response_code = r.code, last_error = r.error, delivered_at = r.delivered_at,
              next_attempt_at = r.next_at, lease_until = NULL, lease_token = NULL
         FROM r WHERE d.id = r.delivery_id AND d.lease_token = r.token`,
      [
        col('attemptId'),
        col('deliveryId'),
        col('number'),
        col('startedAt'),
        col('durationMs'),
        col('code'),
        col('error'),
        col('status'),
        col('nextAt'),
        col('deliveredAt'),
        col('leaseToken'),
      ],
    );
  }
}
