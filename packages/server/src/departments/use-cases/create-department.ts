import type { Department, DepartmentInput } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { requireUserManager } from '../../users/account-rules';
import { findDepartment, insertDepartments, nextDepartmentCode } from '../department.repository';
import { checkDepartmentInput } from '../department-input-check';

/** 设立部门: the system administrator adds a department of the region, with its event and audit row. */
export async function createDepartment(ctx: AppContext, actor: Actor, input: DepartmentInput, meta: RequestMeta): Promise<Department> {
  requireUserManager(actor);
  await checkDepartmentInput(ctx.db, actor, input, null);
  const id = newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const code = await nextDepartmentCode(tx, actor.regionCode);
    await insertDepartments(
      tx,
      actor.regionCode,
      [{ id, code, name: input.name, kind: input.kind, docPrefix: input.docPrefix, contactPhone: input.contactPhone }],
      now,
    );
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'department',
      aggregateId: id,
      type: 'department.create',
      payload: {
        code,
        name: input.name,
        kind: input.kind,
        docPrefix: input.docPrefix,
        contactPhone: input.contactPhone,
        regionCode: input.regionCode,
      },
    });
  });
  return (await findDepartment(ctx.db, actor.regionCode, id)) as Department;
}
