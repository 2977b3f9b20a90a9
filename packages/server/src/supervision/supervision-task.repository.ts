/** SQL of supervision tasks (督导事项) and their answer materials. */
import type { SupervisionSubjectKind, SupervisionTaskQuery } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

export interface SupervisionTaskRow {
  id: string;
  departmentId: string;
  departmentName: string;
  title: string;
  demand: string;
  origin: 'manual' | 'record' | 'figure' | 'correction_overdue';
  subjectKind: SupervisionSubjectKind | null;
  subjectId: string | null;
  figure: { indicator: string; filter: Record<string, unknown>; value?: number } | null;
  workingDays: number;
  openedOn: string;
  dueOn: string;
  status: 'open' | 'answered' | 'returned' | 'closed';
  overdueOn: string | null;
  openedByName: string;
  createdAt: string;
  closedAt: string | null;
}

export type NewSupervisionTask = Omit<SupervisionTaskRow, 'departmentName' | 'status' | 'overdueOn' | 'closedAt' | 'createdAt'> & {
  openedBy: string | null;
};

const ROW = `t.id, t.department_id AS "departmentId", dep.name AS "departmentName", t.title, t.demand, t.origin,
  t.subject_kind AS "subjectKind", t.subject_id AS "subjectId", t.figure, t.working_days AS "workingDays", t.opened_on AS "openedOn",
  t.due_on AS "dueOn", t.status, t.overdue_on AS "overdueOn", t.opened_by_name AS "openedByName", t.created_at AS "createdAt",
  t.closed_at AS "closedAt"`;
const FROM = `supervision_tasks t JOIN departments dep ON dep.region_code = t.region_code AND dep.id = t.department_id`;
/** Waiting for the department past its last working day (`$n` is today). */
const OVERDUE = (n: number) => `(t.status IN ('open', 'returned') AND t.due_on < $${n})`;

export async function insertSupervisionTask(tx: Queryable, regionCode: string, t: NewSupervisionTask, now: string): Promise<void> {
  await tx.query(
    `INSERT INTO supervision_tasks (region_code, id, department_id, title, demand, origin, subject_kind, subject_id, figure, working_days,
       opened_on, due_on, status, opened_by, opened_by_name, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'open', $13, $14, $15)`,
    [
      regionCode,
      t.id,
      t.departmentId,
      t.title,
      t.demand,
      t.origin,
      t.subjectKind,
      t.subjectId,
      t.figure === null ? null : JSON.stringify(t.figure),
      t.workingDays,
      t.openedOn,
      t.dueOn,
      t.openedBy,
      t.openedByName,
      now,
    ],
  );
}

export async function findSupervisionTask(
  db: Queryable,
  regionCode: string,
  id: string,
  forUpdate = false,
): Promise<SupervisionTaskRow | null> {
  const r = await db.query<SupervisionTaskRow>(
    `SELECT ${ROW} FROM ${FROM} WHERE t.region_code = $1 AND t.id = $2${forUpdate ? ' FOR UPDATE OF t' : ''}`,
    [regionCode, id],
  );
  return r.rows[0] ?? null;
}

/** A page of tasks: one department's (departmentId) or the region's; soonest deadline first. */
export async function listSupervisionTasks(
  db: Queryable,
  regionCode: string,
  departmentId: string | null,
  q: SupervisionTaskQuery,
  today: string,
): Promise<{ rows: SupervisionTaskRow[]; total: number }> {
  const params: unknown[] = [regionCode];
  const where = ['t.region_code = $1'];
  const add = (cond: (n: number) => string, v: unknown) => {
    params.push(v);
    where.push(cond(params.length));
  };
  const dep = departmentId ?? q.departmentId;
  if (dep) {
    add((n) => `t.department_id = $${n}`, dep);
  }
  if (q.status) {
    add((n) => `t.status = $${n}`, q.status);
  }
  if (q.origin) {
    add((n) => `t.origin = $${n}`, q.origin);
  }
  if (q.overdue !== undefined) {
    add((n) => (q.overdue ? OVERDUE(n) : `NOT ${OVERDUE(n)}`), today);
  }
  const w = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${FROM} WHERE ${w}`, params);
  const rows = await db.query<SupervisionTaskRow>(
    `SELECT ${ROW} FROM ${FROM} WHERE ${w} ORDER BY (t.status = 'closed'), t.due_on, t.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
    params,
  );
  return { rows: rows.rows, total: total.rows[0]?.n ?? 0 };
}

export async function setSupervisionTaskStatus(
  tx: Queryable,
  regionCode: string,
  id: string,
  status: SupervisionTaskRow['status'],
  now: string,
): Promise<void> {
  await tx.query(
    `UPDATE supervision_tasks SET status = $3, closed_at = CASE WHEN $3 = 'closed' THEN $4::timestamptz ELSE NULL END
     WHERE region_code = $1 AND id = $2`,
    [regionCode, id, status, now],
  );
}

