import type { Me } from '@rouxing/contracts';
import type { AppContext } from '../../context';
import { meOf } from '../me';
import type { UserRow } from '../user.repository';

/** Who is signed in: roles, permissions, department, and for an enterprise the entity it acts for. */
export async function getMe(ctx: AppContext, user: UserRow): Promise<Me> {
  return meOf(ctx, user);
}
