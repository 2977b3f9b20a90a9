/** `whitelist_entries` and `whitelist_history` (白名单, 常政办发〔2025〕5号 第十二项) and the entities' flag derived from them. */
import type { WhitelistBasis, WhitelistEntry, WhitelistEntryState, WhitelistHistoryRow, WhitelistListQuery } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

const ENTRY_COLUMNS = `w.id, w.entity_id AS "entityId", e.name AS "entityName", e.uscc, e.industry_code AS "industryCode",
  w.department_id AS "departmentId", d.name AS "departmentName", w.basis, w.reason, w.state,
  w.state IN ('active', 'removal_proposed') AS "inForce", w.proposed_by_name AS "proposedByName", w.proposed_at AS "proposedAt",
  w.next_review_on AS "nextReviewOn", w.updated_at AS "updatedAt", w.version`;
const ENTRY_FROM = `whitelist_entries w JOIN entities e ON e.region_code = w.region_code AND e.id = w.entity_id
  JOIN departments d ON d.region_code = w.region_code AND d.id = w.department_id`;

export interface EntryRow extends WhitelistEntry {
  proposedBy: string;
}

/** One entry with its entity and department, locked when `forUpdate` (a step reads, decides and writes it). */
export async function findEntry(db: Queryable, regionCode: string, id: string, forUpdate = false): Promise<EntryRow | null> {
  const r = await db.query<EntryRow>(
    `SELECT ${ENTRY_COLUMNS}, w.proposed_by AS "proposedBy" FROM ${ENTRY_FROM} WHERE w.region_code = $1 AND w.id = $2
     ${forUpdate ? 'FOR UPDATE OF w' : ''}`,
    [regionCode, id],
  );
  return r.rows[0] ?? null;
}

/** The entity's open entry (not refused, not removed), if any. */
export async function openEntryOfEntity(
  db: Queryable,
  regionCode: string,
  entityId: string,
): Promise<{ id: string; state: string } | null> {
  const r = await db.query<{ id: string; state: string }>(
    "SELECT id, state FROM whitelist_entries WHERE region_code = $1 AND entity_id = $2 AND state NOT IN ('refused', 'removed')",
    [regionCode, entityId],
  );
  return r.rows[0] ?? null;
}

export interface NewEntry {
  regionCode: string;
  id: string;
  entityId: string;
  departmentId: string;
  basis: WhitelistBasis;
  reason: string;
  proposedBy: string;
  proposedByName: string;
  now: string;
}

export async function insertEntry(tx: Queryable, e: NewEntry): Promise<void> {
  await tx.query(
    `INSERT INTO whitelist_entries (region_code, id, entity_id, department_id, basis, reason, state, proposed_by, proposed_by_name, proposed_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'proposed', $7, $8, $9, $9)`,
    [e.regionCode, e.id, e.entityId, e.departmentId, e.basis, e.reason, e.proposedBy, e.proposedByName, e.now],
  );
}

/** Moves an entry to `state` if it still has `version`; false when someone changed it meanwhile. */
export async function updateEntry(
  tx: Queryable,
  regionCode: string,
  id: string,
  version: number,
  change: { state: WhitelistEntryState; basis: WhitelistBasis; nextReviewOn: string | null; now: string },
): Promise<boolean> {
  const r = await tx.query(
    `UPDATE whitelist_entries SET state = $4, basis = $5, next_review_on = $6, updated_at = $7, version = version + 1
     WHERE region_code = $1 AND id = $2 AND version = $3`,
    [regionCode, id, version, change.state, change.basis, change.nextReviewOn, change.now],
  );
  return (r.rowCount ?? 0) === 1;
}

export interface NewHistoryRow {
  action: WhitelistHistoryRow['action'];
  fromState: WhitelistEntryState | null;
  toState: WhitelistEntryState;
  reason: string;
  changes: Record<string, unknown>;
  actorId: string | null;
  actorName: string;
  actorDepartmentName: string | null;
  occurredAt: string;
}

/** Appends the next row of the entry's history. */
export async function appendHistory(tx: Queryable, regionCode: string, entryId: string, h: NewHistoryRow): Promise<void> {
  await tx.query(
    `INSERT INTO whitelist_history (region_code, entry_id, seq, action, from_state, to_state, reason, changes, actor_id, actor_name,
       actor_department_name, occurred_at)
     SELECT $1, $2, coalesce(max(seq), 0) + 1, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11
     FROM whitelist_history WHERE region_code = $1 AND entry_id = $2`,
    [
      regionCode,
      entryId,
      h.action,
      h.fromState,
      h.toState,
      h.reason,
      JSON.stringify(h.changes),
      h.actorId,
      h.actorName,
      h.actorDepartmentName,
      h.occurredAt,
    ],
  );
}

