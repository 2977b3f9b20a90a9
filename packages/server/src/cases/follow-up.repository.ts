/** `follow_up_visits` (回访, 常政办发〔2025〕5号 第五项): scheduled on completion, recorded by the officer or answered by the party. */
import type { FollowUpInput, FollowUpView, MeasureType } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

const FOLLOW_UP_COLUMNS = `v.id, v.case_id AS "caseId", c.case_no AS "caseNo", COALESCE(e.name, p.name) AS "entityName", v.measure_id AS "measureId",
  v.measure_type AS "measureType", v.due_on AS "dueOn", v.visited_on AS "visitedOn", v.correction, v.legality, v.conduct, v.comment,
  v.answered_by_party AS "answeredByParty"`;
const FOLLOW_UP_FROM = `follow_up_visits v JOIN cases c ON c.region_code = v.region_code AND c.id = v.case_id
  LEFT JOIN entities e ON e.region_code = c.region_code AND e.id = c.entity_id
  LEFT JOIN persons p ON p.region_code = c.region_code AND p.id = c.person_id`;

/** Which visits of the region: of one case, a department's cases or a party's; only those not yet made; due by a day. */
export interface FollowUpFilter {
  caseId?: string;
  departmentId?: string | null;
  partyUscc?: string | null;
  /** Only the visits not yet made. */
  open?: boolean;
  /** Only the visits due on or before this day. */
  dueBy?: string;
}

/** The visits matching `f`, each marked overdue as of `today`. */
export async function listFollowUpVisits(db: Queryable, regionCode: string, today: string, f: FollowUpFilter): Promise<FollowUpView[]> {
  const where = ['v.region_code = $1'];
  const params: unknown[] = [regionCode];
  const add = (sql: string, v: unknown) => {
    params.push(v);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (f.caseId !== undefined) {
    add('v.case_id = ?', f.caseId);
  }
  if (f.departmentId !== undefined) {
    add('c.department_id = ?', f.departmentId);
  }
  if (f.partyUscc !== undefined) {
    add('c.party_uscc = ?', f.partyUscc);
  }
  if (f.open) {
    where.push('v.visited_on IS NULL');
  }
  if (f.dueBy !== undefined) {
    add('v.due_on <= ?', f.dueBy);
  }
  const r = await db.query<Omit<FollowUpView, 'overdue'>>(
    `SELECT ${FOLLOW_UP_COLUMNS} FROM ${FOLLOW_UP_FROM} WHERE ${where.join(' AND ')} ORDER BY v.due_on, v.id`,
    params,
  );
  return r.rows.map((v) => ({ ...v, overdue: v.visitedOn === null && today > v.dueOn }));
}

/** Schedules the visit of a measure; a measure has one visit at most (a repeated completion adds none). */
export async function insertFollowUpVisit(
  tx: Queryable,
  v: { regionCode: string; id: string; caseId: string; measureId: string; measureType: MeasureType; dueOn: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO follow_up_visits (region_code, id, case_id, measure_id, measure_type, due_on) VALUES ($1,$2,$3,$4,$5,$6)
     ON CONFLICT (region_code, case_id, measure_id) DO NOTHING`,
    [v.regionCode, v.id, v.caseId, v.measureId, v.measureType, v.dueOn],
  );
}

/** The visit, its row locked until the transaction ends. */
export async function lockFollowUpVisit(
  tx: Queryable,
  regionCode: string,
  id: string,
): Promise<{ caseId: string; visitedOn: string | null } | undefined> {
  const r = await tx.query<{ caseId: string; visitedOn: string | null }>(
    'SELECT case_id AS "caseId", visited_on AS "visitedOn" FROM follow_up_visits WHERE region_code = $1 AND id = $2 FOR UPDATE',
    [regionCode, id],
  );
  return r.rows[0];
}

export interface VisitRecord extends Omit<FollowUpInput, 'visitedOn'> {
  visitedOn: string;
  answeredByParty: boolean;
  recordedBy: string;
  recordedAt: string;
}

export async function saveFollowUpVisit(tx: Queryable, regionCode: string, id: string, v: VisitRecord): Promise<void> {
  await tx.query(
    `UPDATE follow_up_visits SET visited_on = $3, correction = $4, legality = $5, conduct = $6, comment = $7, answered_by_party = $8,
       recorded_by = $9, recorded_at = $10 WHERE region_code = $1 AND id = $2`,
    [regionCode, id, v.visitedOn, v.correction, v.legality, v.conduct, v.comment, v.answeredByParty, v.recordedBy, v.recordedAt],
  );
}

/** Visits past their day, not made and not yet flagged (every region). */
export async function unflaggedOverdueVisits(db: Queryable, today: string): Promise<{ regionCode: string; id: string; dueOn: string }[]> {
  const r = await db.query<{ regionCode: string; id: string; dueOn: string }>(
    `SELECT v.region_code AS "regionCode", v.id, v.due_on AS "dueOn" FROM follow_up_visits v WHERE v.visited_on IS NULL AND v.due_on < $1
       AND NOT EXISTS (SELECT 1 FROM events ev WHERE ev.region_code = v.region_code AND ev.aggregate_type = 'follow_up_visit'
         AND ev.aggregate_id = v.id::text AND ev.type = 'follow_up.overdue')`,
    [today],
  );
  return r.rows;
}
