/**
 * 入企检查: items and officers to plan with, plans and their steps (approval, check-in and check-out, the
 * enterprise's rating). The inspection code:
 * `inspection-codes.routes.ts`; 综合查一次: `inspection-joint.routes.ts`; draws: `inspection-draws.routes.ts`;
 * complaints and triggered tasks: `inspection-triggers.routes.ts`.
 */
import {
  CheckInBodySchema,
  CheckOutBodySchema,
  ErrorBodySchema,
  InspectionItemSchema,
  InspectionOfficerSchema,
  InspectionPlanInputSchema,
  InspectionPlanPageSchema,
  InspectionPlanQuerySchema,
  InspectionPlanSchema,
  InspectionRatedSchema,
  InspectionRatingInputSchema,
  RejectPlanBodySchema,
} from '@rouxing/contracts';
import { z } from 'zod';
import { requestMeta, requireActor } from '../http/request';
import { approvePlan } from '../inspections/use-cases/approve-plan';
import { checkIn } from '../inspections/use-cases/check-in';
import { checkOut } from '../inspections/use-cases/check-out';
import { createPlan } from '../inspections/use-cases/create-plan';
import { getPlan } from '../inspections/use-cases/get-plan';
import { listInspectionItems } from '../inspections/use-cases/list-inspection-items';
import { listInspectionOfficers } from '../inspections/use-cases/list-inspection-officers';
import { listPlans } from '../inspections/use-cases/list-plans';
import { rateInspection } from '../inspections/use-cases/rate-inspection';
import { rejectPlan } from '../inspections/use-cases/reject-plan';
import { type Api, errorReplies, IdParamsSchema, type RouteOptions } from './api';
import { inspectionCodeRoutes } from './inspection-codes.routes';
import { inspectionDrawRoutes } from './inspection-draws.routes';
import { inspectionJointRoutes } from './inspection-joint.routes';
import { inspectionTriggerRoutes } from './inspection-triggers.routes';

const tags = ['入企检查'];

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
  inspectionJointRoutes(api, opts);
  inspectionCodeRoutes(api, opts);
  inspectionDrawRoutes(api, opts);
  inspectionTriggerRoutes(api, opts);
}
