import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RANDOM_DRAW_CONFIG,
  type DrawPool,
  drawEntities,
  drawPoolOf,
  GRADE_CODES,
  POOL_AT_CAP,
  POOL_WHITELISTED,
  type RandomDrawConfig,
  randomDrawConfigProblems,
  stratumDrawCount,
  UNGRADED,
} from './random-draw';

/** A pool of `n` entities with grades and flags cycling through the given lists. */
function pool(n: number, grades: readonly number[], flags: readonly number[] = [0]): DrawPool {
  const p = { grades: new Uint8Array(n), flags: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    p.grades[i] = grades[i % grades.length] as number;
    p.flags[i] = flags[i % flags.length] as number;
  }
  return p;
}
const config = (ratios: Partial<RandomDrawConfig['ratios']>, over: Partial<RandomDrawConfig> = {}): RandomDrawConfig => ({
  ...DEFAULT_RANDOM_DRAW_CONFIG,
  ratios: { ...DEFAULT_RANDOM_DRAW_CONFIG.ratios, ...ratios },
  ...over,
});
const list = (a: Uint32Array) => Array.from(a);
const { A, B, C, D } = GRADE_CODES;

describe('[INSPECTION][RANDOM] 双随机一公开: how many per stratum', () => {
  it.each([
    [50, 0.03, 2], // 1.5 → 2: halves round up
    [16, 0.03, 0], // 0.48 → 0
    [17, 0.03, 1], // 0.51 → 1
    [150, 0.01, 2], // 1.5 → 2
    [149, 0.01, 1], // 1.49 → 1
    [0, 0.1, 0],
    [10, 1, 10],
    [10, 0, 0],
    [10_000_000, 0.01, 100_000],
    [4_294_967_295, 0.1, 429_496_730], // 429 496 729.5 → up
  ])('%i at %d → %i', (n, ratio, expected) => {
    expect(stratumDrawCount(n, ratio)).toBe(expected);
  });

  it('draws per grade, ungraded entities counting as B, and reports each stratum', () => {
    const p = pool(1000, [A, B, C, D, UNGRADED]); // 200 of each
    const d = drawEntities(p, 42);
    expect(d.strata).toEqual([
      { grade: 'A', ratio: 0.01, eligible: 200, drawn: 2 },
      { grade: 'B', ratio: 0.03, eligible: 400, drawn: 12 },
      { grade: 'C', ratio: 0.05, eligible: 200, drawn: 10 },
      { grade: 'D', ratio: 0.1, eligible: 200, drawn: 20 },
    ]);
    expect(d.indices.length).toBe(44);
    const drawnGrades = list(d.indices).map((i) => p.grades[i]);
    expect(drawnGrades.filter((g) => g === B || g === UNGRADED).length).toBe(12);
    expect(drawnGrades.filter((g) => g === D).length).toBe(20);
    expect(drawEntities(p, 42, config({}, { ungradedAs: 'D' })).strata.map((s) => s.eligible)).toEqual([200, 200, 200, 400]);
  });

  it('leaves out whitelisted entities and entities at their cap, and counts them', () => {
    const p = pool(100, [D], [0, POOL_WHITELISTED, POOL_AT_CAP, POOL_WHITELISTED | POOL_AT_CAP]);
    const d = drawEntities(p, 1, config({ D: 1 }));
    expect(d.excluded).toEqual({ whitelisted: 50, atCap: 25 });
    expect(list(d.indices)).toEqual(Array.from({ length: 25 }, (_, i) => i * 4));
  });

  it('answers ascending indices, and an empty draw for an empty pool', () => {
    const d = drawEntities(pool(5000, [A, B, C, D]), 7);
    expect(list(d.indices)).toEqual(list(d.indices).sort((a, b) => a - b));
    expect(drawEntities(pool(0, [A]), 7)).toMatchObject({ poolSize: 0, indices: new Uint32Array(0) });
  });

  it('refuses a malformed seed, pool or ratio', () => {
    expect(() => drawEntities(pool(3, [A]), -1)).toThrow('随机种子');
    expect(() => drawEntities(pool(3, [A]), 1.5)).toThrow('随机种子');
    expect(() => drawEntities(pool(3, [A]), 2 ** 32)).toThrow('随机种子');
    expect(() => drawEntities({ grades: new Uint8Array(3), flags: new Uint8Array(2) }, 1)).toThrow('条数不一致');
    expect(() => drawEntities(pool(3, [A, 9]), 1)).toThrow('第2条的信用等级代码无效');
    expect(() => drawEntities(pool(3, [A]), 1, config({ C: 1.2 }))).toThrow('C级的抽查比例');
  });

  it('checks a configuration: ratios between 0 and 1, never higher for a better grade, two officers at least', () => {
    expect(randomDrawConfigProblems(DEFAULT_RANDOM_DRAW_CONFIG)).toEqual([]);
    expect(randomDrawConfigProblems(config({ A: 0.2 }, { officersPerInspection: 1 }))).toEqual([
      'A级的抽查比例不应高于B级（常政办发〔2025〕5号 第十三项：诚信守法的降低抽查比例，失信违法的提高抽查比例）',
      '每次检查须随机抽取至少两名执法人员',
    ]);
    expect(randomDrawConfigProblems(config({ D: Number.NaN }))).toEqual(['D级的抽查比例应在0至100%之间']);
  });

  it('builds the pool from entities', () => {
    const p = drawPoolOf([
      { creditGrade: 'C', whitelisted: false },
      { creditGrade: null, whitelisted: true, atCap: true },
    ]);
    expect([list(new Uint32Array(p.grades)), list(new Uint32Array(p.flags))]).toEqual([
      [C, UNGRADED],
      [0, POOL_WHITELISTED | POOL_AT_CAP],
    ]);
  });
});

