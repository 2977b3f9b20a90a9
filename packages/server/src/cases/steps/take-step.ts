import type { CaseAction } from '@rouxing/contracts';
import { type Actor, applyCaseAction, type CaseActionInputs, type CaseSnapshot, pendingCommitment } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import type { Queryable } from '../../db/database';
import { refused } from '../../errors';
import { recordChange } from '../../records/record-change';
import { type CaseRow, type StoredProposal, saveCaseStep } from '../case.repository';
import { observationPeriodsOf } from '../observation-periods/observation-period.repository';
import { recordCaseDecision } from './record-case-decision';
import { scheduleFollowUps } from './schedule-follow-ups';

export interface Step<A extends CaseAction> {
  action: A;
  input: CaseActionInputs[A];
  payload: Record<string, unknown>;
  attachments?: string[];
  /** undefined: the step leaves a pending proposal as it is; null clears it. */
  proposal?: StoredProposal | null;
}

/**
 * The one way a case changes: takes `step` on the locked case. The domain's lifecycle decides (a refusal
 * is 422 with the rule's code and nothing is written); the row, its snapshot and an event follow, and a
 * completion schedules the follow-up visits. The party's observation periods are read fresh (an approval
 * since the last action counts, 常政办发〔2025〕5号 第十四项).
 */
export async function takeStep<A extends CaseAction>(
  tx: Queryable,
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  row: CaseRow,
  step: Step<A>,
): Promise<CaseSnapshot> {
  const periods = await observationPeriodsOf(tx, row.regionCode, row.entityId);
  const snapshot: CaseSnapshot = { ...row.snapshot, observationPeriods: periods.map(({ start, end }) => ({ start, end })) };
  const r = applyCaseAction(snapshot, step.action, actor, step.input);
  if (!r.ok) {
    throw refused(r.code, r.problem, step.action);
  }
  const k = r.case;
  const now = ctx.now().toISOString();
  await saveCaseStep(tx, row.regionCode, row.id, {
    snapshot: k,
    commitmentDeadline: pendingCommitment(k)?.commitment?.deadline ?? null,
    proposal: step.proposal === undefined ? row.proposal : step.proposal,
    updatedAt: now,
  });
  await recordChange(tx, actor, meta, now, {
    aggregateType: 'case',
    aggregateId: row.id,
    type: `case.${step.action}`,
    fromState: r.from,
    toState: r.to,
    payload: step.payload,
    attachments: step.attachments,
  });
  row.snapshot = k;
  row.state = k.state;
  if (k.state === 'completed' && r.from !== 'completed') {
    await scheduleFollowUps(tx, ctx, actor, meta, row, k);
    // A measure that completes the case records its own decision once its document is issued (carry-out-measure.ts).
    if (step.action !== 'record_measure') {
      await recordCaseDecision(tx, ctx, row, k);
    }
  }
  return k;
}
