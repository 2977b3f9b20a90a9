/** SQL of correction items (纠正"小案重罚"事项) and the region's correction period. */
import type { CorrectionItemQuery } from '@rouxing/contracts';
import type { Queryable } from '../db/database';
import { saveWorkingDaysSetting, workingDaysSetting } from './working-days-setting.repository';

/** Working days to correct or justify when the region has set none. */
export const DEFAULT_CORRECTION_WORKING_DAYS = 15;

export const correctionWorkingDays = (db: Queryable, regionCode: string) =>
  workingDaysSetting(db, 'correction_settings', regionCode, DEFAULT_CORRECTION_WORKING_DAYS);

export const saveCorrectionWorkingDays = (tx: Queryable, regionCode: string, days: number, userId: string, now: string) =>
  saveWorkingDaysSetting(tx, 'correction_settings', regionCode, days, userId, now);

export interface CorrectionItemRow {
  id: string;
  decisionId: string;
  departmentId: string;
  departmentName: string;
  documentNo: string;
  partyName: string;
  violationCode: string;
  penalties: string[];
  fineYuan: number;
  decidedOn: string;
  reason: 'should_not_penalize' | 'outside_benchmark';
  explanation: string;
  basis: unknown[];
  fineRange: { min: number; max: number } | null;
  status: 'open' | 'corrected' | 'justified';
  dueOn: string;
  overdueOn: string | null;
  justification: string | null;
  correctedDecisionId: string | null;
  createdAt: string;
  resolvedAt: string | null;
}

const ROW = `c.id, c.decision_id AS "decisionId", c.department_id AS "departmentId", dep.name AS "departmentName", d.document_no AS "documentNo",
  COALESCE(e.name, d.person_name, '') AS "partyName", d.violation_code AS "violationCode", d.penalties, d.fine_yuan::float8 AS "fineYuan",
  d.decided_on AS "decidedOn", c.reason, c.explanation, c.basis, c.fine_range AS "fineRange", c.status, c.due_on AS "dueOn",
  c.overdue_on AS "overdueOn", c.justification, c.corrected_decision_id AS "correctedDecisionId", c.created_at AS "createdAt", c.resolved_at AS "resolvedAt"`;
const FROM = `correction_items c
  JOIN issued_decisions d ON d.region_code = c.region_code AND d.id = c.decision_id
  JOIN departments dep ON dep.region_code = c.region_code AND dep.id = c.department_id
  LEFT JOIN entities e ON e.region_code = d.region_code AND e.id = d.entity_id`;

export async function findCorrectionItem(
  db: Queryable,
  regionCode: string,
  id: string,
  forUpdate = false,
): Promise<CorrectionItemRow | null> {
  const r = await db.query<CorrectionItemRow>(
    `SELECT ${ROW} FROM ${FROM} WHERE c.region_code = $1 AND c.id = $2${forUpdate ? ' FOR UPDATE OF c' : ''}`,
    [regionCode, id],
  );
  return r.rows[0] ?? null;
}

/**
 * A page of correction items: one department's (departmentId) or the region's; `overdue`: open and past the
 * last working day on `today` — the Judicial Bureau's supervision reads exactly this.
 */
export async function listCorrectionItems(
  db: Queryable,
  regionCode: string,
  departmentId: string | null,
  q: CorrectionItemQuery,
  today: string,
): Promise<{ rows: CorrectionItemRow[]; total: number }> {
  const params: unknown[] = [regionCode];
  const where = ['c.region_code = $1'];
  const add = (cond: (n: number) => string, v: unknown) => {
    params.push(v);
    where.push(cond(params.length));
  };
  if (departmentId) {
    add((n) => `c.department_id = $${n}`, departmentId);
  } else if (q.departmentId) {
    add((n) => `c.department_id = $${n}`, q.departmentId);
  }
  if (q.status) {
    add((n) => `c.status = $${n}`, q.status);
  }
  if (q.overdue !== undefined) {
    add((n) => (q.overdue ? `c.status = 'open' AND c.due_on < $${n}` : `NOT (c.status = 'open' AND c.due_on < $${n})`), today);
  }
  const w = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${FROM} WHERE ${w}`, params);
  const rows = await db.query<CorrectionItemRow>(
    `SELECT ${ROW} FROM ${FROM} WHERE ${w} ORDER BY c.due_on, c.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
    params,
  );
  return { rows: rows.rows, total: total.rows[0]?.n ?? 0 };
}

export async function resolveCorrectionItem(
  tx: Queryable,
  regionCode: string,
  id: string,
  r: { status: 'corrected' | 'justified'; justification: string | null; correctedDecisionId: string | null; userId: string; now: string },
): Promise<void> {
  await tx.query(
    `UPDATE correction_items SET status = $3, justification = $4, corrected_decision_id = $5, resolved_by = $6, resolved_at = $7
     WHERE region_code = $1 AND id = $2`,
    [regionCode, id, r.status, r.justification, r.correctedDecisionId, r.userId, r.now],
  );
}

/** Open items past their last working day not flagged yet: marked overdue on `today`; returns them. */
export async function flagOverdueCorrectionItems(
  tx: Queryable,
  today: string,
): Promise<{ regionCode: string; id: string; departmentId: string; dueOn: string }[]> {
  const r = await tx.query<{ regionCode: string; id: string; departmentId: string; dueOn: string }>(
    `UPDATE correction_items SET overdue_on = $1 WHERE status = 'open' AND due_on < $1 AND overdue_on IS NULL
     RETURNING region_code AS "regionCode", id, department_id AS "departmentId", due_on AS "dueOn"`,
    [today],
  );
  return r.rows;
}
