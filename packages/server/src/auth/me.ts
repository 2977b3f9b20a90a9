import type { Me } from '@rouxing/contracts';
import { passwordExpired } from '@rouxing/domain';
import type { AppContext } from '../context';
import { findEntityByUscc } from '../entities/entity.repository';
import { toMeDto } from '../users/user-dto';
import { findSecondFactor } from './second-factor.repository';
import type { UserRow } from './user.repository';

/** The signed-in user as the web sees it; an enterprise account with the id of the entity it acts for. */
export async function meOf(ctx: AppContext, user: UserRow): Promise<Me> {
  const entity = user.entityUscc ? await findEntityByUscc(ctx.db, user.regionCode, user.entityUscc) : null;
  const factor = await findSecondFactor(ctx.db, user.regionCode, user.id);
  return toMeDto(user, entity?.id ?? null, passwordExpired(user, ctx.config.security.passwordMaxAgeDays, ctx.now()), !!factor?.enabledAt);
}
