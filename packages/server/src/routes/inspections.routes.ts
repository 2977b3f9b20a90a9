/**
 * 入企检查: items and officers to plan with, plans and their steps (approval, the inspection code, check-in and
 * check-out, the enterprise's rating), 综合查一次 and the indicators, the public code check. Draws:
 * `inspection-draws.routes.ts`; complaints and triggered tasks: `inspection-triggers.routes.ts`.
 */
import {
  CheckInBodySchema,
  CheckOutBodySchema,
  CodeTokenParamsSchema,
  CodeViewSchema,
  ErrorBodySchema,
  InspectionCodeSchema,
  InspectionItemSchema,
  InspectionMetricsQuerySchema,
  InspectionMetricsSchema,
  InspectionOfficerSchema,
  InspectionPlanInputSchema,
  InspectionPlanPageSchema,
  InspectionPlanQuerySchema,
  InspectionPlanSchema,
  InspectionRatedSchema,
  InspectionRatingInputSchema,
  JointGroupSchema,
  MergeCandidateSchema,
  MergePlansBodySchema,
  RejectPlanBodySchema,
} from '@rouxing/contracts';
import type { FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import { requestMeta, requireActor } from '../http/request';
import { approvePlan } from '../inspections/use-cases/approve-plan';
import { checkIn } from '../inspections/use-cases/check-in';
import { checkOut } from '../inspections/use-cases/check-out';
import { createPlan } from '../inspections/use-cases/create-plan';
import { getInspectionMetrics } from '../inspections/use-cases/get-inspection-metrics';
import { getPlan } from '../inspections/use-cases/get-plan';
import { getPlanCode } from '../inspections/use-cases/get-plan-code';
import { listInspectionItems } from '../inspections/use-cases/list-inspection-items';
import { listInspectionOfficers } from '../inspections/use-cases/list-inspection-officers';
import { listMergeCandidates } from '../inspections/use-cases/list-merge-candidates';
import { listPlans } from '../inspections/use-cases/list-plans';
import { mergePlans } from '../inspections/use-cases/merge-plans';
import { rateInspection } from '../inspections/use-cases/rate-inspection';
import { rejectPlan } from '../inspections/use-cases/reject-plan';
import { viewCode } from '../inspections/use-cases/view-code';
import { type Api, errorReplies, fileReply, IdParamsSchema, type RouteOptions } from './api';
import { inspectionDrawRoutes } from './inspection-draws.routes';
import { inspectionTriggerRoutes } from './inspection-triggers.routes';

const tags = ['入企检查'];

/** This server's public address as the request reached it: a scanned code opens its verification page there. */
const origin = (req: FastifyRequest) => `${req.protocol}://${req.host}`;

export function inspectionRoutes(api: Api, opts: RouteOptions): void {
  const { ctx } = opts;
  api.get(
    '/inspection-items',
    { schema: { tags, summary: '检查事项（本部门；司法局：全部）', response: { 200: z.array(InspectionItemSchema), ...errorReplies } } },
    async (req) => listInspectionItems(ctx, requireActor(req)),
  );
  api.get(
    '/inspection-officers',
    {
      schema: {
        tags,
        summary: '本部门持证执法人员（制定计划时选择）',
        response: { 200: z.array(InspectionOfficerSchema), ...errorReplies },
      },
    },
    async (req) => listInspectionOfficers(ctx, requireActor(req)),
  );
  api.get(
    '/inspections',
    {
      schema: {
        tags,
        summary: '检查计划与记录（本部门；司法局：全部；企业：本企业）',
        querystring: InspectionPlanQuerySchema,
        response: { 200: InspectionPlanPageSchema, ...errorReplies },
      },
    },
    async (req) => listPlans(ctx, requireActor(req), req.query),
  );
  api.post(
    '/inspections',
    {
      schema: {
        tags,
        summary: '制定检查计划（报部门负责人审批；频次规则拒绝时返回422及规则代码）',
        body: InspectionPlanInputSchema,
        response: { 201: InspectionPlanSchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.status(201).send(await createPlan(ctx, requireActor(req), req.body, requestMeta(req))),
  );
  api.get(
    '/inspections/:id',
    {
      schema: {
        tags,
        summary: '检查计划详情（评价内容仅司法局可见）',
        params: IdParamsSchema,
        response: { 200: InspectionPlanSchema, ...errorReplies },
      },
    },
    async (req) => getPlan(ctx, requireActor(req), req.params.id),
  );
  const step = { tags, params: IdParamsSchema, response: { 200: InspectionPlanSchema, ...errorReplies } };
  api.post('/inspections/:id/approve', { schema: { ...step, summary: '批准检查计划（制定人不能审批自己的计划）' } }, async (req) =>
    approvePlan(ctx, requireActor(req), req.params.id, requestMeta(req)),
  );
  api.post('/inspections/:id/reject', { schema: { ...step, summary: '不予批准（须说明理由）', body: RejectPlanBodySchema } }, async (req) =>
    rejectPlan(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
  api.post(
    '/inspections/:id/check-in',
    { schema: { ...step, summary: '入企签到（幂等：重复提交不重复记录；可不带请求体）', body: CheckInBodySchema.nullish() } },
    async (req) => checkIn(ctx, requireActor(req), req.params.id, req.body ?? { location: null }, requestMeta(req)),
  );
  api.post(
    '/inspections/:id/check-out',
    { schema: { ...step, summary: '检查结束签退并登记结果（幂等）', body: CheckOutBodySchema } },
    async (req) => checkOut(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
  api.post(
    '/inspections/:id/rating',
    {
      schema: {
        tags,
        summary: '企业评价本次检查（签退后一次；对检查部门匿名，仅司法局可见）',
        params: IdParamsSchema,
        body: InspectionRatingInputSchema,
        response: { 200: InspectionRatedSchema, 409: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req) => rateInspection(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
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
    '/inspections/:id/code',
    {
      schema: {
        tags,
        summary: '检查码（签名令牌与核验地址；计划经批准后才有，紧急检查除外）',
        params: IdParamsSchema,
        response: { 200: InspectionCodeSchema, ...errorReplies },
      },
    },
    async (req) => getPlanCode(ctx, requireActor(req), req.params.id, origin(req)),
  );
  api.get(
    '/inspections/:id/code.png',
    {
      schema: {
        tags,
        summary: '检查码二维码图片（PNG）',
        params: IdParamsSchema,
        response: { 200: fileReply('image/png', '检查码二维码（核验地址）'), ...errorReplies },
      },
    },
    async (req, reply) => {
      const code = await getPlanCode(ctx, requireActor(req), req.params.id, origin(req));
      const png = await QRCode.toBuffer(code.url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 6 });
      reply.header('content-type', 'image/png').header('cache-control', 'private, no-store');
      return reply.send(png);
    },
  );
  api.get(
    '/public/inspection-codes/:token',
    {
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['公开（无需登录）'],
        summary: '扫码核验检查码：部门、执法人员及执法证号、批准的事项和期限、当前是否有效',
        params: CodeTokenParamsSchema,
        response: { 200: CodeViewSchema },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return viewCode(ctx, req.params.token);
    },
  );
  inspectionDrawRoutes(api, opts);
  inspectionTriggerRoutes(api, opts);
}
