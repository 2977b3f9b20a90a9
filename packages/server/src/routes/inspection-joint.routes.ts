/** 综合查一次: merge candidates, merging two plans into one joint visit, and the indicators. Registered by `inspectionRoutes`. */
import {
  InspectionMetricsQuerySchema,
  InspectionMetricsSchema,
  JointGroupSchema,
  JointRateQuerySchema,
  JointRateReportSchema,
  JointRateVisitSchema,
  JointRateVisitsQuerySchema,
  MergeCandidateSchema,
  MergePlansBodySchema,
} from '@rouxing/contracts';
import { z } from 'zod';
import { requestMeta, requireActor } from '../http/request';
import { getInspectionMetrics } from '../inspections/use-cases/get-inspection-metrics';
import { getJointRate } from '../inspections/use-cases/get-joint-rate';
import { listJointRateVisits } from '../inspections/use-cases/list-joint-rate-visits';
import { listMergeCandidates } from '../inspections/use-cases/list-merge-candidates';
import { mergePlans } from '../inspections/use-cases/merge-plans';
import { type Api, errorReplies, IdParamsSchema, type RouteOptions } from './api';

const tags = ['入企检查'];

export function inspectionJointRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/inspections/:id/merge-candidates',
    {
      schema: {
        tags,
        summary: '可合并为“综合查一次”的其他部门检查计划（同一主体、期限相近、任务清单列明的事项）',
        params: IdParamsSchema,
        response: { 200: z.array(MergeCandidateSchema), ...errorReplies },
      },
    },
    async (req) => listMergeCandidates(ctx, requireActor(req), req.params.id),
  );
  api.post(
    '/inspections/:id/merge',
    {
      schema: {
        tags,
        summary: '与另一部门的检查计划合并为联合检查（计为一次入企）',
        params: IdParamsSchema,
        body: MergePlansBodySchema,
        response: { 200: JointGroupSchema, ...errorReplies },
      },
    },
    async (req) => mergePlans(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
  api.get(
    '/inspection-metrics',
    {
      schema: {
        tags,
        summary: '检查指标：食品药品餐饮领域“综合查一次”比例（目标≥20%）、户均检查次数、拦截的重复检查、使用的豁免',
        querystring: InspectionMetricsQuerySchema,
        response: { 200: InspectionMetricsSchema, ...errorReplies },
      },
    },
    async (req) => getInspectionMetrics(ctx, requireActor(req), req.query.year),
  );
  api.get(
    '/inspection-metrics/joint-rate',
    {
      schema: {
        tags,
        summary: '“综合查一次”实施率（食品、药品、餐饮领域，按签到日期，联合检查计一次）：全市及各部门',
        querystring: JointRateQuerySchema,
        response: { 200: JointRateReportSchema, ...errorReplies },
      },
    },
    async (req) => getJointRate(ctx, requireActor(req), req.query),
  );
  api.get(
    '/inspection-metrics/joint-rate/visits',
    {
      schema: {
        tags,
        summary: '“综合查一次”实施率背后的检查清单（某部门或全市；可只列联合检查）',
        querystring: JointRateVisitsQuerySchema,
        response: { 200: z.array(JointRateVisitSchema), ...errorReplies },
      },
    },
    async (req) => listJointRateVisits(ctx, requireActor(req), req.query),
  );
}
