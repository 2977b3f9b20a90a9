/**
 * Credit records (失信信息), the public credit page, repair (信用修复) and objections (异议申诉) on the wire
 * (常政办发〔2025〕5号 第五项、第十三项; 信用修复管理办法 国家发展改革委令第36号).
 */
import { z } from 'zod';
import { pageOf } from './common';
import { CREDIT_RECORD_STATUSES, CREDIT_SEVERITIES, OBJECTION_STATUSES, PenaltyKindSchema, REPAIR_STATUSES } from './credit';

export const CreditSeveritySchema = z.enum(CREDIT_SEVERITIES);
export const CreditRecordStatusSchema = z.enum(CREDIT_RECORD_STATUSES);
export const RepairStatusSchema = z.enum(REPAIR_STATUSES);
export const ObjectionStatusSchema = z.enum(OBJECTION_STATUSES);

export const StoredFileSchema = z.object({ sha256: z.string(), fileName: z.string(), mediaType: z.string() });
export type StoredFile = z.infer<typeof StoredFileSchema>;

/** A credit record as the public sees it: an entity's, never a natural person's. */
export const PublicCreditRecordSchema = z.object({
  id: z.string(),
  entityName: z.string(),
  uscc: z.string(),
  department: z.string(),
  documentNo: z.string(),
  violationName: z.string().nullable(),
  penalties: z.array(PenaltyKindSchema),
  fineYuan: z.number(),
  decidedOn: z.string(),
  severity: CreditSeveritySchema,
  minEnd: z.string().nullable(),
  maxEnd: z.string().nullable(),
  /** 异议处理中: an objection is being decided. */
  underObjection: z.boolean(),
});
export type PublicCreditRecord = z.infer<typeof PublicCreditRecordSchema>;
export const PublicCreditPageSchema = pageOf(PublicCreditRecordSchema).extend({ generatedAt: z.string() });
export type PublicCreditPage = z.infer<typeof PublicCreditPageSchema>;

export const PublicCreditQuerySchema = z.object({
  page: z.coerce.number({ message: '页码应为整数' }).int('页码应为整数').min(1, '页码最小为1').default(1),
  pageSize: z.coerce
    .number({ message: '每页条数应为整数' })
    .int('每页条数应为整数')
    .min(1, '每页条数最小为1')
    .max(500, '每页条数最多500')
    .default(50),
  /** 主体名称或统一社会信用代码. */
  q: z.string().trim().max(100, '检索词最多100个字符').optional(),
});
export type PublicCreditQuery = z.infer<typeof PublicCreditQuerySchema>;

export const UsccParamsSchema = z.object({
  uscc: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, '统一社会信用代码应为18位'),
});

/** One entity's public credit page. */
export const PublicCreditEntitySchema = z.object({
  entityName: z.string(),
  uscc: z.string(),
  records: z.array(PublicCreditRecordSchema),
  generatedAt: z.string(),
});
export type PublicCreditEntity = z.infer<typeof PublicCreditEntitySchema>;

export const RepairSummarySchema = z.object({
  id: z.string(),
  status: RepairStatusSchema,
  appliedAt: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
});
export const ObjectionSummarySchema = z.object({
  id: z.string(),
  status: ObjectionStatusSchema,
  grounds: z.string(),
  filedAt: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
});

/** A credit record as its party and the departments see it. */
export const CreditRecordSchema = z.object({
  id: z.string(),
  decisionId: z.string().nullable(),
  departmentId: z.string(),
  department: z.string(),
  entityId: z.string().nullable(),
  entityName: z.string().nullable(),
  uscc: z.string().nullable(),
  documentNo: z.string(),
  violationName: z.string().nullable(),
  penalties: z.array(PenaltyKindSchema),
  fineYuan: z.number(),
  decidedOn: z.string(),
  fulfilledOn: z.string().nullable(),
  severity: CreditSeveritySchema,
  severityBasis: z.string(),
  status: CreditRecordStatusSchema,
  minEnd: z.string().nullable(),
  repairEligibleFrom: z.string().nullable(),
  maxEnd: z.string().nullable(),
  regime: z.string(),
  endedOn: z.string().nullable(),
  /** Today (Beijing) as the server counts it: the portal disables repair before `repairEligibleFrom`. */
  today: z.string(),
  repairs: z.array(RepairSummarySchema),
  objections: z.array(ObjectionSummarySchema),
});
export type CreditRecord = z.infer<typeof CreditRecordSchema>;
export const CreditRecordListSchema = z.object({ items: z.array(CreditRecordSchema) });
export type CreditRecordList = z.infer<typeof CreditRecordListSchema>;

/** 信用修复申请: the signed commitment (the .docx the party read) and the materials it uploaded. */
export const RepairApplySchema = z.object({
  commitmentSigned: z.literal(true, { message: '须阅读并签署信用承诺书' }),
  statement: z.string().trim().min(5, '修复说明至少5个字').max(2000, '修复说明最多2000个字'),
  materials: z.array(StoredFileSchema).max(20, '材料最多20个').default([]),
});
export type RepairApply = z.input<typeof RepairApplySchema>;

/** A reviewer's decision on a repair: approve, or refuse with a reason. */
export const RepairDecideSchema = z
  .object({
    approve: z.boolean(),
    reason: z.string().trim().max(2000, '理由最多2000个字').default(''),
  })
  .superRefine((d, ctx) => {
    if (!d.approve && d.reason.length < 5) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: '不予修复须说明理由（至少5个字）' });
    }
  });
export type RepairDecide = z.input<typeof RepairDecideSchema>;

export const ObjectionFileSchema = z.object({
  grounds: z.string().trim().min(5, '异议理由至少5个字').max(2000, '异议理由最多2000个字'),
  materials: z.array(StoredFileSchema).max(20, '材料最多20个').default([]),
});
export type ObjectionFile = z.input<typeof ObjectionFileSchema>;

export const ObjectionDecideSchema = z.object({
  /** corrected: the record was wrong (withdrawn from publicity); withdrawn: the party withdrew; confirmed: the record stands. */
  outcome: z.enum(['corrected', 'withdrawn', 'confirmed'], { message: '处理结果应为corrected、withdrawn或confirmed' }),
  reason: z.string().trim().min(5, '处理理由至少5个字').max(2000, '处理理由最多2000个字'),
});
export type ObjectionDecide = z.input<typeof ObjectionDecideSchema>;

/** The working days a department has to decide an objection (per region; default 15). */
export const ObjectionSettingsSchema = z.object({
  workingDays: z.number().int('期限应为整数个工作日').min(1, '期限至少1个工作日').max(60, '期限最多60个工作日'),
});
export type ObjectionSettings = z.infer<typeof ObjectionSettingsSchema>;

/** A repair or an objection in the department's queue. */
export const CreditCaseSchema = z.object({
  kind: z.enum(['repair', 'objection']),
  id: z.string(),
  status: z.string(),
  record: CreditRecordSchema.omit({ repairs: true, objections: true, today: true }),
  statement: z.string(),
  materials: z.array(StoredFileSchema),
  appliedAt: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
});
export type CreditCase = z.infer<typeof CreditCaseSchema>;
export const CreditCaseListSchema = z.object({ items: z.array(CreditCaseSchema) });
/** The queue is short (open ones first, at most 500): no paging. */
export const CreditCaseQuerySchema = z.object({
  kind: z.enum(['repair', 'objection']).optional(),
  open: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
