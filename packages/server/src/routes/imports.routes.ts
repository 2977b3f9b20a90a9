import { ErrorBodySchema, ImportJobPageSchema, ImportJobSchema, ImportTemplateQuerySchema, PageQuerySchema } from '@rouxing/contracts';
import { requestMeta, requireActor } from '../http/request';
import { exportImportErrors } from '../imports/use-cases/export-import-errors';
import { getImportJob } from '../imports/use-cases/get-import-job';
import { getImportTemplate } from '../imports/use-cases/get-import-template';
import { listVisibleImportJobs } from '../imports/use-cases/list-import-jobs';
import { startEntityImport } from '../imports/use-cases/start-entity-import';
import {
  type Api,
  attachmentHeader,
  CSV_TYPE,
  errorReplies,
  fileReply,
  IdParamsSchema,
  type RouteOptions,
  readUploadStream,
  XLSX_TYPE,
} from './api';

const tags = ['市场主体导入'];

export function importRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/entity-imports/template',
    {
      schema: {
        tags,
        summary: '下载导入模板',
        querystring: ImportTemplateQuerySchema,
        response: { 200: fileReply([XLSX_TYPE, CSV_TYPE], '市场主体导入模板（.xlsx 或 .csv）'), ...errorReplies },
      },
    },
    async (req, reply) => {
      requireActor(req);
      const { fileName, body } = await getImportTemplate(req.query);
      reply
        .header('content-type', req.query.format === 'csv' ? CSV_TYPE : XLSX_TYPE)
        .header('content-disposition', attachmentHeader(fileName));
      return reply.send(body);
    },
  );

  api.post(
    '/entity-imports',
    {
      schema: {
        tags,
        summary: '上传.xlsx或.csv导入市场主体（后台分批提交，返回任务）',
        consumes: ['multipart/form-data'],
        response: { 202: ImportJobSchema, 413: ErrorBodySchema, 415: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { job } = await startEntityImport(ctx, actor, await readUploadStream(req), requestMeta(req));
      return reply.status(202).send(job);
    },
  );

  api.get(
    '/entity-imports',
    {
      schema: {
        tags,
        summary: '本部门的导入任务',
        querystring: PageQuerySchema,
        response: { 200: ImportJobPageSchema, ...errorReplies },
      },
    },
    async (req) => listVisibleImportJobs(ctx, requireActor(req), req.query),
  );

  api.get(
    '/entity-imports/:id',
    {
      schema: {
        tags,
        summary: '导入任务进度与错误行（前100条）',
        params: IdParamsSchema,
        response: { 200: ImportJobSchema, ...errorReplies },
      },
    },
    async (req) => getImportJob(ctx, requireActor(req), req.params.id),
  );

  api.get(
    '/entity-imports/:id/errors.xlsx',
    {
      schema: {
        tags,
        summary: '全部错误行（.xlsx）',
        params: IdParamsSchema,
        response: { 200: fileReply(XLSX_TYPE, '导入的全部错误行（.xlsx）'), ...errorReplies },
      },
    },
    async (req, reply) => {
      const { fileName, stream } = await exportImportErrors(ctx, requireActor(req), req.params.id);
      reply.header('content-type', XLSX_TYPE).header('content-disposition', attachmentHeader(fileName));
      return reply.send(stream);
    },
  );
}
