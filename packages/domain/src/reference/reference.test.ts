import { describe, expect, it } from 'vitest';
import { HUNAN_COUNTIES, INDUSTRIES, industryName, isFoodDrugCatering, REGIONS, regionName } from './index';

describe('[REFERENCE] GB/T 4754-2017 and GB/T 2260', () => {
  it('has the 20 sections and 97 divisions, numbered 01–97 without gaps', () => {
    expect(INDUSTRIES.filter((i) => i.parent === null)).toHaveLength(20);
    const divisions = INDUSTRIES.filter((i) => /^[A-T]\d{2}$/.test(i.code)).map((i) => Number(i.code.slice(1)));
    expect(divisions).toEqual(Array.from({ length: 97 }, (_, k) => k + 1));
  });
  it('names codes at every level, and classes by their group or division', () => {
    expect(industryName('H62')).toBe('餐饮业');
    expect(industryName('F525')).toBe('医药及医疗器材专门零售');
    expect(industryName('H6210')).toBe('正餐服务');
    expect(industryName('Z99')).toBeNull();
  });
  it('knows the food, drug and catering classes of SPEC §4', () => {
    for (const c of ['C13', 'C1431', 'C14', 'C15', 'F512', 'F522', 'C27', 'F515', 'F525', 'H62', 'H6210']) {
      expect(isFoodDrugCatering(c)).toBe(true);
    }
    for (const c of ['F52', 'F521', 'G54', 'H61']) {
      expect(isFoodDrugCatering(c)).toBe(false);
    }
  });
  it('has Hunan: 14 prefecture-level and 122 county-level divisions with unique codes', () => {
    expect(REGIONS.filter((r) => r.level === 2)).toHaveLength(14);
    expect(HUNAN_COUNTIES).toHaveLength(122);
    expect(new Set(REGIONS.map((r) => r.code)).size).toBe(REGIONS.length);
    for (const c of HUNAN_COUNTIES) {
      expect(c.parent?.slice(0, 4)).toBe(c.code.slice(0, 4));
    }
    expect(regionName('430482')).toBe('常宁市');
  });
});
