/**
 * 审计日志 (SECURITY.md "Audit"): logins, changes, exports and reads of personal data. Append-only,
 * hash-chained per region, day and lane (never one global chain that would serialise every write): the
 * lane is a hash of the object (or, without one, of the actor), so one object's rows stay in one chain in
 * order while writes about different objects proceed in parallel.
 */
import { inTransaction, lockChain, type Queryable, runLater } from '../db/database';
import { chainHash } from './canonical';
import type { ChainHead } from './event.repository';
import { newId } from './ids';

export interface AuditInput {
  regionCode: string;
  actor: { id: string | null; name: string };
  action: string;
  objectType?: string | null;
  objectId?: string | null;
  result: 'success' | 'failure';
  sourceIp?: string | null;
  details?: Record<string, unknown>;
  occurredAt: string;
}

export interface StoredAudit {
  regionCode: string;
  id: string;
  day: string;
  lane: number;
  seq: number;
  occurredAt: string;
  actorId: string | null;
  actorName: string;
  action: string;
  objectType: string | null;
  objectId: string | null;
  result: 'success' | 'failure';
  sourceIp: string | null;
  details: Record<string, unknown>;
  prevHash: string | null;
  hash: string;
}

const AUDIT_COLUMNS = `region_code AS "regionCode", id, day, lane, seq, occurred_at AS "occurredAt", actor_id AS "actorId", actor_name AS "actorName",
  action, object_type AS "objectType", object_id AS "objectId", result, source_ip AS "sourceIp", details, prev_hash AS "prevHash", hash`;

/** The calendar day in Asia/Shanghai (UTC+8, no daylight saving) of an instant. */
export function shanghaiDay(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Lanes per region and day. */
export const AUDIT_LANES = 16;

/** FNV-1a of the key, modulo the lanes. */
export function auditLaneOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % AUDIT_LANES;
}

export function auditHashFields(a: Omit<StoredAudit, 'prevHash' | 'hash'>): Record<string, unknown> {
  return {
    regionCode: a.regionCode,
    id: a.id,
    day: a.day,
    // Rows written before lanes existed (lane 0) hash as they did.
    ...(a.lane ? { lane: a.lane } : {}),
    seq: a.seq,
    occurredAt: a.occurredAt,
    actorId: a.actorId,
    actorName: a.actorName,
    action: a.action,
    objectType: a.objectType,
    objectId: a.objectId,
    result: a.result,
    sourceIp: a.sourceIp,
    details: a.details,
  };
}

/**
 * Appends an audit row. Inside a use case, pass the change's transaction so that the row commits or
 * rolls back with the change; the chain's lock is then held only until that commit. Given the database
 * itself (an action audited on its own: a failed login, an export, a read of personal data), the row is
 * written in a transaction of its own — the chain's lock is a transaction lock, so outside one two
 * parallel appends would read the same last row and collide on the chain's unique key.
 */
export async function appendAudit(q: Queryable, input: AuditInput): Promise<StoredAudit> {
  return inTransaction(q, async (tx) => {
    await lockChain(tx, auditChainKey(input));
    return appendAuditInLockedChain(tx, input);
  });
}

/** The row's chain: its day (Asia/Shanghai) and lane. */
export function auditChainOf(input: Pick<AuditInput, 'occurredAt' | 'objectType' | 'objectId' | 'actor'>) {
  const occurredAt = new Date(input.occurredAt).toISOString();
  return {
    occurredAt,
    day: shanghaiDay(occurredAt),
    lane: auditLaneOf(`${input.objectType ?? ''}|${input.objectId ?? input.actor.id ?? input.actor.name}`),
  };
}

/** The key of the audit chain's transaction lock: one chain per region, day and lane. */
export function auditChainKey(input: Pick<AuditInput, 'regionCode' | 'occurredAt' | 'objectType' | 'objectId' | 'actor'>): string {
  const { day, lane } = auditChainOf(input);
  return `audit|${input.regionCode}|${day}|${lane}`;
}

/** The last row of an audit chain (its head): parameters region, day, lane. */
export const AUDIT_HEAD = 'SELECT seq, hash FROM audit_log WHERE region_code = $1 AND day = $2 AND lane = $3 ORDER BY seq DESC LIMIT 1';

/** The audit row as it is appended after `head` (none for a new chain): the next seq, the hash chained to the head's. */
export function nextAudit(input: AuditInput, head: ChainHead): StoredAudit {
  const { occurredAt, day, lane } = auditChainOf(input);
  const base = {
    regionCode: input.regionCode,
    id: newId(),
    day,
    lane,
    seq: (head?.seq ?? 0) + 1,
    occurredAt,
    actorId: input.actor.id,
    actorName: input.actor.name,
    action: input.action,
    objectType: input.objectType ?? null,
    objectId: input.objectId ?? null,
    result: input.result,
    sourceIp: input.sourceIp ?? null,
    details: input.details ?? {},
  };
  const prevHash = head?.hash ?? null;
  return { ...base, prevHash, hash: chainHash(prevHash, auditHashFields(base)) };
}

/** The columns an audit row is inserted with, in the order of `auditValues`. */
export const AUDIT_INSERT_COLUMNS =
  'region_code, id, day, seq, occurred_at, actor_id, actor_name, action, object_type, object_id, result, source_ip, details, prev_hash, hash, lane';

