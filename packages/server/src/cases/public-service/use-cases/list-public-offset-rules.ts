import type { PublicOffsetRule } from '@rouxing/contracts';
import type { AppContext } from '../../../context';
import { publishedOffsetRules } from '../public-service.repository';

/** The published 公益抵罚 conversion rules of the region, without login (常政办发〔2025〕5号 第五项: a rule the public can read). */
export async function listPublicOffsetRules(ctx: AppContext, regionCode: string): Promise<PublicOffsetRule[]> {
  return publishedOffsetRules(ctx.db, regionCode);
}
