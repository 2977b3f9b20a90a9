/**
 * Account administration (系统管理员 only: SECURITY.md "three separate administrator powers").
 * Every change writes an event on the user's chain and an audit row, in one transaction.
 */
import { PasswordChangeSchema, type User, UserCreateSchema, UserUpdateSchema } from '@rouxing/contracts';
import { type Actor, can, checkUscc, roleSetProblems } from '@rouxing/domain';
import { hashPassword, verifyPassword } from '../auth/password';
import { findUserById, findUserByUsername, insertUser, listUsers } from '../auth/user.repository';
import type { AppContext, RequestMeta } from '../context';
import type { Queryable } from '../db/database';
import { AppError, type FieldError, notFound, validationError } from '../errors';
import { appendAudit } from '../records/audit.repository';
import { appendEvent } from '../records/event.repository';
import { newId } from '../records/ids';
import { fieldsOfZodError } from '../validation';
import { toUserDto } from './user-dto';

function requireAdmin(actor: Actor): void {
  if (!can(actor, 'user.manage')) {
    throw new AppError('AUTH.FORBIDDEN', '只有系统管理员可以管理账号');
  }
}

async function record(
  tx: Queryable,
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  userId: string,
  type: string,
  payload: Record<string, unknown>,
) {
  const now = ctx.now().toISOString();
  const actorRef = { id: actor.userId, name: actor.displayName };
  await appendEvent(tx, {
    regionCode: actor.regionCode,
    aggregateType: 'user',
    aggregateId: userId,
    type,
    actor: actorRef,
    occurredAt: now,
    payload,
  });
  await appendAudit(tx, {
    regionCode: actor.regionCode,
    actor: actorRef,
    action: type,
    objectType: 'user',
    objectId: userId,
    result: 'success',
    sourceIp: meta.sourceIp,
    details: payload,
    occurredAt: now,
  });
}

async function departmentExists(ctx: AppContext, regionCode: string, id: string): Promise<boolean> {
  const r = await ctx.db.query('SELECT 1 FROM departments WHERE region_code = $1 AND id = $2', [regionCode, id]);
  return r.rows.length > 0;
}

export async function listUsersUseCase(ctx: AppContext, actor: Actor, q: { q?: string; page: number; pageSize: number }) {
  requireAdmin(actor);
  const r = await listUsers(ctx.db, { regionCode: actor.regionCode, ...q });
  return { items: r.items.map(toUserDto), total: r.total, page: q.page, pageSize: q.pageSize };
}

export async function createUser(ctx: AppContext, actor: Actor, raw: unknown, meta: RequestMeta): Promise<User> {
  requireAdmin(actor);
  const parsed = UserCreateSchema.safeParse(raw);
  if (!parsed.success) {
    throw validationError(fieldsOfZodError(parsed.error));
  }
  const input = parsed.data;
  const problems: FieldError[] = roleSetProblems(input).map((p) => ({ path: p.field, message: p.message }));
  if (input.regionCode !== actor.regionCode) {
    problems.push({ path: 'regionCode', message: '只能在本行政区划内创建账号' });
  }
  if (input.departmentId && !(await departmentExists(ctx, actor.regionCode, input.departmentId))) {
    problems.push({ path: 'departmentId', message: '部门不存在' });
  }
  if (input.entityUscc && !checkUscc(input.entityUscc).valid) {
    problems.push({ path: 'entityUscc', message: checkUscc(input.entityUscc).reason });
  }
  if (problems.length > 0) {
    throw validationError(problems);
  }
  if (await findUserByUsername(ctx.db, input.username)) {
    throw new AppError('CONFLICT.DUPLICATE', `用户名 ${input.username} 已存在`, [{ path: 'username', message: '用户名已存在' }]);
  }
  const id = newId();
  const passwordHash = await hashPassword(input.password);
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
      entityUscc: input.entityUscc ?? null,
      demo: false,
      now: ctx.now().toISOString(),
    });
    await record(tx, ctx, actor, meta, id, 'user.create', {
      username: input.username,
      roles: input.roles,
      departmentId: input.departmentId ?? null,
    });
  });
  return toUserDto((await findUserById(ctx.db, id)) as NonNullable<Awaited<ReturnType<typeof findUserById>>>);
}

