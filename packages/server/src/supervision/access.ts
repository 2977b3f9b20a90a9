/** Who may see supervision tasks and training: the department its own; the Judicial Bureau and oversight the region. */
import type { Permission } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import { forbidden } from '../errors';

export function requirePermission(actor: Actor, p: Permission, message: string): void {
  if (!can(actor, p)) {
    throw forbidden(message);
  }
}

/** Region-wide readers (常政办发〔2025〕5号 保障措施（二）: the Judicial Bureau carries out supervision; oversight bodies read). */
export const seesRegion = (actor: Actor) => actor.roles.includes('supervisor') || actor.roles.includes('oversight');

/** Whose records a caller lists: its own department's, every department's (null), or nobody's. */
export function listScope(actor: Actor): string | null | 'none' {
  if (seesRegion(actor)) {
    return null;
  }
  return actor.departmentId ?? 'none';
}

/** Whether the caller sees a record of these departments. */
export function seesDepartments(actor: Actor, departmentIds: readonly string[]): boolean {
  return seesRegion(actor) || (actor.departmentId !== null && departmentIds.includes(actor.departmentId));
}
