/** Correction items (纠正"小案重罚"), the correction period and the departments' API keys over HTTP. */
import {
  ApiKeyCreatedSchema,
  ApiKeyListSchema,
  ApiKeySchema,
  CorrectDecisionSchema,
  CorrectionItemPageSchema,
  CorrectionItemQuerySchema,
  CorrectionItemSchema,
  CorrectionSettingsSchema,
  CreateApiKeySchema,
  JustifyCorrectionSchema,
} from '@rouxing/contracts';
import { correctDecision } from '../credit/use-cases/correct-decision';
import { getCorrectionSettings } from '../credit/use-cases/correction-settings';
import { createApiKey } from '../credit/use-cases/create-api-key';
import { justifyCorrection } from '../credit/use-cases/justify-correction';
import { listDepartmentApiKeys } from '../credit/use-cases/list-api-keys';
import { listVisibleCorrectionItems } from '../credit/use-cases/list-correction-items';
import { revokeDepartmentApiKey } from '../credit/use-cases/revoke-api-key';
import { setCorrectionSettings } from '../credit/use-cases/set-correction-settings';
import { requestMeta, requireActor } from '../http/request';
import { type Api, errorReplies, IdParamsSchema, type RouteOptions } from './api';

const tags = ['纠正小案重罚'];

export function correctionRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/correction-items',
    {
      schema: {
        tags,
        summary: '纠正事项（本部门；司法局：全部门）。status=open&overdue=true 为逾期未处理事项',
        querystring: CorrectionItemQuerySchema,
        response: { 200: CorrectionItemPageSchema, ...errorReplies },
      },
    },
    async (req) => listVisibleCorrectionItems(ctx, requireActor(req), req.query),
  );
  api.post(
    '/correction-items/:id/correct',
    {
      schema: {
        tags,
        summary: '纠正：录入更正后的决定（经复核）',
        params: IdParamsSchema,
        body: CorrectDecisionSchema,
        response: { 200: CorrectionItemSchema, ...errorReplies },
      },
    },
    async (req) => correctDecision(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
  api.post(
    '/correction-items/:id/justify',
    {
      schema: {
        tags,
        summary: '说明理由：维持原决定并说明理由',
        params: IdParamsSchema,
        body: JustifyCorrectionSchema,
        response: { 200: CorrectionItemSchema, ...errorReplies },
      },
    },
    async (req) => justifyCorrection(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
  api.get(
    '/correction-settings',
    { schema: { tags, summary: '纠正期限（工作日）', response: { 200: CorrectionSettingsSchema, ...errorReplies } } },
    async (req) => getCorrectionSettings(ctx, requireActor(req)),
  );
  api.put(
    '/correction-settings',
    {
      schema: {
        tags,
        summary: '设置纠正期限（司法局）',
        body: CorrectionSettingsSchema,
        response: { 200: CorrectionSettingsSchema, ...errorReplies },
      },
    },
    async (req) => setCorrectionSettings(ctx, requireActor(req), req.body, requestMeta(req)),
  );
  api.get(
    '/api-keys',
    { schema: { tags: ['接口密钥'], summary: '部门办案系统的接口密钥', response: { 200: ApiKeyListSchema, ...errorReplies } } },
    async (req) => listDepartmentApiKeys(ctx, requireActor(req)),
  );
  api.post(
    '/api-keys',
    {
      schema: {
        tags: ['接口密钥'],
        summary: '新建接口密钥（密钥只显示这一次）',
        body: CreateApiKeySchema,
        response: { 201: ApiKeyCreatedSchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.status(201).send(await createApiKey(ctx, requireActor(req), req.body, requestMeta(req))),
  );
  api.post(
    '/api-keys/:id/revoke',
    { schema: { tags: ['接口密钥'], summary: '吊销接口密钥', params: IdParamsSchema, response: { 200: ApiKeySchema, ...errorReplies } } },
    async (req) => revokeDepartmentApiKey(ctx, requireActor(req), req.params.id, requestMeta(req)),
  );
}
