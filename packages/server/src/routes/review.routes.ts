import { ErrorBodySchema, RejectBodySchema, RevisionBodySchema } from '@rouxing/contracts';
import type { z } from 'zod';
import type { AppContext } from '../context';
import { requestMeta, requireActor } from '../http/request';
import type { VersionedKind } from '../rules/steps/review-kinds';
import { approveVersion } from '../rules/use-cases/review/approve-version';
import { rejectVersion } from '../rules/use-cases/review/reject-version';
import { submitVersion } from '../rules/use-cases/review/submit-version';
import { type Api, errorReplies, IdParamsSchema } from './api';

/**
 * submit / approve / reject of a versioned kind (list versions, benchmark versions); each answers with the
 * version after the step. A stale `revision` is 409; a step out of order or a self-approval is 422.
 */
export function reviewRoutes<T>(
  api: Api,
  ctx: AppContext,
  base: string,
  kind: VersionedKind<T>,
  tags: string[],
  reply: z.ZodTypeAny,
): void {
  api.post(
    `${base}/:id/submit`,
    {
      schema: {
        tags,
        summary: '提交审核',
        params: IdParamsSchema,
        body: RevisionBodySchema,
        response: { 200: reply, 409: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req) => submitVersion(ctx, kind, requireActor(req), req.params.id, req.body.revision, requestMeta(req)),
  );
  api.post(
    `${base}/:id/approve`,
    {
      schema: {
        tags,
        summary: '审核发布（起草人不能审核自己的版本；同一系列的原发布版本被替代）',
        params: IdParamsSchema,
        body: RevisionBodySchema,
        response: { 200: reply, 409: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req) => approveVersion(ctx, kind, requireActor(req), req.params.id, req.body.revision, requestMeta(req)),
  );
  api.post(
    `${base}/:id/reject`,
    {
      schema: {
        tags,
        summary: '退回修改（须填写理由）',
        params: IdParamsSchema,
        body: RejectBodySchema,
        response: { 200: reply, ...errorReplies },
      },
    },
    async (req) => rejectVersion(ctx, kind, requireActor(req), req.params.id, req.body.reason, requestMeta(req)),
  );
}
