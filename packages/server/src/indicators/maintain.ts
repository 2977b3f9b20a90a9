/**
 * Keeps the indicators' figures current (issue 12 item 2). A plan write (check-in, merge) has the months it touches —
 * the check-in months of the plan's visit — recounted once it has committed, one recount per region-month at a time
 * shared by the writes that arrive together (`recount-after-commit.ts`, `refreshAfterPlanWrite`'s months); a
 * 不予处罚决定 or a training session recounts its month in its own transaction. Each recount counts from the records
 * (for the joint rate the domain's `jointInspectionRate`, so the stored figure and the drill-down list are one count). `rebuildIndicatorCounts` recounts every month (migration, demo seed, the test
 * that incremental figures equal a rebuild).
 */
import { periodRange } from '@rouxing/domain';
import { inTransaction, type Queryable } from '../db/database';
import { jointRateFigures } from '../inspections/joint-rate';
import {
  allCheckInMonths,
  type CountRow,
  countRegionCounts,
  deleteRegionCounts,
  jointRateMonthsOfPlans,
  lockMonth,
  replaceMonthCounts,
} from './indicator-counts.repository';
import { allSourceMonths, noPenaltyCountsOfMonth, trainingTenthsOfMonth } from './indicator-sources.repository';

export const JOINT_RATE_KEY = 'joint-rate';
export const NO_PENALTY_KEY = 'no-penalty-decisions';
export const TRAINING_HOURS_KEY = 'training-hours';

/** The counted indicators other than the joint rate: how a month of each is recounted from its records. */
const MONTH_COUNTS = {
  [NO_PENALTY_KEY]: noPenaltyCountsOfMonth,
  [TRAINING_HOURS_KEY]: trainingTenthsOfMonth,
} as const;

/** One month of a count indicator recounted from its records and its rows replaced, in the caller's transaction. */
async function recountMonth(tx: Queryable, regionCode: string, key: keyof typeof MONTH_COUNTS, month: string, now: string) {
  await lockMonth(tx, regionCode, key, month);
  const rows = (await MONTH_COUNTS[key](tx, regionCode, month)).filter((r) => r.numerator !== 0 || r.denominator !== 0);
  await replaceMonthCounts(tx, regionCode, key, month, rows, now);
}

/** After a 不予处罚决定 is recorded (常政办发〔2025〕5号 第五项): its month recounted, in the write's transaction. */
export async function refreshAfterNoPenaltyDecision(tx: Queryable, regionCode: string, now: string): Promise<void> {
  await recountMonth(tx, regionCode, NO_PENALTY_KEY, monthOf(now), now);
}

/** After a training session is recorded (常政办发〔2025〕5号 第十项): the month it was held recounted, in the write's transaction. */
export async function refreshAfterTraining(tx: Queryable, regionCode: string, heldOn: string, now: string): Promise<void> {
  await recountMonth(tx, regionCode, TRAINING_HOURS_KEY, heldOn.slice(0, 7), now);
}

/** The month (YYYY-MM, Asia/Shanghai) of an instant. */
function monthOf(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 7);
}

/** One month's 综合查一次 figures recounted from the records under the month's lock, in the caller's transaction. */
export async function recountJointRateMonth(tx: Queryable, regionCode: string, month: string, now: string): Promise<void> {
  const range = periodRange(month);
  if (!range) {
    return;
  }
  await lockMonth(tx, regionCode, JOINT_RATE_KEY, month);
  const rate = await jointRateFigures(tx, regionCode, range);
  const rows: CountRow[] = [];
  if (rate.cityWide.total > 0) {
    rows.push({ departmentId: '', numerator: rate.cityWide.joint, denominator: rate.cityWide.total });
  }
  for (const [departmentId, f] of rate.byDepartment) {
    rows.push({ departmentId, numerator: f.joint, denominator: f.total });
  }
  await replaceMonthCounts(tx, regionCode, JOINT_RATE_KEY, month, rows, now);
}

/** After a check-in, check-out or merge of these plans: their visits' months recounted, in the caller's transaction. */
export async function refreshAfterPlanWrite(tx: Queryable, regionCode: string, planIds: readonly string[], now: string): Promise<void> {
  for (const month of await jointRateMonthsOfPlans(tx, regionCode, planIds)) {
    await recountJointRateMonth(tx, regionCode, month, now);
  }
}

/**
 * At start: this month's and last month's 综合查一次 figures recounted from the records — it mends a figure whose
 * recount after commit (recount-after-commit.ts) was lost with the process.
 */
export async function recountRecentMonths(db: Queryable, regionCode: string, now: string): Promise<void> {
  const month = monthOf(now);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const previous = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  for (const mo of [previous, month]) {
    await inTransaction(db, (tx) => recountJointRateMonth(tx, regionCode, mo, now));
  }
}

/** Every figure of the region recounted from the records. */
export async function rebuildIndicatorCounts(db: Queryable, regionCode: string, now: string): Promise<void> {
  await deleteRegionCounts(db, regionCode);
  for (const month of await allCheckInMonths(db, regionCode)) {
    await recountJointRateMonth(db, regionCode, month, now);
  }
  const sources = await allSourceMonths(db, regionCode);
  for (const month of sources.noPenalty) {
    await recountMonth(db, regionCode, NO_PENALTY_KEY, month, now);
  }
  for (const month of sources.training) {
    await recountMonth(db, regionCode, TRAINING_HOURS_KEY, month, now);
  }
}

/**
 * At start, after migrations: a database whose check-ins predate `indicator_counts` (empty table, records present)
 * gets its figures rebuilt once; afterwards the writes keep them current.
 */
export async function backfillIndicatorCountsIfEmpty(db: Queryable, regionCode: string, now: string): Promise<boolean> {
  const sources = await allSourceMonths(db, regionCode);
  const records = (await allCheckInMonths(db, regionCode)).length + sources.noPenalty.length + sources.training.length;
  if ((await countRegionCounts(db, regionCode)) > 0 || records === 0) {
    return false;
  }
  await inTransaction(db, (tx) => rebuildIndicatorCounts(tx, regionCode, now));
  return true;
}
