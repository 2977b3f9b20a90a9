import { describe, expect, it } from 'vitest';
import {
  countiesUnder,
  foodDrugCateringKind,
  HUNAN_COUNTIES,
  INDUSTRIES,
  industryName,
  industrySection,
  isFoodDrugCatering,
  REGIONS,
  regionFullName,
  regionName,
} from './index';

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
  it('knows the food, drug and catering classes of 常政办发〔2025〕5号 第四项', () => {
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
  it('hangs every group under a listed division of the same section', () => {
    const codes = new Set(INDUSTRIES.map((i) => i.code));
    for (const i of INDUSTRIES.filter((x) => x.code.length === 4)) {
      expect(i.parent).toBe(i.code.slice(0, 3));
      expect(codes.has(i.parent as string)).toBe(true);
    }
    expect(new Set(INDUSTRIES.map((i) => i.code)).size).toBe(INDUSTRIES.length);
    expect(industryName('C278')).toBe('药用辅料及包装材料');
    expect(industryName('O811')).toBe('汽车、摩托车等修理与维护');
  });
  it.each([
    ['H', '住宿和餐饮业'],
    ['M', '科学研究和技术服务业'],
    ['B11', '开采专业及辅助性活动'],
    ['G58', '多式联运和运输代理业'],
    ['S96', '基层群众自治组织及其他组织'],
    ['C3311', '金属制品业'],
    ['C1392', '其他农副食品加工'],
    ['H63', null],
    ['I6210', null],
    ['h62', null],
    ['H6', null],
  ])('names %s as %s', (code, name) => {
    expect(industryName(code)).toBe(name);
  });
  it('gives the section of a code and which of food, drug or catering it is', () => {
    expect(industrySection('H6210')).toBe('H');
    expect(industrySection('Z99')).toBeNull();
    expect(foodDrugCateringKind('F5221')).toBe('food');
    expect(foodDrugCateringKind('C2740')).toBe('drug');
    expect(foodDrugCateringKind('H624')).toBe('catering');
    expect(foodDrugCateringKind('F526')).toBeNull();
  });
  it('writes full names and finds the counties under a code', () => {
    expect(regionFullName('430482')).toBe('湖南省衡阳市常宁市');
    expect(regionFullName('433100')).toBe('湖南省湘西土家族苗族自治州');
    expect(regionFullName('110101')).toBeNull();
    expect(countiesUnder('430400').map((r) => r.code)).toContain('430482');
    expect(countiesUnder('430400')).toHaveLength(12);
    expect(countiesUnder('430000')).toHaveLength(122);
    expect(countiesUnder('430482')).toEqual([HUNAN_COUNTIES.find((c) => c.code === '430482')]);
    expect(countiesUnder('999999')).toEqual([]);
  });
});
