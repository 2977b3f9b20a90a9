/**
 * 柔性执法案件 over HTTP: the officer's console (`/cases…`), the reviewer's approvals, the party's portal
 * (`/portal/…`), follow-up visits and the to-do list. Every handler calls one use case; the rules are there.
 */
import {
  CaseApplicationInputSchema,
  CaseDetailSchema,
  CasePageSchema,
  CaseQuerySchema,
  CaseStartInputSchema,
  ChoiceInputSchema,
  DeliveryConsentInputSchema,
  DeliveryConsentSchema,
  DeliveryProofInputSchema,
  ErrorBodySchema,
  FollowUpAnswerSchema,
  FollowUpInputSchema,
  FollowUpQuerySchema,
  FollowUpRecordedSchema,
  FollowUpViewSchema,
  FulfilInputSchema,
  MaterialFieldsSchema,
  MaterialParamsSchema,
  MeasureInputSchema,
  ProposalDecisionSchema,
  ServeNoticeInputSchema,
  TerminationInputSchema,
  TodoItemSchema,
} from '@rouxing/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { MAX_MATERIAL_BYTES } from '../cases/steps/store-upload';
import { applyForCase } from '../cases/use-cases/apply-for-case';
import { archiveCase } from '../cases/use-cases/archive-case';
import { caseDocumentFile } from '../cases/use-cases/case-document-file';
import { caseMaterialFile } from '../cases/use-cases/case-material-file';
import { completeCase } from '../cases/use-cases/complete-case';
import { decideProposal } from '../cases/use-cases/decide-proposal';
import { exportCaseArchive } from '../cases/use-cases/export-case-archive';
import { fulfilCommitment } from '../cases/use-cases/fulfil-commitment';
import { getCase } from '../cases/use-cases/get-case';
import { listCases } from '../cases/use-cases/list-cases';
import { listFollowUps } from '../cases/use-cases/list-follow-ups';
import { myDeliveryConsent } from '../cases/use-cases/my-delivery-consent';
import { proposeTermination } from '../cases/use-cases/propose-termination';
import { receiveDelivery } from '../cases/use-cases/receive-delivery';
import { recordChoice } from '../cases/use-cases/record-choice';
import { recordDeliveryProof } from '../cases/use-cases/record-delivery-proof';
import { recordFollowUp } from '../cases/use-cases/record-follow-up';
import { recordMeasure } from '../cases/use-cases/record-measure';
import { serveNotice } from '../cases/use-cases/serve-notice';
import { setDeliveryConsent } from '../cases/use-cases/set-delivery-consent';
import { signCommitment } from '../cases/use-cases/sign-commitment';
import { startCase } from '../cases/use-cases/start-case';
import { todoList } from '../cases/use-cases/todo-list';
import { uploadMaterial } from '../cases/use-cases/upload-material';
import { withdrawApplication } from '../cases/use-cases/withdraw-application';
import { validationError } from '../errors';
import { requestMeta, requireActor } from '../http/request';
import {
  type Api,
  attachmentHeader,
  DOCX_TYPE,
  errorReplies,
  fileReply,
  IdParamsSchema,
  type RouteOptions,
  readMultipart,
  readUpload,
  ZIP_TYPE,
} from './api';

const tags = ['柔性执法案件'];
const portal = ['企业端'];
/** The case as it is after the step. */
const caseReply = { 200: CaseDetailSchema, ...errorReplies };

function parseFields<T extends z.ZodTypeAny>(schema: T, fields: Record<string, string>): z.infer<T> {
  const r = schema.safeParse(fields);
  if (!r.success) {
    throw validationError(r.error.issues.map((i) => ({ path: i.path.join('.') || 'body', message: i.message })));
  }
  return r.data;
}

/** 送达回证: the fields as JSON, or as multipart beside the optional file. */
async function deliveryProofOf(req: FastifyRequest) {
  if (!req.isMultipart()) {
    return { input: parseFields(DeliveryProofInputSchema, (req.body ?? {}) as Record<string, string>), file: null };
  }
  const m = await readMultipart(req, { maxFiles: 1, maxFileBytes: MAX_MATERIAL_BYTES });
  return { input: parseFields(DeliveryProofInputSchema, m.fields), file: m.files[0] ?? null };
}

