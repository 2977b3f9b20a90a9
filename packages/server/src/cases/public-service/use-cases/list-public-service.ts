import type { PublicServiceView } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../../context';
import { visibleCase } from '../../steps/visible-case';
import { publicServiceOf } from '../public-service.repository';

/** The public service recorded on a case (公益抵罚), verified or awaiting verification, for whoever may read the case. */
export async function listPublicService(ctx: AppContext, actor: Actor, caseId: string): Promise<PublicServiceView[]> {
  const row = await visibleCase(ctx.db, actor, caseId);
  return (await publicServiceOf(ctx.db, row.regionCode, row.id)).map(({ recordedBy: _by, ...v }) => v);
}
