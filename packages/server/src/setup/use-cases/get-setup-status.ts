/**
 * 开通向导: what a region still lacks before its officers can work — departments, a reviewer, two officers with
 * valid 行政执法证 (《行政处罚法》第四十二条: 执法人员不得少于两人), published items, the Judicial Bureau's task list and
 * trigger rules (常政办发〔2025〕5号 第四项、第十五项), the entity registry, next year's holiday arrangement
 * (deadlines in working days are refused for a year without one). Each with where it is set up.
 */
import type { SetupCheck, SetupStatus } from '@rouxing/contracts';
import { type Actor, shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { requireUserManager } from '../../users/account-rules';
import { loadSetupFacts, type SetupFacts } from '../setup-status.repository';

const CHECKS: readonly {
  check: SetupCheck;
  link: string;
  done: (f: SetupFacts) => boolean;
  detail: (f: SetupFacts, y: number) => string;
}[] = [
  {
    check: 'enforcement_department',
    link: '/admin/departments',
    done: (f) => f.enforcementDepartments > 0,
    detail: (f) => `执法部门 ${f.enforcementDepartments} 个`,
  },
  {
    check: 'judicial_department',
    link: '/admin/departments',
    done: (f) => f.judicialDepartments > 0,
    detail: (f) => `司法局 ${f.judicialDepartments} 个`,
  },
  { check: 'reviewer', link: '/admin/users', done: (f) => f.reviewers > 0, detail: (f) => `法制审核人员 ${f.reviewers} 名` },
  {
    check: 'certified_officers',
    link: '/admin/users',
    done: (f) => f.certifiedOfficersInOneDepartment >= 2,
    detail: (f) =>
      `同一部门持有效执法证的执法人员最多 ${f.certifiedOfficersInOneDepartment} 名（检查须两人以上，《行政处罚法》第四十二条）`,
  },
  {
    check: 'published_item',
    link: '/inspections/items',
    done: (f) => f.publishedItems > 0,
    detail: (f) => `已公布检查事项 ${f.publishedItems} 项（由各部门法制审核人员维护）`,
  },
  {
    check: 'task_list',
    link: '/inspections/task-list',
    done: (f) => f.publishedTaskListEntries > 0,
    detail: (f) => `任务清单已公布条目 ${f.publishedTaskListEntries} 条（由司法局维护）`,
  },
  {
    check: 'trigger_rule',
    link: '/inspections/trigger-rules',
    done: (f) => f.activeTriggerRules > 0,
    detail: (f) => `启用的触发规则 ${f.activeTriggerRules} 条（由司法局维护）`,
  },
  { check: 'entity', link: '/entities/import', done: (f) => f.entities > 0, detail: (f) => `市场主体 ${f.entities} 户` },
  {
    check: 'holiday_next_year',
    link: '/admin/holiday-arrangements',
    done: (f) => f.hasNextYearHolidays,
    detail: (f, y) => (f.hasNextYearHolidays ? `${y}年节假日安排已录入` : `${y}年节假日安排未录入，跨年的工作日期限将无法计算`),
  },
];

export async function getSetupStatus(ctx: AppContext, actor: Actor): Promise<SetupStatus> {
  requireUserManager(actor);
  const today = shanghaiToday(ctx.now());
  const nextYear = Number(today.slice(0, 4)) + 1;
  const facts = await loadSetupFacts(ctx.db, actor.regionCode, today, nextYear);
  const checks = CHECKS.map((c) => ({ check: c.check, done: c.done(facts), detail: c.detail(facts, nextYear), link: c.link }));
  return { ready: checks.every((c) => c.done), checks };
}
