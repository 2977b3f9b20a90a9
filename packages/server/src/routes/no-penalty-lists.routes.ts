import {
  ErrorBodySchema,
  NoPenaltyListDetailSchema,
  NoPenaltyListImportFieldsSchema,
  NoPenaltyListInputSchema,
  NoPenaltyListPageSchema,
  NoPenaltyListQuerySchema,
  NoPenaltyListUpdateSchema,
} from '@rouxing/contracts';
import type { AppContext } from '../context';
import { validationError } from '../errors';
import { requestMeta, requireActor } from '../http/request';
import { MAX_RULE_FILE_BYTES } from '../rules/import/rule-file';
import { LIST_KIND } from '../rules/steps/review-kinds';
import { buildImportTemplate } from '../rules/use-cases/build-import-template';
import { createNoPenaltyList } from '../rules/use-cases/no-penalty-lists/create-no-penalty-list';
import { getNoPenaltyList } from '../rules/use-cases/no-penalty-lists/get-no-penalty-list';
import { importNoPenaltyList } from '../rules/use-cases/no-penalty-lists/import-no-penalty-list';
import { listNoPenaltyLists } from '../rules/use-cases/no-penalty-lists/list-no-penalty-lists';
import { newNoPenaltyListVersion } from '../rules/use-cases/no-penalty-lists/new-no-penalty-list-version';
import { updateNoPenaltyList } from '../rules/use-cases/no-penalty-lists/update-no-penalty-list';
import { fieldsOfZodError } from '../validation';
import { type Api, attachmentHeader, errorReplies, fileReply, IdParamsSchema, readUpload, XLSX_TYPE } from './api';
import { reviewRoutes } from './review.routes';

const tags = ['不予处罚清单'];

/** No-penalty list versions (不予处罚清单, 常政办发〔2025〕5号 第1项、第2项): drafted, reviewed, published, superseded. */
export function noPenaltyListRoutes(api: Api, ctx: AppContext): void {
  api.get(
    '/no-penalty-lists',
    {
      schema: {
        tags,
        summary: '清单版本（检索、分页）',
        querystring: NoPenaltyListQuerySchema,
        response: { 200: NoPenaltyListPageSchema, ...errorReplies },
      },
    },
    async (req) => listNoPenaltyLists(ctx, requireActor(req), req.query),
  );
  api.get(
    '/no-penalty-lists/template.xlsx',
    { schema: { tags, summary: '清单导入模板', response: { 200: fileReply(XLSX_TYPE, '清单导入模板（.xlsx）'), ...errorReplies } } },
    async (req, reply) => {
      requireActor(req);
      reply.header('content-type', XLSX_TYPE).header('content-disposition', attachmentHeader('不予处罚清单导入模板.xlsx'));
      return reply.send(await buildImportTemplate('list'));
    },
  );
  api.post(
    '/no-penalty-lists/import',
    {
      schema: {
        tags,
        summary: '从.xlsx或.csv导入清单为新草稿（清单信息随表单字段提交；任何一行有误则全部不导入）',
        consumes: ['multipart/form-data'],
        response: { 201: NoPenaltyListDetailSchema, 413: ErrorBodySchema, 415: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { file, fileName, fields } = await readUpload(req, MAX_RULE_FILE_BYTES);
      const head = NoPenaltyListImportFieldsSchema.safeParse(fields);
      if (!head.success) {
        throw validationError(fieldsOfZodError(head.error));
      }
      return reply.status(201).send(await importNoPenaltyList(ctx, actor, { data: file, fileName }, head.data, requestMeta(req)));
    },
  );
  api.get(
    '/no-penalty-lists/:id',
    {
      schema: {
        tags,
        summary: '清单版本详情（含条目）',
        params: IdParamsSchema,
        response: { 200: NoPenaltyListDetailSchema, ...errorReplies },
      },
    },
    async (req) => getNoPenaltyList(ctx, requireActor(req), req.params.id),
  );
  api.post(
    '/no-penalty-lists',
    {
      schema: {
        tags,
        summary: '起草清单（第1版草稿）',
        body: NoPenaltyListInputSchema,
        response: { 201: NoPenaltyListDetailSchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.status(201).send(await createNoPenaltyList(ctx, requireActor(req), req.body, requestMeta(req))),
  );
  api.put(
    '/no-penalty-lists/:id',
    {
      schema: {
        tags,
        summary: '修改草稿（条目整体替换）',
        params: IdParamsSchema,
        body: NoPenaltyListUpdateSchema,
        response: { 200: NoPenaltyListDetailSchema, 409: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req) => updateNoPenaltyList(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
  reviewRoutes(api, ctx, '/no-penalty-lists', LIST_KIND, tags, NoPenaltyListDetailSchema);
  api.post(
    '/no-penalty-lists/:id/new-version',
    {
      schema: {
        tags,
        summary: '在已发布版本基础上新建草稿版本',
        params: IdParamsSchema,
        response: { 201: NoPenaltyListDetailSchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.status(201).send(await newNoPenaltyListVersion(ctx, requireActor(req), req.params.id, requestMeta(req))),
  );
}
