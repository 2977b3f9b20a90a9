import { describe, expect, it } from 'vitest';
import { achievement, checkAssessmentWeights, defaultAssessmentWeights, scoreAssessment } from './assessment';

describe('[INDICATOR][ASSESSMENT] 年度考评 scores by the Judicial Bureau’s weights and targets', () => {
  it('defaults the maintained indicators’ registry weights to percents summing to 100', () => {
    const w = defaultAssessmentWeights();
    expect(w.map((x) => x.indicator)).toEqual(['joint-rate', 'no-penalty-decisions', 'training-hours']);
    expect(w.reduce((s, x) => s + x.weight, 0)).toBe(100);
    expect(checkAssessmentWeights(w)).toEqual([]);
  });

  it('refuses weights that do not sum to 100, naming the field', () => {
    const bad = checkAssessmentWeights([
      { indicator: 'joint-rate', weight: 50, target: 0.2 },
      { indicator: 'no-penalty-decisions', weight: 30, target: null },
      { indicator: 'flexible-measures', weight: 10, target: null },
      { indicator: 'training-hours', weight: 5.5, target: 1.5 },
    ]);
    expect(bad).toContainEqual({ path: 'weights', message: '各指标权重之和应为100，当前为95.5' });
    expect(bad).toContainEqual({ path: 'weights.2.indicator', message: '该指标尚未统计，不能计入考评' });
    expect(bad).toContainEqual({ path: 'weights.3.weight', message: '权重应为0至100的整数' });
    expect(checkAssessmentWeights([{ indicator: 'joint-rate', weight: 100, target: 1.5 }])).toEqual([
      { path: 'weights.0.target', message: '目标值应在0%至100%之间' },
    ]);
  });

  it('measures achievement against the target, or the best department without one', () => {
    expect(achievement(0.1, 0.2, 'higher_is_better', 0.5)).toBe(0.5);
    expect(achievement(0.3, 0.2, 'higher_is_better', 0.5)).toBe(1);
    expect(achievement(3, null, 'higher_is_better', 6)).toBe(0.5);
    expect(achievement(null, 0.2, 'higher_is_better', 0.5)).toBeNull();
    expect(achievement(0, null, 'higher_is_better', 0)).toBeNull(); // nobody has any: not a full score for all
    expect(achievement(0, 0, 'lower_is_better', 0)).toBe(1);
    expect(achievement(3, 0, 'lower_is_better', 0)).toBe(0.25);
    expect(achievement(4, 2, 'lower_is_better', 0)).toBe(0.5);
  });

  it('scores, shares the weight of an indicator a department has nothing for, adds adjustments and ranks', () => {
    const weights = [
      { indicator: 'joint-rate', weight: 60, target: 0.2 },
      { indicator: 'no-penalty-decisions', weight: 40, target: null },
    ];
    const s = scoreAssessment(weights, [
      { departmentId: 'a', departmentName: '甲局', values: { 'joint-rate': 0.1, 'no-penalty-decisions': 4 }, adjustment: 0 },
      { departmentId: 'b', departmentName: '乙局', values: { 'joint-rate': null, 'no-penalty-decisions': 2 }, adjustment: -2.5 },
      { departmentId: 'c', departmentName: '丙局', values: { 'joint-rate': 0.5, 'no-penalty-decisions': 4 }, adjustment: 1 },
      { departmentId: 'd', departmentName: '丁局', values: { 'joint-rate': null, 'no-penalty-decisions': null }, adjustment: 0 },
    ]);
    expect(s.map((x) => [x.departmentId, x.base, x.score, x.rank])).toEqual([
      ['c', 100, 101, 1],
      ['a', 70, 70, 2],
      ['b', 50, 47.5, 3],
      ['d', null, null, null],
    ]);
    expect(s[1]?.lines).toEqual([
      { indicator: 'joint-rate', value: 0.1, achievement: 0.5, points: 30 },
      { indicator: 'no-penalty-decisions', value: 4, achievement: 1, points: 40 },
    ]);
  });
});
