/** 行政约谈 (常政办发〔2025〕5号 第三项): individual, collective and joint interviews, attendance, minutes, signatures, follow-ups. */
import {
  InterviewAttendanceSchema,
  InterviewCreateSchema,
  InterviewFollowUpDoneSchema,
  InterviewListQuerySchema,
  InterviewMinutesSchema,
  InterviewSchema,
  InterviewSignSchema,
  InterviewSummarySchema,
} from '@rouxing/contracts';
import { z } from 'zod';
import { requestMeta, requireActor } from '../http/request';
import { completeFollowUp } from '../interviews/use-cases/complete-follow-up';
import { getInterview } from '../interviews/use-cases/get-interview';
import { interviewMinutesFile } from '../interviews/use-cases/interview-minutes-file';
import { listInterviewsFor } from '../interviews/use-cases/list-interviews';
import { recordAttendance } from '../interviews/use-cases/record-attendance';
import { recordMinutes } from '../interviews/use-cases/record-minutes';
import { scheduleInterview } from '../interviews/use-cases/schedule-interview';
import { signMinutes } from '../interviews/use-cases/sign-minutes';
import { type Api, attachmentHeader, DOCX_TYPE, errorReplies, fileReply, IdParamsSchema, type RouteOptions } from './api';

const tags = ['行政约谈'];

export function interviewRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/interviews',
    {
      schema: {
        tags,
        summary: '本部门参加的约谈（司法局：全区域）；带 caseId 时为该案件的约谈',
        querystring: InterviewListQuerySchema,
        response: { 200: z.array(InterviewSummarySchema), ...errorReplies },
      },
    },
    async (req) => listInterviewsFor(ctx, requireActor(req), req.query),
  );
  api.post(
    '/interviews',
    {
      schema: {
        tags,
        summary: '安排行政约谈（个别、集中或联合约谈；本部门牵头）',
        body: InterviewCreateSchema,
        response: { 201: InterviewSchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.status(201).send(await scheduleInterview(ctx, requireActor(req), req.body, requestMeta(req))),
  );
  api.get(
    '/interviews/:id',
    {
      schema: {
        tags,
        summary: '约谈详情（签到、笔录、签名、整改事项）',
        params: IdParamsSchema,
        response: { 200: InterviewSchema, ...errorReplies },
      },
    },
    async (req) => getInterview(ctx, requireActor(req), req.params.id),
  );
  api.put(
    '/interviews/:id/attendance',
    {
      schema: {
        tags,
        summary: '记录约谈签到表（牵头部门）',
        params: IdParamsSchema,
        body: InterviewAttendanceSchema,
        response: { 200: InterviewSchema, ...errorReplies },
      },
    },
    async (req) => recordAttendance(ctx, requireActor(req), requestMeta(req), req.params.id, req.body),
  );
  api.put(
    '/interviews/:id/minutes',
    {
      schema: {
        tags,
        summary: '记录约谈笔录及整改事项（牵头部门；任一部门签名后不能修改）',
        params: IdParamsSchema,
        body: InterviewMinutesSchema,
        response: { 200: InterviewSchema, ...errorReplies },
      },
    },
    async (req) => recordMinutes(ctx, requireActor(req), requestMeta(req), req.params.id, req.body),
  );
  api.post(
    '/interviews/:id/signatures',
    {
      schema: {
        tags,
        summary: '在约谈笔录上签名（每个参加部门一名执法人员，本人会话，记录执法证号）',
        params: IdParamsSchema,
        body: InterviewSignSchema,
        response: { 200: InterviewSchema, ...errorReplies },
      },
    },
    async (req) => signMinutes(ctx, requireActor(req), requestMeta(req), req.params.id, req.body),
  );
  api.get(
    '/interviews/:id/minutes.docx',
    {
      schema: {
        tags,
        summary: '下载约谈笔录（含签到表，.docx）',
        params: IdParamsSchema,
        response: { 200: fileReply(DOCX_TYPE, '约谈笔录（.docx）'), ...errorReplies },
      },
    },
    async (req, reply) => {
      const f = await interviewMinutesFile(ctx, requireActor(req), req.params.id);
      reply.header('content-type', DOCX_TYPE).header('content-disposition', attachmentHeader(f.fileName));
      return reply.send(f.body);
    },
  );
  api.post(
    '/interview-follow-ups/:id/done',
    {
      schema: {
        tags,
        summary: '记录整改事项完成（参加约谈的部门）',
        params: IdParamsSchema,
        body: InterviewFollowUpDoneSchema,
        response: { 200: InterviewSchema, ...errorReplies },
      },
    },
    async (req) => completeFollowUp(ctx, requireActor(req), requestMeta(req), req.params.id, req.body),
  );
}
