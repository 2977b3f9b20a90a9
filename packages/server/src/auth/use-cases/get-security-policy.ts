import type { SecurityPolicy } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';

/** The security policy in force, for the security administrator. */
export function getSecurityPolicy(ctx: AppContext, actor: Actor): SecurityPolicy {
  if (!can(actor, 'security.read')) {
    throw forbidden('只有安全管理员可以查看安全策略');
  }
  return ctx.config.security;
}
