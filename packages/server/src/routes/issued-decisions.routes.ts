/** Issued penalty decisions over HTTP: the import (template, upload, progress), the list, and the department systems' push. */
import { IssuedDecisionPageSchema, IssuedDecisionQuerySchema, PushDecisionsBodySchema, PushDecisionsReplySchema } from '@rouxing/contracts';
import { z } from 'zod';
import { getDecisionTemplate } from '../credit/use-cases/get-decision-template';
import { listVisibleIssuedDecisions } from '../credit/use-cases/list-issued-decisions';
import { pushDecisions } from '../credit/use-cases/push-decisions';
import { startDecisionImport } from '../credit/use-cases/start-decision-import';
import { requestMeta, requireActor } from '../http/request';
import { type Api, errorReplies, type RouteOptions } from './api';
import { fileImportRoutes } from './file-import.routes';

const tags = ['行政处罚决定'];

const PushHeadersSchema = z.object({
  authorization: z.string().optional().describe('Bearer rxk_…：部门办案系统的接口密钥'),
  'idempotency-key': z
    .string({ message: '请提供Idempotency-Key请求头' })
    .trim()
    .min(1, '请提供Idempotency-Key请求头')
    .max(200, 'Idempotency-Key最多200个字符'),
});

export function issuedDecisionRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/issued-decisions',
    {
      schema: {
        tags,
        summary: '本部门的行政处罚决定（司法局：全部门）',
        querystring: IssuedDecisionQuerySchema,
        response: { 200: IssuedDecisionPageSchema, ...errorReplies },
      },
    },
    async (req) => listVisibleIssuedDecisions(ctx, requireActor(req), req.query),
  );
  fileImportRoutes(api, ctx, {
    path: '/issued-decision-imports',
    tags,
    title: '行政处罚决定',
    uploadSummary: '上传.xlsx或.csv导入行政处罚决定（逐行复核；全部无误才导入，否则一行不导入）',
    template: getDecisionTemplate,
    start: startDecisionImport,
  });
  api.post(
    '/issued-decisions/push',
    {
      schema: {
        tags,
        summary: '部门办案系统推送行政处罚决定（接口密钥认证；同一Idempotency-Key重试只保存一次）',
        headers: PushHeadersSchema,
        body: PushDecisionsBodySchema,
        response: { 200: PushDecisionsReplySchema, 201: PushDecisionsReplySchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      const r = await pushDecisions(
        ctx,
        { authorization: req.headers.authorization, idempotencyKey: req.headers['idempotency-key'] },
        req.body,
        requestMeta(req),
      );
      return reply.status(r.replayed ? 200 : 201).send(r);
    },
  );
}
