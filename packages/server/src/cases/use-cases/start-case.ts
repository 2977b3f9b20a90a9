import type { CaseDetail, CaseStartInput } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { forbidden, validationError } from '../../errors';
import { findPartyById, violationItemExists } from '../case-context.repository';
import { isStaff } from '../scope';
import { openCase } from '../steps/open-case';
import { getCase } from './get-case';

/** 依职权 (常政办发〔2025〕5号 第六项): an officer of the department starts a case for an entity of the region. */
export async function startCase(ctx: AppContext, actor: Actor, meta: RequestMeta, input: CaseStartInput): Promise<CaseDetail> {
  if (!isStaff(actor) || !actor.departmentId) {
    throw forbidden('依职权启动柔性执法须由本部门执法人员办理');
  }
  const departmentId = actor.departmentId;
  const id = await ctx.db.transaction(async (tx) => {
    const entity = await findPartyById(tx, actor.regionCode, input.entityId);
    if (!entity) {
      throw validationError([{ path: 'entityId', message: '当事人不存在或不在本辖区' }]);
    }
    if (input.violationItemId && !(await violationItemExists(tx, actor.regionCode, input.violationItemId))) {
      throw validationError([{ path: 'violationItemId', message: '违法行为事项不存在' }]);
    }
    return openCase(tx, ctx, actor, meta, {
      departmentId,
      entity,
      origin: 'ex_officio',
      facts: input.facts,
      legalBasis: input.legalBasis,
      violationItemId: input.violationItemId,
    });
  });
  return getCase(ctx, actor, id);
}
