import { EntityInputSchema } from '@rouxing/contracts';
import { describe, expect, it } from 'vitest';
import { INDUSTRIES } from '../reference/industries';
import { HUNAN_COUNTIES, regionOf } from '../reference/regions';
import { checkUscc } from '../uscc/uscc';
import { isValidResidentId } from './codes';
import { createEntityGenerator, ORGANIZATION_CODE_CAPACITY, type SyntheticEntity } from './entity-generator';

const take = (n: number, seed: number, options = {}) => {
  const g = createEntityGenerator(seed, options);
  return Array.from({ length: n }, () => g.next());
};
const listed = new Set(INDUSTRIES.map((i) => i.code));

describe('[SYNTHETIC] entity generator', () => {
  it('makes entities that pass the registry schema, with valid codes and listed industries', () => {
    for (const e of take(20_000, 1, { idNoRatio: 0.8, phoneRatio: 0.9 })) {
      const parsed = EntityInputSchema.safeParse(e);
      expect(parsed.success, JSON.stringify(e)).toBe(true);
      expect(parsed.data).toEqual(e);
      expect(checkUscc(e.uscc).valid, e.uscc).toBe(true);
      expect(listed.has(e.industryCode), e.industryCode).toBe(true);
      expect(regionOf(e.regionCode)?.level).toBe(3);
      if (e.contactPhone !== null) {
        expect(e.contactPhone).toMatch(/^1[3-9]\d{9}$/);
      }
    }
  });
  it('codes the kind and the region into the USCC', () => {
    const digit = { enterprise: '1', individual_business: '2', organization: '3' } as const;
    for (const e of take(5000, 2)) {
      expect(e.uscc.slice(0, 2)).toBe(`9${digit[e.entityType]}`);
      expect(e.uscc.slice(2, 8)).toBe(e.regionCode);
      expect(e.uscc.slice(8, 10)).toBe('MA');
    }
  });
  it('gives legal representatives valid ID numbers from the county, adults when the entity was set up', () => {
    const es = take(20_000, 3, { idNoRatio: 1 });
    for (const e of es) {
      const id = e.legalRepresentativeIdNo as string;
      expect(isValidResidentId(id), id).toBe(true);
      expect(id.slice(0, 6)).toBe(e.regionCode);
      const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
      const age = (Date.parse(e.establishedOn as string) - Date.parse(birth)) / (365.25 * 86_400_000);
      expect(age).toBeGreaterThanOrEqual(21.9);
      expect(age).toBeLessThan(62.1);
    }
  });
  it('is reproducible by seed and differs across seeds', () => {
    expect(take(200, 7)).toEqual(take(200, 7));
    const other = take(200, 8);
    const same = take(200, 7).filter((e, i) => e.uscc === other[i]?.uscc || e.name === other[i]?.name);
    expect(same.length).toBeLessThan(10);
  });
  it('never repeats a USCC in a run of 500,000 (one county: only the organisation code differs)', () => {
    // The organisation code is a bijection of the entity's index (x·A + B mod 31⁶, A prime to 31), so
    // this holds for any run up to ORGANIZATION_CODE_CAPACITY; 500,000 keeps the test near 2 s.
    const n = 500_000;
    const g = createEntityGenerator(3, { regionCodes: ['430482'] });
    const codes = Array.from({ length: n }, () => g.next().uscc);
    expect(new Set(codes).size).toBe(n);
    expect(g.generated).toBe(n);
  });
  it('continues without repeats from a later startIndex', () => {
    const a = take(20_000, 9, { regionCodes: ['430482'] });
    const b = take(20_000, 9, { regionCodes: ['430482'], startIndex: 20_000 });
    expect(new Set([...a, ...b].map((e) => e.uscc.slice(8, 17))).size).toBe(40_000);
    expect(() => createEntityGenerator(1, { startIndex: ORGANIZATION_CODE_CAPACITY }).next()).toThrow();
  });
  it('stays in the asked regions, expands a prefecture, and refuses an unknown code', () => {
    expect(new Set(take(2000, 4, { regionCodes: ['430482'] }).map((e) => e.regionCode))).toEqual(new Set(['430482']));
    const hengyang = new Set(take(5000, 4, { regionCodes: ['430400'] }).map((e) => e.regionCode));
    expect(hengyang.size).toBe(12);
    expect(new Set(take(20_000, 4).map((e) => e.regionCode)).size).toBe(HUNAN_COUNTIES.length);
    expect(() => createEntityGenerator(1, { regionCodes: ['110101'] })).toThrow(/110101/);
  });
  it('names entities after their county, city or province, in the forms a registry holds', () => {
    const es = take(5000, 5, { regionCodes: ['430482'] });
    const individuals = es.filter((e) => e.entityType === 'individual_business');
    const enterprises = es.filter((e) => e.entityType === 'enterprise');
    const coops = es.filter((e) => e.entityType === 'organization');
    expect(individuals.every((e) => e.name.startsWith('常宁市') && !e.name.endsWith('公司'))).toBe(true);
    expect(enterprises.every((e) => /^(常宁市|衡阳市|湖南).+(有限公司|有限责任公司)$/.test(e.name))).toBe(true);
    expect(coops.every((e) => e.name.startsWith('常宁市') && e.name.endsWith('专业合作社'))).toBe(true);
    expect(es.every((e) => e.address.startsWith('湖南省衡阳市常宁市'))).toBe(true);
    const district = take(500, 5, { regionCodes: ['430405'] });
    expect(district.filter((e) => e.entityType === 'individual_business').every((e) => e.name.startsWith('衡阳市珠晖区'))).toBe(true);
  });
  it('has a county mix: mostly 个体工商户, retail and catering first, food/drug/catering present, a few new forms', () => {
    const es = take(100_000, 6);
    const share = (f: (e: SyntheticEntity) => boolean) => es.filter(f).length / es.length;
    expect(share((e) => e.entityType === 'individual_business')).toBeGreaterThan(0.55);
    expect(share((e) => e.entityType === 'individual_business')).toBeLessThan(0.8);
    expect(share((e) => e.entityType === 'organization')).toBeGreaterThan(0.01);
    expect(share((e) => e.industryCode.startsWith('F52'))).toBeGreaterThan(0.2);
    expect(share((e) => e.industryCode.startsWith('H62'))).toBeGreaterThan(0.12);
    expect(share((e) => /^(C13|C14|C15|C27)/.test(e.industryCode))).toBeGreaterThan(0.05);
    const newForms = share((e) => e.newBusinessForm);
    expect(newForms).toBeGreaterThan(0.01);
    expect(newForms).toBeLessThan(0.06);
    const years = es.map((e) => Number(e.establishedOn?.slice(0, 4)));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1990);
    expect(Math.max(...years)).toBeLessThanOrEqual(2025);
    expect(share((e) => (e.establishedOn as string) >= '2015-01-01')).toBeGreaterThan(0.4);
  });
  it('never sets an entity up after asOf', () => {
    const es = take(20_000, 10, { asOf: '2020-06-30' });
    expect(es.every((e) => (e.establishedOn as string) <= '2020-06-30')).toBe(true);
    expect(() => createEntityGenerator(1, { asOf: '2025-02-30' })).toThrow(/asOf/);
  });
});
