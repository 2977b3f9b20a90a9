/**
 * Inspections (常政办发〔2025〕5号 第四项、第十二项、第十三项、第十五项): items, plans approved
 * before entry, the signed inspection code (检查码) anyone can verify, check-in/out, the enterprise's rating,
 * 综合查一次 (merging plans into one joint visit) and the indicators. Draws: `random-draws.ts`; complaints and
 * triggered tasks: `inspection-triggers.ts`.
 */
import { z } from 'zod';
import { CalendarDateSchema, PageQuerySchema, pageOf, UuidSchema } from './common';

export const INSPECTION_TYPES = ['routine', 'random', 'triggered', 'joint', 'special'] as const;
export type InspectionType = (typeof INSPECTION_TYPES)[number];
export const PLAN_STATUSES = ['pending_approval', 'approved', 'rejected', 'checked_in', 'completed', 'cancelled'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
/**
 * Grounds on which a plan may exceed the frequency caps (常政办发〔2025〕5号 第十二项、第十五项), with reviewer approval;
 * `key_item_rigid` is the 刚性查 of a key item (常政办发〔2025〕5号 第四项). The domain's `WHITELIST_EXEMPTION_GROUNDS` cites each.
 */
export const EXEMPTION_GROUNDS = [
  'key_item_rigid',
  'complaint_clue',
  'public_safety_life_health',
  'referral',
  'higher_level_special',
] as const;
export type ExemptionGround = (typeof EXEMPTION_GROUNDS)[number];

export const InspectionItemSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  legalBasis: z.string(),
  key: z.boolean(),
  mergeable: z.boolean(),
  category: z.enum(['general', 'safety_production', 'fire']),
  published: z.boolean(),
});
export type InspectionItem = z.infer<typeof InspectionItemSchema>;

export const InspectionPlanInputSchema = z
  .object({
    entityId: UuidSchema,
    type: z.enum(INSPECTION_TYPES, { message: '检查类型应为routine、random、triggered、joint或special' }),
    itemIds: z.array(UuidSchema).min(1, '请至少选择一个检查事项'),
    /** At least two officers with 执法证号 (行政处罚法 第四十二条: 执法人员不得少于两人). */
    officerIds: z.array(UuidSchema).min(2, '检查须有两名以上持证执法人员'),
    windowFrom: CalendarDateSchema,
    windowTo: CalendarDateSchema,
    emergency: z.boolean().default(false),
    exemptionGround: z.enum(EXEMPTION_GROUNDS, { message: '豁免事由取值不正确' }).nullable().default(null),
    exemptionReason: z.string().trim().max(500, '豁免理由最多500个字').default(''),
    note: z.string().trim().max(500, '备注最多500个字').default(''),
    /** The triggered task (触发式监管) this plan takes up: the task is closed with the plan. */
    triggeredTaskId: UuidSchema.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.windowTo < v.windowFrom) {
      ctx.addIssue({ code: 'custom', path: ['windowTo'], message: '检查期限的结束日期不能早于开始日期' });
    }
    if (new Set(v.officerIds).size !== v.officerIds.length) {
      ctx.addIssue({ code: 'custom', path: ['officerIds'], message: '执法人员不能重复' });
    }
    if (v.exemptionGround && v.exemptionReason.length < 4) {
      ctx.addIssue({ code: 'custom', path: ['exemptionReason'], message: '申请豁免须写明具体理由' });
    }
  });
export type InspectionPlanInput = z.infer<typeof InspectionPlanInputSchema>;

/** A certified officer of the department, to choose for a plan (行政处罚法 第四十二条: 执法人员不得少于两人). */
export const InspectionOfficerSchema = z.object({ id: z.string(), displayName: z.string(), certificateNo: z.string() });
export type InspectionOfficer = z.infer<typeof InspectionOfficerSchema>;

export const PlanOfficerSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  certificateNo: z.string(),
  departmentName: z.string(),
});

export const InspectionRatingInputSchema = z.object({
  conduct: z.number({ message: '请评价执法规范' }).int().min(1, '评分为1至5分').max(5, '评分为1至5分'),
  etiquette: z.number({ message: '请评价文明礼仪' }).int().min(1, '评分为1至5分').max(5, '评分为1至5分'),
  disruption: z.number({ message: '请评价对经营的影响' }).int().min(1, '评分为1至5分').max(5, '评分为1至5分'),
  comment: z.string().trim().max(500, '意见最多500个字').default(''),
});
export type InspectionRatingInput = z.infer<typeof InspectionRatingInputSchema>;
export const InspectionRatingSchema = InspectionRatingInputSchema.extend({ ratedAt: z.string() });
/** The reply to a rating: only that it was taken (its content is anonymous to the department). */
export const InspectionRatedSchema = z.object({ rated: z.literal(true) });

export const InspectionPlanSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  entityId: z.string(),
  entityName: z.string(),
  entityUscc: z.string(),
  type: z.enum(INSPECTION_TYPES),
  status: z.enum(PLAN_STATUSES),
  windowFrom: z.string(),
  windowTo: z.string(),
  emergency: z.boolean(),
  /** 紧急检查: the day by which the approval must be back-filled (a number of working days after the plan, a setting). */
  backfillDueOn: z.string().nullable(),
  /** 紧急检查 whose approval came after `backfillDueOn`, or has not come and the day is past. */
  backfillLate: z.boolean(),
  exemptionGround: z.enum(EXEMPTION_GROUNDS).nullable(),
  exemptionReason: z.string().nullable(),
  note: z.string(),
  /** Plans merged into one joint inspection (综合查一次) share this id. */
  jointGroupId: z.string().nullable(),
  items: z.array(InspectionItemSchema.pick({ id: true, code: true, name: true, legalBasis: true, departmentName: true })),
  officers: z.array(PlanOfficerSchema),
  createdBy: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  checkedInAt: z.string().nullable(),
  checkedOutAt: z.string().nullable(),
  result: z.enum(['no_problem', 'problems']).nullable(),
  findings: z.string().nullable(),
  revision: z.number(),
  /** Whether the enterprise has rated it (the rating itself: Judicial Bureau only). */
  rated: z.boolean(),
  rating: InspectionRatingSchema.nullable(),
});
export type InspectionPlan = z.infer<typeof InspectionPlanSchema>;
export const InspectionPlanPageSchema = pageOf(InspectionPlanSchema);
export const InspectionPlanQuerySchema = PageQuerySchema.extend({
  status: z.enum(PLAN_STATUSES, { message: '状态取值不正确' }).optional(),
  entityId: UuidSchema.optional(),
});

