/**
 * Keeps the indicators' figures current (issue 12 item 2): a write that changes the records behind a figure calls
 * `refreshAfterPlanWrite` in its own transaction, which recounts only the months that write touches — the check-in
 * months of the plan's visit — from the records (the domain's `jointInspectionRate`, so the stored figure and the
 * drill-down list are one count). `rebuildIndicatorCounts` recounts every month (migration, demo seed, the test
 * that incremental figures equal a rebuild).
 */
import { periodRange } from '@rouxing/domain';
import { inTransaction, type Queryable } from '../db/database';
import { jointRateOf } from '../inspections/joint-rate';
import {
  allCheckInMonths,
  type CountRow,
  checkInMonthsOfPlans,
  countRegionCounts,
  deleteRegionCounts,
  replaceMonthCounts,
} from './indicator-counts.repository';

export const JOINT_RATE_KEY = 'joint-rate';

async function recountJointRateMonth(tx: Queryable, regionCode: string, month: string, now: string): Promise<void> {
  const range = periodRange(month);
  if (!range) {
    return;
  }
  const { rate } = await jointRateOf(tx, regionCode, range);
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
  for (const month of await checkInMonthsOfPlans(tx, regionCode, planIds)) {
    await recountJointRateMonth(tx, regionCode, month, now);
  }
}

/** Every figure of the region recounted from the records. */
export async function rebuildIndicatorCounts(db: Queryable, regionCode: string, now: string): Promise<void> {
  await deleteRegionCounts(db, regionCode);
  for (const month of await allCheckInMonths(db, regionCode)) {
    await recountJointRateMonth(db, regionCode, month, now);
  }
}

/**
 * At start, after migrations: a database whose check-ins predate `indicator_counts` (empty table, records present)
 * gets its figures rebuilt once; afterwards the writes keep them current.
 */
export async function backfillIndicatorCountsIfEmpty(db: Queryable, regionCode: string, now: string): Promise<boolean> {
  if ((await countRegionCounts(db, regionCode)) > 0 || (await allCheckInMonths(db, regionCode)).length === 0) {
    return false;
  }
  await inTransaction(db, (tx) => rebuildIndicatorCounts(tx, regionCode, now));
  return true;
}
