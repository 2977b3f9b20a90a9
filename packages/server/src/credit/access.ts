/** Who may see and act on issued decisions and correction items. */
import type { Permission } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import { forbidden } from '../errors';

export function requirePermission(actor: Actor, p: Permission, message: string): void {
  if (!can(actor, p)) {
    throw forbidden(message);
  }
}

/** Whose records a caller lists: its own department's, or every department's for the Judicial Bureau (null). */
export function listScope(actor: Actor): string | null | 'none' {
  if (actor.roles.includes('supervisor')) {
    return null;
  }
  return actor.departmentId ?? 'none';
}
