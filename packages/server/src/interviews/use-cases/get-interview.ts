import type { Interview } from '@rouxing/contracts';
import { type Actor, followUpStatus } from '@rouxing/domain';
import { today } from '../../cases/today';
import type { AppContext } from '../../context';
import type { Queryable } from '../../db/database';
import { interviewFollowUps, interviewParties } from '../interview.repository';
import { type VisibleInterview, visibleInterview } from '../steps/visible-interview';

/** The interview as its departments (and the Judicial Bureau) read it: parties with attendance, minutes, signatures, follow-ups. */
export async function getInterview(ctx: AppContext, actor: Actor, id: string): Promise<Interview> {
  return interviewDto(ctx, ctx.db, await visibleInterview(ctx.db, actor, id));
}

export async function interviewDto(ctx: AppContext, db: Queryable, v: VisibleInterview): Promise<Interview> {
  const { row } = v;
  const [parties, followUps] = await Promise.all([
    interviewParties(db, row.regionCode, row.id),
    interviewFollowUps(db, row.regionCode, row.id),
  ]);
  const t = today(ctx);
  return {
    id: row.id,
    mode: row.mode,
    state: row.state,
    leadDepartmentId: row.leadDepartmentId,
    leadDepartmentName: row.leadDepartmentName,
    subject: row.subject,
    legalBasis: row.legalBasis,
    scheduledAt: row.scheduledAt,
    place: row.place,
    departments: v.departments.map(({ signedMinutesSha256: _s, ...d }) => d),
    parties: parties.map(({ departmentId: _d, ...p }) => p),
    minutes: row.minutes,
    minutesSha256: row.minutesSha256,
    followUps: followUps.map((f) => ({ ...f, status: followUpStatus(f, t) })),
    createdByName: row.createdByName,
    createdAt: row.createdAt,
    version: row.version,
  };
}
