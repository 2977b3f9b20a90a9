/**
 * Who maintains 检查事项: the reviewer (法制审核) of the item's own department — each department publishes its own
 * list of items (常政办发〔2025〕5号 第四项: 梳理检查事项，重点事项固定周期检查、一般事项触发式监管).
 */
import type { ManagedInspectionItem } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext } from '../context';
import { forbidden, notFound } from '../errors';
import { findManagedItem } from './managed-item.repository';

/** The department whose items the actor maintains; 403 for anyone but a department's reviewer. */
export function requireItemManager(actor: Actor): string {
  if (!can(actor, 'inspection.item.manage') || !actor.departmentId) {
    throw forbidden('检查事项由本部门法制审核人员维护');
  }
  return actor.departmentId;
}

/** An item of the actor's own department; another department's item is the same 404 as one that does not exist. */
export async function loadOwnItem(ctx: AppContext, actor: Actor, id: string): Promise<ManagedInspectionItem> {
  const departmentId = requireItemManager(actor);
  const item = await findManagedItem(ctx.db, actor.regionCode, id);
  if (!item || item.departmentId !== departmentId) {
    throw notFound('检查事项');
  }
  return item;
}
