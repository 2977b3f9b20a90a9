import type { PublicServiceVerifyInput, PublicServiceView } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import { forbidden, notFound, refused } from '../../../errors';
import { isStaff } from '../../scope';
import { caseNote } from '../../steps/case-note';
import { visibleCase } from '../../steps/visible-case';
import { findPublicService, markPublicServiceVerified } from '../public-service.repository';
import { listPublicService } from './list-public-service';

/**
 * 公益抵罚 (常政办发〔2025〕5号 第五项): a member of the case's department other than the one who recorded it verifies the
 * service (who, when, with a note); only verified hours count towards a reduction.
 */
export async function verifyPublicService(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  caseId: string,
  serviceId: string,
  input: PublicServiceVerifyInput,
): Promise<PublicServiceView[]> {
  await ctx.db.transaction(async (tx) => {
    const row = await visibleCase(tx, actor, caseId, true);
    if (!isStaff(actor) || actor.departmentId !== row.departmentId) {
      throw forbidden('公益服务须由本部门工作人员核实');
    }
    const s = await findPublicService(tx, row.regionCode, row.id, serviceId, true);
    if (!s) {
      throw notFound('公益服务记录');
    }
    if (s.verifiedAt) {
      throw refused('SERVICE.ALREADY_VERIFIED', '该公益服务记录已经核实', 'serviceId');
    }
    if (s.recordedBy === actor.userId) {
      throw refused('SERVICE.SELF_VERIFICATION', '公益服务须由记录人以外的本部门工作人员核实', 'serviceId');
    }
    const at = ctx.now().toISOString();
    await markPublicServiceVerified(tx, row.regionCode, s.id, { by: actor.userId, byName: actor.displayName, at, note: input.note });
    await caseNote(tx, ctx, actor, meta, row, 'case.public_service_verified', { serviceId: s.id, hours: s.hours, note: input.note });
  });
  return listPublicService(ctx, actor, caseId);
}
