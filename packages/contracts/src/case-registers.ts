/**
 * The registers around cases: observation periods (常政办发〔2025〕5号 第十四项), guiding cases (常政办发〔2025〕5号 第十项), the
 * department's document templates (常政办发〔2025〕5号 第七项、第十项), follow-up days and the 公益抵罚 rule (常政办发〔2025〕5号 第五项), and guidance
 * to a class of entities (常政办发〔2025〕5号 第三项) — their request bodies and their replies.
 */
import { z } from 'zod';
import { MEASURE_TYPES } from './cases';

const ymd = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为YYYY-MM-DD');
const day = z.string().describe('日期（YYYY-MM-DD）');
const instant = z.string().describe('时间（ISO 8601）');

// ── 观察期 (常政办发〔2025〕5号 第十四项) ───────────────────────────────────────────────────────────────────────────────

export const ObservationPeriodInputSchema = z
  .object({
    entityId: z.string().uuid('标识格式不正确'),
    startOn: ymd,
    endOn: ymd,
    reason: z.string().trim().min(10, '请具体说明设定观察期的理由（至少10个字）').max(1000, '理由最多1000个字'),
    /** The proposer states that none of 常政办发〔2025〕5号 第十四项's exclusions applies (law forbids it, danger to safety, life and health). */
    noExclusion: z.literal(true, { message: '须确认不属于法律法规禁止或者危害公共安全和人民群众生命健康的情形' }),
  })
  .superRefine((v, ctx) => {
    if (v.endOn < v.startOn) {
      ctx.addIssue({ code: 'custom', path: ['endOn'], message: '观察期结束日期不能早于开始日期' });
    }
  });
export type ObservationPeriodInput = z.infer<typeof ObservationPeriodInputSchema>;

export const ObservationDecisionSchema = z.object({ approve: z.boolean({ message: '请选择批准或不批准' }) });

export const OBSERVATION_STATUSES = ['pending', 'approved', 'refused'] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

/** A line of the observation-period register. */
export const ObservationPeriodSchema = z.object({
  id: z.string(),
  entityId: z.string(),
  entityName: z.string(),
  uscc: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  proposedBy: z.string(),
  startOn: day,
  endOn: day,
  reason: z.string(),
  status: z.enum(OBSERVATION_STATUSES),
  proposedByName: z.string(),
  approvedByName: z.string().nullable(),
  createdAt: instant,
});
export type ObservationPeriod = z.infer<typeof ObservationPeriodSchema>;

/** The period proposed or decided. */
export const ObservationPeriodRefSchema = z.object({ id: z.string() });
export type ObservationPeriodRef = z.infer<typeof ObservationPeriodRefSchema>;

// ── 指导性案例 (常政办发〔2025〕5号 第十项) ─────────────────────────────────────────────────────────────────────────────

export const GuidingCaseInputSchema = z.object({
  title: z.string().trim().min(4, '标题至少4个字').max(100, '标题最多100个字'),
  summary: z.string().trim().min(10, '请写明裁判要旨（至少10个字）').max(1000, '要旨最多1000个字'),
  keywords: z.array(z.string().trim().min(1).max(20)).max(10, '关键词最多10个').default([]),
});
export type GuidingCaseInput = z.infer<typeof GuidingCaseInputSchema>;
export type GuidingCaseBody = z.input<typeof GuidingCaseInputSchema>;

export const GuidingCaseQuerySchema = z.object({ q: z.string().trim().max(50, '关键词最多50个字').optional() });

/** A published guiding case, anonymised (public, no login). */
export const GuidingCaseSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** GB/T 4754 code of the party's industry. */
  industry: z.string(),
  industryName: z.string(),
  summary: z.string(),
  body: z.string(),
  keywords: z.array(z.string()),
  departmentName: z.string(),
  publishedAt: instant,
});
export type GuidingCase = z.infer<typeof GuidingCaseSchema>;

