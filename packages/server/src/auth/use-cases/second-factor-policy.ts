/**
 * The region's second-factor policy (SECURITY.md "Identity and sessions": 等保2.0 level 3, GB/T 22239-2019
 * §8.1.4.1 — two factors for officers and administrators, one cryptographic). The security administrator
 * requires every staff account to enrol; from then on a staff account without an enabled factor gets no
 * session at login but the set-up step: its password proves it, a secret is shown as a QR code, and the
 * login with the authenticator's code enables the factor and opens the session. The enterprises' accounts,
 * and the demo accounts in demo mode (SECURITY.md), log in as before.
 */
import type { LoginBody, SecondFactorAccount, SecondFactorPolicy, SecondFactorSetup } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { AppError, forbidden } from '../../errors';
import { recordChange } from '../../records/record-change';
import { actorOf } from '../authenticate';
import { findSecondFactor } from '../second-factor.repository';
import { secondFactorRequired, setSecondFactorRequired, staffSecondFactors } from '../security-setting.repository';
import type { UserRow } from '../user.repository';
import { checkCredentials } from './login';
import { newSecondFactorSetup } from './second-factor';

/** Whether this account must enrol the second factor before it gets a session. */
export async function mustEnrolSecondFactor(ctx: AppContext, user: UserRow): Promise<boolean> {
  if (user.roles.includes('enterprise') || (user.demo && ctx.config.mode === 'demo')) {
    return false;
  }
  return secondFactorRequired(ctx.db, user.regionCode);
}

export async function getSecondFactorPolicy(ctx: AppContext, actor: Actor): Promise<SecondFactorPolicy> {
  if (!can(actor, 'security.read')) {
    throw forbidden('只有安全管理员可以查看动态验证码策略');
  }
  return { requireForStaff: await secondFactorRequired(ctx.db, actor.regionCode) };
}

export async function setSecondFactorPolicy(
  ctx: AppContext,
  actor: Actor,
  body: SecondFactorPolicy,
  meta: RequestMeta,
): Promise<SecondFactorPolicy> {
  if (!can(actor, 'security.manage')) {
    throw forbidden('只有安全管理员可以设置动态验证码策略');
  }
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await setSecondFactorRequired(tx, actor.regionCode, body.requireForStaff, actor.userId, now);
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'security_settings',
      aggregateId: actor.regionCode,
      type: 'security.second_factor_policy_set',
      toState: body.requireForStaff ? 'required' : 'optional',
      payload: { requireForStaff: body.requireForStaff },
    });
  });
  return { requireForStaff: body.requireForStaff };
}

/** The region's staff accounts and their second factors (for the reset button). */
export async function listSecondFactorAccounts(ctx: AppContext, actor: Actor): Promise<SecondFactorAccount[]> {
  if (!can(actor, 'security.read')) {
    throw forbidden('只有安全管理员可以查看账号的动态验证码状态');
  }
  return staffSecondFactors(ctx.db, actor.regionCode);
}

/**
 * The set-up step of a login the policy stopped: the password proves the account (counted towards the
 * lock-out like a login), then a new secret is shown; the next login with its code enables it.
 */
export async function enrolSecondFactorAtLogin(ctx: AppContext, body: LoginBody, meta: RequestMeta): Promise<SecondFactorSetup> {
  const user = await checkCredentials(ctx, body, meta);
  const factor = await findSecondFactor(ctx.db, user.regionCode, user.id);
  if (factor?.enabledAt || !(await mustEnrolSecondFactor(ctx, user))) {
    throw new AppError('AUTH.SECOND_FACTOR_STATE', '该账号无需在登录时设置动态验证码，请直接登录');
  }
  return newSecondFactorSetup(ctx, actorOf(user), meta);
}

/** A staff account enrolling at login proved its new factor with the code: the factor is enabled (event and audit). */
export async function recordEnrolledAtLogin(ctx: AppContext, user: UserRow, meta: RequestMeta): Promise<void> {
  await recordChange(ctx.db, actorOf(user), meta, ctx.now().toISOString(), {
    aggregateType: 'user',
    aggregateId: user.id,
    type: 'user.second_factor_enabled',
    toState: 'enabled',
    payload: { atLogin: true },
  });
}
