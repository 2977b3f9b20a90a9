import { ROLES, type RolePermissions } from '@rouxing/contracts';
import { type Actor, can, ROLE_PERMISSIONS } from '@rouxing/domain';
import { forbidden } from '../../errors';

/** The role table, for the security administrator (等保2.0 三权分立: only that power reads it). */
export function getRolePermissions(actor: Actor): RolePermissions[] {
  if (!can(actor, 'security.read')) {
    throw forbidden('只有安全管理员可以查看角色权限');
  }
  return ROLES.map((role) => ({ role, permissions: [...ROLE_PERMISSIONS[role]] }));
}
