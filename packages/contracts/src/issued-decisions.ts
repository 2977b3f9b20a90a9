/**
 * Issued penalty decisions (行政处罚决定) of the departments' own case systems and their re-check for
 * 小案重罚/过罚不当 (常政办发〔2025〕5号 第十一项、第十五项): the wire shapes of the import, the push API, the
 * correction items and the departments' API keys.
 */
import { z } from 'zod';
import { CalendarDateSchema, PageQuerySchema, pageOf, QueryBooleanSchema, UuidSchema } from './common';
import { CORRECTION_ITEM_STATUSES, CORRECTION_REASONS, PENALTY_KINDS, PenaltyKindSchema } from './credit';
import { BasisSchema, HARMS, MITIGATING, Money } from './decision';

export const ISSUED_PARTY_TYPES = ['legal_person', 'other_organization', 'natural_person'] as const;
export type IssuedPartyType = (typeof ISSUED_PARTY_TYPES)[number];

/** Where an issued decision came from: a file import, a department system's push, or a correction recorded here. */
export const ISSUED_DECISION_SOURCES = ['import', 'push', 'correction'] as const;
export type IssuedDecisionSource = (typeof ISSUED_DECISION_SOURCES)[number];

/** The facts of the act as the decision engine needs them (shared/contracts/decision-api.md `facts`, the party's part aside). */
export const IssuedFactsSchema = z
  .object({
    occurredOn: CalendarDateSchema,
    endedOn: CalendarDateSchema.nullable().default(null),
    continuing: z.boolean().default(false),
    discoveredOn: CalendarDateSchema,
    harm: z.enum(HARMS, { message: '危害后果应为none、minor、ordinary或serious' }),
    minorViolation: z.boolean().default(false),
    correctedInTime: z.boolean().default(false),
    /** 初次违法 as the department found it; absent: decided from the decisions on record (sanction_records). */
    firstOffense: z.boolean().nullable().default(null),
    provenNoFault: z.boolean().default(false),
    involvesLifeHealthOrFinancialSecurity: z.boolean().default(false),
    mitigating: z.array(z.enum(MITIGATING, { message: '从轻减轻情形取值不正确' })).default([]),
    aggravating: z.array(z.string().min(1)).default([]),
    alreadyFinedForSameAct: z.boolean().default(false),
    /** The decision lists the party on a 严重失信主体名单 under a law, regulation or rule: its credit record is serious. */
    seriousListed: z.boolean().default(false),
  })
  .superRefine((f, ctx) => {
    if (f.discoveredOn < f.occurredOn) {
      ctx.addIssue({ code: 'custom', path: ['discoveredOn'], message: '发现日期不能早于违法行为发生日期' });
    }
    if (f.endedOn && f.endedOn < f.occurredOn) {
      ctx.addIssue({ code: 'custom', path: ['endedOn'], message: '行为终了日期不能早于违法行为发生日期' });
    }
  });
export type IssuedFacts = z.output<typeof IssuedFactsSchema>;

/** One decision as a department's system pushes it (and as an import row becomes once read). */
export const IssuedDecisionInputSchema = z
  .object({
    documentNo: z.string().trim().min(1, '请填写决定书文号').max(100, '决定书文号最多100个字符'),
    partyType: z.enum(ISSUED_PARTY_TYPES, { message: '当事人类型应为legal_person、other_organization或natural_person' }),
    /** Entities: the 统一社会信用代码 of a registered entity. */
    uscc: z.string().trim().toUpperCase().nullable().default(null),
    /** Natural persons: name and 公民身份号码 (stored encrypted). */
    personName: z.string().trim().max(50, '姓名最多50个字符').nullable().default(null),
    idNumber: z.string().trim().toUpperCase().nullable().default(null),
    violationCode: z.string().trim().toUpperCase().min(1, '请填写违法行为编码'),
    facts: IssuedFactsSchema,
    penalties: z.array(PenaltyKindSchema).min(1, '请至少填写一种处罚种类'),
    fineYuan: Money.default(0),
    decidedOn: CalendarDateSchema,
    fulfilledOn: CalendarDateSchema.nullable().default(null),
  })
  .superRefine((d, ctx) => {
    if (d.partyType === 'natural_person') {
      if (!d.personName) {
        ctx.addIssue({ code: 'custom', path: ['personName'], message: '当事人为自然人时须填写姓名' });
      }
      if (!d.idNumber) {
        ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '当事人为自然人时须填写公民身份号码' });
      }
    } else if (!d.uscc) {
      ctx.addIssue({ code: 'custom', path: ['uscc'], message: '当事人为单位时须填写统一社会信用代码' });
    }
    if (d.penalties.includes('fine') !== d.fineYuan > 0) {
      ctx.addIssue({ code: 'custom', path: ['fineYuan'], message: '处罚种类含罚款时须填写大于0的罚款金额，不含罚款时金额应为0' });
    }
    if (d.decidedOn < d.facts.discoveredOn) {
      ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: '决定日期不能早于发现日期' });
    }
    if (d.fulfilledOn && d.fulfilledOn < d.decidedOn) {
      ctx.addIssue({ code: 'custom', path: ['fulfilledOn'], message: '履行日期不能早于决定日期' });
    }
  });
export type IssuedDecisionInput = z.input<typeof IssuedDecisionInputSchema>;
export type IssuedDecisionValues = z.output<typeof IssuedDecisionInputSchema>;

export const CorrectionReasonSchema = z.enum(CORRECTION_REASONS);
export const CorrectionItemStatusSchema = z.enum(CORRECTION_ITEM_STATUSES);

export const CorrectionSummarySchema = z.object({ id: z.string(), reason: CorrectionReasonSchema, status: CorrectionItemStatusSchema });

