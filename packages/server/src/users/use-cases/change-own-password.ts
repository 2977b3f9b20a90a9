import type { PasswordChange } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import { hashPassword, verifyPassword } from '../../auth/password';
import { findUserById, updatePasswordHash } from '../../auth/user.repository';
import type { AppContext, RequestMeta } from '../../context';
import { refused, validationError } from '../../errors';
import { recordChange } from '../../records/record-change';

/** A user changes their own password (demo accounts too); other sessions stay valid. */
export async function changeOwnPassword(ctx: AppContext, actor: Actor, input: PasswordChange, meta: RequestMeta): Promise<void> {
  const user = await findUserById(ctx.db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw validationError([{ path: 'currentPassword', message: '当前密码不正确' }]);
  }
  if (input.newPassword === input.currentPassword) {
    throw refused('USER.PASSWORD_REUSED', '新密码不能与当前密码相同', 'newPassword');
  }
  const hash = await hashPassword(input.newPassword);
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await updatePasswordHash(tx, actor.userId, hash, now);
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'user',
      aggregateId: actor.userId,
      type: 'user.password_change',
      payload: {},
    });
  });
}
