import { createHash } from 'node:crypto';
import type { ApiKey } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { departmentExists } from '../../departments/department.repository';
import { notFound } from '../../errors';
import { requirePermission } from '../access';
import type { ApiKeyRow } from '../api-key.repository';

/** SHA-256 of a key (keys are 32 random bytes: a fast hash is enough; the key itself is never stored). */
export const apiKeyHash = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

export const toApiKeyDto = ({ regionCode: _r, ...k }: ApiKeyRow): ApiKey => k;

/** The department whose keys the actor manages: a reviewer its own; the system administrator any it names. */
export async function managedDepartment(ctx: AppContext, actor: Actor, departmentId: string | undefined): Promise<string | null> {
  requirePermission(actor, 'api_key.manage', '只有部门法制审核人员或系统管理员可以管理接口密钥');
  if (actor.roles.includes('admin')) {
    if (departmentId && !(await departmentExists(ctx.db, actor.regionCode, departmentId))) {
      throw notFound('部门');
    }
    return departmentId ?? null;
  }
  return actor.departmentId;
}
