import {
  BenchmarkPageSchema,
  BenchmarkQuerySchema,
  DiscretionBenchmarkSchema,
  ErrorBodySchema,
  NoPenaltyListDetailSchema,
  NoPenaltyListPageSchema,
  NoPenaltyListQuerySchema,
  PriorViolationRecordSchema,
  ResolvedRulesSchema,
  ViolationItemPageSchema,
  ViolationItemQuerySchema,
  ViolationItemSchema,
} from '@rouxing/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requestMeta, requireActor } from '../http/request';
import { MAX_RULE_FILE_BYTES } from '../rules/rule-import';
import {
  BENCHMARK_KIND,
  createBenchmark,
  getBenchmark,
  listBenchmarks,
  newBenchmarkVersion,
  updateBenchmark,
} from '../rules/use-cases/benchmarks';
import { importCatalogue, importNoPenaltyList, ruleTemplateXlsx } from '../rules/use-cases/import-rules';
import {
  createNoPenaltyList,
  getNoPenaltyList,
  LIST_KIND,
  listNoPenaltyLists,
  newNoPenaltyListVersion,
  updateNoPenaltyList,
} from '../rules/use-cases/no-penalty-lists';
import { priorViolationsOf, resolveRules } from '../rules/use-cases/resolve-rules';
import { approveVersion, rejectVersion, submitVersion, type VersionedKind } from '../rules/use-cases/review-transitions';
import { createViolationItem, getViolationItem, listViolationItems, updateViolationItem } from '../rules/use-cases/violation-items';
import { type Api, attachmentHeader, errorReplies, IdParamsSchema, type RouteOptions, readUpload, XLSX_TYPE } from './api';

