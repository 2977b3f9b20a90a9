import { describe, expect, it } from 'vitest';
import { jointInspectionRate, type Visit } from './joint-rate';

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

  it('has no rate without inspections', () => {
    expect(jointInspectionRate([], { from: '2026-01-01', to: '2026-12-31' }).cityWide.rate).toBeNull();
  });
});
