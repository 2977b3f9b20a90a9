import { DashboardCountsSchema } from '@rouxing/contracts';
import { getDashboardCounts } from '../dashboard/use-cases/get-dashboard-counts';
import { requireActor } from '../http/request';
import { type Api, errorReplies, type RouteOptions } from './api';

export function dashboardRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/dashboard/counts',
    {
      schema: {
        tags: ['工作台'],
        summary: '工作台：本角色各清单的条数（与清单同一查询、同一筛选条件）',
        response: { 200: DashboardCountsSchema, ...errorReplies },
      },
    },
    async (req) => getDashboardCounts(ctx, requireActor(req)),
  );
}
