/** SQL of the departments' API keys (only their SHA-256 is stored) and of the answers to pushes by Idempotency-Key. */
import type { Queryable } from '../db/database';

export interface ApiKeyRow {
  id: string;
  regionCode: string;
  departmentId: string;
  departmentName: string;
  label: string;
  prefix: string;
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
}

const ROW = `k.id, k.region_code AS "regionCode", k.department_id AS "departmentId", d.name AS "departmentName", k.label, k.prefix,
  k.created_at AS "createdAt", k.created_by AS "createdBy", k.revoked_at AS "revokedAt"`;
const FROM = 'department_api_keys k JOIN departments d ON d.region_code = k.region_code AND d.id = k.department_id';

export async function insertApiKey(
  tx: Queryable,
  k: {
    regionCode: string;
    id: string;
    departmentId: string;
    label: string;
    prefix: string;
    keyHash: string;
    createdBy: string;
    now: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO department_api_keys (region_code, id, department_id, label, prefix, key_hash, created_by, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
    [k.regionCode, k.id, k.departmentId, k.label, k.prefix, k.keyHash, k.createdBy, k.now],
  );
}

export async function listApiKeys(db: Queryable, regionCode: string, departmentId: string | null): Promise<ApiKeyRow[]> {
  const r = await db.query<ApiKeyRow>(
    `SELECT ${ROW} FROM ${FROM} WHERE k.region_code = $1 AND ($2::uuid IS NULL OR k.department_id = $2) ORDER BY k.created_at DESC`,
    [regionCode, departmentId],
  );
  return r.rows;
}

export async function findApiKey(db: Queryable, regionCode: string, id: string): Promise<ApiKeyRow | null> {
  const r = await db.query<ApiKeyRow>(`SELECT ${ROW} FROM ${FROM} WHERE k.region_code = $1 AND k.id = $2`, [regionCode, id]);
  return r.rows[0] ?? null;
}

export async function findApiKeyByHash(db: Queryable, regionCode: string, keyHash: string): Promise<ApiKeyRow | null> {
  const r = await db.query<ApiKeyRow>(`SELECT ${ROW} FROM ${FROM} WHERE k.region_code = $1 AND k.key_hash = $2`, [regionCode, keyHash]);
  return r.rows[0] ?? null;
}

export async function revokeApiKey(tx: Queryable, regionCode: string, id: string, userId: string, now: string): Promise<void> {
  await tx.query(
    'UPDATE department_api_keys SET revoked_at = $3, revoked_by = $4 WHERE region_code = $1 AND id = $2 AND revoked_at IS NULL',
    [regionCode, id, now, userId],
  );
}

export async function findPushReply(
  db: Queryable,
  regionCode: string,
  departmentId: string,
  key: string,
): Promise<{ requestHash: string; reply: unknown } | null> {
  const r = await db.query<{ requestHash: string; reply: unknown }>(
    'SELECT request_hash AS "requestHash", reply FROM push_requests WHERE region_code = $1 AND department_id = $2 AND idempotency_key = $3',
    [regionCode, departmentId, key],
  );
  return r.rows[0] ?? null;
}

/** Claims the key for this push; false when another request holds it already (a concurrent retry). */
export async function claimPushKey(
  tx: Queryable,
  p: { regionCode: string; departmentId: string; key: string; requestHash: string; reply: unknown; now: string },
): Promise<boolean> {
  const r = await tx.query(
    `INSERT INTO push_requests (region_code, department_id, idempotency_key, request_hash, reply, created_at) VALUES ($1,$2,$3,$4,$5,$6)
     ON CONFLICT DO NOTHING`,
    [p.regionCode, p.departmentId, p.key, p.requestHash, JSON.stringify(p.reply), p.now],
  );
  return r.rowCount === 1;
}
