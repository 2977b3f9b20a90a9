import type { Entity, EntityUpdate } from '@rouxing/contracts';
import { type Actor, can, canSeeEntity } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { AppError, forbidden, notFound, problemsError } from '../../errors';
import { appendAudit } from '../../records/audit.repository';
import { appendEvent } from '../../records/event.repository';
import { findEntity, updateEntityRow } from '../entity.repository';
import { toEntityDto } from '../entity-dto';
import { entityChanges } from '../entity-insert';
import { entityRuleProblems } from '../validate-entity';

/** Edits an entity with optimistic versioning: a stale `version` gets 409 and nothing is written. */
export async function updateEntity(ctx: AppContext, actor: Actor, id: string, input: EntityUpdate, meta: RequestMeta): Promise<Entity> {
  const existing = await findEntity(ctx.db, actor.regionCode, id);
  if (!existing || !canSeeEntity(actor, existing)) {
    throw notFound('市场主体');
  }
  if (!can(actor, 'entity.write')) {
    throw forbidden('无权修改市场主体');
  }
  const refusal = problemsError(
    entityRuleProblems({ uscc: existing.uscc, industryCode: input.industryCode, regionCode: existing.regionCode }, actor.regionCode),
  );
  if (refusal) {
    throw refusal;
  }
  const now = ctx.now().toISOString();
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await updateEntityRow(tx, existing.regionCode, id, input.version, entityChanges(input, ctx.fieldCrypto), now);
    if (!row) {
      throw new AppError('CONFLICT.VERSION', '该市场主体已被他人修改，请刷新后重试');
    }
    const changed = (
      ['name', 'entityType', 'legalRepresentative', 'industryCode', 'address', 'establishedOn', 'newBusinessForm'] as const
    ).filter((k) => existing[k] !== row[k]);
    const actorRef = { id: actor.userId, name: actor.displayName };
    await appendEvent(tx, {
      regionCode: row.regionCode,
      aggregateType: 'entity',
      aggregateId: id,
      type: 'entity.updated',
      actor: actorRef,
      occurredAt: now,
      payload: {
        version: row.version,
        changed,
        personalDataChanged:
          existing.legalRepresentativeIdNoEnc !== row.legalRepresentativeIdNoEnc || existing.contactPhoneEnc !== row.contactPhoneEnc,
      },
    });
    await appendAudit(tx, {
      regionCode: row.regionCode,
      actor: actorRef,
      action: 'entity.update',
      objectType: 'entity',
      objectId: id,
      result: 'success',
      sourceIp: meta.sourceIp,
      details: { changed, version: row.version },
      occurredAt: now,
    });
    return row;
  });
  return toEntityDto(updated, ctx.fieldCrypto);
}
