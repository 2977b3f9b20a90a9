import type { ApiKey } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { listApiKeys } from '../api-key.repository';
import { managedDepartment, toApiKeyDto } from '../steps/api-key-access';

export async function listDepartmentApiKeys(ctx: AppContext, actor: Actor): Promise<{ items: ApiKey[] }> {
  const dept = await managedDepartment(ctx, actor, undefined);
  return { items: (await listApiKeys(ctx.db, actor.regionCode, dept)).map(toApiKeyDto) };
}
