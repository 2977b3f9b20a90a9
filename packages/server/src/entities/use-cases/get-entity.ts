import type { Entity } from '@rouxing/contracts';
import { type Actor, canSeeEntity } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { findEntity } from '../entity.repository';
import { toEntityDto } from '../entity-dto';

/** One entity in the caller's scope; anything else is the same 404 (no hint that it exists). */
export async function getEntity(ctx: AppContext, actor: Actor, id: string): Promise<Entity> {
  const row = await findEntity(ctx.db, actor.regionCode, id);
  if (!row || !canSeeEntity(actor, row)) {
    throw notFound('市场主体');
  }
  return toEntityDto(row, ctx.fieldCrypto);
}
