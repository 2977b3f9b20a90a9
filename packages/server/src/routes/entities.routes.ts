import {
  EntityInputSchema,
  EntityListQuerySchema,
  EntityPageSchema,
  EntityPersonalDataSchema,
  EntitySchema,
  EntityUpdateSchema,
  ErrorBodySchema,
  PersonalDataReadQuerySchema,
} from '@rouxing/contracts';
import { createEntity } from '../entities/use-cases/create-entity';
import { exportEntities } from '../entities/use-cases/export-entities';
import { getEntity } from '../entities/use-cases/get-entity';
import { listEntities } from '../entities/use-cases/list-entities';
import { readEntityPersonalData } from '../entities/use-cases/read-entity-personal-data';
import { updateEntity } from '../entities/use-cases/update-entity';
import { requestMeta, requireActor } from '../http/request';
import { type Api, attachmentHeader, errorReplies, fileReply, IdParamsSchema, type RouteOptions, XLSX_TYPE } from './api';

const tags = ['市场主体'];

export function entityRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/entities',
    {
      schema: {
        tags,
        summary: '市场主体名录（检索、筛选、分页；个人信息脱敏）',
        querystring: EntityListQuerySchema,
        response: { 200: EntityPageSchema, ...errorReplies },
      },
    },
    async (req) => listEntities(ctx, requireActor(req), req.query),
  );

  api.get(
    '/entities/export',
    {
      schema: {
        tags,
        summary: '按筛选条件导出名录（.xlsx，审计）',
        querystring: EntityListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: fileReply(XLSX_TYPE, '市场主体名录（.xlsx）'), ...errorReplies },
      },
    },
    async (req, reply) => {
      const { fileName, stream } = await exportEntities(ctx, requireActor(req), req.query, requestMeta(req));
      reply.header('content-type', XLSX_TYPE);
      reply.header('content-disposition', attachmentHeader(fileName));
      return reply.send(stream);
    },
  );

  api.post(
    '/entities',
    {
      schema: {
        tags,
        summary: '登记市场主体',
        body: EntityInputSchema,
        response: { 201: EntitySchema, 409: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.status(201).send(await createEntity(ctx, requireActor(req), req.body, requestMeta(req))),
  );

  api.get(
    '/entities/:id',
    { schema: { tags, summary: '市场主体详情', params: IdParamsSchema, response: { 200: EntitySchema, ...errorReplies } } },
    async (req) => getEntity(ctx, requireActor(req), req.params.id),
  );

  api.put(
    '/entities/:id',
    {
      schema: {
        tags,
        summary: '修改市场主体（乐观版本，过期版本返回409）',
        params: IdParamsSchema,
        body: EntityUpdateSchema,
        response: { 200: EntitySchema, 409: ErrorBodySchema, ...errorReplies },
      },
    },
    async (req) => updateEntity(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );

  api.get(
    '/entities/:id/personal-data',
    {
      schema: {
        tags,
        summary: '查看未脱敏的个人信息（需权限，写审计日志）',
        params: IdParamsSchema,
        querystring: PersonalDataReadQuerySchema,
        response: { 200: EntityPersonalDataSchema, ...errorReplies },
      },
    },
    async (req) => readEntityPersonalData(ctx, requireActor(req), req.params.id, req.query.reason, requestMeta(req)),
  );
}
