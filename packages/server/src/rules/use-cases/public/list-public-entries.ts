import type { PublicEntryPage, PublicListQuery } from '@rouxing/contracts';
import { shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../../context';
import { toPublicEntry } from '../../public-entry';
import { searchPublicEntries } from '../../public-feed.repository';

/**
 * The entries of published lists, paged, without login (常政办发〔2025〕5号 第2项: 公示, 对接市数据局); with
 * `since`, the rows that changed after it (published or superseded), for a puller's increments.
 */
export async function listPublicEntries(ctx: AppContext, q: PublicListQuery): Promise<PublicEntryPage> {
  const { page, pageSize, ...filter } = q;
  const r = await searchPublicEntries(ctx.db, { ...filter, limit: pageSize, offset: (page - 1) * pageSize });
  const today = shanghaiToday(ctx.now());
  return { items: r.rows.map((row) => toPublicEntry(row, today)), total: r.total, page, pageSize, generatedAt: ctx.now().toISOString() };
}
