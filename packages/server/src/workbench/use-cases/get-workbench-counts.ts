/**
 * 工作台 counts (issue 14 item 2, decision 0025): each figure is computed by the use case of the list it links
 * to, with the same filter as the link (`WORKBENCH_COUNTS`), so the figure and the list cannot disagree. A role
 * sees only the figures of the lists it may open (the lists' own permissions).
 */
import {
  CaseQuerySchema,
  CorrectionItemQuerySchema,
  InspectionPlanQuerySchema,
  SupervisionTaskQuerySchema,
  UserListQuerySchema,
  WORKBENCH_COUNTS,
  type WorkbenchCountKey,
  type WorkbenchCounts,
} from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import { listCases } from '../../cases/use-cases/list-cases';
import { todoList } from '../../cases/use-cases/todo-list';
import type { AppContext } from '../../context';
import { listVisibleCorrectionItems } from '../../credit/use-cases/list-correction-items';
import { myCreditRecords } from '../../credit/use-cases/my-credit-records';
import { listPlans } from '../../inspections/use-cases/list-plans';
import { getSetupStatus } from '../../setup/use-cases/get-setup-status';
import { listVisibleSupervisionTasks } from '../../supervision/use-cases/list-tasks';
import { listPublished } from '../../surveys/use-cases/answer-survey';
import { listRegionUsers } from '../../users/use-cases/list-users';

type Counter = { key: WorkbenchCountKey; shows: (a: Actor) => boolean; count: (ctx: AppContext, a: Actor) => Promise<number> };

/** The query of a link's `?…`, parsed by the list's own schema with one row per page (only the total is read). */
function linkQuery<T>(key: WorkbenchCountKey, schema: { parse: (v: unknown) => T }): T {
  const search = new URL(WORKBENCH_COUNTS[key], 'http://x').searchParams;
  return schema.parse({ ...Object.fromEntries(search), page: 1, pageSize: 1 });
}

const staffWithDepartment = (a: Actor) => a.departmentId !== null && !can(a, 'case.portal');

const COUNTERS: readonly Counter[] = [
  // 待办 of 柔性执法案件 (常政办发〔2025〕5号 第七项、第九项: deadlines of choices, commitments, follow-ups).
  { key: 'todo', shows: (a) => can(a, 'case.handle') && staffWithDepartment(a), count: async (c, a) => (await todoList(c, a)).length },
  // 待审核: the cases waiting for the reviewer's approval (不予处罚、公益抵罚、终止) — the 待办 list's 待审核 group.
  {
    key: 'caseApprovals',
    shows: (a) => can(a, 'case.approve') && staffWithDepartment(a),
    count: async (c, a) => (await todoList(c, a)).filter((i) => i.kind === 'approval_awaited').length,
  },
  // 入企检查 plans waiting for approval before entry (常政办发〔2025〕5号 第十五项 检查备案).
  {
    key: 'plansToApprove',
    shows: (a) => can(a, 'inspection.approve'),
    count: async (c, a) => (await listPlans(c, a, linkQuery('plansToApprove', InspectionPlanQuerySchema))).total,
  },
  // Approved plans not yet carried out: the inspections due.
  {
    key: 'inspectionsDue',
    shows: (a) => can(a, 'inspection.plan'),
    count: async (c, a) => (await listPlans(c, a, linkQuery('inspectionsDue', InspectionPlanQuerySchema))).total,
  },
  // 纠正“小案重罚” (常政办发〔2025〕5号 第十五项): open items, the list's default filter.
  {
    key: 'correctionItems',
    shows: (a) => can(a, 'issued_decision.read'),
    count: async (c, a) =>
      (await listVisibleCorrectionItems(c, a, { ...linkQuery('correctionItems', CorrectionItemQuerySchema), status: 'open' })).total,
  },
  // 督导事项 (常政办发〔2025〕5号 第十七项).
  {
    key: 'supervisionTasks',
    shows: (a) => can(a, 'supervision.read'),
    count: async (c, a) => (await listVisibleSupervisionTasks(c, a, linkQuery('supervisionTasks', SupervisionTaskQuerySchema))).total,
  },
  {
    key: 'users',
    shows: (a) => can(a, 'user.manage'),
    count: async (c, a) => (await listRegionUsers(c, a, linkQuery('users', UserListQuerySchema))).total,
  },
  {
    key: 'setupMissing',
    shows: (a) => can(a, 'user.manage'),
    count: async (c, a) => (await getSetupStatus(c, a)).checks.filter((x) => !x.done).length,
  },
  {
    key: 'myCases',
    shows: (a) => can(a, 'case.portal'),
    count: async (c, a) => (await listCases(c, a, linkQuery('myCases', CaseQuerySchema))).total,
  },
  { key: 'myCreditRecords', shows: (a) => can(a, 'credit.apply'), count: async (c, a) => (await myCreditRecords(c, a)).items.length },
  { key: 'mySurveys', shows: (a) => can(a, 'case.portal'), count: async (c, a) => (await listPublished(c, 'enterprise', a)).length },
];

export async function getWorkbenchCounts(ctx: AppContext, actor: Actor): Promise<WorkbenchCounts> {
  const shown = COUNTERS.filter((c) => c.shows(actor));
  const counts = await Promise.all(shown.map((c) => c.count(ctx, actor)));
  return { counts: shown.map((c, i) => ({ key: c.key, count: counts[i] ?? 0, path: WORKBENCH_COUNTS[c.key] })) };
}
