/**
 * 双随机一公开 (常政办发〔2025〕5号 第十三项), the first 随机: entities drawn at random from a pool, stratified by credit grade
 * with a sampling ratio per grade (the officers: `officer-draw.ts`). Reproducible: the same seed and the
 * same pool give the same draw, so that the published seed lets anyone re-run it.
 *
 * 常政办发〔2025〕5号 第十三项: 依据市场主体信用评价等级实施分级分类监管,对诚信守法的监管对象,适当降低抽查比例和频次,
 * 灵活采取自查自纠等承诺式检查方式;对失信违法的监管对象,适当提高抽查比例和频次 — hence one ratio per grade.
 *
 * The pool is given as typed arrays (one byte per entity for the grade, one for the exclusion flags) and the
 * draw answers indices into it: ten million entities take two passes over 20 MB and no object per entity.
 * The draw depends on the order of the pool: order it canonically (e.g. by 统一社会信用代码) before drawing,
 * and publish that order's fingerprint with the seed.
 */
import { DEFAULT_DRAW_RATIOS } from '@rouxing/contracts';
import { assertSeed, STRATUM_SALT, stream, uniformBelow } from './seeded';
import type { CreditGrade } from './types';

/** The grade byte of `DrawPool.grades`: A 0, B 1, C 2, D 3; `UNGRADED` (4) for an entity without a grade. */
export const GRADE_CODES: Readonly<Record<CreditGrade, number>> = { A: 0, B: 1, C: 2, D: 3 };
export const UNGRADED = 4;
const GRADES: readonly CreditGrade[] = ['A', 'B', 'C', 'D'];

/** Flag bits of `DrawPool.flags`: the entity is on the whitelist (白名单企业 are supervised by triggers, policy 常政办发〔2025〕5号 第十二项). */
export const POOL_WHITELISTED = 1;
/** Flag bit: the entity has reached its inspection cap for the year. */
export const POOL_AT_CAP = 2;
const EXCLUDED = POOL_WHITELISTED | POOL_AT_CAP;

/** The pool, one slot per entity. */
export interface DrawPool {
  /** `GRADE_CODES` or `UNGRADED`. */
  grades: Uint8Array;
  /** `POOL_WHITELISTED | POOL_AT_CAP` bits; 0 for an entity that may be drawn. */
  flags: Uint8Array;
}

export interface RandomDrawConfig {
  /** The share of each grade's eligible entities drawn, between 0 and 1 (taken to the nearest millionth). */
  ratios: Readonly<Record<CreditGrade, number>>;
  /** The grade whose stratum entities without a grade join. */
  ungradedAs: CreditGrade;
  /** Officers drawn per inspection: at least two (行政处罚法 第四十二条: 执法人员不得少于两人). */
  officersPerInspection: number;
}

export const DEFAULT_RANDOM_DRAW_CONFIG: Readonly<RandomDrawConfig> = {
  ratios: { ...DEFAULT_DRAW_RATIOS },
  ungradedAs: 'B',
  officersPerInspection: 2,
};

/** One stratum of a draw, for the published result. */
export interface StratumReport {
  grade: CreditGrade;
  ratio: number;
  /** Entities of the grade that could be drawn (ungraded ones included in `ungradedAs`). */
  eligible: number;
  drawn: number;
}

export interface EntityDraw {
  seed: number;
  poolSize: number;
  /** Indices into the pool of the entities drawn, ascending. */
  indices: Uint32Array;
  /** A, B, C, D. */
  strata: StratumReport[];
  /** Entities left out: whitelisted (whether or not also at their cap), and at their cap. */
  excluded: { whitelisted: number; atCap: number };
}

/** What is wrong with a configuration, in Chinese; empty when it is usable. */
export function randomDrawConfigProblems(config: RandomDrawConfig): string[] {
  const problems: string[] = [];
  for (const g of GRADES) {
    const r = config.ratios[g];
    if (!(Number.isFinite(r) && r >= 0 && r <= 1)) {
      problems.push(`${g}级的抽查比例应在0至100%之间`);
    }
  }
  // 常政办发〔2025〕5号 第十三项: 对诚信守法的监管对象,适当降低抽查比例和频次…对失信违法的监管对象,适当提高抽查比例和频次 —
  // a better grade is never sampled more heavily than a worse one.
  for (let i = 1; i < GRADES.length; i++) {
    const better = GRADES[i - 1];
    const worse = GRADES[i];
    if (config.ratios[better] > config.ratios[worse]) {
      problems.push(
        `${better}级的抽查比例不应高于${worse}级（常政办发〔2025〕5号 第十三项：诚信守法的降低抽查比例，失信违法的提高抽查比例）`,
      );
    }
  }
  if (!(Number.isInteger(config.officersPerInspection) && config.officersPerInspection >= 2)) {
    problems.push('每次检查须随机抽取至少两名执法人员');
  }
  return problems;
}

/**
 * How many of `eligible` entities a ratio draws: `eligible × ratio` rounded to the nearest integer, halves
 * up, with the ratio taken to the nearest millionth (integer arithmetic, so no floating-point surprise at a
 * half): 50 at 3% → 1.5 → 2; 16 at 3% → 0.48 → 0; 10 000 000 at 1% → 100 000.
 */
export function stratumDrawCount(eligible: number, ratio: number): number {
  const ppm = Math.round(ratio * 1_000_000);
  const scaled = ppm * eligible + 500_000;
  return (scaled - (scaled % 1_000_000)) / 1_000_000;
}

