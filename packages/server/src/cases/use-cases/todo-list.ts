import type { TodoItem } from '@rouxing/contracts';
import { type Actor, addDays, can, DELIVERY_METHOD_LABELS } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { openFollowUpsOfDepartment } from '../../interviews/interview.repository';
import { listFollowUpVisits } from '../follow-up.repository';
import { isStaff } from '../scope';
import { today } from '../today';
import { type TodoCase, type TodoCaseRow, todoCaseRows } from '../todo.repository';

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

/**
 * The department's case lines, read in one statement: choices awaited (常政办发〔2025〕5号 第六项),
 * commitments (常政办发〔2025〕5号 第一项), deliveries (常政办发〔2025〕5号 第七项), archiving (常政办发〔2025〕5号 第九项)
 * and, for a reviewer, the proposals of others.
 */
function caseLines(rows: TodoCaseRow[], actor: Actor, t: string) {
  const out = {
    choices: [] as TodoItem[],
    commitments: [] as TodoItem[],
    deliveries: [] as TodoItem[],
    archive: [] as TodoItem[],
    approvals: [] as TodoItem[],
  };
  for (const c of rows) {
    if (c.line === 'choice') {
      out.choices.push(
        t > c.deadline
          ? item('choice_awaited', c, c.deadline, true, '选择期限已过，可记录为视为不选择')
          : item('choice_awaited', c, c.deadline, false, '等待当事人选择是否接受柔性执法'),
      );
    } else if (c.line === 'commitment') {
      out.commitments.push(
        t > c.deadline
          ? item('commitment_overdue', c, c.deadline, true, '承诺期限已过未履行，可终止柔性执法转一般程序')
          : item('commitment_due', c, c.deadline, false, '告知承诺履行中'),
      );
    } else if (c.line === 'delivery') {
      out.deliveries.push(
        item('delivery_pending', c, c.sentOn, false, `${c.documentNo}待送达（${DELIVERY_METHOD_LABELS[c.method] ?? c.method}）`),
      );
    } else if (c.line === 'archive') {
      const due = addDays(c.closedOn, ARCHIVE_WITHIN_DAYS);
      out.archive.push(item('archive_due', c, due, t > due, '已办结或终止，待归档'));
    } else if (c.proposedBy !== actor.userId) {
      out.approvals.push(item('approval_awaited', c, null, false, c.summary));
    }
  }
  return out;
}

/** The follow-up visits (常政办发〔2025〕5号 第五项) due within the notice days or overdue. */
async function visitLines(ctx: AppContext, regionCode: string, departmentId: string, t: string): Promise<TodoItem[]> {
  const visits = await listFollowUpVisits(ctx.db, regionCode, t, { departmentId, open: true, dueBy: addDays(t, FOLLOW_UP_NOTICE_DAYS) });
  return visits.map((v) =>
    item(
      v.overdue ? 'follow_up_overdue' : 'follow_up_due',
      { ...v, id: v.caseId },
      v.dueOn,
      v.overdue,
      v.overdue ? '回访已逾期' : '回访将到期',
    ),
  );
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
  const [rows, visits, c] = await Promise.all([
    todoCaseRows(ctx.db, actor.regionCode, actor.departmentId, can(actor, 'case.approve')),
    visitLines(ctx, actor.regionCode, actor.departmentId, t),
    interviewFollowUpLines(ctx, actor.regionCode, actor.departmentId, t),
  ]);
  const a = caseLines(rows, actor, t);
  const items = [...a.choices, ...a.commitments, ...a.deliveries, ...visits, ...c, ...a.archive, ...a.approvals];
  return items.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
}
