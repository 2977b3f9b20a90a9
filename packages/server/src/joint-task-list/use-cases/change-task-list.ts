import type { TaskListEntry, TaskListEntryInput } from '@rouxing/contracts';
import { type Actor, industryName } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { notFound, refused } from '../../errors';
import { recordChange } from '../../records/record-change';
import { requireJudicialBureau, requireMergeableItem } from '../judicial-access';
import { deleteTaskListEntry, insertTaskListEntry, publishTaskListEntries } from '../task-list.repository';
import { listTaskList } from './list-task-list';

const AGGREGATE = (regionCode: string) => ({ aggregateType: 'joint_task_list', aggregateId: regionCode });

/** Adds an item for an industry (a draft until published); safety-production, fire and unmergeable items are refused. */
export async function addTaskListEntry(
  ctx: AppContext,
  actor: Actor,
  input: TaskListEntryInput,
  meta: RequestMeta,
): Promise<TaskListEntry[]> {
  await requireJudicialBureau(ctx, actor);
  if (industryName(input.industryCode) === null) {
    throw refused('VALIDATION', `行业代码${input.industryCode}不在GB/T 4754-2017中`, 'industryCode');
  }
  const item = await requireMergeableItem(ctx, actor, input.itemId);
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    if (await insertTaskListEntry(tx, actor.regionCode, input.industryCode, input.itemId, now)) {
      await recordChange(tx, actor, meta, now, {
        ...AGGREGATE(actor.regionCode),
        type: 'joint_task_list.add',
        payload: { industryCode: input.industryCode, itemId: item.id, itemName: item.name },
      });
    }
  });
  return listTaskList(ctx, actor);
}

/** Takes an entry off the list (published or not): from then on the item is not merged for that industry. */
export async function removeTaskListEntry(
  ctx: AppContext,
  actor: Actor,
  input: TaskListEntryInput,
  meta: RequestMeta,
): Promise<TaskListEntry[]> {
  await requireJudicialBureau(ctx, actor);
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    if (!(await deleteTaskListEntry(tx, actor.regionCode, input.industryCode, input.itemId))) {
      throw notFound('任务清单条目');
    }
    await recordChange(tx, actor, meta, now, { ...AGGREGATE(actor.regionCode), type: 'joint_task_list.remove', payload: { ...input } });
  });
  return listTaskList(ctx, actor);
}

/** Publishes the draft entries: plans are merged by them from now on. */
export async function publishTaskList(ctx: AppContext, actor: Actor, meta: RequestMeta): Promise<TaskListEntry[]> {
  await requireJudicialBureau(ctx, actor);
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const n = await publishTaskListEntries(tx, actor.regionCode);
    if (n === 0) {
      throw refused('TASK_LIST.NOTHING_TO_PUBLISH', '任务清单没有待公布的条目', 'entries');
    }
    await recordChange(tx, actor, meta, now, {
      ...AGGREGATE(actor.regionCode),
      type: 'joint_task_list.publish',
      toState: 'published',
      payload: { entries: n },
    });
  });
  return listTaskList(ctx, actor);
}
