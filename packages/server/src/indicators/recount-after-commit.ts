/**
 * The 综合查一次 figures after a plan write, recounted once its transaction has committed, at most once a second
 * per region-month (issue 15 item 5). Recounting inside each check-in's transaction, under the month's lock, made
 * the check-ins of a busy month wait for each other's recount in turn — each reading the whole month. Then each
 * write waited for a recount that started after its commit (shared by the writes that committed meanwhile): still
 * a whole-month recount for every dozen check-ins, a fifth of a check-in's cost in `npm run bench -- checkin`.
 * Now a write marks its region-month; the month is recounted at once when it was not recounted in the last
 * `RECOUNT_INTERVAL_MS`, else when that interval has passed, and the writes marked meanwhile share that recount.
 * The write's answer does not wait for it: a figure follows its records within about a second (the 督导考评 page
 * polls every 3 s; issue 12 asks "within seconds"), and a quiet month's figure at once.
 *
 * A recount that fails is logged and does not undo the committed write; every recount counts the whole month
 * from the records, so the month's next write mends the figure, and so does the recount of the recent months at
 * start (`recountRecentMonths`) after a crash or a stop before a marked month was recounted. `flushRecounts`
 * recounts the marked months now and waits for every recount: the server's close, and tests that read the figures.
 */
import { inJointRateClasses, shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../context';
import type { Database } from '../db/database';
import { jointRateMonthsOfPlans } from './indicator-counts.repository';
import { recountJointRateMonth } from './maintain';

/** The least time between the starts of two recounts of one region-month. */
export const RECOUNT_INTERVAL_MS = 1_000;

/** A region-month's recounts: marked by writes, waiting for its interval, running. */
interface Slot {
  ctx: AppContext;
  regionCode: string;
  month: string;
  /** Written since the last recount started: the month needs another. */
  marked: boolean;
  /** The write time of the newest mark (the figures' `updated_at`). */
  now: string;
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
  /** When the last recount started (`Date.now()`). */
  lastStart: number;
}
/** Per database (a process may hold several, e.g. tests): its region-months. */
const slotsOf = new WeakMap<Database, Map<string, Slot>>();
/** Per database: how many recounts have started (for the operator's log and the tests). */
const runsOf = new WeakMap<Database, number>();

/** How many recounts after writes this process has started on the database. */
export const recountsStarted = (db: Database): number => runsOf.get(db) ?? 0;

async function run(slot: Slot): Promise<void> {
  slot.timer = null;
  slot.marked = false;
  slot.lastStart = Date.now();
  const { ctx, regionCode, month } = slot;
  runsOf.set(ctx.db, recountsStarted(ctx.db) + 1);
  slot.running = ctx.db
    .transaction((tx) => recountJointRateMonth(tx, regionCode, month, slot.now))
    .catch((err: unknown) => {
      ctx.log.error({ err, regionCode, month }, 'joint-rate recount after commit failed; the figure waits for the month’s next write');
    });
  await slot.running;
  slot.running = null;
  if (slot.marked) {
    schedule(slot);
  }
}

function schedule(slot: Slot, wait = Math.max(0, slot.lastStart + RECOUNT_INTERVAL_MS - Date.now())) {
  if (slot.timer || slot.running) {
    return;
  }
  if (wait === 0) {
    void run(slot);
    return;
  }
  slot.timer = setTimeout(() => void run(slot), wait);
  slot.timer.unref();
}

/** Marks a region-month written (after the caller's commit): it is recounted at once or when its interval has passed. */
function recountSoon(ctx: AppContext, regionCode: string, month: string, now: string): void {
  let slots = slotsOf.get(ctx.db);
  if (!slots) {
    slots = new Map();
    slotsOf.set(ctx.db, slots);
  }
  const key = `${regionCode}|${month}`;
  let slot = slots.get(key);
  if (!slot) {
    slot = { ctx, regionCode, month, marked: false, now, timer: null, running: null, lastStart: 0 };
    slots.set(key, slot);
  }
  slot.marked = true;
  slot.now = now;
  schedule(slot);
}

/** Recounts every marked region-month of the database now (not waiting for its interval) and waits for all recounts. */
export async function flushRecounts(db: Database): Promise<void> {
  for (;;) {
    const busy = [...(slotsOf.get(db)?.values() ?? [])].filter((slot) => slot.marked || slot.running);
    if (busy.length === 0) {
      return;
    }
    for (const slot of busy) {
      if (slot.timer) {
        clearTimeout(slot.timer);
        slot.timer = null;
        schedule(slot, 0);
      }
    }
    await Promise.all(busy.map((slot) => slot.running));
  }
}

/**
 * After a committed write of these plans: the check-in months of the plans (and their joint groups) marked for a
 * recount (`recountSoon`).
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
  for (const m of months) {
    recountSoon(ctx, regionCode, m, now);
  }
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
