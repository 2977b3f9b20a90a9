import { WorkbenchCountsSchema } from '@rouxing/contracts';
import { requireActor } from '../http/request';
import { getWorkbenchCounts } from '../workbench/use-cases/get-workbench-counts';
import { type Api, errorReplies, type RouteOptions } from './api';

export function workbenchRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/workbench/counts',
    {
      schema: {
        tags: ['工作台'],
        summary: '工作台：本角色各清单的条数（与清单同一查询、同一筛选条件）',
        response: { 200: WorkbenchCountsSchema, ...errorReplies },
      },
    },
    async (req) => getWorkbenchCounts(ctx, requireActor(req)),
  );
}
