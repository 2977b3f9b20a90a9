/**
 * A year's 年度考评 computed (常政办发〔2025〕5号 保障措施（二）): the enforcement departments' yearly figures of the
 * weighted indicators from `indicator_counts` (the same kept figures as the 总览), the Judicial Bureau's weights and
 * targets (the registry's defaults until set), the manual additions and deductions, scored by the domain.
 */
import type { Assessment } from '@rouxing/contracts';
import { type AssessmentWeight, defaultAssessmentWeights, indicatorByKey, periodRange, scoreAssessment } from '@rouxing/domain';
import type { Queryable } from '../db/database';
import { listDepartments } from '../departments/department.repository';
import { sumCounts } from '../indicators/indicator-counts.repository';
import { figureValue } from '../indicators/use-cases/get-indicator-overview';
import { listAssessmentAdjustments, loadAssessmentWeights } from './assessment.repository';

/** The year's assessment of the region; `departmentId` set: only that department's line and adjustments. */
export async function computeAssessment(db: Queryable, regionCode: string, year: number, departmentId: string | null): Promise<Assessment> {
  const stored = await loadAssessmentWeights(db, regionCode, year);
  const weights: AssessmentWeight[] = stored.length > 0 ? stored : defaultAssessmentWeights();
  const months = periodRange(String(year))?.months ?? [];
  const departments = (await listDepartments(db, regionCode)).filter((d) => d.kind === 'enforcement');
  const values = new Map<string, Record<string, number | null>>(departments.map((d) => [d.id, {}]));
  for (const w of weights) {
    const def = indicatorByKey(w.indicator);
    if (!def) {
      continue;
    }
    const rows = new Map((await sumCounts(db, regionCode, def.key, months)).map((r) => [r.departmentId, r]));
    for (const d of departments) {
      const r = rows.get(d.id) ?? { numerator: 0, denominator: 0 };
      (values.get(d.id) as Record<string, number | null>)[def.key] = figureValue(def.unit, r.numerator, r.denominator);
    }
  }
  const adjustments = await listAssessmentAdjustments(db, regionCode, year, null);
  const scores = scoreAssessment(
    weights,
    departments.map((d) => ({
      departmentId: d.id,
      departmentName: d.name,
      values: values.get(d.id) ?? {},
      adjustment: adjustments.filter((a) => a.departmentId === d.id).reduce((s, a) => s + a.points, 0),
    })),
  );
  return {
    year,
    weightsSet: stored.length > 0,
    weights: weights.map((w) => {
      const def = indicatorByKey(w.indicator);
      return { ...w, name: def?.name ?? w.indicator, unit: def?.unit ?? 'count', direction: def?.direction ?? 'higher_is_better' };
    }),
    departments: departmentId === null ? scores : scores.filter((s) => s.departmentId === departmentId),
    adjustments: departmentId === null ? adjustments : adjustments.filter((a) => a.departmentId === departmentId),
  };
}