/** The guiding case published. */
export const GuidingCaseRefSchema = z.object({ id: z.string() });
export type GuidingCaseRef = z.infer<typeof GuidingCaseRefSchema>;

// ── 文书模板 (常政办发〔2025〕5号 第七项、第十项) ───────────────────────────────────────────────────────────────────────

export const DocTypeParamsSchema = z.object({ docType: z.string() });

/** One uploaded version of a template. */
export const TemplateVersionSchema = z.object({
  docType: z.string(),
  version: z.number().int(),
  id: z.string(),
  fileName: z.string(),
  uploadedByName: z.string(),
  uploadedAt: instant,
  active: z.boolean(),
});
export type TemplateVersion = z.infer<typeof TemplateVersionSchema>;

/** A document type with the department's versions; `current` null: the default that ships with the product. */
export const TemplateTypeSchema = z.object({
  docType: z.string(),
  title: z.string(),
  versions: z.array(TemplateVersionSchema),
  current: z.number().int().nullable(),
});
export type TemplateType = z.infer<typeof TemplateTypeSchema>;

export const TemplateUploadedSchema = z.object({ id: z.string(), docType: z.string(), version: z.number().int() });
export type TemplateUploaded = z.infer<typeof TemplateUploadedSchema>;
export const TemplateRevertedSchema = z.object({ docType: z.string(), version: z.null() });
export type TemplateReverted = z.infer<typeof TemplateRevertedSchema>;

// ── 回访期限与公益抵罚规则 (常政办发〔2025〕5号 第五项) ─────────────────────────────────────────────────────────────────

/** Days after completion by which a measure's follow-up visit is due; null: no visit. */
export const FollowUpSettingsInputSchema = z.partialRecord(
  z.enum(MEASURE_TYPES, { message: '措施类型不正确' }),
  z.number().int('天数须为整数').min(1, '天数最少1天').max(365, '天数最多365天').nullable(),
);
export type FollowUpSettingsInput = z.infer<typeof FollowUpSettingsInputSchema>;

export const FollowUpSettingSchema = z.object({
  measureType: z.enum(MEASURE_TYPES),
  label: z.string(),
  days: z.number().int().nullable(),
  defaultDays: z.number().int().nullable(),
});
export type FollowUpSetting = z.infer<typeof FollowUpSettingSchema>;

/** 常政办发〔2025〕5号 第五项: 鼓励在公安、交通领域实施"公益抵罚". */
export const OFFSET_FIELDS = ['public_security', 'transport'] as const;
export type OffsetField = (typeof OFFSET_FIELDS)[number];

export const ServiceOffsetRuleInputSchema = z.object({
  field: z.enum(OFFSET_FIELDS, { message: '公益抵罚仅在公安、交通领域实施（常政办发〔2025〕5号 第五项）' }),
  yuanPerHour: z.number().int('须为整数（元）').positive('须为正数'),
  capYuan: z.number().int('须为整数（元）').positive('须为正数').nullable(),
  capPercentOfFine: z.number().int('须为整数').min(1, '比例为1至100').max(100, '比例为1至100').nullable(),
});
export type ServiceOffsetRuleInput = z.infer<typeof ServiceOffsetRuleInputSchema>;

/** The department's published conversion rule. */
export const ServiceOffsetRuleSchema = ServiceOffsetRuleInputSchema.extend({ publishedAt: instant });
export type ServiceOffsetRuleView = z.infer<typeof ServiceOffsetRuleSchema>;

// ── 面向一类市场主体的指导 (常政办发〔2025〕5号 第三项) ─────────────────────────────────────────────────────────────────

export const CAMPAIGN_MEASURES = ['administrative_reminder', 'administrative_suggestion', 'administrative_guidance'] as const;
export type CampaignMeasure = (typeof CAMPAIGN_MEASURES)[number];
/** One action reaches at most this many entities (a county's catering trade is a few thousand). */
export const MAX_CAMPAIGN_ENTITIES = 5000;

