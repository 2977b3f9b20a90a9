/**
 * 安排行政约谈 (常政办发〔2025〕5号 第三项: 对…苗头性、倾向性问题，通过约谈…督促整改；涉及多个部门职责的，由相关部门联合约谈):
 * the caller's department leads; the parties are the participating departments' cases or entities; the form (individual,
 * collective, joint) must fit the parties and departments (domain `interviewFormProblem`).
 */
import type { Interview, InterviewCreate } from '@rouxing/contracts';
import { type Actor, canSeeEntity, interviewFormProblem } from '@rouxing/domain';
import { findCase } from '../../cases/case.repository';
import { isStaff } from '../../cases/scope';
import type { AppContext, RequestMeta } from '../../context';
import { listDepartments } from '../../departments/department.repository';
import { findEntity } from '../../entities/entity.repository';
import { forbidden, refused, validationError } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { insertInterview, insertInterviewDepartment, insertInterviewParty } from '../interview.repository';
import { visibleInterview } from '../steps/visible-interview';
import { interviewDto } from './get-interview';

interface ResolvedParty {
  caseId: string | null;
  entityId: string | null;
  partyName: string;
}

async function resolveParties(ctx: AppContext, actor: Actor, input: InterviewCreate, departmentIds: Set<string>): Promise<ResolvedParty[]> {
  const parties: ResolvedParty[] = [];
  const seen = new Set<string>();
  for (const [i, p] of input.parties.entries()) {
    let party: ResolvedParty;
    if (p.caseId) {
      const c = await findCase(ctx.db, actor.regionCode, p.caseId);
      if (!c || !departmentIds.has(c.departmentId)) {
        throw refused('INTERVIEW.PARTY', `第${i + 1}个约谈对象的案件不存在或不属于参加约谈的部门`, `parties.${i}.caseId`);
      }
      party = { caseId: c.id, entityId: c.entityId, partyName: c.entityName };
    } else {
      const e = await findEntity(ctx.db, actor.regionCode, p.entityId as string);
      if (!e || !canSeeEntity(actor, e)) {
        throw refused('INTERVIEW.PARTY', `第${i + 1}个约谈对象（市场主体）不存在`, `parties.${i}.entityId`);
      }
      party = { caseId: null, entityId: e.id, partyName: e.name };
    }
    const key = party.entityId ?? party.caseId ?? '';
    if (seen.has(key)) {
      throw refused('INTERVIEW.PARTY', `“${party.partyName}”重复列为约谈对象`, `parties.${i}`);
    }
    seen.add(key);
    parties.push(party);
  }
  return parties;
}

export async function scheduleInterview(ctx: AppContext, actor: Actor, input: InterviewCreate, meta: RequestMeta): Promise<Interview> {
  if (!isStaff(actor) || !actor.departmentId) {
    throw forbidden('行政约谈由执法部门的执法人员安排');
  }
  const lead = actor.departmentId;
  const known = new Set((await listDepartments(ctx.db, actor.regionCode)).map((d) => d.id));
  const unknown = input.departmentIds.findIndex((d) => !known.has(d));
  if (unknown >= 0) {
    throw validationError([{ path: `departmentIds.${unknown}`, message: '参加约谈的部门不存在' }]);
  }
  const departmentIds = new Set(input.departmentIds);
  const problem = interviewFormProblem({
    mode: input.mode,
    departmentIds: [...departmentIds],
    leadDepartmentId: lead,
    partyCount: input.parties.length,
  });
  if (problem) {
    throw refused('INTERVIEW.FORM', `${problem}（常政办发〔2025〕5号 第三项）`, 'mode');
  }
  const parties = await resolveParties(ctx, actor, input, departmentIds);
  const id = newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await insertInterview(tx, {
      regionCode: actor.regionCode,
      id,
      mode: input.mode,
      leadDepartmentId: lead,
      subject: input.subject,
      legalBasis: input.legalBasis,
      scheduledAt: input.scheduledAt,
      place: input.place,
      createdBy: actor.userId,
      createdByName: actor.displayName,
      createdAt: now,
    });
    for (const d of departmentIds) {
      await insertInterviewDepartment(tx, actor.regionCode, id, d, d === lead);
    }
    for (const [i, p] of parties.entries()) {
      await insertInterviewParty(tx, actor.regionCode, id, { seq: i + 1, ...p });
    }
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'interview',
      aggregateId: id,
      type: 'interview.scheduled',
      toState: 'scheduled',
      payload: {
        mode: input.mode,
        leadDepartmentId: lead,
        departmentIds: [...departmentIds],
        parties: parties.map((p) => ({ caseId: p.caseId, entityId: p.entityId })),
        scheduledAt: input.scheduledAt,
        place: input.place,
      },
    });
  });
  return interviewDto(ctx, ctx.db, await visibleInterview(ctx.db, actor, id));
}
