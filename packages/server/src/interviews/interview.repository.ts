/** `interviews`, `interview_departments`, `interview_parties`, `interview_follow_ups` (行政约谈, 常政办发〔2025〕5号 第三项). */
import type { Interview, InterviewMode, InterviewState, InterviewSummary } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

export interface InterviewRow {
  regionCode: string;
  id: string;
  mode: InterviewMode;
  state: InterviewState;
  leadDepartmentId: string;
  leadDepartmentName: string;
  subject: string;
  legalBasis: string;
  scheduledAt: string;
  place: string;
  minutes: string | null;
  minutesSha256: string | null;
  createdByName: string;
  createdAt: string;
  version: number;
}

export type DepartmentLine = Interview['departments'][number] & { signedMinutesSha256: string | null };
export type PartyLine = Interview['parties'][number];
export interface FollowUpRow {
  id: string;
  partySeq: number;
  partyName: string;
  caseId: string | null;
  content: string;
  dueOn: string;
  doneAt: string | null;
  doneByName: string | null;
  doneNote: string | null;
}

export async function insertInterview(
  tx: Queryable,
  i: Omit<InterviewRow, 'leadDepartmentName' | 'minutes' | 'minutesSha256' | 'version' | 'state'> & { createdBy: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO interviews (region_code, id, mode, state, lead_department_id, subject, legal_basis, scheduled_at, place,
       created_by, created_by_name, created_at, updated_at)
     VALUES ($1, $2, $3, 'scheduled', $4, $5, $6, $7, $8, $9, $10, $11, $11)`,
    [
      i.regionCode,
      i.id,
      i.mode,
      i.leadDepartmentId,
      i.subject,
      i.legalBasis,
      i.scheduledAt,
      i.place,
      i.createdBy,
      i.createdByName,
      i.createdAt,
    ],
  );
}

export async function insertInterviewDepartment(
  tx: Queryable,
  regionCode: string,
  interviewId: string,
  departmentId: string,
  lead: boolean,
) {
  await tx.query('INSERT INTO interview_departments (region_code, interview_id, department_id, lead) VALUES ($1, $2, $3, $4)', [
    regionCode,
    interviewId,
    departmentId,
    lead,
  ]);
}

export async function insertInterviewParty(
  tx: Queryable,
  regionCode: string,
  interviewId: string,
  p: { seq: number; caseId: string | null; entityId: string | null; partyName: string },
) {
  await tx.query(
    'INSERT INTO interview_parties (region_code, interview_id, seq, case_id, entity_id, party_name) VALUES ($1, $2, $3, $4, $5, $6)',
    [regionCode, interviewId, p.seq, p.caseId, p.entityId, p.partyName],
  );
}

/** The interview with its lead department's name, locked when `forUpdate`. */
export async function findInterview(db: Queryable, regionCode: string, id: string, forUpdate = false): Promise<InterviewRow | null> {
  const r = await db.query<InterviewRow>(
    `SELECT i.region_code AS "regionCode", i.id, i.mode, i.state, i.lead_department_id AS "leadDepartmentId",
       d.name AS "leadDepartmentName", i.subject, i.legal_basis AS "legalBasis", i.scheduled_at AS "scheduledAt", i.place,
       i.minutes, i.minutes_sha256 AS "minutesSha256", i.created_by_name AS "createdByName", i.created_at AS "createdAt", i.version
     FROM interviews i JOIN departments d ON d.region_code = i.region_code AND d.id = i.lead_department_id
     WHERE i.region_code = $1 AND i.id = $2 ${forUpdate ? 'FOR UPDATE OF i' : ''}`,
    [regionCode, id],
  );
  return r.rows[0] ?? null;
}

export async function interviewDepartments(db: Queryable, regionCode: string, id: string): Promise<DepartmentLine[]> {
  const r = await db.query<DepartmentLine>(
    `SELECT x.department_id AS "departmentId", d.name AS "departmentName", x.lead, x.signed_by_name AS "signedByName",
       x.certificate_no AS "certificateNo", x.signed_at AS "signedAt", x.signed_minutes_sha256 AS "signedMinutesSha256"
     FROM interview_departments x JOIN departments d ON d.region_code = x.region_code AND d.id = x.department_id
     WHERE x.region_code = $1 AND x.interview_id = $2 ORDER BY x.lead DESC, d.name`,
    [regionCode, id],
  );
  return r.rows;
}

export async function interviewParties(
  db: Queryable,
  regionCode: string,
  id: string,
): Promise<(PartyLine & { departmentId: string | null })[]> {
  const r = await db.query<PartyLine & { departmentId: string | null }>(
    `SELECT p.seq, p.case_id AS "caseId", c.case_no AS "caseNo", COALESCE(p.entity_id, c.entity_id) AS "entityId",
       p.party_name AS "partyName", p.attended, p.attendee_name AS "attendeeName", p.attendee_title AS "attendeeTitle",
       p.statement, c.department_id AS "departmentId"
     FROM interview_parties p LEFT JOIN cases c ON c.region_code = p.region_code AND c.id = p.case_id
     WHERE p.region_code = $1 AND p.interview_id = $2 ORDER BY p.seq`,
    [regionCode, id],
  );
  return r.rows;
}

export async function interviewFollowUps(db: Queryable, regionCode: string, id: string): Promise<FollowUpRow[]> {
  const r = await db.query<FollowUpRow>(
    `SELECT f.id, f.party_seq AS "partySeq", p.party_name AS "partyName", p.case_id AS "caseId", f.content,
       to_char(f.due_on, 'YYYY-MM-DD') AS "dueOn", f.done_at AS "doneAt", f.done_by_name AS "doneByName", f.done_note AS "doneNote"
     FROM interview_follow_ups f
     JOIN interview_parties p ON p.region_code = f.region_code AND p.interview_id = f.interview_id AND p.seq = f.party_seq
     WHERE f.region_code = $1 AND f.interview_id = $2 ORDER BY f.party_seq, f.due_on, f.content`,
    [regionCode, id],
  );
  return r.rows;
}

export async function setPartyAttendance(
  tx: Queryable,
  regionCode: string,
  id: string,
  p: { seq: number; attended: boolean; attendeeName: string | null; attendeeTitle: string | null },
): Promise<boolean> {
  const r = await tx.query(
    `UPDATE interview_parties SET attended = $4, attendee_name = $5, attendee_title = $6
     WHERE region_code = $1 AND interview_id = $2 AND seq = $3`,
    [regionCode, id, p.seq, p.attended, p.attendeeName, p.attendeeTitle],
  );
  return (r.rowCount ?? 0) === 1;
}

export async function setPartyStatement(tx: Queryable, regionCode: string, id: string, seq: number, statement: string | null) {
  await tx.query('UPDATE interview_parties SET statement = $4 WHERE region_code = $1 AND interview_id = $2 AND seq = $3', [
    regionCode,
    id,
    seq,
    statement,
  ]);
}

/** Replaces the follow-up items of the minutes (before anyone signed them). */
export async function replaceFollowUps(
  tx: Queryable,
  regionCode: string,
  id: string,
  items: { id: string; partySeq: number; content: string; dueOn: string }[],
): Promise<void> {
  await tx.query('DELETE FROM interview_follow_ups WHERE region_code = $1 AND interview_id = $2', [regionCode, id]);
  for (const f of items) {
    await tx.query(
      'INSERT INTO interview_follow_ups (region_code, id, interview_id, party_seq, content, due_on) VALUES ($1, $2, $3, $4, $5, $6)',
      [regionCode, f.id, id, f.partySeq, f.content, f.dueOn],
    );
  }
}

/** Moves the interview on if it still has `version`; false when someone changed it meanwhile. */
export async function updateInterview(
  tx: Queryable,
  regionCode: string,
  id: string,
  version: number,
  change: { state: InterviewState; minutes: string | null; minutesSha256: string | null; now: string },
): Promise<boolean> {
  const r = await tx.query(
    `UPDATE interviews SET state = $4, minutes = $5, minutes_sha256 = $6, updated_at = $7, version = version + 1
     WHERE region_code = $1 AND id = $2 AND version = $3`,
    [regionCode, id, version, change.state, change.minutes, change.minutesSha256, change.now],
  );
  return (r.rowCount ?? 0) === 1;
}

/** The department's signature on the minutes; false when it had already signed. */
export async function signForDepartment(
  tx: Queryable,
  regionCode: string,
  id: string,
  departmentId: string,
  s: { userId: string; name: string; certificateNo: string; minutesSha256: string; now: string },
): Promise<boolean> {
  const r = await tx.query(
    `UPDATE interview_departments SET signed_by = $4, signed_by_name = $5, certificate_no = $6, signed_minutes_sha256 = $7, signed_at = $8
     WHERE region_code = $1 AND interview_id = $2 AND department_id = $3 AND signed_at IS NULL`,
    [regionCode, id, departmentId, s.userId, s.name, s.certificateNo, s.minutesSha256, s.now],
  );
  return (r.rowCount ?? 0) === 1;
}

export async function findFollowUp(
  db: Queryable,
  regionCode: string,
  followUpId: string,
): Promise<{ interviewId: string; doneAt: string | null } | null> {
  const r = await db.query<{ interviewId: string; doneAt: string | null }>(
    'SELECT interview_id AS "interviewId", done_at AS "doneAt" FROM interview_follow_ups WHERE region_code = $1 AND id = $2 FOR UPDATE',
    [regionCode, followUpId],
  );
  return r.rows[0] ?? null;
}

export async function markFollowUpDone(
  tx: Queryable,
  regionCode: string,
  followUpId: string,
  d: { name: string; note: string; now: string },
) {
  const r = await tx.query(
    `UPDATE interview_follow_ups SET done_at = $3, done_by_name = $4, done_note = $5
     WHERE region_code = $1 AND id = $2 AND done_at IS NULL`,
    [regionCode, followUpId, d.now, d.name, d.note],
  );
  return (r.rowCount ?? 0) === 1;
}

/** The interviews a department takes part in (null: the region's), newest first; with `caseId`, those of that case. */
export async function listInterviews(
  db: Queryable,
  regionCode: string,
  departmentId: string | null,
  caseId: string | null,
): Promise<InterviewSummary[]> {
  const r = await db.query<InterviewSummary>(
    `SELECT i.id, i.mode, i.state, d.name AS "leadDepartmentName", i.subject, i.scheduled_at AS "scheduledAt", i.place,
       ARRAY(SELECT p.party_name FROM interview_parties p WHERE p.region_code = $1 AND p.interview_id = i.id ORDER BY p.seq) AS "partyNames",
       ARRAY(SELECT dd.name FROM interview_departments x JOIN departments dd ON dd.region_code = $1 AND dd.id = x.department_id
             WHERE x.region_code = $1 AND x.interview_id = i.id ORDER BY x.lead DESC, dd.name) AS "departmentNames",
       (SELECT count(*)::int FROM interview_follow_ups f WHERE f.region_code = $1 AND f.interview_id = i.id AND f.done_at IS NULL) AS "openFollowUps"
     FROM interviews i JOIN departments d ON d.region_code = i.region_code AND d.id = i.lead_department_id
     WHERE i.region_code = $1
       AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM interview_departments x WHERE x.region_code = $1 AND x.interview_id = i.id AND x.department_id = $2))
       AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM interview_parties p WHERE p.region_code = $1 AND p.interview_id = i.id AND p.case_id = $3))
     ORDER BY i.scheduled_at DESC LIMIT 500`,
    [regionCode, departmentId, caseId],
  );
  return r.rows;
}

export interface OpenFollowUpLine {
  interviewId: string;
  caseId: string | null;
  caseNo: string | null;
  partyName: string;
  content: string;
  dueOn: string;
}

/** The open follow-up items of the interviews a department takes part in, due by `dueBy` (the officer's to-do list). */
export async function openFollowUpsOfDepartment(
  db: Queryable,
  regionCode: string,
  departmentId: string,
  dueBy: string,
): Promise<OpenFollowUpLine[]> {
  const r = await db.query<OpenFollowUpLine>(
    `SELECT f.interview_id AS "interviewId", p.case_id AS "caseId", c.case_no AS "caseNo", p.party_name AS "partyName", f.content,
       to_char(f.due_on, 'YYYY-MM-DD') AS "dueOn"
     FROM interview_follow_ups f
     JOIN interview_parties p ON p.region_code = f.region_code AND p.interview_id = f.interview_id AND p.seq = f.party_seq
     LEFT JOIN cases c ON c.region_code = p.region_code AND c.id = p.case_id
     JOIN interview_departments x ON x.region_code = f.region_code AND x.interview_id = f.interview_id AND x.department_id = $2
     WHERE f.region_code = $1 AND f.done_at IS NULL AND f.due_on <= $3::date
     ORDER BY f.due_on`,
    [regionCode, departmentId, dueBy],
  );
  return r.rows;
}
