import type { PublicServiceInput, PublicServiceView } from '@rouxing/contracts';
import { type Actor, isCalendarDate } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import { forbidden, refused, validationError } from '../../../errors';
import { newId } from '../../../records/ids';
import { isStaff } from '../../scope';
import { findServiceOffsetRule } from '../../service-offset-rules/service-offset-rule.repository';
import { caseNote } from '../../steps/case-note';
import { visibleCase } from '../../steps/visible-case';
import { today } from '../../today';
import { caseHasMaterial, insertPublicService } from '../public-service.repository';
import { listPublicService } from './list-public-service';

/**
 * 公益抵罚 (常政办发〔2025〕5号 第五项: 通过参加社会服务的方式折抵罚款): an officer of the case's department records the service
 * the party did — day, place, work, hours — with the material filed in the case that shows it. Only where the
 * department has published a conversion rule (公安、交通); verified by someone else before any reduction.
 */
export async function recordPublicService(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  caseId: string,
  input: PublicServiceInput,
): Promise<PublicServiceView[]> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, caseId, true);
    if (!isStaff(actor) || actor.departmentId !== row.departmentId) {
      throw forbidden('公益服务须由本部门执法人员记录');
    }
    if (!(await findServiceOffsetRule(tx, row.regionCode, row.departmentId))) {
      throw refused(
        'CASE.OFFSET_RULE_MISSING',
        '本部门未公布公益抵罚折抵规则（公益抵罚仅在公安、交通领域实施，常政办发〔2025〕5号 第五项）',
        'offset',
      );
    }
    if (row.state === 'archived') {
      throw refused('CASE.ARCHIVED', '案件已归档，案卷已冻结，不能再作任何处理', 'state');
    }
    if (!isCalendarDate(input.serviceOn) || input.serviceOn > today(ctx) || input.serviceOn < row.startedOn) {
      throw validationError([{ path: 'serviceOn', message: '服务日期须为立案之日至今天之间的有效日期' }]);
    }
    if (!(await caseHasMaterial(tx, row.regionCode, row.id, input.evidenceMaterialId))) {
      throw refused(
        'SERVICE.EVIDENCE_MISSING',
        '公益服务记录须附本案已归入的证明材料（签到表、照片或接收单位的证明）',
        'evidenceMaterialId',
      );
    }
    const id = newId();
    await insertPublicService(tx, {
      regionCode: row.regionCode,
      id,
      caseId: row.id,
      ...input,
      recordedBy: actor.userId,
      recordedByName: actor.displayName,
      recordedAt: ctx.now().toISOString(),
    });
    await caseNote(tx, ctx, actor, meta, row, 'case.public_service_recorded', { serviceId: id, ...input });
  });
  return listPublicService(ctx, actor, caseId);
}
