import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { FormattedExecutionResult } from 'graphql';
import { AppError, ErrorCode, msg } from './errors';

/**
 * Idempotent mutations (Stripe's rule): a mutation sent with an `Idempotency-Key` header runs once per caller and
 * key for 24 hours. The key is claimed in PostgreSQL before the mutation runs (its own short statement, so every
 * replica sees it), and the response is stored when it is done:
 * - the same key and the same request again: the first response, and nothing is written;
 * - the same key with another request: CONFLICT, reason IDEMPOTENCY_KEY_REUSED;
 * - the same key while the first is still running: CONFLICT, reason IDEMPOTENCY_KEY_IN_USE (retry a little later).
 * A run that failed with an internal error before committing anything releases its key, so it may be retried. A claim
 * left unfinished for IDEMPOTENCY.abandonedAfterMs (its replica died) may be taken over by a retry only when its
 * mutation committed nothing (`wrote`, set in the mutation's own transactions: idempotency-commit.ts); when it did,
 * the retry is refused with CONFLICT, reason IDEMPOTENCY_KEY_APPLIED — the write happened once, its answer was lost.
 */
export const IDEMPOTENCY = {
  header: 'idempotency-key',
  ttlMs: 24 * 3600 * 1000,
  abandonedAfterMs: 2 * 60 * 1000,
  maxKeyLength: 255,
  /** How often one process purges rows past the TTL. */
  purgeEveryMs: 60 * 1000,
};

/** What was stored: the response without its per-request extensions (cost is reported afresh on a replay). */
export type StoredResponse = Pick<FormattedExecutionResult, 'data' | 'errors'>;

export type Claim = { kind: 'claimed' } | { kind: 'replay'; response: StoredResponse; createdAt: Date };

export const requestHash = (source: string, operationName: string | null | undefined, variables: unknown) =>
  createHash('sha256')
    .update(JSON.stringify([source, operationName ?? null, variables ?? {}]))
    .digest('hex');

export function assertValidKey(key: string): void {
  if (key.length === 0 || key.length > IDEMPOTENCY.maxKeyLength || !/^[\x21-\x7e]+$/.test(key)) {
    throw new AppError(ErrorCode.BAD_REQUEST, msg('graphql.idempotencyKeyPrintableAscii', { maxKeyLength: IDEMPOTENCY.maxKeyLength }), {
      reason: 'IDEMPOTENCY_KEY_INVALID',
    });
  }
}

export const keyReused = () =>
  new AppError(ErrorCode.CONFLICT, msg('graphql.idempotencyKeyWasUsed'), {
    reason: 'IDEMPOTENCY_KEY_REUSED',
  });

export const keyApplied = () =>
  new AppError(ErrorCode.CONFLICT, msg('graphql.requestIdempotencyKeyWas'), {
    reason: 'IDEMPOTENCY_KEY_APPLIED',
  });

export const keyInUse = () =>
  new AppError(ErrorCode.CONFLICT, msg('graphql.requestIdempotencyKeyStill'), {
    reason: 'IDEMPOTENCY_KEY_IN_USE',
  });

let lastPurge = 0;

/** Claims `key` for `principal` and this request, or says what to answer instead (a replay, or a CONFLICT thrown). */
export async function claimIdempotencyKey(ds: DataSource, principal: string, key: string, hash: string, now: Date): Promise<Claim> {
  if (Date.now() - lastPurge > IDEMPOTENCY.purgeEveryMs) {
    lastPurge = Date.now();
    await ds.query(`DELETE FROM idempotency_keys WHERE created_at < $1`, [new Date(now.getTime() - IDEMPOTENCY.ttlMs)]);
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    // New, expired (older than 24 h) or abandoned by a dead replica: this request owns it now.
    const claimed: unknown[] = await ds.query(
      `INSERT INTO idempotency_keys (principal, key, request_hash, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (principal, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, created_at = EXCLUDED.created_at,
         response = NULL, completed_at = NULL, wrote = false
       WHERE idempotency_keys.created_at < $5 OR (idempotency_keys.response IS NULL AND NOT idempotency_keys.wrote AND idempotency_keys.created_at < $6)
       RETURNING 1`,
      [principal, key, hash, now, new Date(now.getTime() - IDEMPOTENCY.ttlMs), new Date(now.getTime() - IDEMPOTENCY.abandonedAfterMs)],
    );
    if (claimed.length) return { kind: 'claimed' };
    const [row]: { request_hash: string; response: StoredResponse | null; created_at: Date; wrote: boolean }[] = await ds.query(
      `SELECT request_hash, response, created_at, wrote FROM idempotency_keys WHERE principal = $1 AND key = $2`,
      [principal, key],
    );
    if (!row) continue; // released in between: claim again
    if (row.request_hash !== hash) throw keyReused();
    if (!row.response)
      throw row.wrote && row.created_at.getTime() < now.getTime() - IDEMPOTENCY.abandonedAfterMs ? keyApplied() : keyInUse();
    return { kind: 'replay', response: row.response, createdAt: row.created_at };
  }
  throw keyInUse();
}

/** Keeps the response of a claimed key for the retries to come. */
export async function storeIdempotentResponse(ds: DataSource, principal: string, key: string, response: StoredResponse, now: Date) {
  await ds.query(`UPDATE idempotency_keys SET response = $3, completed_at = $4 WHERE principal = $1 AND key = $2`, [
    principal,
    key,
    JSON.stringify(response),
    now,
  ]);
}

/**
 * Frees a claimed key whose run failed unexpectedly, so the client's retry runs it — unless the run committed a write
 * before failing: then the failure is kept as the answer (a rerun would write twice). True when it was freed.
 */
export async function releaseIdempotencyKey(ds: DataSource, principal: string, key: string): Promise<boolean> {
  const [, freed]: [unknown, number] = await ds.query(
    `DELETE FROM idempotency_keys WHERE principal = $1 AND key = $2 AND response IS NULL AND NOT wrote`,
    [principal, key],
  );
  return freed > 0;
}
