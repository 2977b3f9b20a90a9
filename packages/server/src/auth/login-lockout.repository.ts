/**
 * Failed logins per account and source address (table `login_lockouts`; SECURITY.md "Identity and sessions":
 * 5 failures → 15 minutes, the account from that address only — an attacker elsewhere cannot lock its owner out).
 */
import type { Queryable } from '../db/database';

export interface LockoutKey {
  regionCode: string;
  userId: string;
  /** The client address the failures came from (`unknown` when the request had none). */
  source: string;
}

/** The end of the lock of this account from this address, or null when it is not locked. */
export async function sourceLockedUntil(db: Queryable, k: LockoutKey, now: string): Promise<string | null> {
  const r = await db.query<{ lockedUntil: string }>(
    `SELECT locked_until AS "lockedUntil" FROM login_lockouts
     WHERE region_code = $1 AND user_id = $2 AND source = $3 AND locked_until > $4::timestamptz`,
    [k.regionCode, k.userId, k.source, now],
  );
  return r.rows[0]?.lockedUntil ?? null;
}

/**
 * One more failure from this address; at the threshold the account is locked from it until `lockUntil` (and
 * the count restarts). The account row keeps the latest lock for the administrators' list (users.locked_until).
 */
export async function recordSourceFailure(
  db: Queryable,
  k: LockoutKey,
  threshold: number,
  lockUntil: string,
): Promise<{ lockedNow: boolean }> {
  const r = await db.query<{ lockedNow: boolean }>(
    `INSERT INTO login_lockouts AS l (region_code, user_id, source, failed_logins, locked_until)
     VALUES ($1, $2, $3, CASE WHEN 1 >= $4 THEN 0 ELSE 1 END, CASE WHEN 1 >= $4 THEN $5::timestamptz END)
     ON CONFLICT (region_code, user_id, source) DO UPDATE SET
       failed_logins = CASE WHEN l.failed_logins + 1 >= $4 THEN 0 ELSE l.failed_logins + 1 END,
       locked_until = CASE WHEN l.failed_logins + 1 >= $4 THEN $5::timestamptz ELSE l.locked_until END
     RETURNING (locked_until IS NOT DISTINCT FROM $5::timestamptz) AS "lockedNow"`,
    [k.regionCode, k.userId, k.source, threshold, lockUntil],
  );
  const lockedNow = r.rows[0]?.lockedNow ?? false;
  if (lockedNow) {
    await db.query('UPDATE users SET locked_until = $2 WHERE id = $1', [k.userId, lockUntil]);
  }
  return { lockedNow };
}

/** A successful login from this address restarts its count. */
export async function clearSourceFailures(db: Queryable, k: LockoutKey): Promise<void> {
  await db.query('DELETE FROM login_lockouts WHERE region_code = $1 AND user_id = $2 AND source = $3', [k.regionCode, k.userId, k.source]);
}
