/**
 * The second factor (SECURITY.md "Identity and sessions": level 3 asks for two factors, one cryptographic):
 * a TOTP authenticator app (RFC 6238). The user sets it up in 个人信息 — a new secret shown as a QR code, kept
 * encrypted — and proves it with a code, which enables it; from then on a login needs the password and a
 * current code (auth/use-cases/login.ts). The security administrator can reset it for a user who lost the
 * device. Every step is an event and an audit row.
 */
import type { Me, SecondFactorSetup } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import QRCode from 'qrcode';
import type { AppContext, RequestMeta } from '../../context';
import { AppError, forbidden, notFound, refused } from '../../errors';
import { recordChange } from '../../records/record-change';
import { meOf } from '../me';
import {
  deleteSecondFactor,
  findSecondFactor,
  type SecondFactorRow,
  storePendingSecondFactor,
  useSecondFactorCounter,
} from '../second-factor.repository';
import { matchTotp, newTotpSecret, otpauthUri } from '../totp';
import { findUserById, type UserRow } from '../user.repository';

const ISSUER = '柔性执法协同平台';

/** Whether an account logs in with a second factor. */
export async function secondFactorEnabled(ctx: AppContext, user: Pick<UserRow, 'id' | 'regionCode'>): Promise<boolean> {
  const f = await findSecondFactor(ctx.db, user.regionCode, user.id);
  return !!f?.enabledAt;
}

/** Checks a code against the account's factor and uses it up; false for a wrong or replayed code. */
export async function useCode(ctx: AppContext, user: UserRow, f: SecondFactorRow, code: string, enable: boolean): Promise<boolean> {
  const counter = matchTotp(ctx.fieldCrypto.decrypt(f.secretEnc), code, ctx.now().getTime(), f.lastCounter);
  if (counter === null) {
    return false;
  }
  return useSecondFactorCounter(ctx.db, user.regionCode, user.id, counter, enable ? ctx.now().toISOString() : null);
}

/** A new secret for the signed-in user's authenticator (replacing one not yet enabled). */
export async function setUpSecondFactor(ctx: AppContext, actor: Actor, meta: RequestMeta): Promise<SecondFactorSetup> {
  return newSecondFactorSetup(ctx, actor, meta);
}

/** Stores a new pending secret for the actor's account and shows it (QR code and text); refused when one is enabled. */
export async function newSecondFactorSetup(ctx: AppContext, actor: Actor, meta: RequestMeta): Promise<SecondFactorSetup> {
  const secret = newTotpSecret();
  const stored = await storePendingSecondFactor(
    ctx.db,
    actor.regionCode,
    actor.userId,
    ctx.fieldCrypto.encrypt(secret),
    ctx.now().toISOString(),
  );
  if (!stored) {
    throw new AppError('AUTH.SECOND_FACTOR_STATE', '动态验证码已启用；如需更换设备，请联系安全管理员重置');
  }
  await recordChange(ctx.db, actor, meta, ctx.now().toISOString(), {
    aggregateType: 'user',
    aggregateId: actor.userId,
    type: 'user.second_factor_set_up',
    payload: {},
  });
  const user = (await findUserById(ctx.db, actor.userId)) as UserRow;
  const uri = otpauthUri(ISSUER, user.username, secret);
  return { secret, otpauthUri: uri, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 240 }) };
}

/** Enables the factor set up: the code the authenticator shows proves it. */
export async function enableSecondFactor(ctx: AppContext, actor: Actor, code: string, meta: RequestMeta): Promise<Me> {
  const user = (await findUserById(ctx.db, actor.userId)) as UserRow;
  const f = await findSecondFactor(ctx.db, actor.regionCode, actor.userId);
  if (!f || f.enabledAt) {
    throw new AppError('AUTH.SECOND_FACTOR_STATE', f ? '动态验证码已启用' : '请先生成密钥并在身份验证器中添加');
  }
  if (!(await useCode(ctx, user, f, code, true))) {
    throw refused('AUTH.SECOND_FACTOR_CODE_WRONG', '动态验证码不正确：请核对手机时间并输入身份验证器当前显示的6位数字', 'code');
  }
  await recordChange(ctx.db, actor, meta, ctx.now().toISOString(), {
    aggregateType: 'user',
    aggregateId: actor.userId,
    type: 'user.second_factor_enabled',
    toState: 'enabled',
    payload: {},
  });
  return meOf(ctx, user);
}

/** The security administrator removes a user's second factor (a lost device); the user sets up a new one. */
export async function resetSecondFactor(ctx: AppContext, actor: Actor, userId: string, meta: RequestMeta): Promise<void> {
  if (!can(actor, 'security.manage')) {
    throw forbidden('只有安全管理员可以重置动态验证码');
  }
  const user = await findUserById(ctx.db, userId);
  if (!user || user.regionCode !== actor.regionCode) {
    throw notFound('账号不存在');
  }
  if (!(await deleteSecondFactor(ctx.db, user.regionCode, user.id))) {
    throw new AppError('AUTH.SECOND_FACTOR_STATE', '该账号未设置动态验证码');
  }
  await recordChange(ctx.db, actor, meta, ctx.now().toISOString(), {
    aggregateType: 'user',
    aggregateId: user.id,
    type: 'user.second_factor_reset',
    fromState: 'enabled',
    payload: { username: user.username },
  });
}