export async function updateUser(ctx: AppContext, actor: Actor, id: string, raw: unknown, meta: RequestMeta): Promise<User> {
  requireAdmin(actor);
  const existing = await findUserById(ctx.db, id);
  if (!existing || existing.regionCode !== actor.regionCode) {
    throw notFound('账号');
  }
  const parsed = UserUpdateSchema.safeParse(raw);
  if (!parsed.success) {
    throw validationError(fieldsOfZodError(parsed.error));
  }
  const input = parsed.data;
  const problems: FieldError[] = roleSetProblems({ ...input, entityUscc: existing.entityUscc }).map((p) => ({
    path: p.field,
    message: p.message,
  }));
  if (input.departmentId && !(await departmentExists(ctx, actor.regionCode, input.departmentId))) {
    problems.push({ path: 'departmentId', message: '部门不存在' });
  }
  if (id === actor.userId && (!input.active || !input.roles.includes('admin'))) {
    problems.push({ path: 'roles', message: '不能停用自己的账号或取消自己的系统管理员角色' });
  }
  if (problems.length > 0) {
    throw validationError(problems);
  }
  await ctx.db.transaction(async (tx) => {
    await tx.query(
      `UPDATE users SET display_name = $2, roles = $3, department_id = $4, certificate_no = $5, active = $6, updated_at = $7 WHERE id = $1`,
      [id, input.displayName, input.roles, input.departmentId ?? null, input.certificateNo ?? null, input.active, ctx.now().toISOString()],
    );
    if (!input.active) {
      await tx.query('UPDATE sessions SET revoked_at = $3 WHERE region_code = $1 AND user_id = $2 AND revoked_at IS NULL', [
        existing.regionCode,
        id,
        ctx.now().toISOString(),
      ]);
    }
    await record(tx, ctx, actor, meta, id, 'user.update', {
      roles: input.roles,
      active: input.active,
      departmentId: input.departmentId ?? null,
    });
  });
  return toUserDto((await findUserById(ctx.db, id)) as NonNullable<Awaited<ReturnType<typeof findUserById>>>);
}

export async function unlockUser(ctx: AppContext, actor: Actor, id: string, meta: RequestMeta): Promise<void> {
  requireAdmin(actor);
  const existing = await findUserById(ctx.db, id);
  if (!existing || existing.regionCode !== actor.regionCode) {
    throw notFound('账号');
  }
  await ctx.db.transaction(async (tx) => {
    await tx.query('UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1', [id]);
    await record(tx, ctx, actor, meta, id, 'user.unlock', {});
  });
}

/** A user changes their own password (demo accounts too); other sessions stay valid. */
export async function changeOwnPassword(ctx: AppContext, actor: Actor, raw: unknown, meta: RequestMeta): Promise<void> {
  const parsed = PasswordChangeSchema.safeParse(raw);
  if (!parsed.success) {
    throw validationError(fieldsOfZodError(parsed.error));
  }
  const user = await findUserById(ctx.db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, parsed.data.currentPassword))) {
    throw validationError([{ path: 'currentPassword', message: '当前密码不正确' }]);
  }
  if (parsed.data.newPassword === parsed.data.currentPassword) {
    throw validationError([{ path: 'newPassword', message: '新密码不能与当前密码相同' }]);
  }
  const hash = await hashPassword(parsed.data.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx.query('UPDATE users SET password_hash = $2, password_changed_at = $3, updated_at = $3 WHERE id = $1', [
      actor.userId,
      hash,
      ctx.now().toISOString(),
    ]);
    await record(tx, ctx, actor, meta, actor.userId, 'user.password_change', {});
  });
}
