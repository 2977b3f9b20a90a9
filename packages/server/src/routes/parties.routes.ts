import { PersonIdNumberSchema, PersonLookupSchema, PersonPersonalDataSchema, PriorViolationRecordListSchema } from '@rouxing/contracts';
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
        response: { 200: PersonPersonalDataSchema, ...errorReplies },
      },
    },
    async (req) => readPersonPersonalData(ctx, requireActor(req), req.params.id, requestMeta(req)),
  );
}
