import type { CaseSnapshot, RecordedMeasure } from '@rouxing/domain';
import type { AppContext } from '../../context';
import type { Queryable } from '../../db/database';
import { newId } from '../../records/ids';
import { insertCaseDecisionRecord } from '../../rules/sanction-record.repository';
import type { CaseRow } from '../case.repository';

/** What a completed case decided, for the records later first-offence tests read. */
export interface CaseDecision {
  outcome: 'penalty' | 'no_penalty' | 'waived' | 'measure';
  documentNo: string;
  violationCode: string | null;
}

/**
 * A case completed (办结) enters the decisions on record against its party (shared/contracts/decision-api.md:
 * "dates of earlier decisions against the party (waivers included)"), dated on its closing day and in the name
 * of its department, so that a later first-offence test (12 months, same authority) finds it: a 不予处罚决定
 * (no_penalty / waived, 行政处罚法 第三十三条), a 公益抵罚 (the penalty whose fine it offsets), or the flexible measures
 * themselves. A case of the simple forms alone (口头答疑解惑、发放宣传资料: 常政办发〔2025〕5号 第七项) decides nothing.
 */
export async function recordCaseDecision(
  tx: Queryable,
  ctx: AppContext,
  row: CaseRow,
  k: CaseSnapshot,
  decision: CaseDecision = { outcome: 'measure', documentNo: row.caseNo, violationCode: null },
): Promise<void> {
  if (!k.measures.some(isDecision)) {
    return;
  }
  await insertCaseDecisionRecord(
    tx,
    {
      regionCode: row.regionCode,
      caseId: row.id,
      id: newId(),
      decidedOn: k.closedOn ?? k.lastActionOn,
      ...decision,
    },
    ctx.now().toISOString(),
  );
}

const isDecision = (m: RecordedMeasure) => m.type !== 'oral_explanation' && m.type !== 'leaflet';

/** The decision a measure that completes the case carries (the engine's answer of a 不予处罚决定, the offset penalty). */
export function decisionOfMeasure(
  m: RecordedMeasure,
  documentNo: string | null,
  engine: Record<string, unknown> | null,
): CaseDecision | undefined {
  if (m.type === 'no_penalty_decision') {
    const answer = (engine?.answer ?? {}) as { outcome?: string };
    const request = (engine?.request ?? {}) as { violation?: { code?: string } };
    return {
      outcome: answer.outcome === 'may_waive' ? 'waived' : 'no_penalty',
      documentNo: documentNo ?? '',
      violationCode: request.violation?.code ?? null,
    };
  }
  if (m.type === 'community_service_offset' && m.offset) {
    return { outcome: 'penalty', documentNo: m.offset.penaltyDecisionNo, violationCode: null };
  }
  return undefined;
}
