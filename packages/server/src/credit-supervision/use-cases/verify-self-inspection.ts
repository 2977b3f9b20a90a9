/**
 * The inspector records on site what was found against each committed answer (承诺式检查, 常政办发〔2025〕5号 第十三项).
 * An item committed as compliant but found not is a false commitment (`falseCommitments`): it becomes a credit
 * record (失信信息) of the department, with the severity rule that is data (`FALSE_COMMITMENT_SEVERITY_RULE`) and
 * the publicity calculator's periods — in the same transaction, with an event on the record.
 */
import { type SelfInspection, SelfInspectionVerifySchema } from '@rouxing/contracts';
import { type Actor, FALSE_COMMITMENT_SEVERITY_RULE, falseCommitments, shanghaiToday } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { publicityOf } from '../../credit/steps/credit-record-of';
import { refused } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { findSelfInspection, insertFalseCommitmentRecord, saveFindings } from '../self-inspection.repository';
import { departmentSelfInspection, officerDepartment, selfInspectionDto } from '../steps/self-inspection-views';

export async function verifySelfInspection(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: unknown,
  meta: RequestMeta,
): Promise<SelfInspection> {
  officerDepartment(actor);
  const input = SelfInspectionVerifySchema.parse(body);
  const today = shanghaiToday(ctx.now());
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const s = await departmentSelfInspection(tx, actor, id, true);
    if (s.status !== 'on_site' || !s.answers) {
      throw refused('CREDIT.SELF_INSPECTION_STATE', `${s.documentNo}未被抽中现场核查或已核查`, 'id');
    }
    if (input.findings.length !== s.checklist.length) {
      throw refused('VALIDATION', `请对全部${s.checklist.length}项检查要点记录现场核查结果`, 'findings');
    }
    const answers = s.answers;
    const falseItems = falseCommitments(
      input.findings.map((f, i) => ({ itemId: String(i), answered: answers[i]?.compliant === true, found: f.compliant })),
    ).map(Number);
    const recordId = falseItems.length > 0 ? newId() : null;
    await saveFindings(tx, {
      regionCode: actor.regionCode,
      id,
      findings: input.findings,
      falseItems,
      userId: actor.userId,
      on: today,
      creditRecordId: recordId,
    });
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'self_inspection',
      aggregateId: id,
      type: 'self_inspection.verified',
      fromState: 'on_site',
      toState: 'verified',
      payload: { documentNo: s.documentNo, findings: input.findings, falseItems, creditRecordId: recordId },
    });
    if (recordId) {
      const rule = FALSE_COMMITMENT_SEVERITY_RULE;
      const p = publicityOf(today, rule.severity);
      await insertFalseCommitmentRecord(tx, {
        regionCode: actor.regionCode,
        id: recordId,
        selfInspectionId: id,
        departmentId: s.departmentId,
        entityId: s.entityId,
        severity: rule.severity,
        severityRule: rule.id,
        severityBasis: rule.basis,
        status: p.status,
        minEnd: p.minEnd,
        repairEligibleFrom: p.repairEligibleFrom,
        maxEnd: p.maxEnd,
        regime: p.regime,
        now,
      });
      await recordChange(tx, actor, meta, now, {
        aggregateType: 'credit_record',
        aggregateId: recordId,
        type: 'credit_record.false_commitment',
        toState: p.status,
        payload: {
          documentNo: s.documentNo,
          selfInspectionId: id,
          entityId: s.entityId,
          items: falseItems.map((i) => s.checklist[i]),
          severity: rule.severity,
          basis: rule.basis,
        },
      });
    }
  });
  const row = await findSelfInspection(ctx.db, actor.regionCode, id);
  return selfInspectionDto(row as NonNullable<typeof row>);
}
