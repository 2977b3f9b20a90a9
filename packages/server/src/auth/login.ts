import type { LoginBody } from '@rouxing/contracts';
import type { AppContext, RequestMeta } from '../context';
import { AppError } from '../errors';
import { appendAudit } from '../records/audit.repository';
import { dummyHash, verifyPassword } from './password';
import { insertSession, newSessionToken } from './session.repository';
import { findUserByUsername, recordLoginFailure, recordLoginSuccess, type UserRow } from './user.repository';

const BAD_CREDENTIALS = '用户名或密码错误';

function shanghaiTime(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function lockedError(until: string): AppError {
  return new AppError('AUTH.LOCKED', `登录失败次数过多，账号已锁定，请于 ${shanghaiTime(until)}（北京时间）后再试`);
}

/**
 * Logs a user in (SECURITY.md "Identity and sessions"): argon2id check, lock-out after repeated
 * failures, every attempt audited, and a new server-side session.
 */
export async function login(ctx: AppContext, body: LoginBody, meta: RequestMeta): Promise<{ user: UserRow; cookie: string }> {
  const now = ctx.now();
  const nowIso = now.toISOString();
  const policy = ctx.config.security;
  const user = await findUserByUsername(ctx.db, body.username);
  const audit = (regionCode: string, u: UserRow | null, result: 'success' | 'failure', reason?: string) =>
    appendAudit(ctx.db, {
      regionCode,
      actor: { id: u?.id ?? null, name: u?.displayName ?? body.username },
      action: result === 'success' ? 'auth.login' : 'auth.login_failed',
      objectType: 'user',
      objectId: u?.id ?? null,
      result,
      sourceIp: meta.sourceIp,
      details: reason ? { username: body.username, reason } : { username: body.username },
      occurredAt: nowIso,
    });

  if (!user) {
    await verifyPassword(await dummyHash(), body.password);
    await audit(ctx.config.regionCode, null, 'failure', 'unknown_user');
    throw new AppError('AUTH.BAD_CREDENTIALS', BAD_CREDENTIALS);
  }
  if (user.lockedUntil && new Date(user.lockedUntil) > now) {
    await audit(user.regionCode, user, 'failure', 'locked');
    throw lockedError(user.lockedUntil);
  }
  if (!user.active) {
    await audit(user.regionCode, user, 'failure', 'inactive');
    throw new AppError('AUTH.BAD_CREDENTIALS', '账号已停用，请联系系统管理员');
  }
  if (!(await verifyPassword(user.passwordHash, body.password))) {
    const lockUntil = new Date(now.getTime() + policy.lockoutMinutes * 60_000).toISOString();
    const r = await recordLoginFailure(ctx.db, user.id, policy.lockoutThreshold, lockUntil);
    await audit(user.regionCode, user, 'failure', r.lockedNow ? 'bad_password_locked' : 'bad_password');
    if (r.lockedNow) {
      throw lockedError(lockUntil);
    }
    const left = policy.lockoutThreshold - r.failedLogins;
    throw new AppError('AUTH.BAD_CREDENTIALS', `${BAD_CREDENTIALS}（再失败${left}次账号将锁定${policy.lockoutMinutes}分钟）`);
  }

  const token = newSessionToken(user.regionCode);
  const expiresAt = new Date(now.getTime() + policy.sessionAbsoluteHours * 3600_000).toISOString();
  await ctx.db.transaction(async (tx) => {
    await recordLoginSuccess(tx, user.id, nowIso);
    await insertSession(tx, {
      regionCode: user.regionCode,
      id: token.id,
      userId: user.id,
      now: nowIso,
      expiresAt,
      sourceIp: meta.sourceIp,
      userAgent: meta.userAgent,
    });
    await appendAudit(tx, {
      regionCode: user.regionCode,
      actor: { id: user.id, name: user.displayName },
      action: 'auth.login',
      objectType: 'user',
      objectId: user.id,
      result: 'success',
      sourceIp: meta.sourceIp,
      details: { username: user.username },
      occurredAt: nowIso,
    });
  });
  return { user: { ...user, lastLoginAt: nowIso }, cookie: token.cookie };
}
