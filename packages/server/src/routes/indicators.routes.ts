/** 督导考评 indicators over HTTP (issue 12 items 1–2): the registry, the overview of a period, its .xlsx, and the records behind a figure. */
import {
  IndicatorKeyParamsSchema,
  IndicatorOverviewQuerySchema,
  IndicatorOverviewSchema,
  IndicatorRecordsQuerySchema,
  IndicatorSchema,
  IndicatorSourceRecordSchema,
  JointRateVisitSchema,
} from '@rouxing/contracts';
import { INDICATORS } from '@rouxing/domain';
import { z } from 'zod';
import { requireActor } from '../http/request';
import { exportIndicatorOverviewXlsx } from '../indicators/use-cases/export-indicator-overview-xlsx';
import { getIndicatorOverview } from '../indicators/use-cases/get-indicator-overview';
import { listIndicatorRecords } from '../indicators/use-cases/list-indicator-records';
import { type Api, attachmentHeader, errorReplies, fileReply, type RouteOptions, XLSX_TYPE } from './api';

const tags = ['督导考评'];

export function indicatorRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/indicators',
    {
      schema: {
        tags,
        summary: '督导考评指标：名称、定义、单位、目标、方向、权重、分子分母口径',
        response: { 200: z.array(IndicatorSchema), ...errorReplies },
      },
    },
    async (req) => {
      requireActor(req);
      return INDICATORS.map((i) => ({ ...i }));
    },
  );
  api.get(
    '/indicators/overview',
    {
      schema: {
        tags,
        summary: '督导考评总览：某年或某月各指标的全市及各部门数值（随记录写入即时更新）',
        querystring: IndicatorOverviewQuerySchema,
        response: { 200: IndicatorOverviewSchema, ...errorReplies },
      },
    },
    async (req) => getIndicatorOverview(ctx, requireActor(req), req.query),
  );
  api.get(
    '/indicators/overview.xlsx',
    {
      schema: {
        tags,
        summary: '导出督导考评总览（.xlsx）',
        querystring: IndicatorOverviewQuerySchema,
        response: { 200: fileReply(XLSX_TYPE, '督导考评总览（.xlsx）'), ...errorReplies },
      },
    },
    async (req, reply) => {
      const file = await exportIndicatorOverviewXlsx(ctx, requireActor(req), req.query);
      reply.header('content-type', XLSX_TYPE);
      reply.header('content-disposition', attachmentHeader(`督导考评总览-${req.query.period}.xlsx`));
      return reply.send(file);
    },
  );
  api.get(
    '/indicators/:key/records',
    {
      schema: {
        tags,
        summary: '指标数值背后的记录（某部门或全市；综合查一次实施率：计入的检查；不予处罚决定数：决定；业务培训学时：培训）',
        params: IndicatorKeyParamsSchema,
        querystring: IndicatorRecordsQuerySchema,
        response: { 200: z.union([z.array(JointRateVisitSchema), z.array(IndicatorSourceRecordSchema)]), ...errorReplies },
      },
    },
    async (req) => listIndicatorRecords(ctx, requireActor(req), req.params.key, req.query),
  );
}
