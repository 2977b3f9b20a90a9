/** 触发式监管: complaints on the public portal, monitoring alerts, triggered tasks. Registered by `inspectionRoutes`. */
import {
  ComplaintItemSchema,
  ComplaintReceivedSchema,
  ErrorBodySchema,
  SignalInputSchema,
  SignalRecordedSchema,
  TriggeredTaskSchema,
} from '@rouxing/contracts';
import { z } from 'zod';
import { validationError } from '../errors';
import { requestMeta, requireActor } from '../http/request';
import { MAX_ATTACHMENT_BYTES } from '../inspections/attachments';
import { listComplaintItems } from '../inspections/use-cases/list-complaint-items';
import { listTriggeredTasks } from '../inspections/use-cases/list-triggered-tasks';
import { recordAlert } from '../inspections/use-cases/record-alert';
import { recordComplaint } from '../inspections/use-cases/record-complaint';
import { fieldsOfZodError } from '../validation';
import { ANONYMOUS_RATE, type Api, anonymousErrors, errorReplies, type RouteOptions, readMultipart } from './api';

const tags = ['入企检查'];
const publicTags = ['公开（无需登录）'];

export function inspectionTriggerRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/public/complaint-items',
    {
      config: ANONYMOUS_RATE,
      schema: {
        tags: publicTags,
        summary: '可投诉举报的事项（已公布的一般检查事项）',
        response: { 200: z.array(ComplaintItemSchema), ...anonymousErrors },
      },
    },
    async () => listComplaintItems(ctx),
  );
  api.post(
    '/public/complaints',
    {
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: publicTags,
        summary: '投诉举报（multipart：uscc、itemId、content、contact，附件至多3个JPEG/PNG/PDF，每个≤10 MB）',
        consumes: ['multipart/form-data', 'application/json'],
        response: { 201: ComplaintReceivedSchema, 413: ErrorBodySchema, 415: ErrorBodySchema, 422: ErrorBodySchema },
      },
    },
    async (req, reply) => {
      const { files, fields } = req.isMultipart()
        ? await readMultipart(req, { maxFiles: 3, maxFileBytes: MAX_ATTACHMENT_BYTES })
        : { files: [], fields: req.body ?? {} };
      // A multipart body is parsed here, not by Fastify: the same schema as the JSON body.
      const parsed = SignalInputSchema.safeParse(fields);
      if (!parsed.success) {
        throw validationError(fieldsOfZodError(parsed.error));
      }
      return reply.status(201).send(await recordComplaint(ctx, parsed.data, files));
    },
  );
  api.post(
    '/monitoring-alerts',
    {
      schema: {
        tags,
        summary: '监测预警推送（已认证的系统账号）',
        body: SignalInputSchema,
        response: { 201: SignalRecordedSchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.status(201).send(await recordAlert(ctx, requireActor(req), req.body, requestMeta(req))),
  );
  api.get(
    '/triggered-tasks',
    {
      schema: { tags, summary: '触发式检查任务（本部门；司法局：全部）', response: { 200: z.array(TriggeredTaskSchema), ...errorReplies } },
    },
    async (req) => listTriggeredTasks(ctx, requireActor(req)),
  );
}
