/** 白名单 (常政办发〔2025〕5号 第十二项): the register, proposals, their steps and each entry's history. */
import {
  WhitelistEntryPageSchema,
  WhitelistEntrySchema,
  WhitelistHistoryRowSchema,
  WhitelistListQuerySchema,
  WhitelistProposeSchema,
  WhitelistStepBodySchema,
} from '@rouxing/contracts';
import { z } from 'zod';
import { requestMeta, requireActor } from '../http/request';
import { listWhitelistEntries } from '../whitelist/use-cases/list-whitelist-entries';
import { listWhitelistHistory } from '../whitelist/use-cases/list-whitelist-history';
import { proposeWhitelistEntry } from '../whitelist/use-cases/propose-whitelist-entry';
import { takeWhitelistStep } from '../whitelist/use-cases/take-whitelist-step';
import { type Api, errorReplies, IdParamsSchema, type RouteOptions } from './api';

const tags = ['白名单'];

export function whitelistRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/whitelist',
    {
      schema: {
        tags,
        summary: '白名单（各部门均可查看：名单内企业一年最多查一次，约束所有部门）',
        querystring: WhitelistListQuerySchema,
        response: { 200: WhitelistEntryPageSchema, ...errorReplies },
      },
    },
    async (req) => listWhitelistEntries(ctx, requireActor(req), req.query),
  );
  api.post(
    '/whitelist',
    {
      schema: {
        tags,
        summary: '提出列入白名单（须写明理由；经本部门法制审核、司法局确认后生效）',
        body: WhitelistProposeSchema,
        response: { 201: WhitelistEntrySchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.status(201).send(await proposeWhitelistEntry(ctx, requireActor(req), req.body, requestMeta(req))),
  );
  api.post(
    '/whitelist/:id/steps',
    {
      schema: {
        tags,
        summary: '办理白名单条目：部门审核、司法局确认、退回、复核、调整、申请移出、移出、保留',
        params: IdParamsSchema,
        body: WhitelistStepBodySchema,
        response: { 200: WhitelistEntrySchema, ...errorReplies },
      },
    },
    async (req) => takeWhitelistStep(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
  api.get(
    '/whitelist/:id/history',
    {
      schema: {
        tags,
        summary: '白名单条目的全部变更记录（提出、审核、确认、调整、移出，含理由、办理人和时间）',
        params: IdParamsSchema,
        response: { 200: z.array(WhitelistHistoryRowSchema), ...errorReplies },
      },
    },
    async (req) => listWhitelistHistory(ctx, requireActor(req), req.params.id),
  );
}
