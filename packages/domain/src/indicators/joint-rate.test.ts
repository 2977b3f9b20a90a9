import { describe, expect, it } from 'vitest';
import { inJointRateClasses, jointInspectionRate, type Visit } from './joint-rate';

const v = (id: string, departmentIds: string[], checkedInOn: string, industryCode: string): Visit => ({
  id,
  departmentIds,
  checkedInOn,
  industryCode,
});

describe('[INDICATOR][JOINT] 综合查一次 rate as 常政办发〔2025〕5号 第四项 defines it', () => {
  const visits = [
    v('j1', ['SCJG', 'WJ'], '2026-03-02', 'H6210'), // joint, catering
    v('j1', ['WJ'], '2026-03-02', 'H6210'), // the same visit listed again for a department: counted once
    v('s1', ['SCJG'], '2026-03-05', 'F5221'), // single, food retail
    v('s2', ['WJ'], '2026-03-09', 'C2710'), // single, drug manufacturing
    v('s3', ['SCJG'], '2026-03-10', 'C3311'), // metal products: not a listed class
    v('s4', ['SCJG'], '2026-04-01', 'H6210'), // outside the period
    v('j2', ['SCJG', 'YJ', 'WJ'], '2026-03-20', 'F5151'), // joint, drug retail
  ];

  it('equals the hand count city-wide: 2 joint of 4 visits in the classes', () => {
    const r = jointInspectionRate(visits, { from: '2026-03-01', to: '2026-03-31' });
    expect(r.cityWide).toEqual({ joint: 2, total: 4, rate: 0.5, jointIds: ['j1', 'j2'], totalIds: ['j1', 'j2', 's1', 's2'] });
  });

  it('per department over the visits it took part in', () => {
    const r = jointInspectionRate(visits, { from: '2026-03-01', to: '2026-03-31' });
    expect(r.byDepartment.get('SCJG')).toMatchObject({ joint: 2, total: 3, totalIds: ['j1', 'j2', 's1'] });
    expect(r.byDepartment.get('WJ')).toMatchObject({ joint: 2, total: 3, totalIds: ['j1', 'j2', 's2'] });
    expect(r.byDepartment.get('YJ')).toMatchObject({ joint: 1, total: 1, rate: 1 });
  });

  it('counts a joint visit once, on the day of its first check-in, even when a department checked in the day after', () => {
    const split = [
      v('g', ['SCJG'], '2026-03-31', 'C1310'), // 市场监管 checked in on the last day of March
      v('g', ['WJ'], '2026-04-01', 'C1310'), // 卫健 the next morning: the same visit
      v('x', ['SCJG'], '2026-04-02', 'C1310'),
    ];
    const march = jointInspectionRate(split, { from: '2026-03-01', to: '2026-03-31' });
    expect(march.cityWide).toMatchObject({ joint: 1, total: 1, jointIds: ['g'] });
    expect(march.byDepartment.get('WJ')).toMatchObject({ joint: 1, total: 1 });
    const april = jointInspectionRate(split, { from: '2026-04-01', to: '2026-04-30' });
    expect(april.cityWide).toMatchObject({ joint: 0, total: 1, totalIds: ['x'] });
  });

  it('covers exactly the classes of the specification (事中柔性监管): C13 C14 C15 F512 F522 (food), C27 F515 F525 (drug), H62 (catering)', () => {
    const inside = ['C1310', 'C1411', 'C1512', 'F5121', 'F5221', 'C2710', 'F5151', 'F5251', 'H6210', 'H6291'];
    const outside = ['C1711', 'F5111', 'F5131', 'F5211', 'F5231', 'C2611', 'F5161', 'H6110', 'I6510', 'C3311'];
    expect(inside.filter((c) => !inJointRateClasses(c))).toEqual([]);
    expect(outside.filter((c) => inJointRateClasses(c))).toEqual([]);
  });

  it('has no rate without inspections', () => {
    expect(jointInspectionRate([], { from: '2026-01-01', to: '2026-12-31' }).cityWide.rate).toBeNull();
  });
});
