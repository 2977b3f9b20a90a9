/** The accounts' second factors (table `user_second_factors`). */
import type { Queryable } from '../db/database';

export interface SecondFactorRow {
  secretEnc: string;
  enabledAt: string | null;
  lastCounter: number | null;
}

export async function findSecondFactor(db: Queryable, regionCode: string, userId: string): Promise<SecondFactorRow | null> {
  const r = await db.query<SecondFactorRow>(
    `SELECT secret_enc AS "secretEnc", enabled_at AS "enabledAt", last_counter::float8 AS "lastCounter"
     FROM user_second_factors WHERE region_code = $1 AND user_id = $2`,
    [regionCode, userId],
  );
  return r.rows[0] ?? null;
}

/** A new secret waiting to be proved; replaces one not yet enabled, never an enabled one. Whether it was stored. */
export async function storePendingSecondFactor(db: Queryable, regionCode: string, userId: string, secretEnc: string, now: string) {
  const r = await db.query(
    `INSERT INTO user_second_factors (region_code, user_id, secret_enc, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (region_code, user_id) DO UPDATE SET secret_enc = EXCLUDED.secret_enc, created_at = EXCLUDED.created_at, last_counter = NULL
       WHERE user_second_factors.enabled_at IS NULL`,
    [regionCode, userId, secretEnc, now],
  );
  return r.rowCount === 1;
}

/**
 * Uses a code's counter: only if it is later than the last one used (a code works once, even when two logins
 * race). `enable` also marks the factor enabled. Whether the counter was taken.
 */
export async function useSecondFactorCounter(
  db: Queryable,
  regionCode: string,
  userId: string,
  counter: number,
  enableAt: string | null,
): Promise<boolean> {
  const r = await db.query(
    `UPDATE user_second_factors SET last_counter = $3, enabled_at = COALESCE(enabled_at, $4::timestamptz)
     WHERE region_code = $1 AND user_id = $2 AND (last_counter IS NULL OR last_counter < $3)`,
    [regionCode, userId, counter, enableAt],
  );
  return r.rowCount === 1;
}

/** Removes an account's second factor (the security administrator's reset). Whether there was one. */
export async function deleteSecondFactor(db: Queryable, regionCode: string, userId: string): Promise<boolean> {
  const r = await db.query('DELETE FROM user_second_factors WHERE region_code = $1 AND user_id = $2', [regionCode, userId]);
  return r.rowCount === 1;
}