/** Tasks waiting for their department past the last working day, not flagged yet: marked overdue on `today`; returns them. */
export async function flagOverdueSupervisionTasks(
  tx: Queryable,
  today: string,
): Promise<{ regionCode: string; id: string; departmentId: string; dueOn: string }[]> {
  const r = await tx.query<{ regionCode: string; id: string; departmentId: string; dueOn: string }>(
    `UPDATE supervision_tasks SET overdue_on = $1 WHERE status IN ('open', 'returned') AND due_on < $1 AND overdue_on IS NULL
     RETURNING region_code AS "regionCode", id, department_id AS "departmentId", due_on AS "dueOn"`,
    [today],
  );
  return r.rows;
}

/** The department a record belongs to (null when there is no such record). */
export async function subjectDepartment(
  db: Queryable,
  regionCode: string,
  kind: SupervisionSubjectKind,
  id: string,
): Promise<string | null> {
  const table = { case: 'cases', inspection: 'inspection_plans', correction_item: 'correction_items' }[kind];
  const r = await db.query<{ departmentId: string }>(
    `SELECT department_id AS "departmentId" FROM ${table} WHERE region_code = $1 AND id = $2`,
    [regionCode, id],
  );
  return r.rows[0]?.departmentId ?? null;
}

export interface OverdueCorrectionRow {
  regionCode: string;
  id: string;
  departmentId: string;
  documentNo: string;
  dueOn: string;
}

/**
 * Correction items still open past their deadline that have no automatic task yet, locked so that two sweeps
 * do not both take one (the unique index `supervision_tasks_auto_uq` is the last word).
 * The sweep crosses regions, and Citus refuses `FOR UPDATE` on a query over many shards (issue 15): the
 * candidates are read, then each item's row is locked by its key, skipped when another sweep holds it or it is
 * no longer open (the lock re-reads the row) — what `FOR UPDATE OF c SKIP LOCKED` did in one statement.
 */
export async function overdueCorrectionsWithoutTask(tx: Queryable, today: string): Promise<OverdueCorrectionRow[]> {
  const candidates = await tx.query<OverdueCorrectionRow>(
    `SELECT c.region_code AS "regionCode", c.id, c.department_id AS "departmentId", d.document_no AS "documentNo", c.due_on AS "dueOn"
       FROM correction_items c
       JOIN issued_decisions d ON d.region_code = c.region_code AND d.id = c.decision_id
      WHERE c.status = 'open' AND c.due_on < $1
        AND NOT EXISTS (SELECT 1 FROM supervision_tasks t WHERE t.region_code = c.region_code AND t.origin = 'correction_overdue'
                          AND t.subject_kind = 'correction_item' AND t.subject_id = c.id)
      ORDER BY c.region_code, c.due_on, c.id`,
    [today],
  );
  const taken: OverdueCorrectionRow[] = [];
  for (const c of candidates.rows) {
    const l = await tx.query(
      "SELECT 1 FROM correction_items WHERE region_code = $1 AND id = $2 AND status = 'open' AND due_on < $3 FOR UPDATE SKIP LOCKED",
      [c.regionCode, c.id, today],
    );
    if (l.rows.length === 1) {
      taken.push(c);
    }
  }
  return taken;
}

export interface SupervisionMaterialRow {
  id: string;
  answerNo: number;
  fileSha256: string;
  fileName: string;
  mediaType: string;
  size: number;
  uploadedAt: string;
}

export async function insertSupervisionMaterial(
  tx: Queryable,
  regionCode: string,
  taskId: string,
  m: SupervisionMaterialRow & { uploadedBy: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO supervision_materials (region_code, id, task_id, answer_no, file_sha256, file_name, media_type, size, uploaded_by, uploaded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [regionCode, m.id, taskId, m.answerNo, m.fileSha256, m.fileName, m.mediaType, m.size, m.uploadedBy, m.uploadedAt],
  );
}

export async function listSupervisionMaterials(db: Queryable, regionCode: string, taskId: string): Promise<SupervisionMaterialRow[]> {
  const r = await db.query<SupervisionMaterialRow>(
    `SELECT id, answer_no AS "answerNo", file_sha256 AS "fileSha256", file_name AS "fileName", media_type AS "mediaType", size,
            uploaded_at AS "uploadedAt"
       FROM supervision_materials WHERE region_code = $1 AND task_id = $2 ORDER BY answer_no, uploaded_at, id`,
    [regionCode, taskId],
  );
  return r.rows;
}

/** How many answers the task has had (the next answer's number is this plus one). */
export async function countSupervisionAnswers(db: Queryable, regionCode: string, taskId: string): Promise<number> {
  const r = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM events WHERE region_code = $1 AND aggregate_type = 'supervision_task' AND aggregate_id = $2
       AND type = 'supervision_task.answered'`,
    [regionCode, taskId],
  );
  return r.rows[0]?.n ?? 0;
}
