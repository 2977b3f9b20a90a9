import type { Role } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  roles: Role[];
  regionCode: string;
  departmentId: string | null;
  departmentName: string | null;
  certificateNo: string | null;
  certificateExpiresOn: string | null;
  entityUscc: string | null;
  active: boolean;
  demo: boolean;
  failedLogins: number;
  lockedUntil: string | null;
  passwordChangedAt: string;
  lastLoginAt: string | null;
  createdAt: string;
}

/** A user's columns as `UserRow`, of `users u` with its department `d` (left joined). */
export const USER_COLUMNS = `u.id, u.username, u.display_name AS "displayName", u.password_hash AS "passwordHash", u.roles,
  u.region_code AS "regionCode", u.department_id AS "departmentId", d.name AS "departmentName", u.certificate_no AS "certificateNo",
  u.certificate_expires_on AS "certificateExpiresOn", u.entity_uscc AS "entityUscc", u.active, u.demo, u.failed_logins AS "failedLogins", u.locked_until AS "lockedUntil",
  u.password_changed_at AS "passwordChangedAt", u.last_login_at AS "lastLoginAt", u.created_at AS "createdAt"`;

const USER_SELECT = `SELECT ${USER_COLUMNS}
  FROM users u LEFT JOIN departments d ON d.region_code = u.region_code AND d.id = u.department_id`;

export async function findUserByUsername(db: Queryable, username: string): Promise<UserRow | null> {
  const r = await db.query<UserRow>(`${USER_SELECT} WHERE u.username = $1`, [username]);
  return r.rows[0] ?? null;
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | null> {
  const r = await db.query<UserRow>(`${USER_SELECT} WHERE u.id = $1`, [id]);
  return r.rows[0] ?? null;
}

export async function listUsers(
  db: Queryable,
  f: { regionCode: string; q?: string; page: number; pageSize: number },
): Promise<{ items: UserRow[]; total: number }> {
  const params: unknown[] = [f.regionCode];
  let cond = 'u.region_code = $1';
  if (f.q) {
    params.push(`%${f.q.replace(/[%_\\]/g, '\\$&')}%`);
    cond += ` AND (u.username LIKE $2 OR u.display_name LIKE $2)`;
  }
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM users u WHERE ${cond}`, params);
  const items = await db.query<UserRow>(
    `${USER_SELECT} WHERE ${cond} ORDER BY u.created_at, u.username LIMIT ${f.pageSize} OFFSET ${(f.page - 1) * f.pageSize}`,
    params,
  );
  return { items: items.rows, total: total.rows[0]?.n ?? 0 };
}

export interface NewUser {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  roles: Role[];
  regionCode: string;
  departmentId: string | null;
  certificateNo: string | null;
  /** 执法证 valid until (inclusive); officers only. */
  certificateExpiresOn?: string | null;
  entityUscc: string | null;
  demo: boolean;
  now: string;
}

export async function insertUser(db: Queryable, u: NewUser): Promise<void> {
  await db.query(
    `INSERT INTO users (id, username, display_name, password_hash, roles, region_code, department_id, certificate_no, entity_uscc, demo,
       password_changed_at, created_at, updated_at, certificate_expires_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, $11, $12)`,
    [
      u.id,
      u.username,
      u.displayName,
      u.passwordHash,
      u.roles,
      u.regionCode,
      u.departmentId,
      u.certificateNo,
      u.entityUscc,
      u.demo,
      u.now,
      u.certificateExpiresOn ?? null,
    ],
  );
}

export async function recordLoginSuccess(db: Queryable, id: string, now: string): Promise<void> {
  await db.query('UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = $2 WHERE id = $1', [id, now]);
}

/** The fields an administrator edits on an account. */
export interface UserAccountChanges {
  displayName: string;
  roles: Role[];
  departmentId: string | null;
  certificateNo: string | null;
  certificateExpiresOn: string | null;
  active: boolean;
}

export async function updateUserAccount(tx: Queryable, id: string, c: UserAccountChanges, now: string): Promise<void> {
  await tx.query(
    `UPDATE users SET display_name = $2, roles = $3, department_id = $4, certificate_no = $5, active = $6, updated_at = $7,
       certificate_expires_on = $8 WHERE id = $1`,
    [id, c.displayName, c.roles, c.departmentId, c.certificateNo, c.active, now, c.certificateExpiresOn],
  );
}

/** Lifts the account's lock-outs, from every source address, and restarts their counts. */
export async function clearLockout(tx: Queryable, id: string): Promise<void> {
  await tx.query('UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1', [id]);
  await tx.query('DELETE FROM login_lockouts WHERE user_id = $1', [id]);
}

export async function updatePasswordHash(tx: Queryable, id: string, passwordHash: string, now: string): Promise<void> {
  await tx.query('UPDATE users SET password_hash = $2, password_changed_at = $3, updated_at = $3 WHERE id = $1', [id, passwordHash, now]);
}

/** Whether any account holds the system administrator role. */
export async function anyAdminExists(db: Queryable): Promise<boolean> {
  const r = await db.query("SELECT 1 FROM users WHERE 'admin' = ANY(roles) LIMIT 1");
  return r.rows.length > 0;
}
