import type { MeasureInput } from '@rouxing/contracts';
import { type Actor, DOCUMENT_TYPES, MEASURE_TYPE_SPECS, measureDocument, type RecordedMeasure } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import type { Queryable } from '../../db/database';
import { chineseDate } from '../../documents/issue-document';
import { validationError } from '../../errors';
import { refreshAfterNoPenaltyDecision } from '../../indicators/maintain';
import type { CaseRow } from '../case.repository';
import { insertMeasure } from '../case-measure.repository';
import { today } from '../today';
import { checkElectronic } from './check-electronic';
import { fileMaterial } from './file-material';
import { issueCaseDocument } from './issue-case-document';
import { draftOf } from './measure-draft';
import { decisionOfMeasure, recordCaseDecision } from './record-case-decision';
import { takeStep } from './take-step';

export interface MeasureAuthorship {
  /** For a measure approved by a reviewer: the officer who drafted it (the actor approves); null otherwise. */
  draftedBy: string | null;
  draftedByName?: string;
  /** 不予处罚决定: the engine's request and answer. */
  decision: Record<string, unknown> | null;
  /** The reviewer's 法制审核意见, filed with the measure. */
  opinion?: string;
}

/**
 * Records the measure (the actor is the officer, or for a measure that needs approval the approving
 * reviewer), issues its document and opens its delivery (常政办发〔2025〕5号 第七项).
 */
export async function carryOutMeasure(
  tx: Queryable,
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  row: CaseRow,
  measureId: string,
  input: MeasureInput,
  o: MeasureAuthorship,
): Promise<void> {
  const on = today(ctx);
  // 常政办发〔2025〕5号 第三项: only the reminder and the suggestion may be given orally.
  if (input.oral && !MEASURE_TYPE_SPECS[input.type].oralAllowed) {
    throw validationError([{ path: 'oral', message: `${MEASURE_TYPE_SPECS[input.type].label}不能以口头方式作出` }]);
  }
  await checkElectronic(tx, row, input.delivery, 'delivery');
  const draft = await draftOf(tx, row, measureId, input);
  const k = await takeStep(tx, ctx, actor, meta, row, {
    action: 'record_measure',
    input: { on, measure: draft, draftedBy: o.draftedBy, observationException: input.observationException },
    payload: { measureId, type: input.type, oral: input.oral, content: input.content, deadline: input.deadline, draftedBy: o.draftedBy },
    proposal: null,
  });
  const recorded = k.measures.find((m) => m.id === measureId) as RecordedMeasure;
  const doc = await issueMeasureDocument(tx, ctx, actor, row, recorded, input);
  if (o.opinion) {
    await fileMaterial(tx, ctx, actor, { caseId: row.id, measureId, item: 'legal_review', source: 'record', note: o.opinion });
  }
  const createdAt = ctx.now().toISOString();
  await insertMeasure(tx, {
    regionCode: row.regionCode,
    caseId: row.id,
    id: measureId,
    type: input.type,
    content: input.content,
    details: {
      interview: input.interview,
      decision: o.decision,
      offset: recorded.offset,
      delivery: input.delivery,
      recordedByName: o.draftedByName ?? actor.displayName,
      approvedByName: o.draftedBy ? actor.displayName : null,
    },
    documentId: doc?.id ?? null,
    createdAt,
  });
  if (input.type === 'no_penalty_decision') {
    // 督导考评 figure kept with its record (decision 0023).
    await refreshAfterNoPenaltyDecision(tx, row.regionCode, createdAt);
  }
  const decision = decisionOfMeasure(recorded, doc?.documentNo ?? null, o.decision);
  if (k.state === 'completed') {
    await recordCaseDecision(tx, ctx, row, k, decision);
  }
}

/** The measure's document, if its form has one; a served one is delivered directly unless said otherwise. */
async function issueMeasureDocument(
  tx: Queryable,
  ctx: AppContext,
  actor: Actor,
  row: CaseRow,
  recorded: RecordedMeasure,
  input: MeasureInput,
): Promise<{ id: string; documentNo: string } | null> {
  const docType = measureDocument(recorded);
  if (!docType) {
    return null;
  }
  const served = DOCUMENT_TYPES[docType].served;
  const doc = await issueCaseDocument(tx, ctx, actor, row, {
    kind: docType,
    measureId: recorded.id,
    // A commitment is filed once the party has signed it; the others as issued.
    item: input.type === 'commitment' ? null : 'document',
    content: input.content,
    deadline: input.interview?.scheduledAt ?? (input.deadline ? chineseDate(input.deadline) : '—'),
    delivery: served ? (input.delivery ?? 'direct') : null,
    proofItem: 'delivery_proof',
  });
  return { id: doc.id, documentNo: doc.documentNo };
}