/** submit / approve / reject / new-version routes of a versioned kind. */
function reviewRoutes(
  api: Api,
  { ctx }: RouteOptions,
  base: string,
  kind: VersionedKind,
  tags: string[],
  read: (req: FastifyRequest, id: string) => Promise<unknown>,
  newVersion: (req: FastifyRequest, id: string) => Promise<unknown>,
  schema: z.ZodTypeAny,
): void {
  const body = z.object({ revision: z.number().optional(), reason: z.string().optional() }).passthrough().optional();
  const steps = [
    { path: 'submit', summary: '提交审核', run: submitVersion },
    { path: 'approve', summary: '审核发布（起草人不能审核自己的版本；同一系列的原发布版本被替代）', run: approveVersion },
    { path: 'reject', summary: '退回修改（须填写理由）', run: rejectVersion },
  ] as const;
  for (const step of steps) {
    api.post(
      `${base}/:id/${step.path}`,
      {
        schema: {
          tags,
          summary: step.summary,
          params: IdParamsSchema,
          body,
          response: { 200: schema, 409: ErrorBodySchema, ...errorReplies },
        },
      },
      async (req) => {
        await step.run(ctx, kind, requireActor(req), req.params.id, req.body, requestMeta(req));
        return read(req, req.params.id);
      },
    );
  }
  api.post(
    `${base}/:id/new-version`,
    {
      schema: {
        tags,
        summary: '在已发布版本基础上新建草稿版本',
        params: IdParamsSchema,
        response: { 201: schema, 409: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.status(201).send(await newVersion(req, req.params.id)),
  );
}

export function rulesRoutes(api: Api, opts: RouteOptions): void {
  const { ctx } = opts;
  const catalogueTags = ['违法行为目录'];
  api.get(
    '/violation-items',
    {
      schema: {
        tags: catalogueTags,
        summary: '违法行为事项（检索、分页）',
        querystring: ViolationItemQuerySchema,
        response: { 200: ViolationItemPageSchema, ...errorReplies },
      },
    },
    async (req) => listViolationItems(ctx, requireActor(req), req.query),
  );
  api.get('/violation-items/template.xlsx', { schema: { tags: catalogueTags, summary: '违法行为目录导入模板' } }, async (req, reply) => {
    requireActor(req);
    reply.header('content-type', XLSX_TYPE).header('content-disposition', attachmentHeader('违法行为目录导入模板.xlsx'));
    return reply.send(await ruleTemplateXlsx('catalogue'));
  });
  api.get(
    '/violation-items/resolve',
    {
      schema: {
        tags: catalogueTags,
        summary: '决策辅助：违法行为事项及其现行不予处罚清单条目和适用的裁量基准',
        querystring: z.object({
          code: z.string().min(1, '请填写违法行为编码'),
          on: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD')
            .optional(),
        }),
        response: { 200: ResolvedRulesSchema, ...errorReplies },
      },
    },
    async (req) => resolveRules(ctx, requireActor(req), req.query.code, req.query.on),
  );
  api.post(
    '/violation-items/import',
    {
      schema: {
        tags: catalogueTags,
        summary: '从.xlsx或.csv导入违法行为目录（新编码新增，已有编码更新；任何一行有误则全部不导入）',
        consumes: ['multipart/form-data'],
        response: {
          200: z.object({ created: z.number(), updated: z.number() }),
          413: ErrorBodySchema,
          415: ErrorBodySchema,
          ...errorReplies,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { file, fileName } = await readUpload(req, MAX_RULE_FILE_BYTES);
      return importCatalogue(ctx, actor, file, fileName, requestMeta(req));
    },
  );
  api.get(
    '/violation-items/:id',
    {
      schema: {
        tags: catalogueTags,
        summary: '违法行为事项详情',
        params: IdParamsSchema,
        response: { 200: ViolationItemSchema, ...errorReplies },
      },
    },
    async (req) => getViolationItem(ctx, requireActor(req), req.params.id),
  );
  api.post(
    '/violation-items',
    {
      schema: {
        tags: catalogueTags,
        summary: '新增违法行为事项（法制审核人员）',
        response: { 201: ViolationItemSchema, 409: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.status(201).send(await createViolationItem(ctx, requireActor(req), req.body, requestMeta(req))),
  );
  api.put(
    '/violation-items/:id',
    {
      schema: {
        tags: catalogueTags,
        summary: '修改违法行为事项（乐观版本）',
        params: IdParamsSchema,
        response: { 200: ViolationItemSchema, 409: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req) => updateViolationItem(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );

  const listTags = ['不予处罚清单'];
  api.get(
    '/no-penalty-lists',
    {
      schema: {
        tags: listTags,
        summary: '清单版本（检索、分页）',
        querystring: NoPenaltyListQuerySchema,
        response: { 200: NoPenaltyListPageSchema, ...errorReplies },
      },
    },
    async (req) => listNoPenaltyLists(ctx, requireActor(req), req.query),
  );
  api.get('/no-penalty-lists/template.xlsx', { schema: { tags: listTags, summary: '清单导入模板' } }, async (req, reply) => {
    requireActor(req);
    reply.header('content-type', XLSX_TYPE).header('content-disposition', attachmentHeader('不予处罚清单导入模板.xlsx'));
    return reply.send(await ruleTemplateXlsx('list'));
  });
  api.post(
    '/no-penalty-lists/import',
    {
      schema: {
        tags: listTags,
        summary: '从.xlsx或.csv导入清单为新草稿（清单信息随表单字段提交；任何一行有误则全部不导入）',
        consumes: ['multipart/form-data'],
        response: { 201: NoPenaltyListDetailSchema, 413: ErrorBodySchema, 415: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { file, fileName, fields } = await readUpload(req, MAX_RULE_FILE_BYTES);
      return reply.status(201).send(await importNoPenaltyList(ctx, actor, file, fileName, fields, requestMeta(req)));
    },
  );
  api.get(
    '/no-penalty-lists/:id',
    {
      schema: {
        tags: listTags,
        summary: '清单版本详情（含条目）',
        params: IdParamsSchema,
        response: { 200: NoPenaltyListDetailSchema, ...errorReplies },
      },
    },
    async (req) => getNoPenaltyList(ctx, requireActor(req), req.params.id),
  );
  api.post(
    '/no-penalty-lists',
    { schema: { tags: listTags, summary: '起草清单（第1版草稿）', response: { 201: NoPenaltyListDetailSchema, ...errorReplies } } },
    async (req, reply) => reply.status(201).send(await createNoPenaltyList(ctx, requireActor(req), req.body, requestMeta(req))),
  );
  api.put(
    '/no-penalty-lists/:id',
    {
      schema: {
        tags: listTags,
        summary: '修改草稿（条目整体替换）',
        params: IdParamsSchema,
        response: { 200: NoPenaltyListDetailSchema, 409: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req) => updateNoPenaltyList(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
  reviewRoutes(
    api,
    opts,
    '/no-penalty-lists',
    LIST_KIND,
    listTags,
    (req, id) => getNoPenaltyList(ctx, requireActor(req), id),
    (req, id) => newNoPenaltyListVersion(ctx, requireActor(req), id, requestMeta(req)),
    NoPenaltyListDetailSchema,
  );

  const benchmarkTags = ['行政裁量基准'];
  api.get(
    '/benchmarks',
    {
      schema: {
        tags: benchmarkTags,
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
        tags: benchmarkTags,
        summary: '裁量基准详情',
        params: IdParamsSchema,
        response: { 200: DiscretionBenchmarkSchema, ...errorReplies },
      },
    },
    async (req) => getBenchmark(ctx, requireActor(req), req.params.id),
  );
  api.post(
    '/benchmarks',
    { schema: { tags: benchmarkTags, summary: '起草裁量基准', response: { 201: DiscretionBenchmarkSchema, ...errorReplies } } },
    async (req, reply) => reply.status(201).send(await createBenchmark(ctx, requireActor(req), req.body, requestMeta(req))),
  );
  api.put(
    '/benchmarks/:id',
    {
      schema: {
        tags: benchmarkTags,
        summary: '修改裁量基准草稿',
        params: IdParamsSchema,
        response: { 200: DiscretionBenchmarkSchema, 409: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req) => updateBenchmark(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
  reviewRoutes(
    api,
    opts,
    '/benchmarks',
    BENCHMARK_KIND,
    benchmarkTags,
    (req, id) => getBenchmark(ctx, requireActor(req), id),
    (req, id) => newBenchmarkVersion(ctx, requireActor(req), id, requestMeta(req)),
    DiscretionBenchmarkSchema,
  );

  api.get(
    '/entities/:id/prior-violations',
    {
      schema: {
        tags: ['市场主体'],
        summary: '该主体的历次处罚和不予处罚决定（初次违法判断用）',
        params: IdParamsSchema,
        response: { 200: z.array(PriorViolationRecordSchema), ...errorReplies },
      },
    },
    async (req) => priorViolationsOf(ctx, requireActor(req), req.params.id),
  );
}
