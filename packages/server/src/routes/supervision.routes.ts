/** Supervision tasks (督导事项) of the Judicial Bureau and the departments' training (业务培训) over HTTP. */
import {
  AnswerSupervisionTaskSchema,
  CloseSupervisionTaskSchema,
  CreateTrainingSessionSchema,
  ErrorBodySchema,
  OpenSupervisionTaskSchema,
  ReturnSupervisionTaskSchema,
  SupervisionTaskDetailSchema,
  SupervisionTaskPageSchema,
  SupervisionTaskQuerySchema,
  TrainingFiguresQuerySchema,
  TrainingFiguresSchema,
  TrainingQuerySchema,
  TrainingSessionPageSchema,
  TrainingSessionSchema,
} from '@rouxing/contracts';
import { z } from 'zod';
import { validationError } from '../errors';
import { requestMeta, requireActor } from '../http/request';
import { answerSupervisionTask, MAX_ANSWER_FILE_BYTES, MAX_ANSWER_FILES } from '../supervision/use-cases/answer-task';
import { getSupervisionTask } from '../supervision/use-cases/get-task';
import { listVisibleSupervisionTasks } from '../supervision/use-cases/list-tasks';
import { getTrainingSession, listVisibleTrainingSessions } from '../supervision/use-cases/list-training';
import { openSupervisionTask } from '../supervision/use-cases/open-task';
import { recordTrainingSession } from '../supervision/use-cases/record-training';
import { reviewSupervisionAnswer } from '../supervision/use-cases/review-answer';
import { supervisionMaterialFile } from '../supervision/use-cases/task-material-file';
import { trainingCandidates, trainingFigures } from '../supervision/use-cases/training-figures';
import { addTrainingMaterial, trainingMaterialFile } from '../supervision/use-cases/training-material';
import { fieldsOfZodError } from '../validation';
import { type Api, attachmentHeader, errorReplies, fileReply, IdParamsSchema, type RouteOptions, readMultipart, readUpload } from './api';

const tags = ['督导考评'];
const taskReply = { 200: SupervisionTaskDetailSchema, ...errorReplies };
const MaterialParamsSchema = z.object({ id: z.string().uuid('标识格式不正确'), materialId: z.string().uuid('标识格式不正确') });

