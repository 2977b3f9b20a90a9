/**
 * 柔性执法案件 over HTTP: the officer's console (`/cases…`), the reviewer's approvals, the party's portal
 * (`/portal/…`), follow-up visits and the to-do list. Every handler calls one use case; the rules are there.
 */
import {
  CaseApplicationInputSchema,
  CaseQuerySchema,
  CaseStartInputSchema,
  ChoiceInputSchema,
  DeliveryProofInputSchema,
  FollowUpAnswerSchema,
  FollowUpInputSchema,
  FulfilInputSchema,
  MeasureInputSchema,
  ProposalDecisionSchema,
  ServeNoticeInputSchema,
  TerminationInputSchema,
  UPLOADABLE_ITEMS,
} from '@rouxing/contracts';
import { z } from 'zod';
import { buildArchiveZip } from '../archive/archive';
import {
  applyForCase,
  archiveCase,
  archiveFiles,
  caseDocumentFile,
  caseMaterialFile,
  completeCase,
  decideProposal,
  fulfilCommitment,
  getCase,
  listCases,
  listFollowUps,
  MAX_MATERIAL_BYTES,
  myDeliveryConsent,
  proposeTermination,
  receiveDelivery,
  recordChoice,
  recordDeliveryProof,
  recordFollowUp,
  recordMeasure,
  serveNotice,
  setDeliveryConsent,
  signCommitment,
  startCase,
  todoList,
  uploadMaterial,
  withdrawApplication,
} from '../cases/use-cases';
import { validationError } from '../errors';
import { requestMeta, requireActor } from '../http/request';
import { listEvents } from '../records/event.repository';
import { type Api, attachmentHeader, IdParamsSchema, type RouteOptions, readMultipart, readUpload } from './api';