export async function historyOf(db: Queryable, regionCode: string, entryId: string): Promise<WhitelistHistoryRow[]> {
  const r = await db.query<WhitelistHistoryRow>(
    `SELECT seq, action, from_state AS "fromState", to_state AS "toState", reason, changes, actor_name AS "actorName",
       actor_department_name AS "actorDepartmentName", occurred_at AS "occurredAt"
     FROM whitelist_history WHERE region_code = $1 AND entry_id = $2 ORDER BY seq`,
    [regionCode, entryId],
  );
  return r.rows;
}

/** The register of the region (every department reads all of it), newest change first. */
export async function listEntries(
  db: Queryable,
  regionCode: string,
  q: WhitelistListQuery,
): Promise<{ items: WhitelistEntry[]; total: number }> {
  const params: unknown[] = [regionCode];
  let where = 'w.region_code = $1';
  if (q.state) {
    params.push(q.state);
    where += ` AND w.state = $${params.length}`;
  }
  if (q.q) {
    params.push(`%${q.q}%`);
    where += ` AND (e.name LIKE $${params.length} OR e.uscc LIKE $${params.length})`;
  }
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${ENTRY_FROM} WHERE ${where}`, params);
  const r = await db.query<WhitelistEntry>(
    `SELECT ${ENTRY_COLUMNS} FROM ${ENTRY_FROM} WHERE ${where} ORDER BY w.updated_at DESC, w.id
     LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, q.pageSize, (q.page - 1) * q.pageSize],
  );
  return { items: r.rows, total: total.rows[0]?.n ?? 0 };
}

/** `entities.whitelisted`, derived: true while the entity has an entry in force. */
export async function syncEntityWhitelisted(tx: Queryable, regionCode: string, entityId: string): Promise<void> {
  await tx.query(
    `UPDATE entities SET whitelisted = EXISTS (
       SELECT 1 FROM whitelist_entries w WHERE w.region_code = $1 AND w.entity_id = $2 AND w.state IN ('active', 'removal_proposed'))
     WHERE region_code = $1 AND id = $2`,
    [regionCode, entityId],
  );
}

/**
 * Demo seed: an active entry, with its history, for every entity the demo tags whitelisted — proposed by the
 * department's officer, approved by its reviewer, confirmed by the Judicial Bureau. Returns the number of entries.
 */
export async function seedActiveEntries(
  tx: Queryable,
  p: {
    regionCode: string;
    departmentId: string;
    departmentName: string;
    reason: string;
    nextReviewOn: string;
    steps: {
      action: 'propose' | 'approve' | 'confirm';
      actorId: string;
      actorName: string;
      departmentName: string;
      to: WhitelistEntryState;
    }[];
    now: string;
  },
): Promise<number> {
  const proposer = p.steps[0];
  const r = await tx.query(
    `INSERT INTO whitelist_entries (region_code, id, entity_id, department_id, basis, reason, state, proposed_by, proposed_by_name, proposed_at,
       next_review_on, version, updated_at)
     SELECT region_code, gen_random_uuid(), id, $2, 'key_enterprise', $3, 'active', $4, $5, $6, $7::date, 3, $6
     FROM entities WHERE region_code = $1 AND whitelisted`,
    [p.regionCode, p.departmentId, p.reason, proposer?.actorId, proposer?.actorName, p.now, p.nextReviewOn],
  );
  let seq = 0;
  let from: WhitelistEntryState | null = null;
  for (const s of p.steps) {
    seq += 1;
    await tx.query(
      `INSERT INTO whitelist_history (region_code, entry_id, seq, action, from_state, to_state, reason, changes, actor_id, actor_name,
         actor_department_name, occurred_at)
       SELECT region_code, id, $2, $3, $4, $5, $6, '{}'::jsonb, $7, $8, $9, $10 FROM whitelist_entries WHERE region_code = $1`,
      [p.regionCode, seq, s.action, from, s.to, p.reason, s.actorId, s.actorName, s.departmentName, p.now],
    );
    from = s.to;
  }
  return r.rowCount ?? 0;
}

/** The department's name, for the history (who acted, for which department). */
export async function departmentNameOf(db: Queryable, regionCode: string, id: string | null): Promise<string | null> {
  if (!id) {
    return null;
  }
  const r = await db.query<{ name: string }>('SELECT name FROM departments WHERE region_code = $1 AND id = $2', [regionCode, id]);
  return r.rows[0]?.name ?? null;
}
