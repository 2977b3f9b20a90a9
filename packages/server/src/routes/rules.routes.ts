import {
  CatalogueImportResultSchema,
  ErrorBodySchema,
  PriorViolationRecordListSchema,
  ResolvedRulesSchema,
  ResolveRulesQuerySchema,
  ViolationItemInputSchema,
  ViolationItemPageSchema,
  ViolationItemQuerySchema,
  ViolationItemSchema,
  ViolationItemUpdateSchema,
} from '@rouxing/contracts';
import { requestMeta, requireActor } from '../http/request';
import { MAX_RULE_FILE_BYTES } from '../rules/import/rule-file';
import { buildImportTemplate } from '../rules/use-cases/build-import-template';
import { listPriorViolations } from '../rules/use-cases/decisions/list-prior-violations';
import { resolveRules } from '../rules/use-cases/decisions/resolve-rules';
import { createViolationItem } from '../rules/use-cases/violation-items/create-violation-item';
import { getViolationItem } from '../rules/use-cases/violation-items/get-violation-item';
import { importCatalogue } from '../rules/use-cases/violation-items/import-catalogue';
import { listViolationItems } from '../rules/use-cases/violation-items/list-violation-items';
import { updateViolationItem } from '../rules/use-cases/violation-items/update-violation-item';
import { type Api, attachmentHeader, errorReplies, fileReply, IdParamsSchema, type RouteOptions, readUpload, XLSX_TYPE } from './api';
import { benchmarkRoutes } from './benchmarks.routes';
import { noPenaltyListRoutes } from './no-penalty-lists.routes';

const tags = ['违法行为目录'];

/**
 * The rules catalogue: violation items (违法行为事项) here, the no-penalty lists and the benchmarks in their
 * own route files, and the decision assistant's look-ups (the rules of an item, a party's prior decisions).
 */
export function rulesRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/violation-items',
    {
      schema: {
        tags,
        summary: '违法行为事项（检索、分页）',
        querystring: ViolationItemQuerySchema,
        response: { 200: ViolationItemPageSchema, ...errorReplies },
      },
    },
    async (req) => listViolationItems(ctx, requireActor(req), req.query),
  );
  api.get(
    '/violation-items/template.xlsx',
    {
      schema: {
        tags,
        summary: '违法行为目录导入模板',
        response: { 200: fileReply(XLSX_TYPE, '违法行为目录导入模板（.xlsx）'), ...errorReplies },
      },
    },
    async (req, reply) => {
      requireActor(req);
      reply.header('content-type', XLSX_TYPE).header('content-disposition', attachmentHeader('违法行为目录导入模板.xlsx'));
      return reply.send(await buildImportTemplate('catalogue'));
    },
  );
  api.get(
    '/violation-items/resolve',
    {
      schema: {
        tags,
        summary: '决策辅助：违法行为事项及其现行不予处罚清单条目和适用的裁量基准',
        querystring: ResolveRulesQuerySchema,
        response: { 200: ResolvedRulesSchema, ...errorReplies },
      },
    },
    async (req) => resolveRules(ctx, requireActor(req), req.query),
  );
  api.post(
    '/violation-items/import',
    {
      schema: {
        tags,
        summary: '从.xlsx或.csv导入违法行为目录（新编码新增，已有编码更新；任何一行有误则全部不导入）',
        consumes: ['multipart/form-data'],
        response: {
          200: CatalogueImportResultSchema,
          409: ErrorBodySchema,
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
        tags,
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
        tags,
        summary: '新增违法行为事项（法制审核人员）',
        body: ViolationItemInputSchema,
        response: { 201: ViolationItemSchema, 409: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.status(201).send(await createViolationItem(ctx, requireActor(req), req.body, requestMeta(req))),
  );
  api.put(
    '/violation-items/:id',
    {
      schema: {
        tags,
        summary: '修改违法行为事项（乐观版本）',
        params: IdParamsSchema,
        body: ViolationItemUpdateSchema,
        response: { 200: ViolationItemSchema, 409: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req) => updateViolationItem(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );

  noPenaltyListRoutes(api, ctx);
  benchmarkRoutes(api, ctx);

  api.get(
    '/entities/:id/prior-violations',
    {
      schema: {
        tags: ['市场主体'],
        summary: '该主体的历次处罚和不予处罚决定（初次违法判断用）',
        params: IdParamsSchema,
        response: { 200: PriorViolationRecordListSchema, ...errorReplies },
      },
    },
    async (req) => listPriorViolations(ctx, requireActor(req), req.params.id),
  );
}
