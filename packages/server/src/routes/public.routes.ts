import {
  ErrorBodySchema,
  PublicBenchmarkPageSchema,
  PublicBenchmarkQuerySchema,
  PublicCreditEntitySchema,
  PublicCreditPageSchema,
  PublicCreditQuerySchema,
  PublicEntryPageSchema,
  PublicListQuerySchema,
  UsccParamsSchema,
} from '@rouxing/contracts';
import { listPublicCredit, publicCreditOf } from '../credit/use-cases/public-credit';
import { exportPublicEntriesCsv } from '../rules/use-cases/public/export-public-entries-csv';
import { exportPublicEntriesXlsx } from '../rules/use-cases/public/export-public-entries-xlsx';
import { listPublicBenchmarks } from '../rules/use-cases/public/list-public-benchmarks';
import { listPublicEntries } from '../rules/use-cases/public/list-public-entries';
import { ANONYMOUS_RATE, type Api, anonymousErrors, attachmentHeader, CSV_TYPE, fileReply, type RouteOptions, XLSX_TYPE } from './api';

const tags = ['公开（无需登录）'];
const publicErrors = anonymousErrors;

/**
 * The public portal's data, without login (常政办发〔2025〕5号 第2项: 公示, 对接市数据局; 行政处罚法 第三十四条:
 * 裁量基准应当向社会公布). Rate-limited per address; published records only.
 */
export function publicRoutes(api: Api, { ctx }: RouteOptions): void {
  const config = ANONYMOUS_RATE;
  api.get(
    '/public/no-penalty-lists',
    {
      config,
      schema: {
        tags,
        summary: '已发布的不予处罚清单条目（分页；since=ISO时间 返回其后发布或被替代的条目）',
        querystring: PublicListQuerySchema,
        response: { 200: PublicEntryPageSchema, ...publicErrors },
      },
    },
    async (req, reply) => {
      // Cacheable by proxies but revalidated each time: a publication must show at once.
      reply.header('cache-control', 'public, no-cache');
      return listPublicEntries(ctx, req.query);
    },
  );
  api.get(
    '/public/no-penalty-lists.csv',
    {
      config,
      schema: {
        tags,
        summary: '已发布清单条目（.csv，UTF-8）',
        querystring: PublicListQuerySchema,
        response: { 200: fileReply(CSV_TYPE, '已发布清单条目（.csv，UTF-8，带BOM）'), ...publicErrors },
      },
    },
    async (req, reply) => {
      reply.header('content-type', CSV_TYPE).header('content-disposition', attachmentHeader('不予处罚清单.csv'));
      return reply.send(await exportPublicEntriesCsv(ctx, req.query));
    },
  );
  api.get(
    '/public/no-penalty-lists.xlsx',
    {
      config,
      schema: {
        tags,
        summary: '已发布清单条目（.xlsx）',
        querystring: PublicListQuerySchema,
        response: { 200: fileReply(XLSX_TYPE, '已发布清单条目（.xlsx）'), ...publicErrors },
      },
    },
    async (req, reply) => {
      reply.header('content-type', XLSX_TYPE).header('content-disposition', attachmentHeader('不予处罚清单.xlsx'));
      return reply.send(await exportPublicEntriesXlsx(ctx, req.query));
    },
  );
  api.get(
    '/public/benchmarks',
    {
      config,
      schema: {
        tags,
        summary: '已发布的行政裁量基准',
        querystring: PublicBenchmarkQuerySchema,
        response: { 200: PublicBenchmarkPageSchema, ...publicErrors },
      },
    },
    async (req) => listPublicBenchmarks(ctx, req.query),
  );
  api.get(
    '/public/credit',
    {
      config,
      schema: {
        tags,
        summary: '公示中的失信信息（分页；q=主体名称或统一社会信用代码）；异议处理中的标注',
        querystring: PublicCreditQuerySchema,
        response: { 200: PublicCreditPageSchema, ...publicErrors },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'public, no-cache');
      return listPublicCredit(ctx, req.query);
    },
  );
  api.get(
    '/public/credit/:uscc',
    {
      config,
      schema: {
        tags,
        summary: '主体的信用信息公示页（公示中的失信信息和异议处理中的信息）',
        params: UsccParamsSchema,
        response: { 200: PublicCreditEntitySchema, 404: ErrorBodySchema, ...publicErrors },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'public, no-cache');
      return publicCreditOf(ctx, req.params.uscc);
    },
  );
}
