/**
 * Shared steps of account administration (系统管理员 only: SECURITY.md "three separate administrator powers"):
 * the permission and the account in the administrator's region.
 */
import { type Actor, can } from '@rouxing/domain';
import { findUserById, type UserRow } from '../auth/user.repository';
import type { AppContext } from '../context';
import { forbidden, notFound } from '../errors';

export function requireUserManager(actor: Actor): void {
  if (!can(actor, 'user.manage')) {
    throw forbidden('只有系统管理员可以管理账号');
  }
}

/** An account of the administrator's region; any other is the same 404 as one that does not exist. */
export async function loadManagedUser(ctx: AppContext, actor: Actor, id: string): Promise<UserRow> {
  const user = await findUserById(ctx.db, id);
  if (!user || user.regionCode !== actor.regionCode) {
    throw notFound('账号');
  }
  return user;
}
