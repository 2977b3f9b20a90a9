import type { EntityListQuery } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { type EntityFilter, searchEntities } from '../entity.repository';
import { toEntityDto } from '../entity-dto';

/** The filter of a list query within the caller's scope, or null when it asks for another region (nothing to see). */
export function entityFilterOf(actor: Actor, q: Omit<EntityListQuery, 'page' | 'pageSize'>): EntityFilter | null {
  if (q.regionCode && q.regionCode !== actor.regionCode) {
    return null;
  }
  const bool = (v: 'true' | 'false' | undefined) => (v === undefined ? undefined : v === 'true');
  return {
    regionCode: actor.regionCode,
    q: q.q || undefined,
    industryCode: q.industryCode,
    entityType: q.entityType,
    creditGrade: q.creditGrade,
    whitelisted: bool(q.whitelisted),
    newBusinessForm: bool(q.newBusinessForm),
    inObservationPeriod: bool(q.inObservationPeriod),
  };
}

export async function listEntities(ctx: AppContext, actor: Actor, q: EntityListQuery) {
  if (!can(actor, 'entity.read')) {
    throw forbidden('无权查询市场主体名录');
  }
  const filter = entityFilterOf(actor, q);
  const r = filter ? await searchEntities(ctx.db, filter, q.page, q.pageSize) : { items: [], total: 0 };
  return { items: r.items.map((e) => toEntityDto(e, ctx.fieldCrypto)), total: r.total, page: q.page, pageSize: q.pageSize };
}
