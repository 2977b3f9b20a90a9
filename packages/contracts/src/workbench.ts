/**
 * 工作台 counts (issue 14 item 2): each figure is the total of a list the role can open, computed by the
 * list's own use case with the same filter the link carries (one source; decision 0025).
 */
import { z } from 'zod';

/**
 * The figures, in the order the 工作台 shows them, with the list each one opens (path and query).
 * officer: 待办, 待入企检查, 纠正事项; reviewer: 待审核 (cases and inspection plans); Judicial Bureau: 纠正事项 and
 * 督导事项; administrator: accounts and the 开通向导's missing settings; enterprise: its cases, 失信信息, 问卷.
 */
export const WORKBENCH_COUNTS = {
  todo: '/todo',
  caseApprovals: '/todo?kind=approval_awaited',
  plansToApprove: '/inspections?status=pending_approval',
  inspectionsDue: '/inspections?status=approved',
  correctionItems: '/credit/corrections',
  supervisionTasks: '/supervision/tasks',
  users: '/admin/users',
  setupMissing: '/admin/setup',
  myCases: '/portal/cases',
  myCreditRecords: '/portal/credit',
  mySurveys: '/portal/surveys',
} as const;
export type WorkbenchCountKey = keyof typeof WORKBENCH_COUNTS;
export const WORKBENCH_COUNT_KEYS = Object.keys(WORKBENCH_COUNTS) as WorkbenchCountKey[];

export const WorkbenchCountSchema = z.object({
  key: z.enum(WORKBENCH_COUNT_KEYS as [WorkbenchCountKey, ...WorkbenchCountKey[]]),
  count: z.number().int().nonnegative(),
  /** The list it counts, with the same filter. */
  path: z.string(),
});
export type WorkbenchCount = z.infer<typeof WorkbenchCountSchema>;
export const WorkbenchCountsSchema = z.object({ counts: z.array(WorkbenchCountSchema) });
export type WorkbenchCounts = z.infer<typeof WorkbenchCountsSchema>;
