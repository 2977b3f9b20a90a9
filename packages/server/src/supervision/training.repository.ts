/** SQL of training sessions (业务培训, 常政办发〔2025〕5号 第十项), their attendees and materials, and the yearly figure. */
import type { TrainingFigure } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

export interface TrainingSessionRow {
  id: string;
  title: string;
  heldOn: string;
  departmentIds: string[];
  hours: number;
  trainer: string;
  content: string;
  createdAt: string;
}

export async function insertTrainingSession(
  tx: Queryable,
  regionCode: string,
  s: TrainingSessionRow & { createdBy: string },
  attendees: readonly { userId: string; departmentId: string }[],
): Promise<void> {
  await tx.query(
    `INSERT INTO training_sessions (region_code, id, title, held_on, department_ids, hours, trainer, content, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5::uuid[], $6, $7, $8, $9, $10)`,
    [regionCode, s.id, s.title, s.heldOn, s.departmentIds, s.hours, s.trainer, s.content, s.createdBy, s.createdAt],
  );
  for (const a of attendees) {
    await tx.query('INSERT INTO training_attendees (region_code, session_id, user_id, department_id) VALUES ($1, $2, $3, $4)', [
      regionCode,
      s.id,
      a.userId,
      a.departmentId,
    ]);
  }
}

/** The users among `ids` who belong to one of `departmentIds` in the region: id → department. */
export async function usersInDepartments(
  db: Queryable,
  regionCode: string,
  ids: readonly string[],
  departmentIds: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) {
    return new Map();
  }
  const r = await db.query<{ id: string; departmentId: string }>(
    `SELECT id, department_id AS "departmentId" FROM users WHERE region_code = $1 AND id = ANY($2::uuid[]) AND department_id = ANY($3::uuid[])`,
    [regionCode, ids, departmentIds],
  );
  return new Map(r.rows.map((u) => [u.id, u.departmentId]));
}

const SESSION = `s.id, s.title, s.held_on AS "heldOn", s.department_ids AS "departmentIds", s.hours::float8 AS hours, s.trainer, s.content,
  s.created_at AS "createdAt"`;

export async function findTrainingSession(db: Queryable, regionCode: string, id: string): Promise<TrainingSessionRow | null> {
  const r = await db.query<TrainingSessionRow>(`SELECT ${SESSION} FROM training_sessions s WHERE s.region_code = $1 AND s.id = $2`, [
    regionCode,
    id,
  ]);
  return r.rows[0] ?? null;
}

/** A page of sessions, latest first: those of a department (null: every department), of a year (optional). */
export async function listTrainingSessions(
  db: Queryable,
  regionCode: string,
  departmentId: string | null,
  year: number | undefined,
  page: { page: number; pageSize: number },
): Promise<{ rows: TrainingSessionRow[]; total: number }> {
  const params: unknown[] = [regionCode];
  const where = ['s.region_code = $1'];
  if (departmentId) {
    params.push(departmentId);
    where.push(`$${params.length}::uuid = ANY(s.department_ids)`);
  }
  if (year) {
    params.push(`${year}-01-01`, `${year}-12-31`);
    where.push(`s.held_on BETWEEN $${params.length - 1} AND $${params.length}`);
  }
  const w = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM training_sessions s WHERE ${w}`, params);
  const rows = await db.query<TrainingSessionRow>(
    `SELECT ${SESSION} FROM training_sessions s WHERE ${w} ORDER BY s.held_on DESC, s.id DESC LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}`,
    params,
  );
  return { rows: rows.rows, total: total.rows[0]?.n ?? 0 };
}

export interface TrainingAttendeeRow {
  sessionId: string;
  id: string;
  name: string;
  departmentId: string | null;
}

export async function listTrainingAttendees(
  db: Queryable,
  regionCode: string,
  sessionIds: readonly string[],
): Promise<TrainingAttendeeRow[]> {
  if (sessionIds.length === 0) {
    return [];
  }
  const r = await db.query<TrainingAttendeeRow>(
    `SELECT a.session_id AS "sessionId", u.id, u.display_name AS name, a.department_id AS "departmentId"
       FROM training_attendees a JOIN users u ON u.id = a.user_id
      WHERE a.region_code = $1 AND a.session_id = ANY($2::uuid[]) ORDER BY u.display_name, u.id`,
    [regionCode, sessionIds],
  );
  return r.rows;
}

export interface TrainingMaterialRow {
  sessionId: string;
  id: string;
  fileSha256: string;
  fileName: string;
  mediaType: string;
  size: number;
  uploadedAt: string;
}

export async function insertTrainingMaterial(
  tx: Queryable,
  regionCode: string,
  m: TrainingMaterialRow & { uploadedBy: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO training_materials (region_code, id, session_id, file_sha256, file_name, media_type, size, uploaded_by, uploaded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [regionCode, m.id, m.sessionId, m.fileSha256, m.fileName, m.mediaType, m.size, m.uploadedBy, m.uploadedAt],
  );
}

export async function listTrainingMaterials(
  db: Queryable,
  regionCode: string,
  sessionIds: readonly string[],
): Promise<TrainingMaterialRow[]> {
  if (sessionIds.length === 0) {
    return [];
  }
  const r = await db.query<TrainingMaterialRow>(
    `SELECT session_id AS "sessionId", id, file_sha256 AS "fileSha256", file_name AS "fileName", media_type AS "mediaType", size,
            uploaded_at AS "uploadedAt"
       FROM training_materials WHERE region_code = $1 AND session_id = ANY($2::uuid[]) ORDER BY uploaded_at, id`,
    [regionCode, sessionIds],
  );
  return r.rows;
}

/**
 * 业务培训 counted per department and year — the figure the yearly assessment reads: sessions the department
 * took part in, their hours, and the attendances of its users (one per person and session). Every department
 * of the region is listed, with zeros where it held none.
 */
export async function trainingFiguresOf(db: Queryable, regionCode: string, year: number): Promise<TrainingFigure[]> {
  const r = await db.query<TrainingFigure>(
    `SELECT dep.id AS "departmentId", dep.name AS "departmentName",
            count(s.id)::int AS sessions, COALESCE(sum(s.hours), 0)::float8 AS hours,
            (SELECT count(*)::int FROM training_attendees a JOIN training_sessions s2 ON s2.region_code = $1 AND s2.id = a.session_id
              WHERE a.region_code = $1 AND a.department_id = dep.id AND s2.held_on BETWEEN $2 AND $3) AS attendances
       FROM departments dep
       LEFT JOIN training_sessions s ON s.region_code = dep.region_code AND dep.id = ANY(s.department_ids) AND s.held_on BETWEEN $2 AND $3
      WHERE dep.region_code = $1
      GROUP BY dep.region_code, dep.id, dep.name, dep.code
      ORDER BY dep.code`,
    [regionCode, `${year}-01-01`, `${year}-12-31`],
  );
  return r.rows;
}

/** The active staff of a department (who may be recorded as attending). */
export async function departmentStaff(db: Queryable, regionCode: string, departmentId: string): Promise<{ id: string; name: string }[]> {
  const r = await db.query<{ id: string; name: string }>(
    `SELECT id, display_name AS name FROM users WHERE region_code = $1 AND department_id = $2 AND active ORDER BY display_name, id`,
    [regionCode, departmentId],
  );
  return r.rows;
}