describe('[INSPECTION][RANDOM] 双随机一公开: reproducible, and fair within a stratum', () => {
  const gradeArb = fc.constantFrom(A, B, C, D, UNGRADED);
  const flagArb = fc.constantFrom(0, 0, 0, POOL_WHITELISTED, POOL_AT_CAP, POOL_WHITELISTED | POOL_AT_CAP);
  const poolArb = fc.array(fc.tuple(gradeArb, flagArb), { maxLength: 400 }).map((xs) => ({
    grades: Uint8Array.from(xs.map((x) => x[0])),
    flags: Uint8Array.from(xs.map((x) => x[1])),
  }));
  const ratioArb = fc.record({
    A: fc.double({ min: 0, max: 1, noNaN: true }),
    B: fc.double({ min: 0, max: 1, noNaN: true }),
    C: fc.double({ min: 0, max: 1, noNaN: true }),
    D: fc.double({ min: 0, max: 1, noNaN: true }),
  });
  const seedArb = fc.integer({ min: 0, max: 0xffff_ffff });

  it('the same seed and pool give the same entities', () => {
    fc.assert(
      fc.property(poolArb, seedArb, ratioArb, (p, seed, ratios) => {
        const c = config(ratios);
        const copy = { grades: p.grades.slice(), flags: p.flags.slice() };
        expect(drawEntities(copy, seed, c)).toEqual(drawEntities(p, seed, c));
      }),
    );
  });

  it('never draws a whitelisted entity or one at its cap, never twice, and follows the ratio in every stratum', () => {
    fc.assert(
      fc.property(poolArb, seedArb, ratioArb, (p, seed, ratios) => {
        const d = drawEntities(p, seed, config(ratios));
        const drawn = list(d.indices);
        expect(new Set(drawn).size).toBe(drawn.length);
        for (const i of drawn) {
          expect(p.flags[i]).toBe(0);
        }
        for (const s of d.strata) {
          const code = GRADE_CODES[s.grade];
          const members = (g: number) => g === code || (g === UNGRADED && s.grade === 'B');
          const eligible = list(new Uint32Array(p.grades)).filter((g, i) => members(g) && p.flags[i] === 0).length;
          expect(s.eligible).toBe(eligible);
          // Rounded to the nearest integer, the ratio taken to a millionth.
          expect(Math.abs(s.drawn - eligible * ratios[s.grade])).toBeLessThanOrEqual(0.5 + eligible * 0.5e-6 + 1e-9);
          expect(drawn.filter((i) => members(p.grades[i] as number)).length).toBe(s.drawn);
        }
      }),
    );
  });

  it('different seeds almost always draw different entities', () => {
    const p = pool(10_000, [A, B, C, D]);
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed++) {
      seen.add(list(drawEntities(p, seed).indices).join(','));
    }
    expect(seen.size).toBe(200);
    fc.assert(
      fc.property(seedArb, seedArb, (s1, s2) => {
        fc.pre(s1 !== s2);
        expect(list(drawEntities(p, s1).indices)).not.toEqual(list(drawEntities(p, s2).indices));
      }),
      { numRuns: 50 },
    );
  });

  it('a stratum’s draw does not move when another stratum changes', () => {
    const before = pool(2000, [A, D]);
    const after = pool(2000, [A, D]);
    for (let i = 1; i < 2000; i += 4) {
      after.flags[i] = POOL_AT_CAP; // half the D entities leave the pool
    }
    const aOf = (p: DrawPool) => list(drawEntities(p, 99).indices).filter((i) => p.grades[i] === A);
    expect(aOf(after)).toEqual(aOf(before));
  });

  it('every entity of a stratum is equally likely to be drawn: 2,000 seeds, 10 of 50, each near 20%', () => {
    const p = pool(50, [C]);
    const c = config({ C: 0.2 });
    const hits = new Uint32Array(50);
    const seeds = 2000;
    for (let seed = 1; seed <= seeds; seed++) {
      for (const i of drawEntities(p, seed, c).indices) {
        hits[i]++;
      }
    }
    const freq = list(hits).map((h) => h / seeds);
    // σ = √(0.2·0.8/2000) ≈ 0.009: ±0.04 is more than 4σ.
    expect(Math.min(...freq)).toBeGreaterThan(0.16);
    expect(Math.max(...freq)).toBeLessThan(0.24);
    // And no position is favoured: the first and the last ten fare alike.
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(Math.abs(mean(freq.slice(0, 10)) - mean(freq.slice(40))) / 0.2).toBeLessThan(0.1);
  });
});
