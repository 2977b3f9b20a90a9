import type { TodoItem } from '@rouxing/contracts';
import { type Actor, addDays, can, DELIVERY_METHOD_LABELS } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { openFollowUpsOfDepartment } from '../../interviews/interview.repository';
import { listFollowUpVisits } from '../follow-up.repository';
import { isStaff } from '../scope';
import { today } from '../today';
import {
  casesAwaitingApproval,
  casesAwaitingArchive,
  casesAwaitingChoice,
  casesWithPendingDelivery,
  casesWithRunningCommitment,
  type TodoCase,
} from '../todo.repository';

/** Days within which a closed case should be archived (常政办发〔2025〕5号 第九项 "及时"; the platform's default). */
export const ARCHIVE_WITHIN_DAYS = 30;
/** Follow-up visits show on the list this many days before they fall due. */
export const FOLLOW_UP_NOTICE_DAYS = 7;

const item = (kind: TodoItem['kind'], c: TodoCase, dueOn: string | null, overdue: boolean, detail: string): TodoItem => ({
  kind,
  caseId: c.id,
  caseNo: c.caseNo,
  entityName: c.entityName,
  dueOn,
  overdue,
  detail,
});

/** The department's lines: choices awaited (常政办发〔2025〕5号 第六项), commitments (常政办发〔2025〕5号 第一项), deliveries (常政办发〔2025〕5号 第七项), archiving (常政办发〔2025〕5号 第九项). */
async function caseLines(ctx: AppContext, regionCode: string, departmentId: string, t: string) {
  const [choices, commitments, deliveries, archive] = await Promise.all([
    casesAwaitingChoice(ctx.db, regionCode, departmentId),
    casesWithRunningCommitment(ctx.db, regionCode, departmentId),
    casesWithPendingDelivery(ctx.db, regionCode, departmentId),
    casesAwaitingArchive(ctx.db, regionCode, departmentId),
  ]);
  return {
    choices: choices.map((c) =>
      t > c.deadline
        ? item('choice_awaited', c, c.deadline, true, '选择期限已过，可记录为视为不选择')
        : item('choice_awaited', c, c.deadline, false, '等待当事人选择是否接受柔性执法'),
    ),
    commitments: commitments.map((c) =>
      t > c.deadline
        ? item('commitment_overdue', c, c.deadline, true, '承诺期限已过未履行，可终止柔性执法转一般程序')
        : item('commitment_due', c, c.deadline, false, '告知承诺履行中'),
    ),
    deliveries: deliveries.map((d) =>
      item('delivery_pending', d, d.sentOn, false, `${d.documentNo}待送达（${DELIVERY_METHOD_LABELS[d.method] ?? d.method}）`),
    ),
    archive: archive.map((c) => {
      const due = addDays(c.closedOn, ARCHIVE_WITHIN_DAYS);
      return item('archive_due', c, due, t > due, '已办结或终止，待归档');
    }),
  };
}

/** The follow-up visits (常政办发〔2025〕5号 第五项) due within the notice days or overdue, and, for a reviewer, the proposals of others. */
async function visitAndApprovalLines(ctx: AppContext, actor: Actor, departmentId: string, t: string) {
  const [visits, approvals] = await Promise.all([
    listFollowUpVisits(ctx.db, actor.regionCode, t, { departmentId, open: true, dueBy: addDays(t, FOLLOW_UP_NOTICE_DAYS) }),
    can(actor, 'case.approve') ? casesAwaitingApproval(ctx.db, actor.regionCode, departmentId) : Promise.resolve([]),
  ]);
  return {
    visits: visits.map((v) =>
      item(
        v.overdue ? 'follow_up_overdue' : 'follow_up_due',
        { ...v, id: v.caseId },
        v.dueOn,
        v.overdue,
        v.overdue ? '回访已逾期' : '回访将到期',
      ),
    ),
    approvals: approvals.filter((a) => a.proposedBy !== actor.userId).map((a) => item('approval_awaited', a, null, false, a.summary)),
  };
}

/** The open follow-up items (整改事项) of the interviews the department takes part in (常政办发〔2025〕5号 第三项), due soon or overdue. */
async function interviewFollowUpLines(ctx: AppContext, regionCode: string, departmentId: string, t: string): Promise<TodoItem[]> {
  const lines = await openFollowUpsOfDepartment(ctx.db, regionCode, departmentId, addDays(t, FOLLOW_UP_NOTICE_DAYS));
  return lines.map((f) => {
    const overdue = t > f.dueOn;
    return {
      kind: overdue ? 'interview_follow_up_overdue' : 'interview_follow_up_due',
      caseId: f.caseId ?? '',
      caseNo: f.caseNo ?? '',
      entityName: f.partyName,
      dueOn: f.dueOn,
      overdue,
      detail: `约谈整改事项${overdue ? '已逾期' : '将到期'}：${f.content}`,
      interviewId: f.interviewId,
    };
  });
}

/** The officer's to-do list: overdue lines first, then by the day they fall due. */
export async function todoList(ctx: AppContext, actor: Actor): Promise<TodoItem[]> {
  if (!isStaff(actor) || !actor.departmentId) {
    throw forbidden('待办事项仅限执法人员和法制审核人员');
  }
  const t = today(ctx);
  const [a, b, c] = await Promise.all([
    caseLines(ctx, actor.regionCode, actor.departmentId, t),
    visitAndApprovalLines(ctx, actor, actor.departmentId, t),
    interviewFollowUpLines(ctx, actor.regionCode, actor.departmentId, t),
  ]);
  const items = [...a.choices, ...a.commitments, ...a.deliveries, ...b.visits, ...c, ...a.archive, ...b.approvals];
  return items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
}
