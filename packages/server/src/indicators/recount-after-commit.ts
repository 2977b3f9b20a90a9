/**
 * The 综合查一次 figures after a plan write, recounted once its transaction has committed and shared between the
 * writes that arrive together (issue 15 item 5). Recounting inside each check-in's transaction, under the month's
 * lock, made the check-ins of a busy month wait for each other's recount in turn — each reading the whole month —
 * so a month of n check-ins cost n recounts one after another. Now one recount of a region's month runs at a
 * time; the writes that commit while it runs share the next one, which starts after them and so counts them.
 * The write's answer waits for the recount that counts it: whoever reads the figure after the answer sees it.
 *
 * A recount that fails is logged and does not undo the committed write; every recount counts the whole month
 * from the records, so the month's next write mends the figure, and so does the recount of the recent months at
 * start (`recountRecentMonths`) after a crash between a commit and its recount.
 */
import { inJointRateClasses, shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../context';
import type { Database } from '../db/database';
import { jointRateMonthsOfPlans } from './indicator-counts.repository';
import { recountJointRateMonth } from './maintain';

interface Waiter {
  now: string;
  resolve: () => void;
}
/** Per database (a process may hold several, e.g. tests): the region-months being recounted and who waits for the next run. */
const queues = new WeakMap<Database, Map<string, Waiter[]>>();

async function drain(ctx: AppContext, key: string, regionCode: string, month: string, pending: Map<string, Waiter[]>) {
  for (;;) {
    const batch = pending.get(key) ?? [];
    if (batch.length === 0) {
      pending.delete(key);
      return;
    }
    pending.set(key, []);
    const now = batch[batch.length - 1]?.now ?? ctx.now().toISOString();
    try {
      await ctx.db.transaction((tx) => recountJointRateMonth(tx, regionCode, month, now));
    } catch (err) {
      ctx.log.error({ err, regionCode, month }, 'joint-rate recount after commit failed; the figure waits for the month’s next write');
    }
    for (const w of batch) {
      w.resolve();
    }
  }
}

/** Recounts one region-month after the caller's commit; resolves once a recount that started after the call has ended. */
function recountSoon(ctx: AppContext, regionCode: string, month: string, now: string): Promise<void> {
  let pending = queues.get(ctx.db);
  if (!pending) {
    pending = new Map();
    queues.set(ctx.db, pending);
  }
  const key = `${regionCode}|${month}`;
  const running = pending.has(key);
  const waiters = pending.get(key) ?? [];
  const done = new Promise<void>((resolve) => waiters.push({ now, resolve }));
  if (!running) {
    pending.set(key, waiters);
    void drain(ctx, key, regionCode, month, pending);
  }
  return done;
}

/**
 * After a committed write of these plans: the check-in months of the plans (and their joint groups) recounted.
 * `lone`: the written plan as the write left it, when it is in no joint group — its visit is itself, so its months
 * are those of `lonePlanMonths` and are not read again (`jointRateMonthsOfPlans` gives the same for such a plan).
 */
export async function recountAfterPlanWrite(
  ctx: AppContext,
  regionCode: string,
  planIds: readonly string[],
  lone?: LonePlan,
): Promise<void> {
  const now = ctx.now().toISOString();
  const months = lone ? lonePlanMonths(lone) : await jointRateMonthsOfPlans(ctx.db, regionCode, planIds);
  await Promise.all(months.map((m) => recountSoon(ctx, regionCode, m, now)));
}

/** A plan in no joint group, as a write left it: its check-in and its entity's industry. */
export interface LonePlan {
  checkedInAt: string | null;
  entityIndustryCode: string;
}

/**
 * The months whose 综合查一次 figures a write of a plan in no joint group may change: the month (Asia/Shanghai) of its
 * check-in when its entity is of the indicator's classes, else none — what `jointRateMonthsOfPlans` reads for it.
 */
export function lonePlanMonths(plan: LonePlan): string[] {
  if (!plan.checkedInAt || !inJointRateClasses(plan.entityIndustryCode)) {
    return [];
  }
  return [shanghaiToday(new Date(plan.checkedInAt)).slice(0, 7)];
}
