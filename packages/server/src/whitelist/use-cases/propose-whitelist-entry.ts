/**
 * 提出白名单申请: an officer or reviewer proposes an entity for the whitelist for their department, with reasons
 * (常政办发〔2025〕5号 第十二项: 建立重点行业、重点企业服务管理"白名单"). The proposal binds nobody until the department's
 * reviewer approves it and the Judicial Bureau confirms it: an officer alone can never whitelist an entity.
 */
import type { WhitelistEntry, WhitelistPropose } from '@rouxing/contracts';
import { type Actor, can, canSeeEntity } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { refuseIfDisciplined } from '../../credit/steps/discipline';
import { findEntity } from '../../entities/entity.repository';
import { forbidden, notFound, refused } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { appendHistory, departmentNameOf, findEntry, insertEntry, openEntryOfEntity } from '../whitelist.repository';

export async function proposeWhitelistEntry(
  ctx: AppContext,
  actor: Actor,
  input: WhitelistPropose,
  meta: RequestMeta,
): Promise<WhitelistEntry> {
  if (!can(actor, 'whitelist.propose') || !actor.departmentId) {
    throw forbidden('无权提出白名单申请');
  }
  const entity = await findEntity(ctx.db, actor.regionCode, input.entityId);
  if (!entity || !canSeeEntity(actor, entity)) {
    throw notFound('市场主体');
  }
  const departmentId = actor.departmentId;
  const deptName = await departmentNameOf(ctx.db, actor.regionCode, departmentId);
  const now = ctx.now().toISOString();
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    const open = await openEntryOfEntity(tx, actor.regionCode, input.entityId);
    // 联合惩戒 (常政办发〔2025〕5号 第十二项、第十三项): a serious record in publicity blocks whitelisting.
    await refuseIfDisciplined(tx, actor.regionCode, input.entityId, 'whitelist');
    if (open) {
      throw refused(
        'WHITELIST.ALREADY_LISTED',
        `“${entity.name}”已在白名单内或已有待办的白名单申请，不能重复提出（常政办发〔2025〕5号 第十二项）`,
        'entityId',
      );
    }
    await insertEntry(tx, {
      regionCode: actor.regionCode,
      id,
      entityId: input.entityId,
      departmentId,
      basis: input.basis,
      reason: input.reason,
      proposedBy: actor.userId,
      proposedByName: actor.displayName,
      now,
    });
    await appendHistory(tx, actor.regionCode, id, {
      action: 'propose',
      fromState: null,
      toState: 'proposed',
      reason: input.reason,
      changes: { basis: input.basis },
      actorId: actor.userId,
      actorName: actor.displayName,
      actorDepartmentName: deptName,
      occurredAt: now,
    });
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'whitelist_entry',
      aggregateId: id,
      type: 'whitelist.proposed',
      toState: 'proposed',
      payload: { entityId: input.entityId, departmentId, basis: input.basis, reason: input.reason },
    });
  });
  const entry = await findEntry(ctx.db, actor.regionCode, id);
  if (!entry) {
    throw notFound('白名单条目');
  }
  const { proposedBy: _p, ...dto } = entry;
  return dto;
}
