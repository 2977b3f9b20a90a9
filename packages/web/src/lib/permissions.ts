import type { Me, Permission } from '@rouxing/contracts';

/**
 * Whether the user holds a permission. The names are the contracts' `Permission` union, so a misspelt
 * name fails the typecheck; the server decides, the console only follows.
 */
export function can(me: Pick<Me, 'permissions'> | null | undefined, permission: Permission): boolean {
  return !!me && me.permissions.includes(permission);
}

/** Staff accounts get the 工作台; an enterprise account (own_entity.read) lands on its cases. */
export function isEnterpriseAccount(me: Pick<Me, 'permissions'> | null | undefined): boolean {
  return can(me, 'own_entity.read');
}

export function homePath(me: Pick<Me, 'permissions' | 'entityId'> | null | undefined): string {
  return isEnterpriseAccount(me) ? '/portal/cases' : '/';
}

/** i18n key of a permission or audit action (i18next uses '.' for nesting). */
export function codeKey(code: string): string {
  return code.replace(/\./g, '_');
}
