import { PublicBenchmarkPageSchema, PublicEntryPageSchema, PublicListQuerySchema } from '@rouxing/contracts';
import { z } from 'zod';
import { publicBenchmarks, publicEntries, publicEntriesCsv, publicEntriesXlsx } from '../rules/use-cases/public-feed';
import { type Api, attachmentHeader, type RouteOptions, XLSX_TYPE } from './api';

const tags = ['公开（无需登录）'];

/**
 * The public portal's data, without login (policy §2: 公示, 对接市数据局; 行政处罚法 第三十四条: 裁量基准
 * 应当向社会公布). Rate-limited per address; published records only.
 */
export function publicRoutes(api: Api, { ctx }: RouteOptions): void {
  const config = { rateLimit: { max: 120, timeWindow: '1 minute' } };
  api.get(
    '/public/no-penalty-lists',
    {
      config,
      schema: {
        tags,
        summary: '已发布的不予处罚清单条目（分页；since=ISO时间 返回其后发布或被替代的条目）',
        querystring: PublicListQuerySchema,
        response: { 200: PublicEntryPageSchema },
      },
    },
    async (req, reply) => {
      // Cacheable by proxies but revalidated each time: a publication must show at once.
      reply.header('cache-control', 'public, no-cache');
      return publicEntries(ctx, req.query);
    },
  );
  api.get(
    '/public/no-penalty-lists.csv',
    { config, schema: { tags, summary: '已发布清单条目（.csv，UTF-8）', querystring: PublicListQuerySchema } },
    async (req, reply) => {
      reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', attachmentHeader('不予处罚清单.csv'));
      return reply.send(await publicEntriesCsv(ctx, req.query));
    },
  );
  api.get(
    '/public/no-penalty-lists.xlsx',
    { config, schema: { tags, summary: '已发布清单条目（.xlsx）', querystring: PublicListQuerySchema } },
    async (req, reply) => {
      reply.header('content-type', XLSX_TYPE).header('content-disposition', attachmentHeader('不予处罚清单.xlsx'));
      return reply.send(await publicEntriesXlsx(ctx, req.query));
    },
  );
  api.get(
    '/public/benchmarks',
    {
      config,
      schema: {
        tags,
        summary: '已发布的行政裁量基准',
        querystring: z.object({
          region: z
            .string()
            .regex(/^\d{6}$/, '行政区划代码应为6位数字')
            .optional(),
          q: z.string().trim().max(100).optional(),
          page: z.coerce.number().int().min(1, '页码最小为1').default(1),
          pageSize: z.coerce.number().int().min(1).max(200, '每页条数最多200').default(20),
        }),
        response: { 200: PublicBenchmarkPageSchema },
      },
    },
    async (req) => publicBenchmarks(ctx, req.query),
  );
}
