import type { GuidingCase } from '@rouxing/contracts';
import { industryName } from '@rouxing/domain';
import type { AppContext } from '../../../context';
import { searchGuidingCases } from '../guiding-case.repository';

/** The public portal's guiding cases of the region (常政办发〔2025〕5号 第十项, no login): searchable by words in title, summary, body, keywords. */
export async function listPublicGuidingCases(ctx: AppContext, regionCode: string, q: string | undefined): Promise<GuidingCase[]> {
  const rows = await searchGuidingCases(ctx.db, regionCode, q);
  // GB/T 4754 names: the public page has no login to read the industry list with.
  return rows.map((g) => ({ ...g, industryName: industryName(String(g.industry)) ?? '' }));
}
