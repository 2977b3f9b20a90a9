/** The working-day calendar over HTTP: the stored arrangements, a year entered by the administrator, a count. */
import {
  HolidayArrangementInputSchema,
  HolidayArrangementSchema,
  WorkdaysAnswerSchema,
  WorkdaysQuerySchema,
  YearParamsSchema,
} from '@rouxing/contracts';
import { z } from 'zod';
import { countWorkdays } from '../calendar/use-cases/count-workdays';
import { listHolidayArrangements } from '../calendar/use-cases/list-holiday-arrangements';
import { saveArrangement } from '../calendar/use-cases/save-holiday-arrangement';
import { requestMeta, requireActor } from '../http/request';
import { type Api, errorReplies, type RouteOptions } from './api';

const tags = ['工作日历'];

export function calendarRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/holiday-arrangements',
    {
      schema: { tags, summary: '已录入的国务院节假日安排（按年）', response: { 200: z.array(HolidayArrangementSchema), ...errorReplies } },
    },
    async (req) => listHolidayArrangements(ctx, requireActor(req)),
  );
  api.put(
    '/holiday-arrangements/:year',
    {
      schema: {
        tags,
        summary: '录入或更正某年的节假日安排（系统管理员）',
        params: YearParamsSchema,
        body: HolidayArrangementInputSchema,
        response: { 200: HolidayArrangementSchema, ...errorReplies },
      },
    },
    async (req) => saveArrangement(ctx, requireActor(req), requestMeta(req), req.params.year, req.body),
  );
  api.get(
    '/workdays',
    {
      schema: {
        tags,
        summary: '按工作日计算期限：from 之后第 add 个工作日（不含起算日）',
        querystring: WorkdaysQuerySchema,
        response: { 200: WorkdaysAnswerSchema, ...errorReplies },
      },
    },
    async (req) => {
      requireActor(req);
      return countWorkdays(ctx, req.query.from, req.query.add);
    },
  );
}
