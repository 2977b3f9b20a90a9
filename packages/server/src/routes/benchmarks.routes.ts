import {
  BenchmarkInputSchema,
  BenchmarkPageSchema,
  BenchmarkQuerySchema,
  BenchmarkUpdateSchema,
  DiscretionBenchmarkSchema,
  ErrorBodySchema,
} from '@rouxing/contracts';
import type { AppContext } from '../context';
import { requestMeta, requireActor } from '../http/request';
import { BENCHMARK_KIND } from '../rules/steps/review-kinds';
import { createBenchmark } from '../rules/use-cases/benchmarks/create-benchmark';
import { getBenchmark } from '../rules/use-cases/benchmarks/get-benchmark';
import { listBenchmarks } from '../rules/use-cases/benchmarks/list-benchmarks';
import { newBenchmarkVersion } from '../rules/use-cases/benchmarks/new-benchmark-version';
import { updateBenchmark } from '../rules/use-cases/benchmarks/update-benchmark';
import { type Api, errorReplies, IdParamsSchema } from './api';
import { reviewRoutes } from './review.routes';

const tags = ['行政裁量基准'];

/** Discretion benchmark versions (行政裁量基准, 行政处罚法 第三十四条): drafted and published like the lists. */
export function benchmarkRoutes(api: Api, ctx: AppContext): void {
  api.get(
    '/benchmarks',
    {
      schema: {
        tags,
        summary: '裁量基准版本（检索、分页）',
        querystring: BenchmarkQuerySchema,
        response: { 200: BenchmarkPageSchema, ...errorReplies },
      },
    },
    async (req) => listBenchmarks(ctx, requireActor(req), req.query),
  );
  api.get(
    '/benchmarks/:id',
    {
      schema: {
        tags,
        summary: '裁量基准详情',
        params: IdParamsSchema,
        response: { 200: DiscretionBenchmarkSchema, ...errorReplies },
      },
    },
    async (req) => getBenchmark(ctx, requireActor(req), req.params.id),
  );
  api.post(
    '/benchmarks',
    {
      schema: { tags, summary: '起草裁量基准', body: BenchmarkInputSchema, response: { 201: DiscretionBenchmarkSchema, ...errorReplies } },
    },
    async (req, reply) => reply.status(201).send(await createBenchmark(ctx, requireActor(req), req.body, requestMeta(req))),
  );
  api.put(
    '/benchmarks/:id',
    {
      schema: {
        tags,
        summary: '修改裁量基准草稿',
        params: IdParamsSchema,
        body: BenchmarkUpdateSchema,
        response: { 200: DiscretionBenchmarkSchema, 409: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req) => updateBenchmark(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
  reviewRoutes(api, ctx, '/benchmarks', BENCHMARK_KIND, tags, DiscretionBenchmarkSchema);
  api.post(
    '/benchmarks/:id/new-version',
    {
      schema: {
        tags,
        summary: '在已发布版本基础上新建草稿版本',
        params: IdParamsSchema,
        response: { 201: DiscretionBenchmarkSchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.status(201).send(await newBenchmarkVersion(ctx, requireActor(req), req.params.id, requestMeta(req))),
  );
}
