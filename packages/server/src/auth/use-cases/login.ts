import type { LoginBody, Me } from '@rouxing/contracts';
import type { AppContext, RequestMeta } from '../../context';
import { AppError } from '../../errors';
import { appendAudit } from '../../records/audit.repository';
import { clearSourceFailures, type LockoutKey, recordSourceFailure, sourceLockedUntil } from '../login-lockout.repository';
import { meOf } from '../me';
import { dummyHash, verifyPassword } from '../password';
import { findSecondFactor, type SecondFactorRow } from '../second-factor.repository';
import { insertSession, newSessionToken } from '../session.repository';
import { recordUnknownUserFailure, unknownUserLockedUntil } from '../unknown-user-lockout';
import { findUserByUsername, recordLoginSuccess, type UserRow } from '../user.repository';
import { useCode } from './second-factor';
import { mustEnrolSecondFactor, recordEnrolledAtLogin } from './second-factor-policy';

const BAD_CREDENTIALS = '用户名或密码错误';

function shanghaiTime(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The lock-out counts per account AND source address (auth/login-lockout.repository.ts). */
function lockoutKey(user: UserRow, meta: RequestMeta): LockoutKey {
  return { regionCode: user.regionCode, userId: user.id, source: meta.sourceIp ?? 'unknown' };
}

function lockedError(until: string): AppError {
  return new AppError('AUTH.LOCKED', `登录失败次数过多，账号已锁定，请于 ${shanghaiTime(until)}（北京时间）后再试`);
}

/** A failed attempt, audited on its own (no transaction: the refusal must be recorded). */
function auditFailure(ctx: AppContext, body: LoginBody, meta: RequestMeta, regionCode: string, u: UserRow | null, reason: string) {
  return appendAudit(ctx.db, {
    regionCode,
    actor: { id: u?.id ?? null, name: u?.displayName ?? body.username },
    action: 'auth.login_failed',
    objectType: 'user',
    objectId: u?.id ?? null,
    result: 'failure',
    sourceIp: meta.sourceIp,
    details: { username: body.username, reason },
    occurredAt: ctx.now().toISOString(),
  });
}

/**
 * A login refused by the rate limit is audited like any failed attempt (SECURITY.md "Audit": every login
 * attempt), with the username it named and the reason `rate_limited`.
 */
export async function auditRateLimitedLogin(ctx: AppContext, body: Partial<LoginBody> | undefined, meta: RequestMeta): Promise<void> {
  const username = typeof body?.username === 'string' ? body.username.slice(0, 100) : '';
  await auditFailure(ctx, { username, password: '' }, meta, ctx.config.regionCode, null, 'rate_limited');
}

/**
 * The refusal of a wrong password, the same for a username that exists and one that does not (issue 14,
 * defect 8): the policy, never the tries left, which only an existing account has.
 */
function badCredentials(ctx: AppContext): AppError {
  const p = ctx.config.security;
  return new AppError('AUTH.BAD_CREDENTIALS', `${BAD_CREDENTIALS}（连续失败${p.lockoutThreshold}次将锁定${p.lockoutMinutes}分钟）`);
}

/** An unknown username: timed like a known one, counted and locked out like one (auth/unknown-user-lockout.ts). */
async function refuseUnknownUser(ctx: AppContext, body: LoginBody, meta: RequestMeta): Promise<never> {
  const policy = ctx.config.security;
  await verifyPassword(await dummyHash(), body.password);
  await auditFailure(ctx, body, meta, ctx.config.regionCode, null, 'unknown_user');
  // Counted per username and source address, as a known account is.
  const phantom = `${meta.sourceIp ?? 'unknown'} ${body.username}`;
  const locked = unknownUserLockedUntil(ctx, phantom);
  if (locked) {
    throw lockedError(locked);
  }
  const lockUntil = new Date(ctx.now().getTime() + policy.lockoutMinutes * 60_000).toISOString();
  if (recordUnknownUserFailure(ctx, phantom, policy.lockoutThreshold, lockUntil).lockedNow) {
    throw lockedError(lockUntil);
  }
  throw badCredentials(ctx);
}

/**
 * The account whose password this is, or the refusal: unknown user (answered like a known one), locked,
 * a wrong password, which counts towards the lock-out (SECURITY.md: 5 failures → 15 minutes), or stopped
 * (said only to whom knows the password).
 */
export async function checkCredentials(ctx: AppContext, body: LoginBody, meta: RequestMeta): Promise<UserRow> {
  const now = ctx.now();
  const policy = ctx.config.security;
  const user = await findUserByUsername(ctx.db, body.username);
  if (!user) {
    return refuseUnknownUser(ctx, body, meta);
  }
  const lockedUntil = await sourceLockedUntil(ctx.db, lockoutKey(user, meta), now.toISOString());
  if (lockedUntil) {
    await auditFailure(ctx, body, meta, user.regionCode, user, 'locked');
    throw lockedError(lockedUntil);
  }
  if (!(await verifyPassword(user.passwordHash, body.password))) {
    const lockUntil = new Date(now.getTime() + policy.lockoutMinutes * 60_000).toISOString();
    const r = await recordSourceFailure(ctx.db, lockoutKey(user, meta), policy.lockoutThreshold, lockUntil);
    await auditFailure(ctx, body, meta, user.regionCode, user, r.lockedNow ? 'bad_password_locked' : 'bad_password');
    if (r.lockedNow) {
      throw lockedError(lockUntil);
    }
    throw badCredentials(ctx);
  }
  if (!user.active) {
    await auditFailure(ctx, body, meta, user.regionCode, user, 'inactive');
    throw new AppError('AUTH.BAD_CREDENTIALS', '账号已停用，请联系系统管理员');
  }
  return user;
}

/**
 * An account with a second factor (auth/use-cases/second-factor.ts) needs a current code as well: without one
 * no session (the page then asks for it); a wrong or replayed one counts towards the lock-out like a wrong
 * password.
 */
async function checkSecondFactor(ctx: AppContext, body: LoginBody, meta: RequestMeta, user: UserRow): Promise<void> {
  const factor = await findSecondFactor(ctx.db, user.regionCode, user.id);
  if (!factor?.enabledAt) {
    return enrolmentStep(ctx, body, meta, user, factor);
  }
  if (!body.totp) {
    await auditFailure(ctx, body, meta, user.regionCode, user, 'second_factor_missing');
    throw new AppError('AUTH.SECOND_FACTOR_REQUIRED', '请输入身份验证器中的6位动态验证码', [{ path: 'totp', message: '请输入动态验证码' }]);
  }
  if (await useCode(ctx, user, factor, body.totp, false)) {
    return;
  }
  const policy = ctx.config.security;
  const lockUntil = new Date(ctx.now().getTime() + policy.lockoutMinutes * 60_000).toISOString();
  const r = await recordSourceFailure(ctx.db, lockoutKey(user, meta), policy.lockoutThreshold, lockUntil);
  await auditFailure(ctx, body, meta, user.regionCode, user, r.lockedNow ? 'second_factor_bad_locked' : 'second_factor_bad');
  if (r.lockedNow) {
    throw lockedError(lockUntil);
  }
  throw new AppError('AUTH.SECOND_FACTOR_BAD', '动态验证码不正确或已使用过，请输入身份验证器当前显示的6位数字', [
    { path: 'totp', message: '动态验证码不正确' },
  ]);
}

/**
 * A staff account without an enabled factor where the region requires one (second-factor-policy.ts): no
 * session but the set-up step; the login that brings the new factor's code enables it and goes on.
 */
async function enrolmentStep(ctx: AppContext, body: LoginBody, meta: RequestMeta, user: UserRow, factor: SecondFactorRow | null) {
  if (!(await mustEnrolSecondFactor(ctx, user))) {
    return;
  }
  if (body.totp && factor && (await useCode(ctx, user, factor, body.totp, true))) {
    return recordEnrolledAtLogin(ctx, user, meta);
  }
  await auditFailure(ctx, body, meta, user.regionCode, user, 'second_factor_not_enrolled');
  throw new AppError(
    'AUTH.SECOND_FACTOR_ENROL',
    body.totp && factor
      ? '动态验证码不正确：请核对手机时间并输入身份验证器当前显示的6位数字'
      : '本地区要求工作人员启用动态验证码：请用身份验证器扫描二维码完成设置后登录',
    body.totp && factor ? [{ path: 'totp', message: '动态验证码不正确' }] : undefined,
  );
}

/**
 * Logs a user in (SECURITY.md "Identity and sessions"): argon2id check, lock-out after repeated
 * failures, every attempt audited, and a new server-side session. Returns who signed in and the cookie's value.
 */
export async function login(ctx: AppContext, body: LoginBody, meta: RequestMeta): Promise<{ me: Me; cookie: string }> {
  const user = await checkCredentials(ctx, body, meta);
  await checkSecondFactor(ctx, body, meta, user);
  const now = ctx.now();
  const nowIso = now.toISOString();
  const token = newSessionToken(user.regionCode);
  const expiresAt = new Date(now.getTime() + ctx.config.security.sessionAbsoluteHours * 3600_000).toISOString();
  await ctx.db.transaction(async (tx) => {
    await recordLoginSuccess(tx, user.id, nowIso);
    await clearSourceFailures(tx, lockoutKey(user, meta));
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
  return { me: await meOf(ctx, { ...user, lastLoginAt: nowIso }), cookie: token.cookie };
}