/**
 * Draws entities from the pool: per stratum (grade), exactly k = `stratumDrawCount(eligible, ratio)` of its
 * n eligible entities, every k-subset equally likely — R. Floyd's sampling algorithm (Bentley & Floyd,
 * "A sample of brilliance", CACM 30(9), 1987): for j = n−k … n−1 take a uniform t ≤ j, and mark t, or j if
 * t is already marked. k random numbers per stratum, one byte per eligible entity for the marks, and a
 * second pass that turns marked ranks into pool indices in ascending order. Each stratum has its own
 * stream from the seed. Whitelisted entities and entities at their cap are never drawn. Throws on a
 * malformed pool, seed or ratio.
 */
export function drawEntities(pool: DrawPool, seed: number, config: RandomDrawConfig = DEFAULT_RANDOM_DRAW_CONFIG): EntityDraw {
  assertDrawable(pool, seed, config);
  const stratumOf = stratumTable(config);
  const { eligible, whitelisted, atCap } = countStrata(pool, stratumOf);
  const plan = stratumPlan(eligible, config);
  const marked = markDrawn(eligible, plan, seed);
  return {
    seed,
    poolSize: pool.grades.length,
    indices: drawnIndices(pool, stratumOf, plan, marked),
    strata: GRADES.map((grade, s) => ({ grade, ratio: config.ratios[grade], eligible: eligible[s], drawn: plan.want[s] })),
    excluded: { whitelisted, atCap },
  };
}

function assertDrawable(pool: DrawPool, seed: number, config: RandomDrawConfig): void {
  assertSeed(seed);
  if (pool.flags.length !== pool.grades.length) {
    throw new RangeError('抽查对象库的信用等级与排除标记条数不一致');
  }
  for (const g of GRADES) {
    const r = config.ratios[g];
    if (!(Number.isFinite(r) && r >= 0 && r <= 1)) {
      throw new RangeError(`${g}级的抽查比例应在0至100%之间`);
    }
  }
}

/** grade byte → stratum (0–3), ungraded entities in `config.ungradedAs`; 255 marks an invalid byte. */
function stratumTable(config: RandomDrawConfig): Uint8Array {
  const stratumOf = new Uint8Array(256).fill(255);
  for (const g of GRADES) {
    stratumOf[GRADE_CODES[g]] = GRADE_CODES[g];
  }
  stratumOf[UNGRADED] = GRADE_CODES[config.ungradedAs];
  return stratumOf;
}

/** Pass 1: the size of each stratum, and who is left out. */
function countStrata(pool: DrawPool, stratumOf: Uint8Array): { eligible: Float64Array; whitelisted: number; atCap: number } {
  const { grades, flags } = pool;
  const size = grades.length;
  const eligible = new Float64Array(4);
  let whitelisted = 0;
  let atCap = 0;
  for (let i = 0; i < size; i++) {
    const f = flags[i];
    if ((f & EXCLUDED) !== 0) {
      if ((f & POOL_WHITELISTED) !== 0) {
        whitelisted++;
      } else {
        atCap++;
      }
      continue;
    }
    const s = stratumOf[grades[i]];
    if (s === 255) {
      throw new RangeError(`抽查对象库第${i + 1}条的信用等级代码无效：${grades[i]}`);
    }
    eligible[s]++;
  }
  return { eligible, whitelisted, atCap };
}

/** Per stratum: how many to draw, and where its ranks start among all eligible entities. */
interface StratumPlan {
  want: Float64Array;
  offset: Float64Array;
  total: number;
  eligibleTotal: number;
}

function stratumPlan(eligible: Float64Array, config: RandomDrawConfig): StratumPlan {
  const want = new Float64Array(4);
  const offset = new Float64Array(4);
  let total = 0;
  let eligibleTotal = 0;
  for (let s = 0; s < 4; s++) {
    want[s] = stratumDrawCount(eligible[s], config.ratios[GRADES[s]]);
    offset[s] = eligibleTotal;
    total += want[s];
    eligibleTotal += eligible[s];
  }
  return { want, offset, total, eligibleTotal };
}

/** Per stratum, Floyd's algorithm marks k of the n ranks (its eligible entities in pool order). */
function markDrawn(eligible: Float64Array, plan: StratumPlan, seed: number): Uint8Array {
  const marked = new Uint8Array(plan.eligibleTotal);
  for (let s = 0; s < 4; s++) {
    const rng = stream(seed, STRATUM_SALT + s);
    const n = eligible[s];
    const base = plan.offset[s];
    for (let j = n - plan.want[s]; j < n; j++) {
      const t = uniformBelow(rng, j + 1);
      marked[base + (marked[base + t] === 0 ? t : j)] = 1;
    }
  }
  return marked;
}

/** Pass 2: the marked ranks back to pool indices, ascending. */
function drawnIndices(pool: DrawPool, stratumOf: Uint8Array, plan: StratumPlan, marked: Uint8Array): Uint32Array {
  const { grades, flags } = pool;
  const size = grades.length;
  const indices = new Uint32Array(plan.total);
  const rank = new Float64Array(plan.offset);
  let out = 0;
  for (let i = 0; i < size && out < plan.total; i++) {
    if ((flags[i] & EXCLUDED) === 0 && marked[rank[stratumOf[grades[i]]]++] === 1) {
      indices[out++] = i;
    }
  }
  return indices;
}

/** The pool of a list of entities (for small pools and tests; large pools fill the typed arrays directly). */
export function drawPoolOf(entities: readonly { creditGrade: CreditGrade | null; whitelisted: boolean; atCap?: boolean }[]): DrawPool {
  const grades = new Uint8Array(entities.length);
  const flags = new Uint8Array(entities.length);
  entities.forEach((e, i) => {
    grades[i] = e.creditGrade === null ? UNGRADED : GRADE_CODES[e.creditGrade];
    flags[i] = (e.whitelisted ? POOL_WHITELISTED : 0) | (e.atCap ? POOL_AT_CAP : 0);
  });
  return { grades, flags };
}
