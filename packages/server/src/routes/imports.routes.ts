import { ErrorBodySchema, ImportJobSchema, PageQuerySchema, pageOf } from '@rouxing/contracts';
import { z } from 'zod';
import { AppError } from '../errors';
import { requestMeta, requireActor } from '../http/request';
import { getImportJob, listVisibleImportJobs } from '../imports/use-cases/get-import-job';
import { entityImportTemplateCsv, entityImportTemplateXlsx, importErrorsXlsx } from '../imports/use-cases/import-files';
import { startEntityImport } from '../imports/use-cases/start-entity-import';
import { type Api, attachmentHeader, errorReplies, IdParamsSchema, type RouteOptions, XLSX_TYPE } from './api';

const tags = ['市场主体导入'];

export function importRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/entity-imports/template',
    { schema: { tags, summary: '下载导入模板', querystring: z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') }) } },
    async (req, reply) => {
      requireActor(req);
      if (req.query.format === 'csv') {
        reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', attachmentHeader('市场主体导入模板.csv'));
        return reply.send(entityImportTemplateCsv());
      }
      reply.header('content-type', XLSX_TYPE).header('content-disposition', attachmentHeader('市场主体导入模板.xlsx'));
      return reply.send(await entityImportTemplateXlsx());
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
      if (!req.isMultipart()) {
        throw new AppError('VALIDATION', 'file：请以multipart/form-data上传文件', [{ path: 'file', message: '请上传文件' }]);
      }
      const file = await req.file();
      if (!file) {
        throw new AppError('VALIDATION', 'file：请上传文件', [{ path: 'file', message: '请上传文件' }]);
      }
      const { job } = await startEntityImport(ctx, actor, { fileName: file.filename || 'upload', stream: file.file }, requestMeta(req));
      if (file.file.truncated) {
        throw new AppError('UPLOAD.TOO_LARGE', '文件超过200 MB的大小限制', [{ path: 'file', message: '文件超过200 MB' }]);
      }
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
        response: { 200: pageOf(ImportJobSchema), ...errorReplies },
      },
    },
    async (req) => listVisibleImportJobs(ctx, requireActor(req), req.query.page, req.query.pageSize),
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
    { schema: { tags, summary: '全部错误行（.xlsx）', params: IdParamsSchema } },
    async (req, reply) => {
      const { fileName, stream } = await importErrorsXlsx(ctx, requireActor(req), req.params.id);
      reply.header('content-type', XLSX_TYPE).header('content-disposition', attachmentHeader(fileName));
      return reply.send(stream);
    },
  );
}
