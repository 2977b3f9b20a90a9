import {
  ErrorBodySchema,
  PersonalDataReadQuerySchema,
  PersonIdNumberSchema,
  PersonLookupSchema,
  PersonPersonalDataSchema,
  PriorViolationRecordListSchema,
  PublicOffsetRuleListSchema,
  PublicServiceInputSchema,
  PublicServiceListSchema,
  PublicServiceVerifyInputSchema,
} from '@rouxing/contracts';
import { z } from 'zod';
import { listPublicOffsetRules } from '../cases/public-service/use-cases/list-public-offset-rules';
import { listPublicService } from '../cases/public-service/use-cases/list-public-service';
import { recordPublicService } from '../cases/public-service/use-cases/record-public-service';
import { verifyPublicService } from '../cases/public-service/use-cases/verify-public-service';
import { requestMeta, requireActor } from '../http/request';
import { lookupPerson } from '../parties/use-cases/lookup-person';
import { readPersonPersonalData } from '../parties/use-cases/read-person-personal-data';
import { listPersonPriorViolations } from '../rules/use-cases/decisions/list-person-prior-violations';
import { type Api, errorReplies, IdParamsSchema, type RouteOptions } from './api';

const tags = ['当事人（个人）'];

/** Natural persons as parties (自然人当事人): found by the full 公民身份号码, shown masked, unmasked with the permission. */
export function partyRoutes(api: Api, { ctx }: RouteOptions): void {
  api.post(
    '/persons/lookup',
    {
      schema: {
        tags,
        summary: '按公民身份号码查找个人当事人（按号码的密钥散列匹配；脱敏显示）',
        body: PersonIdNumberSchema,
        response: { 200: PersonLookupSchema, ...errorReplies },
      },
    },
    async (req) => lookupPerson(ctx, requireActor(req), req.body.idNumber),
  );

  api.post(
    '/persons/prior-violations',
    {
      schema: {
        tags,
        summary: '个人当事人的历次处罚、不予处罚决定记录（初次违法判断；按公民身份号码的密钥散列匹配）',
        body: PersonIdNumberSchema,
        response: { 200: PriorViolationRecordListSchema, ...errorReplies },
      },
    },
    async (req) => listPersonPriorViolations(ctx, requireActor(req), req.body.idNumber),
  );

  api.get(
    '/persons/:id/personal-data',
    {
      schema: {
        tags,
        summary: '查看个人当事人未脱敏的公民身份号码和联系电话（需权限，写审计日志）',
        params: IdParamsSchema,
        querystring: PersonalDataReadQuerySchema,
        response: { 200: PersonPersonalDataSchema, ...errorReplies },
      },
    },
    async (req) => readPersonPersonalData(ctx, requireActor(req), req.params.id, req.query.reason, requestMeta(req)),
  );

  publicServiceRoutes(api, ctx);
}

const ServiceParamsSchema = z.object({ id: z.string().uuid('案件标识格式不正确'), serviceId: z.string().uuid('记录标识格式不正确') });

/** 公益抵罚 carried out (常政办发〔2025〕5号 第五项): the service recorded, verified, and the published rules on the portal. */
function publicServiceRoutes(api: Api, ctx: RouteOptions['ctx']): void {
  const caseTags = ['柔性执法案件'];
  api.get(
    '/cases/:id/public-service',
    {
      schema: {
        tags: caseTags,
        summary: '公益抵罚：本案记录的公益服务及核实情况',
        params: IdParamsSchema,
        response: { 200: PublicServiceListSchema, ...errorReplies },
      },
    },
    async (req) => listPublicService(ctx, requireActor(req), req.params.id),
  );
  api.post(
    '/cases/:id/public-service',
    {
      schema: {
        tags: caseTags,
        summary: '公益抵罚：记录当事人参加的社会服务（日期、地点、内容、时长、本案证明材料）',
        params: IdParamsSchema,
        body: PublicServiceInputSchema,
        response: { 200: PublicServiceListSchema, ...errorReplies },
      },
    },
    async (req) => recordPublicService(ctx, requireActor(req), requestMeta(req), req.params.id, req.body),
  );
  api.post(
    '/cases/:id/public-service/:serviceId/verify',
    {
      schema: {
        tags: caseTags,
        summary: '公益抵罚：核实公益服务（记录人以外的本部门工作人员；核实后方可批准折抵）',
        params: ServiceParamsSchema,
        body: PublicServiceVerifyInputSchema,
        response: { 200: PublicServiceListSchema, ...errorReplies },
      },
    },
    async (req) => verifyPublicService(ctx, requireActor(req), requestMeta(req), req.params.id, req.params.serviceId, req.body),
  );
  api.get(
    '/public/service-offset-rules',
    {
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['公开（无需登录）'],
        summary: '已公布的公益抵罚折抵规则（公安、交通领域；每小时折抵金额与上限）',
        response: { 200: PublicOffsetRuleListSchema, 429: ErrorBodySchema },
      },
    },
    async () => listPublicOffsetRules(ctx, ctx.config.regionCode),
  );
}
