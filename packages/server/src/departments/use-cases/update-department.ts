import type { Department, DepartmentInput } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { notFound } from '../../errors';
import { recordChange } from '../../records/record-change';
import { requireUserManager } from '../../users/account-rules';
import { findDepartment, updateDepartment } from '../department.repository';
import { checkDepartmentInput } from '../department-input-check';

/** Renames a department or changes its kind, 机关代字 or 联系电话 (its code and region stay). */
export async function editDepartment(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: DepartmentInput,
  meta: RequestMeta,
): Promise<Department> {
  requireUserManager(actor);
  const existing = await findDepartment(ctx.db, actor.regionCode, id);
  if (!existing) {
    throw notFound('部门');
  }
  await checkDepartmentInput(ctx.db, actor, input, id);
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await updateDepartment(tx, actor.regionCode, id, input);
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'department',
      aggregateId: id,
      type: 'department.update',
      payload: {
        before: { name: existing.name, kind: existing.kind, docPrefix: existing.docPrefix, contactPhone: existing.contactPhone },
        after: { name: input.name, kind: input.kind, docPrefix: input.docPrefix, contactPhone: input.contactPhone },
      },
    });
  });
  return (await findDepartment(ctx.db, actor.regionCode, id)) as Department;
}
