import {
  CodeViewSchema,
  ErrorBodySchema,
  InspectionItemSchema,
  InspectionPlanPageSchema,
  InspectionPlanQuerySchema,
  InspectionPlanSchema,
} from '@rouxing/contracts';
import { can } from '@rouxing/domain';
import type { FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import { AppError } from '../errors';
import { requestMeta, requireActor } from '../http/request';
import { listInspectionItems } from '../inspections/inspection.repository';
import { candidatesFor, inspectionMetrics, mergePlans } from '../inspections/joint';
import { declareConflict, publicDraws, RandomDrawInputSchema, runRandomDraw } from '../inspections/random-draw';
import {
  complaintItems,
  listTriggeredTasks,
  MAX_ATTACHMENT_BYTES,
  postMonitoringAlert,
  recordSignal,
  SignalInputSchema,
} from '../inspections/triggers';
import {
  approvePlan,
  checkIn,
  checkOut,
  createPlan,
  getPlan,
  listPlans,
  planCodeToken,
  ratePlan,
  rejectPlan,
  viewCode,
} from '../inspections/use-cases';
import { type Api, errorReplies, IdParamsSchema, type RouteOptions, readMultipart } from './api';

const tags = ['入企检查'];

/** The address a phone opens when it scans the code: this server's public verification page. */
const codeUrl = (req: FastifyRequest, token: string) => `${req.protocol}://${req.host}/v/${encodeURIComponent(token)}`;

export function inspectionRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/inspection-items',
    { schema: { tags, summary: '检查事项（本部门；司法局：全部）', response: { 200: z.array(InspectionItemSchema), ...errorReplies } } },
    async (req) => {
      const actor = requireActor(req);
      if (!can(actor, 'inspection.read')) {
        throw new AppError('AUTH.FORBIDDEN', '无权查看检查事项');
      }
      return listInspectionItems(ctx.db, actor.regionCode, actor.roles.includes('supervisor') ? null : actor.departmentId);
    },
  );
  api.get(
    '/inspection-officers',
    {
      schema: {
        tags,
        summary: '本部门持证执法人员（制定计划时选择）',
        response: { 200: z.array(z.object({ id: z.string(), displayName: z.string(), certificateNo: z.string() })), ...errorReplies },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      if (!can(actor, 'inspection.plan')) {
        throw new AppError('AUTH.FORBIDDEN', '无权制定检查计划');
      }
      const r = await ctx.db.query<{ id: string; displayName: string; certificateNo: string }>(
        `SELECT id, display_name AS "displayName", certificate_no AS "certificateNo" FROM users
         WHERE region_code = $1 AND department_id = $2 AND active AND certificate_no IS NOT NULL ORDER BY display_name`,
        [actor.regionCode, actor.departmentId],
      );
      return r.rows;
    },
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
    { schema: { tags, summary: '制定检查计划（报部门负责人审批）', response: { 201: InspectionPlanSchema, ...errorReplies } } },
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
  const steps = [
    [
      'approve',
      '批准检查计划（制定人不能审批自己的计划）',
      (req: FastifyRequest, id: string) => approvePlan(ctx, requireActor(req), id, requestMeta(req)),
    ],
    [
      'reject',
      '不予批准（须说明理由）',
      (req: FastifyRequest, id: string) => rejectPlan(ctx, requireActor(req), id, req.body, requestMeta(req)),
    ],
    [
      'check-in',
      '入企签到（幂等：重复提交不重复记录）',
      (req: FastifyRequest, id: string) => checkIn(ctx, requireActor(req), id, req.body, requestMeta(req)),
    ],
    [
      'check-out',
      '检查结束签退并登记结果（幂等）',
      (req: FastifyRequest, id: string) => checkOut(ctx, requireActor(req), id, req.body, requestMeta(req)),
    ],
  ] as const;
  for (const [path, summary, run] of steps) {
    api.post(
      `/inspections/:id/${path}`,
      { schema: { tags, summary, params: IdParamsSchema, response: { 200: InspectionPlanSchema, 409: ErrorBodySchema, ...errorReplies } } },
      async (req) => run(req, req.params.id),
    );
  }
  api.post(
    '/inspections/:id/rating',
    {
      schema: {
        tags,
        summary: '企业评价本次检查（签退后一次；对检查部门匿名，仅司法局可见）',
        params: IdParamsSchema,
        response: { 200: z.object({ rated: z.literal(true) }), 409: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req) => ratePlan(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
  api.get(
    '/inspections/:id/merge-candidates',
    {
      schema: {
        tags,
        summary: '可合并为“综合查一次”的其他部门检查计划（同一主体、期限相近、任务清单列明的事项）',
        params: IdParamsSchema,
        response: {
          200: z.array(
            z.object({
              planId: z.string(),
              departmentName: z.string().optional(),
              gapDays: z.number(),
              commonWindow: z.object({ from: z.string(), to: z.string() }).nullable(),
              itemIds: z.array(z.string()),
              otherItemIds: z.array(z.string()),
              keptSeparate: z.array(z.object({ planId: z.string(), itemId: z.string(), reason: z.string() })),
            }),
          ),
          ...errorReplies,
        },
      },
    },
    async (req) => candidatesFor(ctx, requireActor(req), req.params.id),
  );
  api.post(
    '/inspections/:id/merge',
    {
      schema: {
        tags,
        summary: '与另一部门的检查计划合并为联合检查（计为一次入企）',
        params: IdParamsSchema,
        body: z.object({ otherPlanId: z.string().uuid('标识格式不正确') }),
        response: { 200: z.object({ jointGroupId: z.string() }), ...errorReplies },
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
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
      },
    },
    async (req) => inspectionMetrics(ctx, requireActor(req), req.query.year),
  );
  api.post(
    '/random-draws',
    {
      schema: {
        tags,
        summary: '双随机抽查：按信用等级分层抽取检查对象和执法人员（种子与对象库指纹一并公开，可复核）',
        body: RandomDrawInputSchema,
        response: { 201: z.any(), ...errorReplies },
      },
    },
    async (req, reply) => reply.status(201).send(await runRandomDraw(ctx, requireActor(req), req.body, requestMeta(req))),
  );
  api.post(
    '/officer-conflicts',
    {
      schema: {
        tags,
        summary: '执法人员申报回避（不被抽取检查该主体）',
        body: z.object({ entityId: z.string(), reason: z.string() }),
        response: { 200: z.object({ declared: z.literal(true) }), ...errorReplies },
      },
    },
    async (req) => declareConflict(ctx, requireActor(req), req.body, requestMeta(req)),
  );
  api.get(
    '/public/random-draws',
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['公开（无需登录）'],
        summary: '双随机抽查结果公示（随机种子、对象库指纹、分层情况、抽取对象和执法人员）',
        querystring: z.object({
          region: z
            .string()
            .regex(/^\d{6}$/, '行政区划代码应为6位数字')
            .optional(),
        }),
      },
    },
    async (req) => publicDraws(ctx, req.query.region ?? ctx.config.regionCode),
  );
  api.get(
    '/public/complaint-items',
    { schema: { tags: ['公开（无需登录）'], summary: '可投诉举报的事项（已公布的一般检查事项）' } },
    async () => complaintItems(ctx.db, ctx.config.regionCode),
  );
  api.post(
    '/public/complaints',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['公开（无需登录）'],
        summary: '投诉举报（multipart：uscc、itemId、content、contact，附件至多3个JPEG/PNG/PDF，每个≤10 MB）',
        consumes: ['multipart/form-data', 'application/json'],
      },
    },
    async (req, reply) => {
      const { files, fields } = req.isMultipart()
        ? await readMultipart(req, { maxFiles: 3, maxFileBytes: MAX_ATTACHMENT_BYTES })
        : { files: [], fields: (req.body ?? {}) as Record<string, string> };
      const r = await recordSignal(ctx, ctx.config.regionCode, 'complaint', fields, files, { id: null, name: '公众（投诉举报）' });
      return reply.status(201).send({ received: true, signalId: r.signalId });
    },
  );
  api.post(
    '/monitoring-alerts',
    { schema: { tags, summary: '监测预警推送（已认证的系统账号）', body: SignalInputSchema } },
    async (req, reply) => reply.status(201).send(await postMonitoringAlert(ctx, requireActor(req), req.body, requestMeta(req))),
  );
  api.get('/triggered-tasks', { schema: { tags, summary: '触发式检查任务（本部门；司法局：全部）' } }, async (req) =>
    listTriggeredTasks(ctx, requireActor(req)),
  );
  api.get(
    '/inspections/:id/code',
    {
      schema: {
        tags,
        summary: '检查码（签名令牌与核验地址）',
        params: IdParamsSchema,
        response: { 200: z.object({ token: z.string(), url: z.string() }), 409: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req) => {
      const token = await planCodeToken(ctx, requireActor(req), req.params.id);
      return { token, url: codeUrl(req, token) };
    },
  );
  api.get(
    '/inspections/:id/code.png',
    { schema: { tags, summary: '检查码二维码图片（PNG）', params: IdParamsSchema } },
    async (req, reply) => {
      const token = await planCodeToken(ctx, requireActor(req), req.params.id);
      const png = await QRCode.toBuffer(codeUrl(req, token), { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 6 });
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
        params: z.object({ token: z.string().min(1).max(2000) }),
        response: { 200: CodeViewSchema },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store');
      return viewCode(ctx, req.params.token);
    },
  );
}
