/**
 * 年度考评 (常政办发〔2025〕5号 保障措施（二）: 切实发挥考核指挥棒作用，将柔性执法工作开展情况纳入法治建设考评范畴，通过年度考核…
 * 由市司法局具体实施): a department's yearly score from the maintained indicators, by the weights and targets the
 * Judicial Bureau sets, plus its manual additions and deductions.
 */
import { INDICATORS, type IndicatorDirection } from './registry';

export interface AssessmentWeight {
  indicator: string;
  /** Percent; a year's weights sum to 100. */
  weight: number;
  /** The target (a rate as a fraction); null: the best department's figure is the target. */
  target: number | null;
}

export interface WeightProblem {
  path: string;
  message: string;
}

/** The indicators a year's assessment can weigh: those whose figures are kept (the others are not counted yet). */
export const assessableIndicators = () => INDICATORS.filter((i) => i.maintained);

/** The registry's weights of the assessable indicators as percents summing to 100 (largest remainder), with their targets. */
export function defaultAssessmentWeights(): AssessmentWeight[] {
  const defs = assessableIndicators();
  const total = defs.reduce((s, d) => s + d.weight, 0);
  const raw = defs.map((d) => (d.weight / total) * 100);
  const floors = raw.map(Math.floor);
  let left = 100 - floors.reduce((s, x) => s + x, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac);
  for (const o of order) {
    if (left <= 0) {
      break;
    }
    floors[o.i] = (floors[o.i] as number) + 1;
    left -= 1;
  }
  return defs.map((d, i) => ({ indicator: d.key, weight: floors[i] as number, target: d.target }));
}

/** What is wrong with a year's weights (each problem naming its field); empty when they may be saved. */
export function checkAssessmentWeights(weights: readonly AssessmentWeight[]): WeightProblem[] {
  const problems: WeightProblem[] = [];
  const keys = new Set(assessableIndicators().map((d) => d.key));
  const seen = new Set<string>();
  weights.forEach((w, i) => {
    const def = INDICATORS.find((d) => d.key === w.indicator);
    if (!def || !keys.has(w.indicator)) {
      problems.push({ path: `weights.${i}.indicator`, message: '该指标尚未统计，不能计入考评' });
    } else if (seen.has(w.indicator)) {
      problems.push({ path: `weights.${i}.indicator`, message: `指标“${def.name}”重复` });
    }
    seen.add(w.indicator);
    if (!Number.isInteger(w.weight) || w.weight < 0 || w.weight > 100) {
      problems.push({ path: `weights.${i}.weight`, message: '权重应为0至100的整数' });
    }
    if (w.target !== null && (w.target < 0 || (def?.unit === 'rate' && w.target > 1))) {
      problems.push({ path: `weights.${i}.target`, message: def?.unit === 'rate' ? '目标值应在0%至100%之间' : '目标值不能为负数' });
    }
  });
  const sum = weights.reduce((s, w) => s + w.weight, 0);
  if (sum !== 100) {
    problems.push({ path: 'weights', message: `各指标权重之和应为100，当前为${sum}` });
  }
  return problems;
}

/**
 * How far a figure reaches its target, 0–1. Higher is better: value / target (capped at 1); without a target the
 * best department's figure is the target. Lower is better: 1 at or under the target, else target / value (a target of
 * 0: 1 / (1 + value)). A figure with nothing to count (a rate without denominator), or a count without target
 * when no department has any, is null: not scored.
 */
export function achievement(
  value: number | null,
  target: number | null,
  direction: IndicatorDirection,
  best: number | null,
): number | null {
  if (value === null) {
    return null;
  }
  if (direction === 'lower_is_better') {
    const t = target ?? best ?? 0;
    return value <= t ? 1 : t > 0 ? t / value : 1 / (1 + value);
  }
  // Without a target the best department's figure is the target; when no department has any, nothing is compared.
  const t = target ?? (best !== null && best > 0 ? best : null);
  if (t === null) {
    return null;
  }
  return t <= 0 ? 1 : Math.min(1, value / t);
}

export interface DepartmentFigures {
  departmentId: string;
  departmentName: string;
  /** The department's figure of each indicator (null: nothing counted). */
  values: Record<string, number | null>;
  /** The sum of the department's manual additions (+) and deductions (−). */
  adjustment: number;
}

export interface AssessmentLine {
  indicator: string;
  value: number | null;
  achievement: number | null;
  /** weight × achievement, rescaled so that a department's scored weights count for 100. */
  points: number | null;
}

export interface DepartmentScore {
  departmentId: string;
  departmentName: string;
  lines: AssessmentLine[];
  /** The indicators' score (0–100) before the manual adjustments; null when no indicator was scored. */
  base: number | null;
  adjustment: number;
  score: number | null;
  rank: number | null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Every department's score and rank. An indicator a department has nothing to count for (null) is left out and its
 * weight shared among the department's other indicators, so a department outside an indicator's field (e.g. no
 * food inspections) is neither rewarded nor punished by it.
 */
export function scoreAssessment(weights: readonly AssessmentWeight[], departments: readonly DepartmentFigures[]): DepartmentScore[] {
  const best = new Map<string, number | null>();
  for (const w of weights) {
    const values = departments.map((d) => d.values[w.indicator]).filter((v): v is number => v !== null && v !== undefined);
    const def = INDICATORS.find((d) => d.key === w.indicator);
    best.set(w.indicator, values.length === 0 ? null : def?.direction === 'lower_is_better' ? Math.min(...values) : Math.max(...values));
  }
  const scored = departments.map((d) => {
    const raw = weights.map((w) => {
      const def = INDICATORS.find((x) => x.key === w.indicator);
      const value = d.values[w.indicator] ?? null;
      const a = achievement(value, w.target, def?.direction ?? 'higher_is_better', best.get(w.indicator) ?? null);
      return { indicator: w.indicator, value, achievement: a, weight: w.weight };
    });
    const counted = raw.filter((l) => l.achievement !== null).reduce((s, l) => s + l.weight, 0);
    const lines = raw.map((l) => ({
      indicator: l.indicator,
      value: l.value,
      achievement: l.achievement === null ? null : Math.round(l.achievement * 1000) / 1000,
      points: l.achievement === null || counted === 0 ? null : round1((l.weight * l.achievement * 100) / counted),
    }));
    const base = counted === 0 ? null : round1(lines.reduce((s, l) => s + (l.points ?? 0), 0));
    const score = base === null ? null : round1(base + d.adjustment);
    return {
      departmentId: d.departmentId,
      departmentName: d.departmentName,
      lines,
      base,
      adjustment: round1(d.adjustment),
      score,
      rank: null as number | null,
    };
  });
  const ranked = scored
    .filter((s) => s.score !== null)
    .sort((a, b) => (b.score as number) - (a.score as number) || a.departmentName.localeCompare(b.departmentName, 'zh-CN'));
  ranked.forEach((s, i) => {
    const prev = ranked[i - 1];
    s.rank = prev && prev.score === s.score ? prev.rank : i + 1;
  });
  return [...ranked, ...scored.filter((s) => s.score === null)];
}