export const CheckLocationSchema = z
  .object({
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    accuracy: z.number().nonnegative().optional(),
  })
  .nullable()
  .default(null);
export type CheckLocation = z.infer<typeof CheckLocationSchema>;
/** Check-in works without the phone's position (the route also takes no body at all). */
export const CheckInBodySchema = z.object({ location: CheckLocationSchema });
export type CheckInBody = z.infer<typeof CheckInBodySchema>;
export const CheckOutBodySchema = z
  .object({
    location: CheckLocationSchema,
    result: z.enum(['no_problem', 'problems'], { message: '检查结果应为no_problem或problems' }),
    findings: z.string().trim().max(2000, '问题描述最多2000个字').default(''),
  })
  .superRefine((v, ctx) => {
    if (v.result === 'problems' && v.findings.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['findings'], message: '发现问题的，请描述问题' });
    }
  });
export type CheckOutBody = z.infer<typeof CheckOutBodySchema>;
export const RejectPlanBodySchema = z.object({ reason: z.string().trim().min(1, '请填写不予批准的理由').max(500) });
export type RejectPlanBody = z.infer<typeof RejectPlanBodySchema>;

/** The inspection code of a plan: the signed token and the address a phone opens when it scans it. */
export const InspectionCodeSchema = z.object({ token: z.string(), url: z.string() });
export type InspectionCode = z.infer<typeof InspectionCodeSchema>;

/** The path of the public code check: the token as scanned. */
export const CodeTokenParamsSchema = z.object({ token: z.string().min(1).max(2000) });

/** What the public code page shows: enough to recognise the officers and the approved scope, nothing private. */
export const CodeViewSchema = z.object({
  /** valid: inside its window and approved; otherwise why not. */
  state: z.enum(['valid', 'not_yet_valid', 'expired', 'completed', 'cancelled', 'not_approved', 'invalid']),
  message: z.string(),
  departmentName: z.string().nullable(),
  /** The department's 联系电话, so that whoever scanned the code can call it (null: none set). */
  departmentPhone: z.string().nullable(),
  entityName: z.string().nullable(),
  windowFrom: z.string().nullable(),
  windowTo: z.string().nullable(),
  type: z.enum(INSPECTION_TYPES).nullable(),
  items: z.array(z.object({ name: z.string(), legalBasis: z.string() })),
  officers: z.array(z.object({ displayName: z.string(), certificateNo: z.string(), departmentName: z.string() })),
  checkedInAt: z.string().nullable(),
  checkedOutAt: z.string().nullable(),
  planId: z.string().nullable(),
});
export type CodeView = z.infer<typeof CodeViewSchema>;

/** Another department's plan that could join this one in a joint inspection (综合查一次), item by item. */
export const MergeCandidateSchema = z.object({
  planId: z.string(),
  departmentName: z.string().optional(),
  /** Days between the windows; 0 when they overlap. */
  gapDays: z.number(),
  commonWindow: z.object({ from: z.string(), to: z.string() }).nullable(),
  /** Items of this plan that may go into the joint inspection. */
  itemIds: z.array(z.string()),
  /** Items of the other plan that may go into it. */
  otherItemIds: z.array(z.string()),
  /** Items that stay in a visit of their own (safety production, fire, not on the task list). */
  keptSeparate: z.array(z.object({ planId: z.string(), itemId: z.string(), reason: z.string() })),
});
export type MergeCandidate = z.infer<typeof MergeCandidateSchema>;
export const MergePlansBodySchema = z.object({ otherPlanId: UuidSchema });
export type MergePlansBody = z.infer<typeof MergePlansBodySchema>;
/** Merged plans share a joint group and count as one visit. */
export const JointGroupSchema = z.object({ jointGroupId: z.string() });

export const InspectionMetricsQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
/** The indicators of a year (SPEC 保障措施): the department's own, or the region's for the Judicial Bureau. */
export const InspectionMetricsSchema = z.object({
  year: z.number().int(),
  scope: z.enum(['department', 'region']),
  /** Visits: a joint inspection of several departments counts once. */
  visits: z.number().int(),
  jointVisits: z.number().int(),
  /**
   * 常政办发〔2025〕5号 第四项: 在食品、药品、餐饮领域先行先试 — the joint rate there (the specification (事中柔性监管): the classes of `JOINT_RATE_CLASSES`,
   * inspections checked in during the year, a joint one once), against its target; per period and department:
   * `/inspection-metrics/joint-rate`.
   */
  foodDrugCatering: z.object({ visits: z.number().int(), jointVisits: z.number().int(), jointRate: z.number(), target: z.number() }),
  inspectedEntities: z.number().int(),
  visitsPerEntity: z.number(),
  /** Plans refused by the frequency rules (重复检查被拦截). */
  repeatedInspectionsPrevented: z.number().int(),
  exemptionsUsed: z.number().int(),
});
export type InspectionMetrics = z.infer<typeof InspectionMetricsSchema>;
