/**
 * 承诺式检查 (常政办发〔2025〕5号 第十三项: "灵活采取自查自纠等承诺式检查方式"): a share of the self-inspections
 * answered is verified on site, drawn reproducibly from a published seed like the 双随机 draws, so that anyone
 * can re-run it; an untrue answer found on site becomes a credit record.
 */
import { fnv1a, stream, uniformBelow } from '../inspections/seeded';

/** Salt of the on-site verification stream, apart from the entity and officer streams of the draws. */
export const ON_SITE_SALT = 0x05e1_f1c7;

/**
 * The self-inspections to verify on site: ⌈share × n⌉ of them (at least one when share > 0 and any exist),
 * by a partial Fisher–Yates shuffle of the ids in sorted order — the same ids and seed give the same choice.
 */
export function drawOnSite(ids: readonly string[], share: number, seed: number): string[] {
  if (!(share >= 0 && share <= 1)) {
    throw new RangeError('现场核查比例应在0至1之间');
  }
  const pool = [...new Set(ids)].sort();
  const k = share === 0 || pool.length === 0 ? 0 : Math.max(1, Math.ceil(share * pool.length - 1e-9));
  const rng = stream(seed, (ON_SITE_SALT ^ fnv1a(pool.join(','))) >>> 0);
  for (let i = 0; i < k; i++) {
    const j = i + uniformBelow(rng, pool.length - i);
    [pool[i], pool[j]] = [pool[j] as string, pool[i] as string];
  }
  return pool.slice(0, k).sort();
}

/** One answer of a self-inspection form against what the inspector found on site. */
export interface VerifiedAnswer {
  itemId: string;
  /** The enterprise's committed answer: compliant or not. */
  answered: boolean;
  /** What was found on site. */
  found: boolean;
}

/**
 * The untrue answers: items the enterprise committed as compliant that the inspector found not compliant.
 * (An answer of "not compliant" that turns out compliant is no false commitment against the party.)
 */
export function falseCommitments(answers: readonly VerifiedAnswer[]): string[] {
  return answers.filter((a) => a.answered && !a.found).map((a) => a.itemId);
}

/**
 * The severity rule of a false commitment's credit record, as data (信用修复管理办法 国家发展改革委令第36号:
 * 失信信息按照失信严重程度实行分类管理; 常政办发〔2025〕5号 第十三项: 承诺式检查 with verification): an untrue
 * commitment is general dishonesty, publicised like a general record; a region may change it here.
 */
export const FALSE_COMMITMENT_SEVERITY_RULE = {
  id: 'false-commitment',
  severity: 'general',
  basis: '承诺式检查中作出虚假承诺，经现场核查属实（常政办发〔2025〕5号 第十三项；信用修复管理办法 国家发展改革委令第36号：一般失信信息）',
} as const;
