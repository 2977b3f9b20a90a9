/**
 * 督导考评 · 总览 (issue 12 items 1–2): the maintained indicators of a period from `indicator_counts` (no rescan of the
 * records on a page view), city-wide and per department — every department for the Judicial Bureau and the
 * oversight bodies, a department's staff their own.
 */
import type { IndicatorOverview, IndicatorOverviewQuery } from '@rouxing/contracts';
import { type Actor, can, INDICATORS, periodRange } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden, validationError } from '../../errors';
import { seesEveryDepartment } from '../../inspections/joint-rate';
import { sumCounts } from '../indicator-counts.repository';

export async function getIndicatorOverview(ctx: AppContext, actor: Actor, q: IndicatorOverviewQuery): Promise<IndicatorOverview> {
  if (!can(actor, 'inspection.read')) {
    throw forbidden('无权查看督导考评指标');
  }
  const range = periodRange(q.period);
  if (!range) {
    throw validationError([{ path: 'period', message: '统计期间应为年份（YYYY）或月份（YYYY-MM）' }]);
  }
  const indicators = [];
  for (const def of INDICATORS.filter((i) => i.maintained)) {
    const rows = await sumCounts(ctx.db, actor.regionCode, def.key, range.months);
    const fig = (r: { numerator: number; denominator: number }) => ({
      numerator: r.numerator,
      denominator: r.denominator,
      value: figureValue(def.unit, r.numerator, r.denominator),
    });
    const city = rows.find((r) => r.departmentId === '');
    indicators.push({
      ...def,
      cityWide: fig(city ?? { numerator: 0, denominator: 0 }),
      departments: rows
        .filter((r) => r.departmentId !== '' && (seesEveryDepartment(actor) || r.departmentId === actor.departmentId))
        .map((r) => ({ departmentId: r.departmentId, departmentName: r.departmentName, ...fig(r) }))
        .sort((a, b) => a.departmentName.localeCompare(b.departmentName, 'zh-CN')),
    });
  }
  return { period: q.period, indicators };
}

/** A figure's value: a rate numerator / denominator (null without one), a count its numerator, hours from tenths. */
export function figureValue(unit: 'rate' | 'count' | 'hours', numerator: number, denominator: number): number | null {
  if (unit === 'count') {
    return numerator;
  }
  if (unit === 'hours') {
    return numerator / 10;
  }
  return denominator > 0 ? numerator / denominator : null;
}
