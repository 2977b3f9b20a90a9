/**
 * Server-side sessions (SECURITY.md "Identity and sessions"): the cookie carries an opaque token; the
 * database keeps only its SHA-256, so a copy of the table opens no session. Revocable, idle and absolute expiry.
 */
import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database';
import { sha256Hex } from '../records/canonical';
import { USER_COLUMNS, type UserRow } from './user.repository';

export interface SessionRow {
  regionCode: string;
  id: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

/** Cookie value: `<region_code>.<token>`; the region routes the lookup to its shard. */
export function newSessionToken(regionCode: string): { cookie: string; id: string } {
  const token = randomBytes(32).toString('base64url');
  return { cookie: `${regionCode}.${token}`, id: sha256Hex(token) };
}

export function parseSessionCookie(value: string): { regionCode: string; id: string } | null {
  const m = /^(\d{6})\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (!m) {
    return null;
  }
  return { regionCode: m[1] as string, id: sha256Hex(m[2] as string) };
}

export async function insertSession(
  db: Queryable,
  s: { regionCode: string; id: string; userId: string; now: string; expiresAt: string; sourceIp: string | null; userAgent: string | null },
): Promise<void> {
  await db.query(
    `INSERT INTO sessions (region_code, id, user_id, created_at, last_seen_at, expires_at, source_ip, user_agent)
     VALUES ($1, $2, $3, $4, $4, $5, $6, $7)`,
    [s.regionCode, s.id, s.userId, s.now, s.expiresAt, s.sourceIp, s.userAgent],
  );
}

/**
 * A session with its user, in one round trip (the per-request look-up; issue 15 item 5): the session by its region and
 * id, the user by the session's region and the user's id, the user's department on the session's shard. On Citus the
 * sessions and departments are distributed by region (one shard each, colocated) and `users` is a reference table
 * (decision 0027): one shard. No row when the session is unknown or its user is not of its region (a user whose home
 * region changed: the old sessions end).
 */
export async function findSessionWithUser(
  db: Queryable,
  regionCode: string,
  id: string,
): Promise<{ session: SessionRow; user: UserRow } | null> {
  const r = await db.query<
    UserRow & { sessionCreatedAt: string; sessionLastSeenAt: string; sessionExpiresAt: string; sessionRevokedAt: string | null }
  >(
    `SELECT s.created_at AS "sessionCreatedAt", s.last_seen_at AS "sessionLastSeenAt", s.expires_at AS "sessionExpiresAt",
       s.revoked_at AS "sessionRevokedAt", ${USER_COLUMNS}
     FROM sessions s JOIN users u ON u.region_code = s.region_code AND u.id = s.user_id
       LEFT JOIN departments d ON d.region_code = s.region_code AND d.id = u.department_id
     WHERE s.region_code = $1 AND s.id = $2`,
    [regionCode, id],
    { prepare: 'session_with_user' },
  );
  const row = r.rows[0];
  if (!row) {
    return null;
  }
  const { sessionCreatedAt, sessionLastSeenAt, sessionExpiresAt, sessionRevokedAt, ...user } = row;
  return {
    session: {
      regionCode,
      id,
      userId: user.id,
      createdAt: sessionCreatedAt,
      lastSeenAt: sessionLastSeenAt,
      expiresAt: sessionExpiresAt,
      revokedAt: sessionRevokedAt,
    },
    user,
  };
}

export async function touchSession(db: Queryable, regionCode: string, id: string, now: string): Promise<void> {
  await db.query('UPDATE sessions SET last_seen_at = $3 WHERE region_code = $1 AND id = $2', [regionCode, id, now]);
}

export async function revokeSession(db: Queryable, regionCode: string, id: string, now: string): Promise<void> {
  await db.query('UPDATE sessions SET revoked_at = $3 WHERE region_code = $1 AND id = $2 AND revoked_at IS NULL', [regionCode, id, now]);
}

/** Ends every open session of a user (an account stopped by the administrator). */
export async function revokeUserSessions(db: Queryable, regionCode: string, userId: string, now: string): Promise<void> {
  await db.query('UPDATE sessions SET revoked_at = $3 WHERE region_code = $1 AND user_id = $2 AND revoked_at IS NULL', [
    regionCode,
    userId,
    now,
  ]);
}
