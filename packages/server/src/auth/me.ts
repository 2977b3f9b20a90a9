import type { Me } from '@rouxing/contracts';
import type { Queryable } from '../db/database';
import { findEntityByUscc } from '../entities/entity.repository';
import { toMeDto } from '../users/user-dto';
import type { UserRow } from './user.repository';

/** The signed-in user as the web sees it; an enterprise account with the id of the entity it acts for. */
export async function meOf(db: Queryable, user: UserRow): Promise<Me> {
  const entity = user.entityUscc ? await findEntityByUscc(db, user.regionCode, user.entityUscc) : null;
  return toMeDto(user, entity?.id ?? null);
}
