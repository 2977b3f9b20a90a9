/**
 * Credit records (失信信息) over HTTP: the enterprise's records, repair (信用修复) and objections (异议申诉) in its
 * portal; the department's queue and decisions; the objection period (常政办发〔2025〕5号 第五项、第十三项).
 */
import {
  CreditCaseListSchema,
  CreditCaseQuerySchema,
  CreditCaseSchema,
  CreditRecordListSchema,
  CreditRecordSchema,
  ObjectionDecideSchema,
  ObjectionFileSchema,
  ObjectionSettingsSchema,
  RepairApplySchema,
  RepairDecideSchema,
  StoredFileSchema,
} from '@rouxing/contracts';
import { applyForRepair } from '../credit/use-cases/apply-repair';
import { getCreditCommitment } from '../credit/use-cases/credit-commitment';
import { decideObjection, decideRepair } from '../credit/use-cases/decide-credit-case';
import { fileObjection } from '../credit/use-cases/file-objection';
import { listCreditCases } from '../credit/use-cases/list-credit-cases';
import { myCreditRecords } from '../credit/use-cases/my-credit-records';
import { getObjectionSettings, setObjectionSettings } from '../credit/use-cases/objection-settings';
import { MAX_MATERIAL_BYTES, storeCreditMaterial } from '../credit/use-cases/store-credit-material';
import { requestMeta, requireActor } from '../http/request';
import { type Api, attachmentHeader, DOCX_TYPE, errorReplies, fileReply, IdParamsSchema, type RouteOptions, readUpload } from './api';

const portal = ['企业端：信用'];
const tags = ['信用修复与异议'];

export function creditRoutes(api: Api, { ctx }: RouteOptions): void {
  api.get(
    '/portal/credit-records',
    {
      schema: {
        tags: portal,
        summary: '本企业的失信信息（含信用修复、异议申诉）',
        response: { 200: CreditRecordListSchema, ...errorReplies },
      },
    },
    async (req) => myCreditRecords(ctx, requireActor(req)),
  );
  api.get(
    '/portal/credit-records/:id/commitment.docx',
    {
      schema: {
        tags: portal,
        summary: '信用承诺书（.docx，签署前阅读）',
        params: IdParamsSchema,
        response: { 200: fileReply(DOCX_TYPE, '信用承诺书'), ...errorReplies },
      },
    },
    async (req, reply) => {
      const { file, fileName } = await getCreditCommitment(ctx, requireActor(req), req.params.id);
      reply.header('content-type', DOCX_TYPE).header('content-disposition', attachmentHeader(fileName));
      return reply.send(file);
    },
  );
  api.post(
    '/portal/credit-materials',
    {
      schema: {
        tags: portal,
        summary: '上传证明材料（PDF、JPG、PNG、DOCX，最大10MB）',
        consumes: ['multipart/form-data'],
        response: { 201: StoredFileSchema, ...errorReplies },
      },
    },
    async (req, reply) => {
      const { file, fileName } = await readUpload(req, MAX_MATERIAL_BYTES);
      return reply.code(201).send(await storeCreditMaterial(ctx, requireActor(req), file, fileName));
    },
  );
  api.post(
    '/portal/credit-records/:id/repair',
    {
      schema: {
        tags: portal,
        summary: '申请信用修复（最短公示期届满后；须已履行义务并签署信用承诺书）',
        params: IdParamsSchema,
        body: RepairApplySchema,
        response: { 200: CreditRecordSchema, ...errorReplies },
      },
    },
    async (req) => applyForRepair(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
  api.post(
    '/portal/credit-records/:id/objection',
    {
      schema: {
        tags: portal,
        summary: '提出异议申诉',
        params: IdParamsSchema,
        body: ObjectionFileSchema,
        response: { 200: CreditRecordSchema, ...errorReplies },
      },
    },
    async (req) => fileObjection(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
  api.get(
    '/credit-cases',
    {
      schema: {
        tags,
        summary: '待审核的信用修复申请和异议申诉（本部门；司法局：全部门）',
        querystring: CreditCaseQuerySchema,
        response: { 200: CreditCaseListSchema, ...errorReplies },
      },
    },
    async (req) => listCreditCases(ctx, requireActor(req), { kind: req.query.kind, open: req.query.open }),
  );
  api.post(
    '/credit-repairs/:id/decide',
    {
      schema: {
        tags,
        summary: '审核信用修复（同意或不予修复并说明理由）',
        params: IdParamsSchema,
        body: RepairDecideSchema,
        response: { 200: CreditCaseSchema, ...errorReplies },
      },
    },
    async (req) => decideRepair(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
  api.post(
    '/credit-objections/:id/decide',
    {
      schema: {
        tags,
        summary: '处理异议申诉（更正、撤回或维持，说明理由）',
        params: IdParamsSchema,
        body: ObjectionDecideSchema,
        response: { 200: CreditCaseSchema, ...errorReplies },
      },
    },
    async (req) => decideObjection(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
  api.get(
    '/objection-settings',
    { schema: { tags, summary: '异议处理期限（工作日）', response: { 200: ObjectionSettingsSchema, ...errorReplies } } },
    async (req) => getObjectionSettings(ctx, requireActor(req)),
  );
  api.put(
    '/objection-settings',
    {
      schema: {
        tags,
        summary: '设置异议处理期限（司法局）',
        body: ObjectionSettingsSchema,
        response: { 200: ObjectionSettingsSchema, ...errorReplies },
      },
    },
    async (req) => setObjectionSettings(ctx, requireActor(req), req.body, requestMeta(req)),
  );
}
