import type { Entity, EntityInput } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { AppError, forbidden, problemsError } from '../../errors';
import { appendAudit } from '../../records/audit.repository';
import { appendEvent } from '../../records/event.repository';
import { newId } from '../../records/ids';
import { findEntity, insertEntities } from '../entity.repository';
import { toEntityDto } from '../entity-dto';
import { entityInsert } from '../entity-insert';
import { entityRuleProblems } from '../validate-entity';

/** Registers a 市场主体: validated, written with its event and audit row in one transaction. */
export async function createEntity(ctx: AppContext, actor: Actor, input: EntityInput, meta: RequestMeta): Promise<Entity> {
  if (!can(actor, 'entity.write')) {
    throw forbidden('无权登记市场主体');
  }
  const refusal = problemsError(entityRuleProblems(input, actor.regionCode));
  if (refusal) {
    throw refusal;
  }
  const now = ctx.now().toISOString();
  const id = newId();
  const row = await ctx.db.transaction(async (tx) => {
    const inserted = await insertEntities(tx, [entityInsert(input, id, ctx.fieldCrypto)], now);
    if (!inserted.has(input.uscc)) {
      throw new AppError('CONFLICT.DUPLICATE', `统一社会信用代码 ${input.uscc} 已登记`, [
        { path: 'uscc', message: '该统一社会信用代码已登记' },
      ]);
    }
    const actorRef = { id: actor.userId, name: actor.displayName };
    await appendEvent(tx, {
      regionCode: input.regionCode,
      aggregateType: 'entity',
      aggregateId: id,
      type: 'entity.registered',
      actor: actorRef,
      occurredAt: now,
      toState: 'active',
      payload: { uscc: input.uscc, name: input.name, industryCode: input.industryCode, entityType: input.entityType },
    });
    await appendAudit(tx, {
      regionCode: input.regionCode,
      actor: actorRef,
      action: 'entity.create',
      objectType: 'entity',
      objectId: id,
      result: 'success',
      sourceIp: meta.sourceIp,
      details: { uscc: input.uscc },
      occurredAt: now,
    });
    return findEntity(tx, input.regionCode, id);
  });
  if (!row) {
    throw new AppError('INTERNAL', '登记后未能读取该市场主体');
  }
  return toEntityDto(row, ctx.fieldCrypto);
}
