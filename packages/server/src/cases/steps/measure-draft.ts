import type { DecisionRequest, MeasureInput, PriorViolationRecord } from '@rouxing/contracts';
import { decide, type MeasureDraft } from '@rouxing/domain';
import type { Queryable } from '../../db/database';
import { refused, validationError } from '../../errors';
import type { CaseRow } from '../case.repository';
import { verifiedServiceHours } from '../public-service/public-service.repository';
import { findServiceOffsetRule } from '../service-offset-rules/service-offset-rule.repository';

/** The id the next measure gets (a measure awaiting approval has its id reserved). */
export function nextMeasureId(row: CaseRow): string {
  const used = row.snapshot.measures.length + (row.proposal?.kind === 'measure' ? 1 : 0);
  return `M${used + 1}`;
}

/** The measure as the domain's rules take it, with what its type needs (the department's offset rule). */
export async function draftOf(tx: Queryable, row: CaseRow, id: string, input: MeasureInput): Promise<MeasureDraft> {
  switch (input.type) {
    case 'administrative_reminder':
    case 'administrative_suggestion':
      return { id, type: input.type, oral: input.oral };
    case 'interview':
      if (!input.interview) {
        throw validationError([{ path: 'interview', message: '行政约谈须写明约谈方式、参加部门和牵头部门' }]);
      }
      return { id, type: 'interview', interview: input.interview };
    case 'commitment':
      if (!input.deadline) {
        throw validationError([{ path: 'deadline', message: '告知承诺须写明承诺改正的期限' }]);
      }
      return { id, type: 'commitment', deadline: input.deadline };
    case 'community_service_offset': {
      if (!input.offset) {
        throw validationError([{ path: 'offset', message: '公益抵罚须写明罚款数额、经核实的服务时长和处罚决定书文号' }]);
      }
      // 常政办发〔2025〕5号 第五项: 公益抵罚 only where the department (public security, transport) has published its rule.
      const published = await findServiceOffsetRule(tx, row.regionCode, row.departmentId);
      if (!published) {
        throw refused(
          'CASE.OFFSET_RULE_MISSING',
          '本部门未公布公益抵罚折抵规则（公益抵罚仅在公安、交通领域实施，常政办发〔2025〕5号 第五项）',
          'offset',
        );
      }
      await checkVerifiedService(tx, row, input.offset.verifiedHours);
      const { field, yuanPerHour, capYuan, capPercentOfFine } = published;
      const rule = { field, yuanPerHour, capYuan, capPercentOfFine, departmentId: row.departmentId };
      return { id, type: 'community_service_offset', offset: { rule, ...input.offset } };
    }
    default:
      return { id, type: input.type };
  }
}

/**
 * 常政办发〔2025〕5号 第五项 (通过参加社会服务的方式折抵罚款): the reduction rests on service recorded and verified in the case
 * (who verified it, the hours, the evidence), checked when the officer proposes and again when the reviewer approves.
 */
async function checkVerifiedService(tx: Queryable, row: CaseRow, hours: number): Promise<void> {
  const verified = await verifiedServiceHours(tx, row.regionCode, row.id);
  if (verified === 0) {
    throw refused(
      'SERVICE.NOT_VERIFIED',
      '公益服务尚未经核实：须先记录当事人参加的社会服务（时长和证明材料）并由记录人以外的工作人员核实，才能批准折抵罚款（常政办发〔2025〕5号 第五项）',
      'offset.verifiedHours',
    );
  }
  if (hours !== verified) {
    throw refused(
      'SERVICE.HOURS_MISMATCH',
      `经核实的公益服务时长为${verified}小时，折抵所依据的服务时长须与之一致（常政办发〔2025〕5号 第五项）`,
      'offset.verifiedHours',
    );
  }
}

/** The case's own side of the engine's request: its department decides, and the party's decisions on record are its past. */
export interface CaseDecisionContext {
  authority: string;
  priors: readonly PriorViolationRecord[];
}

/**
 * 不予处罚决定 rests on the decision engine's answer, evaluated now and stored with the measure. The deciding body is
 * the case's department, and the prior decisions on record against the party (entity or person) — the platform's
 * own cases included — are added to those the request names: the first-offence test (12 months, same authority)
 * reads the records, not only the officer's word. With no record and none named, the request's `firstOffense` stands.
 */
export function engineAnswer(input: MeasureInput, on: string, party: CaseDecisionContext): Record<string, unknown> | null {
  if (input.type !== 'no_penalty_decision') {
    return null;
  }
  if (!input.decisionRequest) {
    throw validationError([{ path: 'decisionRequest', message: '不予处罚决定须附裁量辅助的案件事实' }]);
  }
  const named = input.decisionRequest.facts.priorViolations;
  const onRecord = party.priors.map((p) => ({
    on: p.decidedOn,
    authority: p.authority,
    ...(p.violationCode ? { violationCode: p.violationCode } : {}),
  }));
  const priorViolations = named === undefined && onRecord.length === 0 ? undefined : [...(named ?? []), ...onRecord];
  // Decided today: the limitation period and the list's validity are judged on the day of the decision.
  const request: DecisionRequest = {
    ...input.decisionRequest,
    authority: party.authority,
    facts: { ...input.decisionRequest.facts, ...(priorViolations ? { priorViolations } : {}) },
    decidedOn: on,
  };
  const answer = decide(request);
  // 行政处罚法 第三十三条: 不予行政处罚 (应当: no_penalty; 可以: may_waive, e.g. 首违).
  if (answer.outcome !== 'no_penalty' && answer.outcome !== 'may_waive') {
    throw refused(
      'CASE.NO_PENALTY_NOT_APPLICABLE',
      `裁量辅助的结论为“${answer.outcome}”，不符合不予行政处罚的条件：${answer.explanation}`,
      'decisionRequest',
    );
  }
  return { request, answer };
}
