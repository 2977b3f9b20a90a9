/**
 * The inspection code (检查码) of a plan — its signed token and address, its QR image — and the public check a
 * phone opens when it scans it (no login). Registered by `inspectionRoutes`.
 */
import { CodeTokenParamsSchema, CodeViewSchema, InspectionCodeSchema } from '@rouxing/contracts';
import type { FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { requireActor } from '../http/request';
import { getPlanCode } from '../inspections/use-cases/get-plan-code';
import { viewCode } from '../inspections/use-cases/view-code';
import { ANONYMOUS_RATE, type Api, errorReplies, fileReply, IdParamsSchema, type RouteOptions } from './api';

const tags = ['入企检查'];

/** This server's public address as the request reached it: a scanned code opens its verification page there. */
const origin = (req: FastifyRequest) => `${req.protocol}://${req.host}`;

export function inspectionCodeRoutes(api: Api, { ctx }: RouteOptions): void {
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
      config: ANONYMOUS_RATE,
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
}
