/**
 * 承诺式检查 (常政办发〔2025〕5号 第十三项: "灵活采取自查自纠等承诺式检查方式"): an officer sends the enterprise a
 * self-inspection form of one of the department's published items instead of a visit — only where the
 * entity's cell of the credit matrix allows it, and never to an entity with a serious record in publicity
 * (联合惩戒, 常政办发〔2025〕5号 第十二项、第十三项: refused naming the record).
 */
import { type SelfInspection, SelfInspectionCreateSchema } from '@rouxing/contracts';
import { type Actor, shanghaiToday } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { refuseIfDisciplined } from '../../credit/steps/discipline';
import { refused } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { findSelfInspection, insertSelfInspection, nextDocumentNo, sendableItem } from '../self-inspection.repository';
import { entityCell } from '../steps/entity-cell';
import { officerDepartment, selfInspectionDto } from '../steps/self-inspection-views';

const RISK_NAMES = { high: '高', medium: '中', low: '低' } as const;

export async function createSelfInspection(ctx: AppContext, actor: Actor, body: unknown, meta: RequestMeta): Promise<SelfInspection> {
  const departmentId = officerDepartment(actor);
  const input = SelfInspectionCreateSchema.parse(body);
  const today = shanghaiToday(ctx.now());
  const now = ctx.now().toISOString();
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    const item = await sendableItem(tx, actor.regionCode, input.itemId);
    if (!item || item.departmentId !== departmentId || !item.published) {
      throw refused('VALIDATION', '请选择本部门已发布的检查事项', 'itemId');
    }
    if (item.checklist.length === 0) {
      throw refused('VALIDATION', '该检查事项没有检查要点，不能作为自查表发送', 'itemId');
    }
    // 联合惩戒 first: the refusal names the serious record (常政办发〔2025〕5号 第十三项).
    await refuseIfDisciplined(tx, actor.regionCode, input.entityId, 'self_inspection');
    const c = await entityCell(tx, actor.regionCode, input.entityId, today);
    if (!c.cell.selfInspection) {
      const grade = c.grade ?? '未评级';
      throw refused(
        'CREDIT.SELF_INSPECTION_NOT_ALLOWED',
        `该主体信用等级${grade}、风险等级${RISK_NAMES[c.risk]}，按信用监管矩阵不适用承诺式检查（${c.riskReasons.join('；')}）`,
        'entityId',
      );
    }
    const documentNo = await nextDocumentNo(tx, actor.regionCode, today.slice(0, 4));
    const basis = { grade: c.grade, risk: c.risk, reasons: c.riskReasons };
    await insertSelfInspection(tx, {
      regionCode: actor.regionCode,
      id,
      documentNo,
      departmentId,
      entityId: input.entityId,
      itemId: input.itemId,
      checklist: item.checklist,
      basis,
      userId: actor.userId,
      now,
    });
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'self_inspection',
      aggregateId: id,
      type: 'self_inspection.sent',
      toState: 'sent',
      payload: { documentNo, entityId: input.entityId, itemId: input.itemId, ...basis },
    });
  });
  const row = await findSelfInspection(ctx.db, actor.regionCode, id);
  return selfInspectionDto(row as NonNullable<typeof row>);
}
