import type { User, UserUpdate } from '@rouxing/contracts';
import { type Actor, roleSetProblems } from '@rouxing/domain';
import { revokeUserSessions } from '../../auth/session.repository';
import { findUserById, type UserRow, updateUserAccount } from '../../auth/user.repository';
import type { AppContext, RequestMeta } from '../../context';
import { departmentExists } from '../../departments/department.repository';
import { type CodedProblem, problemsError } from '../../errors';
import { recordChange } from '../../records/record-change';
import { loadManagedUser, requireUserManager } from '../account-rules';
import { toUserDto } from '../user-dto';

/** Changes an account's name, roles, department or state; stopping an account ends its sessions. */
export async function updateUser(ctx: AppContext, actor: Actor, id: string, input: UserUpdate, meta: RequestMeta): Promise<User> {
  requireUserManager(actor);
  const existing = await loadManagedUser(ctx, actor, id);
  const problems: CodedProblem[] = roleSetProblems({ ...input, entityUscc: existing.entityUscc }).map((p) => ({
    path: p.field,
    message: p.message,
    code: p.code,
  }));
  if (input.departmentId && !(await departmentExists(ctx.db, actor.regionCode, input.departmentId))) {
    problems.push({ path: 'departmentId', message: '部门不存在', code: 'VALIDATION' });
  }
  // The administrator cannot lock the region out of account administration by stopping or demoting itself.
  if (id === actor.userId && (!input.active || !input.roles.includes('admin'))) {
    problems.push({ path: 'roles', message: '不能停用自己的账号或取消自己的系统管理员角色', code: 'USER.SELF_LOCKOUT' });
  }
  const refusal = problemsError(problems);
  if (refusal) {
    throw refusal;
  }
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await updateUserAccount(
      tx,
      id,
      {
        displayName: input.displayName,
        roles: input.roles,
        departmentId: input.departmentId ?? null,
        certificateNo: input.certificateNo ?? null,
        certificateExpiresOn: input.certificateExpiresOn ?? null,
        active: input.active,
      },
      now,
    );
    if (!input.active) {
      await revokeUserSessions(tx, existing.regionCode, id, now);
    }
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'user',
      aggregateId: id,
      type: 'user.update',
      payload: {
        roles: input.roles,
        active: input.active,
        departmentId: input.departmentId ?? null,
        certificateNo: input.certificateNo ?? null,
        certificateExpiresOn: input.certificateExpiresOn ?? null,
      },
    });
  });
  return toUserDto((await findUserById(ctx.db, id)) as UserRow);
}
