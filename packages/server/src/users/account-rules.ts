/**
 * Shared steps of account administration (系统管理员 only: SECURITY.md "three separate administrator powers"):
 * the permission, the account in the administrator's region, and the one reply for an account form's problems.
 */
import type { ErrorCode } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import { findUserById, type UserRow } from '../auth/user.repository';
import type { AppContext } from '../context';
import { AppError, forbidden, notFound, validationError } from '../errors';

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

/** A problem of an account form: a field, why, and the rule's code (`VALIDATION` for a field's own check). */
export interface AccountProblem {
  path: string;
  message: string;
  code: ErrorCode;
}

/**
 * Every problem in one 422, each field listed: the code of the first rule that refuses (e.g. the separation
 * of duties, `USER.ROLE_CONFLICT`) with its sentence, else `VALIDATION`. Null when there is none.
 */
export function accountProblemsError(problems: readonly AccountProblem[]): AppError | null {
  if (problems.length === 0) {
    return null;
  }
  const fields = problems.map(({ path, message }) => ({ path, message }));
  const rule = problems.find((p) => p.code !== 'VALIDATION');
  return rule ? new AppError(rule.code, rule.message, fields) : validationError(fields);
}