/** The refusal of a target that names no class. */
export const CAMPAIGN_TARGET_MISSING = '请选择对象：行业、区域、市场主体名单、投诉举报或案件数据';

/** The class of entities: an industry, a town or street, a list, complaints about an item, or the department's cases. */
export const CampaignTargetSchema = z.object({
  /** GB/T 4754-2017 prefix, e.g. H62 (餐饮业). */
  industryPrefix: z
    .string()
    .trim()
    .regex(/^([A-T]\d{0,4})?$/, '行业代码应为门类字母加数字（如H62）')
    .default(''),
  /** A town or street (乡镇、街道) of the county, matched in the registered address. */
  area: z.string().trim().max(30, '区域名称最多30个字').default(''),
  entityIds: z.array(z.string().uuid('标识格式不正确')).max(MAX_CAMPAIGN_ENTITIES).default([]),
  /** Entities complained about on this inspection item within `sinceDays`. */
  complaintItemId: z.string().uuid('标识格式不正确').nullable().default(null),
  /** Entities that had a case of this department within `sinceDays`. */
  fromCases: z.boolean().default(false),
  sinceDays: z.number().int().min(1).max(1095).default(365),
});
export type CampaignTarget = z.infer<typeof CampaignTargetSchema>;
export type CampaignTargetBody = z.input<typeof CampaignTargetSchema>;

/** The target names no class at all. */
export const targetIsEmpty = (t: CampaignTarget) =>
  !t.industryPrefix && !t.area && t.entityIds.length === 0 && !t.complaintItemId && !t.fromCases;

export const CampaignInputSchema = z
  .object({
    measureType: z.enum(CAMPAIGN_MEASURES, { message: '面向一类市场主体的指导只能是行政提示、行政建议或行政指导' }),
    title: z.string().trim().min(4, '标题至少4个字').max(100, '标题最多100个字'),
    facts: z.string().trim().min(4, '请写明易发问题（至少4个字）').max(2000, '最多2000个字'),
    content: z.string().trim().min(4, '请写明提示或建议的内容（至少4个字）').max(4000, '最多4000个字'),
    legalBasis: z.string().trim().min(2, '请写明依据').max(1000, '依据最多1000个字'),
    target: CampaignTargetSchema,
  })
  .superRefine((v, ctx) => {
    if (targetIsEmpty(v.target)) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: CAMPAIGN_TARGET_MISSING });
    }
  });
export type CampaignInput = z.infer<typeof CampaignInputSchema>;
export type CampaignBody = z.input<typeof CampaignInputSchema>;

/** How many entities the target reaches now (the form's preview). */
export const CampaignPreviewSchema = z.object({ count: z.number().int(), tooMany: z.boolean(), sample: z.array(z.string()) });
export type CampaignPreview = z.infer<typeof CampaignPreviewSchema>;

export const CampaignSentSchema = z.object({ id: z.string(), entityCount: z.number().int() });
export type CampaignSent = z.infer<typeof CampaignSentSchema>;

/** A campaign of the department, with how many recipients opened their copy. */
export const CampaignSchema = z.object({
  id: z.string(),
  measureType: z.enum(CAMPAIGN_MEASURES),
  title: z.string(),
  entityCount: z.number().int(),
  readCount: z.number().int(),
  createdByName: z.string(),
  createdAt: instant,
});
export type Campaign = z.infer<typeof CampaignSchema>;

/** Guidance the party received (portal). */
export const ReceivedGuidanceSchema = z.object({
  id: z.string(),
  measureType: z.enum(CAMPAIGN_MEASURES),
  title: z.string(),
  content: z.string(),
  departmentName: z.string(),
  documentNo: z.string(),
  createdAt: instant,
  readAt: instant.nullable(),
});
export type ReceivedGuidance = z.infer<typeof ReceivedGuidanceSchema>;
