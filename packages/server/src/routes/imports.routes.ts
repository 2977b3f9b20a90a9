import { ImportJobPageSchema, PageQuerySchema } from '@rouxing/contracts';
import { requireActor } from '../http/request';
import { getImportTemplate } from '../imports/use-cases/get-import-template';
import { listVisibleImportJobs } from '../imports/use-cases/list-import-jobs';
import { startEntityImport } from '../imports/use-cases/start-entity-import';
import { type Api, errorReplies, type RouteOptions } from './api';
import { fileImportRoutes } from './file-import.routes';

const tags = ['市场主体导入'];

export function importRoutes(api: Api, { ctx }: RouteOptions): void {
  fileImportRoutes(api, ctx, {
    path: '/entity-imports',
    tags,
    title: '市场主体',
    uploadSummary: '上传.xlsx或.csv导入市场主体（后台分批提交，返回任务）',
    template: getImportTemplate,
    start: startEntityImport,
  });

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
}
