/**
 * The 综合查一次 rate of a period (常政办发〔2025〕5号 第四项) through the domain's `jointInspectionRate`, and who sees which
 * figure: the Judicial Bureau and the oversight bodies every department's, a department's staff the city-wide figure
 * and their own department's.
 */
import { type Actor, countedVisits, JOINT_RATE_CLASSES, jointInspectionRate, type Visit } from '@rouxing/domain';
import type { Queryable } from '../db/database';
import { type CheckedInPlanRow, checkedInPlanRows, checkedInVisits } from './joint-rate.repository';

/** 常政办发〔2025〕5号 第四项: 实现"综合查一次"实施率达到20%以上. */
export const JOINT_RATE_TARGET = 0.2;

export const seesEveryDepartment = (actor: Actor) => actor.roles.includes('supervisor') || actor.roles.includes('oversight');

export async function jointRateOf(db: Queryable, regionCode: string, period: { from: string; to: string }) {
  const rows = await checkedInPlanRows(db, regionCode, period.from, period.to);
  const visits: Visit[] = rows.map((r) => ({
    id: r.visitId,
    departmentIds: [r.departmentId],
    checkedInOn: r.checkedInOn,
    industryCode: r.industryCode,
  }));
  return { rows, visits, rate: jointInspectionRate(visits, period), counted: countedVisits(visits, period) };
}

/** The period's figures alone (the recount of a month): the same count from the visits read one row each. */
export async function jointRateFigures(db: Queryable, regionCode: string, period: { from: string; to: string }) {
  return jointInspectionRate(await checkedInVisits(db, regionCode, period.from, period.to, JOINT_RATE_CLASSES), period);
}

export type JointRateRows = readonly CheckedInPlanRow[];