const tags = ['柔性执法案件'];
const portal = ['企业端'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const MaterialFieldsSchema = z.object({
  item: z.enum(UPLOADABLE_ITEMS, { message: '材料类别不正确' }),
  measureId: z
    .string()
    .trim()
    .max(20)
    .transform((s) => s || null)
    .default(''),
  note: z.string().trim().max(500, '说明最多500个字').default(''),
});

function parseFields<T extends z.ZodTypeAny>(schema: T, fields: Record<string, string>): z.infer<T> {
  const r = schema.safeParse(fields);
  if (!r.success) {
    throw validationError(r.error.issues.map((i) => ({ path: i.path.join('.') || 'body', message: i.message })));
  }
  return r.data;
}

export function caseRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/cases',
    { schema: { tags, summary: '柔性执法案件（本部门；司法局：全辖区；企业：本企业）', querystring: CaseQuerySchema } },
    async (req) => listCases(ctx, requireActor(req), req.query),
  );
  api.post('/cases', { schema: { tags, summary: '依职权启动柔性执法', body: CaseStartInputSchema } }, async (req, reply) => {
    reply.code(201);
    return startCase(ctx, requireActor(req), requestMeta(req), req.body);
  });
  api.get(
    '/cases/:id',
    { schema: { tags, summary: '案件详情（状态、措施、文书、送达、材料、全过程记录）', params: IdParamsSchema } },
    async (req) => getCase(ctx, requireActor(req), req.params.id),
  );
  api.post(
    '/cases/:id/notice',
    { schema: { tags, summary: '制作并送达柔性执法告知书', params: IdParamsSchema, body: ServeNoticeInputSchema } },
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
      },
    },
    async (req) => recordChoice(ctx, requireActor(req), requestMeta(req), req.params.id, req.body),
  );
  api.post('/cases/:id/withdraw', { schema: { tags, summary: '撤回申请（依申请启动的案件）', params: IdParamsSchema } }, async (req) =>
    withdrawApplication(ctx, requireActor(req), requestMeta(req), req.params.id),
  );
  api.post(
    '/cases/:id/measures',
    { schema: { tags, summary: '记录柔性措施（不予处罚决定、公益抵罚提交法制审核）', params: IdParamsSchema, body: MeasureInputSchema } },
    async (req) => recordMeasure(ctx, requireActor(req), requestMeta(req), req.params.id, req.body),
  );
  api.post(
    '/cases/:id/proposal',
    { schema: { tags, summary: '法制审核人员审核待批事项（批准或退回）', params: IdParamsSchema, body: ProposalDecisionSchema } },
    async (req) => decideProposal(ctx, requireActor(req), requestMeta(req), req.params.id, req.body),
  );
  api.post(
    '/cases/:id/fulfil',
    { schema: { tags, summary: '核查确认告知承诺已履行', params: IdParamsSchema, body: FulfilInputSchema } },
    async (req) => fulfilCommitment(ctx, requireActor(req), requestMeta(req), req.params.id, req.body),
  );
  api.post('/cases/:id/complete', { schema: { tags, summary: '办结', params: IdParamsSchema } }, async (req) =>
    completeCase(ctx, requireActor(req), requestMeta(req), req.params.id),
  );
  api.post(
    '/cases/:id/termination',
    { schema: { tags, summary: '提出终止柔性执法（第八项情形，报法制审核）', params: IdParamsSchema, body: TerminationInputSchema } },
    async (req) => proposeTermination(ctx, requireActor(req), requestMeta(req), req.params.id, req.body),
  );
  api.post('/cases/:id/archive', { schema: { tags, summary: '归档（检查归档材料后冻结案卷）', params: IdParamsSchema } }, async (req) =>
    archiveCase(ctx, requireActor(req), requestMeta(req), req.params.id),
  );
  api.get(
    '/cases/:id/archive.zip',
    { schema: { tags, summary: '导出案卷（zip，含哈希清单，可离线校验）', params: IdParamsSchema } },
    async (req, reply) => {
      const actor = requireActor(req);
      const { row, files } = await archiveFiles(ctx, actor, req.params.id);
      const events = await listEvents(ctx.db, row.regionCode, 'case', row.id);
      const { zip } = buildArchiveZip({
        subject: { type: 'case', id: row.id, title: `${row.caseNo} ${row.entityName}`, regionCode: row.regionCode },
        createdAt: ctx.now().toISOString(),
        files,
        events,
      });
      reply.header('content-type', 'application/zip').header('content-disposition', attachmentHeader(`案卷-${row.caseNo}.zip`));
      return reply.send(zip);
    },
  );
  api.post(
    '/cases/:id/materials',
    { schema: { tags, summary: '上传案卷材料（照片、音视频、电子数据、证据，手机可用）', params: IdParamsSchema } },
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
        params: z.object({ id: z.string().uuid('标识格式不正确'), materialId: z.string().uuid('标识格式不正确') }),
      },
    },
    async (req, reply) => {
      const f = await caseMaterialFile(ctx, requireActor(req), req.params.id, req.params.materialId);
      reply.header('content-type', f.mediaType).header('content-disposition', attachmentHeader(f.fileName));
      return reply.send(f.stream);
    },
  );
  api.get('/case-documents/:id/file', { schema: { tags, summary: '下载文书（.docx）', params: IdParamsSchema } }, async (req, reply) => {
    const f = await caseDocumentFile(ctx, requireActor(req), req.params.id);
    reply.header('content-type', DOCX).header('content-disposition', attachmentHeader(f.fileName));
    return reply.send(f.stream);
  });
  api.post(
    '/deliveries/:id/proof',
    { schema: { tags, summary: '记录送达（直接、留置、邮寄、公告送达）及送达回证', params: IdParamsSchema } },
    async (req) => {
      let fields: Record<string, string>;
      let file: { data: Buffer; fileName: string } | null = null;
      if (req.isMultipart()) {
        const m = await readMultipart(req, { maxFiles: 1, maxFileBytes: MAX_MATERIAL_BYTES });
        fields = m.fields;
        file = m.files[0] ?? null;
      } else {
        fields = (req.body ?? {}) as Record<string, string>;
      }
      const input = parseFields(DeliveryProofInputSchema, fields);
      return recordDeliveryProof(ctx, requireActor(req), requestMeta(req), req.params.id, input, file);
    },
  );
  api.get(
    '/follow-ups',
    { schema: { tags, summary: '跟踪回访', querystring: z.object({ open: z.coerce.boolean().optional() }) } },
    async (req) => listFollowUps(ctx, requireActor(req), req.query),
  );
  api.post(
    '/follow-ups/:id',
    { schema: { tags, summary: '记录回访情况', params: IdParamsSchema, body: FollowUpInputSchema } },
    async (req) => recordFollowUp(ctx, requireActor(req), requestMeta(req), req.params.id, req.body),
  );
  api.get('/todo', { schema: { tags, summary: '待办事项（待选择、承诺期限、待送达、回访、待归档、待审核）' } }, async (req) =>
    todoList(ctx, requireActor(req)),
  );

  // ── Portal ────────────────────────────────────────────────────────────────────────────────────────
  api.post(
    '/portal/cases',
    { schema: { tags: portal, summary: '申请柔性执法（依申请）', body: CaseApplicationInputSchema } },
    async (req, reply) => {
      reply.code(201);
      return applyForCase(ctx, requireActor(req), requestMeta(req), req.body);
    },
  );
  api.post(
    '/portal/cases/:id/commitment/sign',
    { schema: { tags: portal, summary: '签署告知承诺书', params: IdParamsSchema } },
    async (req) => signCommitment(ctx, requireActor(req), requestMeta(req), req.params.id),
  );
  api.post(
    '/portal/deliveries/:id/receive',
    { schema: { tags: portal, summary: '签收电子送达的文书', params: IdParamsSchema } },
    async (req) => receiveDelivery(ctx, requireActor(req), requestMeta(req), req.params.id),
  );
  api.post(
    '/portal/follow-ups/:id',
    { schema: { tags: portal, summary: '答复回访（整改情况和对执法行为的评价）', params: IdParamsSchema, body: FollowUpAnswerSchema } },
    async (req) => recordFollowUp(ctx, requireActor(req), requestMeta(req), req.params.id, req.body),
  );
  api.get('/portal/delivery-consent', { schema: { tags: portal, summary: '是否已签署电子送达确认书' } }, async (req) =>
    myDeliveryConsent(ctx, requireActor(req)),
  );
  api.post(
    '/portal/delivery-consent',
    {
      schema: {
        tags: portal,
        summary: '签署（或撤回）电子送达确认书',
        body: z.object({ consent: z.boolean({ message: '请选择是否同意电子送达' }) }),
      },
    },
    async (req) => setDeliveryConsent(ctx, requireActor(req), requestMeta(req), req.body.consent),
  );
}
