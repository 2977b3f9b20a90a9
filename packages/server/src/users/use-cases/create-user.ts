import type { User, UserCreate } from '@rouxing/contracts';
import { type Actor, checkUscc, roleSetProblems } from '@rouxing/domain';
import { hashPassword } from '../../auth/password';
import { findUserById, findUserByUsername, insertUser, type UserRow } from '../../auth/user.repository';
import type { AppContext, RequestMeta } from '../../context';
import { departmentExists } from '../../departments/department.repository';
import { AppError, type CodedProblem, problemsError } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { requireUserManager } from '../account-rules';
import { toUserDto } from '../user-dto';

async function problemsOf(ctx: AppContext, actor: Actor, input: UserCreate): Promise<CodedProblem[]> {
  const problems: CodedProblem[] = roleSetProblems(input).map((p) => ({ path: p.field, message: p.message, code: p.code }));
  if (input.regionCode !== actor.regionCode) {
    problems.push({ path: 'regionCode', message: '只能在本行政区划内创建账号', code: 'USER.OUT_OF_REGION' });
  }
  if (input.departmentId && !(await departmentExists(ctx.db, actor.regionCode, input.departmentId))) {
    problems.push({ path: 'departmentId', message: '部门不存在', code: 'VALIDATION' });
  }
  const uscc = input.entityUscc ? checkUscc(input.entityUscc) : null;
  if (uscc && !uscc.valid) {
    problems.push({ path: 'entityUscc', message: uscc.reason, code: 'VALIDATION' });
  }
  return problems;
}

/** Creates an account in the administrator's region: roles kept separate, written with its event and audit row. */
export async function createUser(ctx: AppContext, actor: Actor, input: UserCreate, meta: RequestMeta): Promise<User> {
  requireUserManager(actor);
  const refusal = problemsError(await problemsOf(ctx, actor, input));
  if (refusal) {
    throw refusal;
  }
  if (await findUserByUsername(ctx.db, input.username)) {
    throw new AppError('CONFLICT.DUPLICATE', `用户名 ${input.username} 已存在`, [{ path: 'username', message: '用户名已存在' }]);
  }
  const id = newId();
  const passwordHash = await hashPassword(input.password);
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await insertUser(tx, {
      id,
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      roles: input.roles,
      regionCode: input.regionCode,
      departmentId: input.departmentId ?? null,
      certificateNo: input.certificateNo ?? null,
      certificateExpiresOn: input.certificateExpiresOn ?? null,
      entityUscc: input.entityUscc ?? null,
      demo: false,
      now,
    });
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'user',
      aggregateId: id,
      type: 'user.create',
      payload: {
        username: input.username,
        roles: input.roles,
        departmentId: input.departmentId ?? null,
        certificateNo: input.certificateNo ?? null,
        certificateExpiresOn: input.certificateExpiresOn ?? null,
      },
    });
  });
  return toUserDto((await findUserById(ctx.db, id)) as UserRow);
}