export function caseRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/cases',
    {
      schema: {
        tags,
        summary: '柔性执法案件（本部门；司法局：全辖区；企业：本企业）',
        querystring: CaseQuerySchema,
        response: { 200: CasePageSchema, ...errorReplies },
      },
    },
    async (req) => listCases(ctx, requireActor(req), req.query),
  );
  api.post(
    '/cases',
    { schema: { tags, summary: '依职权启动柔性执法', body: CaseStartInputSchema, response: { 201: CaseDetailSchema, ...errorReplies } } },
    async (req, reply) => reply.code(201).send(await startCase(ctx, requireActor(req), requestMeta(req), req.body)),
  );
  api.get(
    '/cases/:id',
    { schema: { tags, summary: '案件详情（状态、措施、文书、送达、材料、全过程记录）', params: IdParamsSchema, response: caseReply } },
    async (req) => getCase(ctx, requireActor(req), req.params.id),
  );
  api.post(
    '/cases/:id/notice',
    { schema: { tags, summary: '制作并送达柔性执法告知书', params: IdParamsSchema, body: ServeNoticeInputSchema, response: caseReply } },
    async (req) => serveNotice(ctx, requireActor(req), requestMeta(req), req.params.id, req.body),
  );
  api.post(
    '/cases/:id/choice',
    {
      schema: {
        tags,
        summary: '记录当事人的选择（企业端或执法人员依回执记录；逾期视为不选择）',
        params: IdParamsSchema,
        body: ChoiceInputSchema,
        response: caseReply,
      },
    },
    async (req) => recordChoice(ctx, requireActor(req), requestMeta(req), req.params.id, req.body),
  );
  api.post(
    '/cases/:id/withdraw',
    { schema: { tags, summary: '撤回申请（依申请启动的案件）', params: IdParamsSchema, response: caseReply } },
    async (req) => withdrawApplication(ctx, requireActor(req), requestMeta(req), req.params.id),
  );
  api.post(
    '/cases/:id/measures',
    {
      schema: {
        tags,
        summary: '记录柔性措施（不予处罚决定、公益抵罚提交法制审核）',
        params: IdParamsSchema,
        body: MeasureInputSchema,
        response: caseReply,
      },
    },
    async (req) => recordMeasure(ctx, requireActor(req), requestMeta(req), req.params.id, req.body),
  );
  api.post(
    '/cases/:id/proposal',
    {
      schema: {
        tags,
        summary: '法制审核人员审核待批事项（批准或退回）',
        params: IdParamsSchema,
        body: ProposalDecisionSchema,
        response: caseReply,
      },
    },
    async (req) => decideProposal(ctx, requireActor(req), requestMeta(req), req.params.id, req.body),
  );
  api.post(
    '/cases/:id/fulfil',
    { schema: { tags, summary: '核查确认告知承诺已履行', params: IdParamsSchema, body: FulfilInputSchema, response: caseReply } },
    async (req) => fulfilCommitment(ctx, requireActor(req), requestMeta(req), req.params.id, req.body),
  );
  api.post('/cases/:id/complete', { schema: { tags, summary: '办结', params: IdParamsSchema, response: caseReply } }, async (req) =>
    completeCase(ctx, requireActor(req), requestMeta(req), req.params.id),
  );
  api.post(
    '/cases/:id/termination',
    {
      schema: {
        tags,
        summary: '提出终止柔性执法（常政办发〔2025〕5号 第八项情形，报法制审核）',
        params: IdParamsSchema,
        body: TerminationInputSchema,
        response: caseReply,
      },
    },
    async (req) => proposeTermination(ctx, requireActor(req), requestMeta(req), req.params.id, req.body),
  );
  api.post(
    '/cases/:id/archive',
    { schema: { tags, summary: '归档（检查归档材料后冻结案卷）', params: IdParamsSchema, response: caseReply } },
    async (req) => archiveCase(ctx, requireActor(req), requestMeta(req), req.params.id),
  );
  api.get(
    '/cases/:id/archive.zip',
    {
      schema: {
        tags,
        summary: '导出案卷（zip，含哈希清单，可离线校验）',
        params: IdParamsSchema,
        response: { 200: fileReply(ZIP_TYPE, '案卷（.zip：文书、材料、目录、manifest.json、events.json）'), ...errorReplies },
      },
    },
    async (req, reply) => {
      const { fileName, zip } = await exportCaseArchive(ctx, requireActor(req), req.params.id);
      reply.header('content-type', ZIP_TYPE).header('content-disposition', attachmentHeader(fileName));
      return reply.send(zip);
    },
  );
  api.post(
    '/cases/:id/materials',
    {
      schema: {
        tags,
        summary: '上传案卷材料（照片、音视频、电子数据、证据，手机可用）',
        params: IdParamsSchema,
        response: { ...caseReply, 413: ErrorBodySchema, 415: ErrorBodySchema },
      },
    },
    async (req) => {
      const { file, fileName, fields } = await readUpload(req, MAX_MATERIAL_BYTES);
      const input = parseFields(MaterialFieldsSchema, fields);
      return uploadMaterial(ctx, requireActor(req), requestMeta(req), req.params.id, input, { data: file, fileName });
    },
  );
  api.get(
    '/cases/:id/materials/:materialId/file',
    {
      schema: {
        tags,
        summary: '下载案卷材料',
        params: MaterialParamsSchema,
        response: { 200: fileReply('application/octet-stream', '材料文件（类型为上传时按内容识别的类型）'), ...errorReplies },
      },
    },
    async (req, reply) => {
      const f = await caseMaterialFile(ctx, requireActor(req), req.params.id, req.params.materialId);
      reply.header('content-type', f.mediaType).header('content-disposition', attachmentHeader(f.fileName));
      return reply.send(f.stream);
    },
  );
  api.get(
    '/case-documents/:id/file',
    {
      schema: {
        tags,
        summary: '下载文书（.docx）',
        params: IdParamsSchema,
        response: { 200: fileReply(DOCX_TYPE, '文书（.docx）'), ...errorReplies },
      },
    },
    async (req, reply) => {
      const f = await caseDocumentFile(ctx, requireActor(req), req.params.id);
      reply.header('content-type', DOCX_TYPE).header('content-disposition', attachmentHeader(f.fileName));
      return reply.send(f.stream);
    },
  );
  api.post(
    '/deliveries/:id/proof',
    {
      schema: {
        tags,
        summary: '记录送达（直接、留置、邮寄、公告送达）及送达回证',
        params: IdParamsSchema,
        response: { ...caseReply, 413: ErrorBodySchema, 415: ErrorBodySchema },
      },
    },
    async (req) => {
      const { input, file } = await deliveryProofOf(req);
      return recordDeliveryProof(ctx, requireActor(req), requestMeta(req), req.params.id, input, file);
    },
  );
  api.get(
    '/follow-ups',
    {
      schema: {
        tags,
        summary: '跟踪回访',
        querystring: FollowUpQuerySchema,
        response: { 200: z.array(FollowUpViewSchema), ...errorReplies },
      },
    },
    async (req) => listFollowUps(ctx, requireActor(req), req.query),
  );
  api.post(
    '/follow-ups/:id',
    {
      schema: {
        tags,
        summary: '记录回访情况',
        params: IdParamsSchema,
        body: FollowUpInputSchema,
        response: { 200: FollowUpRecordedSchema, ...errorReplies },
      },
    },
    async (req) => recordFollowUp(ctx, requireActor(req), requestMeta(req), req.params.id, req.body),
  );
  api.get(
    '/todo',
    {
      schema: {
        tags,
        summary: '待办事项（待选择、承诺期限、待送达、回访、待归档、待审核）',
        response: { 200: z.array(TodoItemSchema), ...errorReplies },
      },
    },
    async (req) => todoList(ctx, requireActor(req)),
  );

  // ── Portal ────────────────────────────────────────────────────────────────────────────────────────
  api.post(
    '/portal/cases',
    {
      schema: {
        tags: portal,
        summary: '申请柔性执法（依申请）',
        body: CaseApplicationInputSchema,
        response: { 201: CaseDetailSchema, ...errorReplies },
      },
    },
    async (req, reply) => reply.code(201).send(await applyForCase(ctx, requireActor(req), requestMeta(req), req.body)),
  );
  api.post(
    '/portal/cases/:id/commitment/sign',
    { schema: { tags: portal, summary: '签署告知承诺书', params: IdParamsSchema, response: caseReply } },
    async (req) => signCommitment(ctx, requireActor(req), requestMeta(req), req.params.id),
  );
  api.post(
    '/portal/deliveries/:id/receive',
    { schema: { tags: portal, summary: '签收电子送达的文书', params: IdParamsSchema, response: caseReply } },
    async (req) => receiveDelivery(ctx, requireActor(req), requestMeta(req), req.params.id),
  );
  api.post(
    '/portal/follow-ups/:id',
    {
      schema: {
        tags: portal,
        summary: '答复回访（整改情况和对执法行为的评价）',
        params: IdParamsSchema,
        body: FollowUpAnswerSchema,
        response: { 200: FollowUpRecordedSchema, ...errorReplies },
      },
    },
    async (req) => recordFollowUp(ctx, requireActor(req), requestMeta(req), req.params.id, req.body),
  );
  api.get(
    '/portal/delivery-consent',
    { schema: { tags: portal, summary: '是否已签署电子送达确认书', response: { 200: DeliveryConsentSchema, ...errorReplies } } },
    async (req) => myDeliveryConsent(ctx, requireActor(req)),
  );
  api.post(
    '/portal/delivery-consent',
    {
      schema: {
        tags: portal,
        summary: '签署（或撤回）电子送达确认书',
        body: DeliveryConsentInputSchema,
        response: { 200: DeliveryConsentSchema, ...errorReplies },
      },
    },
    async (req) => setDeliveryConsent(ctx, requireActor(req), requestMeta(req), req.body.consent),
  );
}
