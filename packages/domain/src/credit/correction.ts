/**
 * Re-checking issued penalty decisions (纠正涉企"小案重罚""过罚不当", 常政办发〔2025〕5号 第十一项、第十五项;
 * 行政处罚法 第五条第二款 过罚相当): the decision engine is asked what the facts allow, with the penalty the
 * department imposed as the proposal; the engine's `disproportionate` flag makes a correction item.
 */
import type { CorrectionReason, DecisionResponse, PenaltyKind } from '@rouxing/contracts';
import { PENALTY_TYPES } from '@rouxing/contracts';

type EngineType = (typeof PENALTY_TYPES)[number];

/** The engine's proposal for what was imposed: the fine when there is one, else the first kind (行政处罚法 第九条's order). */
export function proposedPenaltyOf(penalties: readonly PenaltyKind[], fineYuan: number): { type: EngineType; amount?: number } | undefined {
  if (penalties.includes('fine')) {
    return { type: 'fine', amount: fineYuan };
  }
  const first = penalties[0];
  if (!first) {
    return undefined;
  }
  if (first === 'confiscation_of_illegal_gains' || first === 'confiscation_of_illegal_property') {
    return { type: 'confiscation' };
  }
  return { type: (PENALTY_TYPES as readonly string[]).includes(first) ? (first as EngineType) : 'other' };
}

export interface CorrectionFinding {
  reason: CorrectionReason;
  /** The engine's Chinese explanation, kept with the item. */
  explanation: string;
  basis: DecisionResponse['basis'];
  fineRange: DecisionResponse['fineRange'];
}

/**
 * The correction item an engine answer makes, or null. `should_not_penalize`: the outcome is 不予行政处罚 or
 * 不再给予行政处罚 (行政处罚法 第三十三条、第三十六条), or a second fine for one act (第二十九条); otherwise a
 * flagged fine lies outside the range the benchmark gives for the facts (`outside_benchmark`).
 */
export function correctionOf(answer: DecisionResponse): CorrectionFinding | null {
  if (!answer.flags.includes('disproportionate')) {
    return null;
  }
  const barred = answer.outcome === 'no_penalty' || answer.outcome === 'time_barred' || answer.flags.includes('no_second_fine');
  return {
    reason: barred ? 'should_not_penalize' : 'outside_benchmark',
    explanation: answer.explanation,
    basis: answer.basis,
    fineRange: answer.fineRange,
  };
}
