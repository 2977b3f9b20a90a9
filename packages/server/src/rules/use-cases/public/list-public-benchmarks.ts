import type { PublicBenchmarkPage, PublicBenchmarkQuery } from '@rouxing/contracts';
import type { AppContext } from '../../../context';
import { searchBenchmarks } from '../../benchmark.repository';

/** The published benchmarks of a region (default: the server's), without login (行政处罚法 第三十四条: 裁量基准应当向社会公布). */
export async function listPublicBenchmarks(ctx: AppContext, q: PublicBenchmarkQuery): Promise<PublicBenchmarkPage> {
  const regionCode = q.region ?? ctx.config.regionCode;
  const r = await searchBenchmarks(ctx.db, regionCode, { violationCode: q.q, publishedOnly: true, page: q.page, pageSize: q.pageSize });
  return {
    items: r.items.map((b) => ({
      id: b.id,
      regionCode: b.regionCode,
      version: b.version,
      violationCode: b.violationCode,
      violationName: b.violationName,
      level: b.level,
      issuer: b.issuer,
      departmentName: b.departmentName,
      fine: b.fine,
      tiers: b.tiers,
      mitigatedFloor: b.mitigatedFloor,
      aggravating: b.aggravating,
      mitigating: b.mitigating,
      effectiveFrom: b.effectiveFrom,
      note: b.note,
      publishedAt: b.publishedAt,
    })),
    total: r.total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