export const IssuedDecisionSchema = z.object({
  id: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  documentNo: z.string(),
  partyType: z.enum(ISSUED_PARTY_TYPES),
  partyName: z.string(),
  uscc: z.string().nullable(),
  /** Masked (e.g. 430482********1234). */
  idNumberMasked: z.string().nullable(),
  violationCode: z.string(),
  violationName: z.string().nullable(),
  penalties: z.array(z.enum(PENALTY_KINDS)),
  fineYuan: z.number(),
  decidedOn: z.string(),
  fulfilledOn: z.string().nullable(),
  source: z.enum(ISSUED_DECISION_SOURCES),
  /** The decision this one corrects (source `correction`). */
  correctsId: z.string().nullable(),
  createdAt: z.string(),
  correction: CorrectionSummarySchema.nullable(),
});
export type IssuedDecision = z.infer<typeof IssuedDecisionSchema>;
export const IssuedDecisionPageSchema = pageOf(IssuedDecisionSchema);

export const IssuedDecisionQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100, '关键词最多100个字').optional(),
  flagged: QueryBooleanSchema.optional(),
});
export type IssuedDecisionQuery = z.infer<typeof IssuedDecisionQuerySchema>;

export const CorrectionItemSchema = z.object({
  id: z.string(),
  decisionId: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  documentNo: z.string(),
  partyName: z.string(),
  violationCode: z.string(),
  penalties: z.array(z.enum(PENALTY_KINDS)),
  fineYuan: z.number(),
  decidedOn: z.string(),
  reason: CorrectionReasonSchema,
  /** The engine's explanation (Chinese, citing the articles). */
  explanation: z.string(),
  /** The engine's basis: the articles and list entries it cites. */
  basis: z.array(BasisSchema),
  fineRange: z.object({ min: z.number(), max: z.number() }).nullable(),
  status: CorrectionItemStatusSchema,
  /** The last working day to correct or justify. */
  dueOn: z.string(),
  /** Open past its deadline (flagged by the daily sweep; also true on the fly when the sweep has not yet run). */
  overdue: z.boolean(),
  justification: z.string().nullable(),
  correctedDecisionId: z.string().nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
});
export type CorrectionItem = z.infer<typeof CorrectionItemSchema>;
export const CorrectionItemPageSchema = pageOf(CorrectionItemSchema);

export const CorrectionItemQuerySchema = PageQuerySchema.extend({
  status: CorrectionItemStatusSchema.optional(),
  overdue: QueryBooleanSchema.optional(),
  departmentId: UuidSchema.optional(),
});
export type CorrectionItemQuery = z.infer<typeof CorrectionItemQuerySchema>;

/** 说明理由: the department keeps its decision and states why. */
export const JustifyCorrectionSchema = z.object({
  justification: z.string().trim().min(10, '说明理由至少10个字').max(2000, '说明理由最多2000个字'),
});
export type JustifyCorrection = z.infer<typeof JustifyCorrectionSchema>;

/** 纠正: the corrected decision (same party, act and facts; a new 文号, penalties and date). */
export const CorrectDecisionSchema = z
  .object({
    documentNo: z.string().trim().min(1, '请填写更正后的决定书文号').max(100, '决定书文号最多100个字符'),
    penalties: z.array(PenaltyKindSchema).default([]),
    fineYuan: Money.default(0),
    decidedOn: CalendarDateSchema,
  })
  .superRefine((d, ctx) => {
    if (d.penalties.includes('fine') !== d.fineYuan > 0) {
      ctx.addIssue({ code: 'custom', path: ['fineYuan'], message: '处罚种类含罚款时须填写大于0的罚款金额，不含罚款时金额应为0' });
    }
  });
export type CorrectDecision = z.input<typeof CorrectDecisionSchema>;

/** The working days a department has to correct or justify (per region; default 15). */
export const CorrectionSettingsSchema = z.object({
  workingDays: z.number().int('期限应为整数个工作日').min(1, '期限至少1个工作日').max(60, '期限最多60个工作日'),
});
export type CorrectionSettings = z.infer<typeof CorrectionSettingsSchema>;

export const PushDecisionsBodySchema = z.object({
  decisions: z.array(IssuedDecisionInputSchema).min(1, '请至少推送一份决定').max(1000, '每次最多推送1000份决定'),
});
export type PushDecisionsBody = z.input<typeof PushDecisionsBodySchema>;

export const PushDecisionsReplySchema = z.object({
  stored: z.number().int(),
  /** True when this is the stored answer to an earlier request with the same Idempotency-Key. */
  replayed: z.boolean(),
  decisions: z.array(z.object({ documentNo: z.string(), id: z.string(), correction: CorrectionReasonSchema.nullable() })),
});
export type PushDecisionsReply = z.infer<typeof PushDecisionsReplySchema>;

export const ApiKeySchema = z.object({
  id: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  label: z.string(),
  /** The key's first characters, to recognise it (the key itself is shown once). */
  prefix: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  revokedAt: z.string().nullable(),
});
export type ApiKey = z.infer<typeof ApiKeySchema>;
export const ApiKeyListSchema = z.object({ items: z.array(ApiKeySchema) });
export const ApiKeyCreatedSchema = ApiKeySchema.extend({ key: z.string() });
export type ApiKeyCreated = z.infer<typeof ApiKeyCreatedSchema>;
export const CreateApiKeySchema = z.object({
  label: z.string().trim().min(1, '请填写用途说明').max(100, '用途说明最多100个字符'),
  /** The system administrator names the department; a reviewer creates keys for its own. */
  departmentId: UuidSchema.optional(),
});
export type CreateApiKey = z.infer<typeof CreateApiKeySchema>;
