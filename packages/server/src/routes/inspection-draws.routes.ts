/** 双随机一公开: draws, their public results, and officers' declared conflicts (回避). Registered by `inspectionRoutes`. */
import {
  ConflictDeclaredSchema,
  OfficerConflictInputSchema,
  PublicRandomDrawQuerySchema,
  PublicRandomDrawSchema,
  RandomDrawInputSchema,
  RandomDrawSchema,
} from '@rouxing/contracts';
import { z } from 'zod';
import { requestMeta, requireActor } from '../http/request';
import { declareConflict } from '../inspections/use-cases/declare-conflict';
import { listPublicDraws } from '../inspections/use-cases/list-public-draws';
import { runRandomDraw } from '../inspections/use-cases/run-random-draw';
import { type Api, errorReplies, type RouteOptions } from './api';

export function inspectionDrawRoutes(api: Api, { ctx }: RouteOptions): void {
  api.post(
    '/random-draws',
    {
      schema: {
        tags: ['入企检查'],
        summary: '双随机抽查：按信用等级分层抽取检查对象和执法人员（种子与对象库指纹一并公开，可复核）',
        body: RandomDrawInputSchema,
        response: { 201: RandomDrawSchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.status(201).send(await runRandomDraw(ctx, requireActor(req), req.body, requestMeta(req))),
  );
  api.post(
    '/officer-conflicts',
    {
      schema: {
        tags: ['入企检查'],
        summary: '执法人员申报回避（不被抽取检查该主体）',
        body: OfficerConflictInputSchema,
        response: { 200: ConflictDeclaredSchema, ...errorReplies },
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
        querystring: PublicRandomDrawQuerySchema,
        response: { 200: z.array(PublicRandomDrawSchema) },
      },
    },
    async (req) => listPublicDraws(ctx, req.query.region ?? ctx.config.regionCode),
  );
}
