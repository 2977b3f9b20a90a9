/** SQL of the first answers to creating requests by (user, Idempotency-Key) — http/idempotency.ts. */
import type { Queryable } from '../db/database';

export type IdempotencyId = { regionCode: string; userId: string; key: string };
export type IdempotentReply = { requestHash: string; status: number | null; reply: string | null; createdAt: string };

/**
 * Claims the key for a request about to be handled (the answer still empty); false when the user sent the
 * key before (the first request holds it). Forgets the user's keys older than a day on the way.
 */
export async function claimIdempotencyKey(db: Queryable, id: IdempotencyId, requestHash: string, now: string): Promise<boolean> {
  await db.query(
    `DELETE FROM idempotent_requests WHERE region_code = $1 AND user_id = $2 AND created_at < $3::timestamptz - interval '1 day'`,
    [id.regionCode, id.userId, now],
  );
  const r = await db.query(
    `INSERT INTO idempotent_requests (region_code, user_id, idempotency_key, request_hash, created_at) VALUES ($1,$2,$3,$4,$5)
     ON CONFLICT DO NOTHING RETURNING idempotency_key`,
    [id.regionCode, id.userId, id.key, requestHash, now],
  );
  return r.rows.length === 1;
}

export async function findIdempotentReply(db: Queryable, id: IdempotencyId): Promise<IdempotentReply | null> {
  const r = await db.query<IdempotentReply>(
    `SELECT request_hash AS "requestHash", status, reply, created_at AS "createdAt" FROM idempotent_requests
     WHERE region_code = $1 AND user_id = $2 AND idempotency_key = $3`,
    [id.regionCode, id.userId, id.key],
  );
  return r.rows[0] ?? null;
}

/** Keeps the first request's answer for the requests that repeat it. */
export async function storeIdempotentReply(db: Queryable, id: IdempotencyId, status: number, reply: string | null): Promise<void> {
  await db.query(
    'UPDATE idempotent_requests SET status = $4, reply = $5 WHERE region_code = $1 AND user_id = $2 AND idempotency_key = $3',
    [id.regionCode, id.userId, id.key, status, reply],
  );
}

/** The first request failed (nothing was written): a retry with the key is handled afresh. */
export async function releaseIdempotencyKey(db: Queryable, id: IdempotencyId): Promise<void> {
  await db.query('DELETE FROM idempotent_requests WHERE region_code = $1 AND user_id = $2 AND idempotency_key = $3', [
    id.regionCode,
    id.userId,
    id.key,
  ]);
}

/**
 * The daily sweep forgets every answer older than a day (a retry comes within seconds; the per-user clean-up
 * on the next submission misses users who stop submitting). Returns how many were forgotten.
 */
export async function forgetOldIdempotentReplies(db: Queryable, now: string): Promise<number> {
  const r = await db.query(`DELETE FROM idempotent_requests WHERE created_at < $1::timestamptz - interval '1 day'`, [now]);
  return r.rowCount;
}
