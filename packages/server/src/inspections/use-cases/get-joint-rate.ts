/**
 * 综合查一次实施率 (常政办发〔2025〕5号 第四项) of a period, as the specification (事中柔性监管) defines it: joint over all inspections of food, drug
 * and catering entities, a joint inspection once, by check-in date; city-wide and per department.
 */
import type { JointRateQuery, JointRateReport } from '@rouxing/contracts';
import { type Actor, can, JOINT_RATE_CLASSES } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { departmentName } from '../inspection-officer.repository';
import { JOINT_RATE_TARGET, jointRateOf, seesEveryDepartment } from '../joint-rate';

export async function getJointRate(ctx: AppContext, actor: Actor, q: JointRateQuery): Promise<JointRateReport> {
  if (!can(actor, 'inspection.read')) {
    throw forbidden('无权查看检查指标');
  }
  const { rows, rate } = await jointRateOf(ctx.db, actor.regionCode, q);
  const names = new Map(rows.map((r) => [r.departmentId, r.departmentName]));
  const figure = (f: { joint: number; total: number; rate: number | null }) => ({ joint: f.joint, total: f.total, rate: f.rate });
  const departments = [...rate.byDepartment.entries()]
    .filter(([id]) => seesEveryDepartment(actor) || id === actor.departmentId)
    .map(([id, f]) => ({ departmentId: id, departmentName: names.get(id) ?? '', ...figure(f) }))
    .sort((a, b) => a.departmentName.localeCompare(b.departmentName, 'zh-CN'));
  if (!seesEveryDepartment(actor) && actor.departmentId && departments.length === 0) {
    const name = await departmentName(ctx.db, actor.regionCode, actor.departmentId);
    departments.push({ departmentId: actor.departmentId, departmentName: name, joint: 0, total: 0, rate: null });
  }
  return {
    from: q.from,
    to: q.to,
    classes: [...JOINT_RATE_CLASSES],
    target: JOINT_RATE_TARGET,
    cityWide: figure(rate.cityWide),
    departments,
  };
}