export function supervisionRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/supervision-tasks',
    {
      schema: {
        tags,
        summary: '督导事项（本部门；司法局：全部门）。overdue=true 为逾期未答复事项',
        querystring: SupervisionTaskQuerySchema,
        response: { 200: SupervisionTaskPageSchema, ...errorReplies },
      },
    },
    async (req) => listVisibleSupervisionTasks(ctx, requireActor(req), req.query),
  );
  api.post(
    '/supervision-tasks',
    {
      schema: {
        tags,
        summary: '下发督导事项（司法局）：手动、来自记录或指标，期限按工作日计算',
        body: OpenSupervisionTaskSchema,
        response: { 201: SupervisionTaskDetailSchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.status(201).send(await openSupervisionTask(ctx, requireActor(req), req.body, requestMeta(req))),
  );
  api.get(
    '/supervision-tasks/:id',
    { schema: { tags, summary: '督导事项及其办理过程', params: IdParamsSchema, response: taskReply } },
    async (req) => getSupervisionTask(ctx, requireActor(req), req.params.id),
  );
  api.post(
    '/supervision-tasks/:id/answer',
    {
      schema: {
        tags,
        summary: `答复督导事项（被督导部门；multipart：text 与至多${MAX_ANSWER_FILES}个材料 file，或 JSON）`,
        params: IdParamsSchema,
        consumes: ['multipart/form-data', 'application/json'],
        response: { ...taskReply, 413: ErrorBodySchema, 415: ErrorBodySchema },
      },
    },
    async (req) => {
      const { files, fields } = req.isMultipart()
        ? await readMultipart(req, { maxFiles: MAX_ANSWER_FILES, maxFileBytes: MAX_ANSWER_FILE_BYTES })
        : { files: [], fields: req.body ?? {} };
      // A multipart body is parsed here, not by Fastify: the same schema as the JSON body.
      const parsed = AnswerSupervisionTaskSchema.safeParse(fields);
      if (!parsed.success) {
        throw validationError(fieldsOfZodError(parsed.error));
      }
      return answerSupervisionTask(ctx, requireActor(req), req.params.id, parsed.data, files, requestMeta(req));
    },
  );
  api.post(
    '/supervision-tasks/:id/return',
    {
      schema: {
        tags,
        summary: '退回答复（司法局，须说明理由）',
        params: IdParamsSchema,
        body: ReturnSupervisionTaskSchema,
        response: taskReply,
      },
    },
    async (req) => reviewSupervisionAnswer(ctx, requireActor(req), req.params.id, { action: 'return', body: req.body }, requestMeta(req)),
  );
  api.post(
    '/supervision-tasks/:id/close',
    { schema: { tags, summary: '办结督导事项（司法局）', params: IdParamsSchema, body: CloseSupervisionTaskSchema, response: taskReply } },
    async (req) => reviewSupervisionAnswer(ctx, requireActor(req), req.params.id, { action: 'close', body: req.body }, requestMeta(req)),
  );
  api.get(
    '/supervision-tasks/:id/materials/:materialId/file',
    {
      schema: {
        tags,
        summary: '下载答复材料',
        params: MaterialParamsSchema,
        response: { 200: fileReply('application/octet-stream', '材料文件（类型为上传时按内容识别的类型）'), ...errorReplies },
      },
    },
    async (req, reply) => {
      const f = await supervisionMaterialFile(ctx, requireActor(req), req.params.id, req.params.materialId);
      reply.header('content-type', f.mediaType).header('content-disposition', attachmentHeader(f.fileName));
      return reply.send(f.stream);
    },
  );
  trainingRoutes(api, ctx);
}

function trainingRoutes(api: Api, ctx: RouteOptions['ctx']): void {
  const ttags = ['业务培训'];
  api.get(
    '/training-sessions',
    {
      schema: {
        tags: ttags,
        summary: '业务培训（本部门；司法局：全部门）',
        querystring: TrainingQuerySchema,
        response: { 200: TrainingSessionPageSchema, ...errorReplies },
      },
    },
    async (req) => listVisibleTrainingSessions(ctx, requireActor(req), req.query),
  );
  api.post(
    '/training-sessions',
    {
      schema: {
        tags: ttags,
        summary: '登记业务培训（部门法制审核人员：本部门；司法局：任意部门）',
        body: CreateTrainingSessionSchema,
        response: { 201: TrainingSessionSchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.status(201).send(await recordTrainingSession(ctx, requireActor(req), req.body, requestMeta(req))),
  );
  api.get(
    '/training-sessions/:id',
    { schema: { tags: ttags, summary: '培训记录', params: IdParamsSchema, response: { 200: TrainingSessionSchema, ...errorReplies } } },
    async (req) => getTrainingSession(ctx, requireActor(req), req.params.id),
  );
  api.post(
    '/training-sessions/:id/materials',
    {
      schema: {
        tags: ttags,
        summary: '上传培训材料（课件、签到表、照片）',
        params: IdParamsSchema,
        consumes: ['multipart/form-data'],
        response: { 200: TrainingSessionSchema, ...errorReplies, 413: ErrorBodySchema, 415: ErrorBodySchema },
      },
    },
    async (req) => {
      const { file, fileName } = await readUpload(req, MAX_ANSWER_FILE_BYTES);
      return addTrainingMaterial(ctx, requireActor(req), req.params.id, { data: file, fileName }, requestMeta(req));
    },
  );
  api.get(
    '/training-sessions/:id/materials/:materialId/file',
    {
      schema: {
        tags: ttags,
        summary: '下载培训材料',
        params: MaterialParamsSchema,
        response: { 200: fileReply('application/octet-stream', '材料文件'), ...errorReplies },
      },
    },
    async (req, reply) => {
      const f = await trainingMaterialFile(ctx, requireActor(req), req.params.id, req.params.materialId);
      reply.header('content-type', f.mediaType).header('content-disposition', attachmentHeader(f.fileName));
      return reply.send(f.stream);
    },
  );
  api.get(
    '/training-figures',
    {
      schema: {
        tags: ttags,
        summary: '业务培训统计（按部门、年度：场次、学时、参训人次；考评读取）',
        querystring: TrainingFiguresQuerySchema,
        response: { 200: TrainingFiguresSchema, ...errorReplies },
      },
    },
    async (req) => trainingFigures(ctx, requireActor(req), req.query.year),
  );
  api.get(
    '/training-candidates',
    {
      schema: {
        tags: ttags,
        summary: '可登记为参训人员的部门用户',
        querystring: z.object({ departmentId: z.string().uuid('标识格式不正确') }),
        response: { 200: z.array(z.object({ id: z.string(), name: z.string() })), ...errorReplies },
      },
    },
    async (req) => trainingCandidates(ctx, requireActor(req), req.query.departmentId),
  );
}
