/**
 * Who sees and who acts on an interview: the departments taking part (and the Judicial Bureau, which reads the region's
 * records); anyone else gets the same 404 as for no interview. Acting needs `case.handle` in a participating department.
 */
import { type Actor, canSeeDepartmentRecord } from '@rouxing/domain';
import { isStaff } from '../../cases/scope';
import type { Queryable } from '../../db/database';
import { forbidden, notFound } from '../../errors';
import { type DepartmentLine, findInterview, type InterviewRow, interviewDepartments } from '../interview.repository';

export interface VisibleInterview {
  row: InterviewRow;
  departments: DepartmentLine[];
}

export async function visibleInterview(db: Queryable, actor: Actor, id: string, lock = false): Promise<VisibleInterview> {
  const row = await findInterview(db, actor.regionCode, id, lock);
  if (!row) {
    throw notFound('约谈');
  }
  const departments = await interviewDepartments(db, actor.regionCode, id);
  if (!canSeeDepartmentRecord(actor, { regionCode: row.regionCode, departmentIds: departments.map((d) => d.departmentId) })) {
    throw notFound('约谈');
  }
  return { row, departments };
}

/** The actor's participating department, or 403 (the Judicial Bureau reads but does not act; officers act for their own). */
export function participantDepartment(actor: Actor, v: VisibleInterview, leadOnly: boolean, what: string): string {
  const mine = v.departments.find((d) => d.departmentId === actor.departmentId);
  if (!isStaff(actor) || !mine) {
    throw forbidden(`${what}须由参加约谈部门的执法人员办理`);
  }
  if (leadOnly && !mine.lead) {
    throw forbidden(`${what}由牵头部门（${v.row.leadDepartmentName}）办理`);
  }
  return mine.departmentId;
}