/** The row's values for `AUDIT_INSERT_COLUMNS`. */
export function auditValues(a: StoredAudit): unknown[] {
  return [
    a.regionCode,
    a.id,
    a.day,
    a.seq,
    a.occurredAt,
    a.actorId,
    a.actorName,
    a.action,
    a.objectType,
    a.objectId,
    a.result,
    a.sourceIp,
    JSON.stringify(a.details),
    a.prevHash,
    a.hash,
    a.lane,
  ];
}

/** Appends the row in the caller's transaction, which already holds the lock of `auditChainKey(input)`. */
export async function appendAuditInLockedChain(tx: Queryable, input: AuditInput): Promise<StoredAudit> {
  const { day, lane } = auditChainOf(input);
  const last = await tx.query<{ seq: number; hash: string }>(AUDIT_HEAD, [input.regionCode, day, lane], { prepare: 'audit_head' });
  const row = nextAudit(input, last.rows[0]);
  // Sent with the transaction's next statement or its COMMIT (`runLater`), as the event's insert.
  await runLater(
    tx,
    `INSERT INTO audit_log (${AUDIT_INSERT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
    auditValues(row),
    { prepare: 'audit_insert' },
  );
  return row;
}

export interface AuditFilter {
  regionCode: string;
  from?: string;
  to?: string;
  action?: string;
  actor?: string;
  result?: 'success' | 'failure';
  page: number;
  pageSize: number;
}

/**
 * The audited object in words, for the auditor (issue 14 defect 10): an entity's or a person's name, a case's
 * number, a user's name and username, a list's or a draw's title. Null for objects without a readable name.
 * Each look-up names the searched region by the parameter ($1) rather than the audit row's column: on Citus
 * the page of audit rows (a subquery with LIMIT) would become an intermediate result, and look-ups correlated
 * with its column are refused ("complex joins are only supported when…"); by $1 the whole query goes to the
 * region's shard.
 */
const OBJECT_ID = `CASE WHEN a."objectId" ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN a."objectId"::uuid END`;
const OBJECT_LABEL = `CASE a."objectType"
    WHEN 'entity' THEN (SELECT x.name || '（' || x.uscc || '）' FROM entities x WHERE x.region_code = $1 AND x.id = ${OBJECT_ID})
    WHEN 'person' THEN (SELECT x.name || '（' || x.id_number_masked || '）' FROM persons x WHERE x.region_code = $1 AND x.id = ${OBJECT_ID})
    WHEN 'case' THEN (SELECT x.case_no FROM cases x WHERE x.region_code = $1 AND x.id = ${OBJECT_ID})
    WHEN 'user' THEN (SELECT x.display_name || '（' || x.username || '）' FROM users x WHERE x.id = ${OBJECT_ID})
    WHEN 'department' THEN (SELECT x.name FROM departments x WHERE x.region_code = $1 AND x.id = ${OBJECT_ID})
    WHEN 'inspection' THEN (SELECT e.name FROM inspection_plans x JOIN entities e ON e.region_code = x.region_code AND e.id = x.entity_id
      WHERE x.region_code = $1 AND x.id = ${OBJECT_ID})
    WHEN 'random_draw' THEN (SELECT x.title FROM random_draws x WHERE x.region_code = $1 AND x.id = ${OBJECT_ID})
    WHEN 'no_penalty_list' THEN (SELECT x.title FROM no_penalty_lists x WHERE x.region_code = $1 AND x.id = ${OBJECT_ID})
    WHEN 'violation_item' THEN (SELECT x.code || ' ' || x.name FROM violation_items x WHERE x.region_code = $1 AND x.id = ${OBJECT_ID})
  END`;

export async function searchAudit(
  db: Queryable,
  f: AuditFilter,
): Promise<{ items: (StoredAudit & { objectLabel: string | null })[]; total: number }> {
  const where = ['region_code = $1'];
  const params: unknown[] = [f.regionCode];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replace('?', `$${params.length}`));
  };
  if (f.from) {
    add('day >= ?', f.from);
  }
  if (f.to) {
    add('day <= ?', f.to);
  }
  if (f.action) {
    add('action LIKE ?', `${f.action.replace(/[%_\\]/g, '\\$&')}%`);
  }
  if (f.actor) {
    add('actor_name = ?', f.actor);
  }
  if (f.result) {
    add('result = ?', f.result);
  }
  const cond = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE ${cond}`, params);
  const items = await db.query<StoredAudit & { objectLabel: string | null }>(
    `SELECT a.*, ${OBJECT_LABEL} AS "objectLabel"
     FROM (SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE ${cond}
           ORDER BY occurred_at DESC, seq DESC LIMIT ${f.pageSize} OFFSET ${(f.page - 1) * f.pageSize}) a
     ORDER BY a."occurredAt" DESC, a.seq DESC`,
    params,
  );
  return { items: items.rows, total: total.rows[0]?.n ?? 0 };
}

/** Where a page of `auditInChainOrder` ends: the last row's chain and sequence number. */
export type AuditChainKey = readonly [regionCode: string, day: string, lane: number, seq: number];

/** Every audit row, chain by chain and in sequence, a page of `limit` rows after `after` (from the start when null). */
export async function auditInChainOrder(db: Queryable, after: AuditChainKey | null, limit: number): Promise<StoredAudit[]> {
  const r = after
    ? await db.query<StoredAudit>(
        `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE (region_code, day, lane, seq) > ($1, $2, $3, $4) ORDER BY region_code, day, lane, seq LIMIT ${limit}`,
        [...after],
      )
    : await db.query<StoredAudit>(`SELECT ${AUDIT_COLUMNS} FROM audit_log ORDER BY region_code, day, lane, seq LIMIT ${limit}`);
  return r.rows;
}
