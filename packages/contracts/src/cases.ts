/**
 * Flexible-enforcement cases (柔性执法案件, 常政办发〔2025〕5号 第三项、第五项至第十项、第十四项): the vocabulary shared by the domain's
 * lifecycle, the server and the web, and the HTTP bodies. The rules themselves live in the domain
 * (`packages/domain/src/cases`); the Chinese labels of messages there, of screens in the web's locale files.
 */
import { z } from 'zod';
import { CalendarDateSchema, PageQuerySchema, QueryBooleanSchema, UuidSchema } from './common';
import { DecisionInputSchema } from './decision';
import { PARTY_KINDS, PersonInputSchema } from './parties';

export const CASE_STATES = [
  'started',
  'notice_served',
  'accepted',
  'declined',
  'measures',
  'commitment_pending',
  'completed',
  'terminated',
  'archived',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** 依职权 / 依申请 (常政办发〔2025〕5号 第六项). */
export const CASE_ORIGINS = ['ex_officio', 'on_application'] as const;
export type CaseOrigin = (typeof CASE_ORIGINS)[number];

export const PARTY_CHOICES = ['accept', 'decline'] as const;
export type PartyChoice = (typeof PARTY_CHOICES)[number];

/** 送达方式 (常政办发〔2025〕5号 第七项). */
export const DELIVERY_METHODS = ['direct', 'left_at_premises', 'post', 'electronic', 'public_notice'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** 常政办发〔2025〕5号 第八项 (1)–(4). */
export const TERMINATION_GROUNDS = ['withdrawn', 'general_procedure', 'basis_lapsed_or_harm', 'other'] as const;
export type TerminationGround = (typeof TERMINATION_GROUNDS)[number];

/** 常政办发〔2025〕5号 第十四项's exceptions. */
export const OBSERVATION_EXCEPTION_GROUNDS = ['prohibited_by_law', 'public_safety_life_health'] as const;
export type ObservationExceptionGround = (typeof OBSERVATION_EXCEPTION_GROUNDS)[number];

export const MEASURE_TYPES = [
  'administrative_reminder',
  'administrative_suggestion',
  'interview',
  'education_reminder',
  'persuasion',
  'admonition',
  'administrative_guidance',
  'commitment',
  'no_penalty_decision',
  'community_service_offset',
  'oral_explanation',
  'leaflet',
] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

/**
 * 常政办发〔2025〕5号 第十四项: "观察期"内优先采取教育提醒、劝导示范、警示告诫、行政提示、行政指导、行政约谈等柔性执法方式 —
 * in that order, before the others (the domain flags them on their types; the measure form lists them first).
 */
export const OBSERVATION_PREFERRED_MEASURES: readonly MeasureType[] = [
  'education_reminder',
  'persuasion',
  'admonition',
  'administrative_reminder',
  'administrative_guidance',
  'interview',
];

export const isObservationPreferred = (m: MeasureType) => OBSERVATION_PREFERRED_MEASURES.includes(m);

/** The measure types in the order a form lists them: during an observation period 常政办发〔2025〕5号 第十四项's six first, the rest as usual. */
export function measureTypeOrder(observation: boolean): MeasureType[] {
  return observation ? [...OBSERVATION_PREFERRED_MEASURES, ...MEASURE_TYPES.filter((m) => !isObservationPreferred(m))] : [...MEASURE_TYPES];
}

export const INTERVIEW_MODES = ['individual', 'collective', 'joint'] as const;
export type InterviewMode = (typeof INTERVIEW_MODES)[number];

export const CASE_ACTIONS = [
  'start',
  'serve_notice',
  'record_choice',
  'withdraw_application',
  'record_measure',
  'fulfil_commitment',
  'complete',
  'terminate',
  'archive',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** The materials of one measure in the case file (常政办发〔2025〕5号 第九项; the domain's archive checklist names the required ones). */
export const MEASURE_ARCHIVE_ITEMS = [
  'document',
  'delivery_proof',
  'oral_record',
  'interview_minutes',
  'attendance',
  'evidence',
  'legal_review',
  'fulfilment_check',
  'penalty_decision',
  'service_verification',
] as const;
export type MeasureArchiveItem = (typeof MEASURE_ARCHIVE_ITEMS)[number];

/** The case's own materials. */
export const CASE_ARCHIVE_ITEMS = [
  'application',
  'choice_notice',
  'choice_notice_delivery',
  'choice_record',
  'withdrawal',
  'termination_approval',
  'termination_notice',
  'termination_notice_delivery',
] as const;
export type CaseArchiveItem = (typeof CASE_ARCHIVE_ITEMS)[number];

/** What a material filed in the case is. */
export const ARCHIVE_ITEMS = [...MEASURE_ARCHIVE_ITEMS, ...CASE_ARCHIVE_ITEMS] as const;
export type ArchiveItemKey = (typeof ARCHIVE_ITEMS)[number];

/** What an officer may upload by hand (the others are filed by the platform as the steps happen). */
export const UPLOADABLE_ITEMS = [
  'evidence',
  'delivery_proof',
  'oral_record',
  'interview_minutes',
  'attendance',
  'fulfilment_check',
  'penalty_decision',
  'service_verification',
  'application',
  'withdrawal',
  'choice_record',
] as const;

/** 回访: was the violation corrected, and the party's view of the enforcement (常政办发〔2025〕5号 第五项). */
export const CORRECTION_STATUSES = ['corrected', 'partly_corrected', 'not_corrected'] as const;
export const OPINION_LEVELS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;

// ── Bodies ──────────────────────────────────────────────────────────────────────────────────────────

const text = (label: string, max: number, min = 1) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(min, min === 1 ? `请填写${label}` : `${label}至少${min}个字`)
    .max(max, `${label}最多${max}个字`);

/** An officer starts a case ex officio (依职权): against a registry entity (`entityId`) or a natural person (`person`). */
export const CaseStartInputSchema = z
  .object({
    partyKind: z.enum(PARTY_KINDS, { message: '当事人类型须为企业（entity）或个人（person）' }).default('entity'),
    entityId: UuidSchema.optional(),
    person: PersonInputSchema.optional(),
    /** 违法事实或问题, as the documents will state it. */
    facts: text('违法事实或问题', 2000, 4),
    legalBasis: text('法律依据', 1000),
    violationItemId: UuidSchema.nullable().default(null),
  })
  .superRefine((v, c) => {
    if (v.partyKind === 'entity' && !v.entityId) {
      c.addIssue({ code: 'custom', path: ['entityId'], message: '请选择当事人（市场主体）' });
    }
    if (v.partyKind === 'person' && !v.person) {
      c.addIssue({ code: 'custom', path: ['person'], message: '请填写当事人（个人）的姓名和公民身份号码' });
    }
  });
export type CaseStartInput = z.infer<typeof CaseStartInputSchema>;

/** The party applies through the portal (依申请). */
export const CaseApplicationInputSchema = z.object({
  departmentId: UuidSchema,
  facts: text('申请事项', 2000, 4),
});
export type CaseApplicationInput = z.infer<typeof CaseApplicationInputSchema>;

export const ServeNoticeInputSchema = z.object({
  delivery: z.enum(DELIVERY_METHODS, { message: '送达方式不正确' }),
  choiceDeadline: CalendarDateSchema,
  /** The flexible measures offered to the party, as the 告知书 states them. */
  offered: text('拟采取的柔性执法方式', 500),
});
export type ServeNoticeInput = z.infer<typeof ServeNoticeInputSchema>;

export type ServeNoticeBody = z.input<typeof ServeNoticeInputSchema>;

export const ChoiceInputSchema = z.object({
  choice: z.enum(PARTY_CHOICES, { message: '当事人的选择须为接受（accept）或不接受（decline）' }),
  /** Recorded by an officer as 视为不选择 after the deadline. */
  deemed: z.boolean().default(false),
});

export const InterviewInputSchema = z.object({
  mode: z.enum(INTERVIEW_MODES, { message: '约谈方式不正确' }),
  departmentIds: z.array(UuidSchema).min(1, '请选择参加约谈的部门'),
  leadDepartmentId: UuidSchema,
  /** 约谈时间, as the notice states it. */
  scheduledAt: text('约谈时间', 50),
  officerIds: z.array(UuidSchema).default([]),
});

export const ServiceOffsetInputSchema = z.object({
  fineYuan: z.number({ message: '请填写罚款数额' }).int('罚款数额须为整数（元）').positive('罚款数额须为正数'),
  verifiedHours: z.number({ message: '请填写经核实的公益服务时长' }).int('公益服务时长须为整小时数').min(0, '公益服务时长不能为负'),
  minorViolation: z.boolean(),
  penaltyDecisionNo: text('被折抵罚款的行政处罚决定书文号', 60),
});

export const MeasureInputSchema = z.object({
  type: z.enum(MEASURE_TYPES, { message: '措施类型不正确' }),
  /** 措施内容: what the document says (the reminder, the commitment's content, the reasons). */
  content: text('措施内容', 4000),
  oral: z.boolean().default(false),
  /** 告知承诺: the last day to correct. Other documents: the day by which to respond, if any. */
  deadline: CalendarDateSchema.nullable().default(null),
  interview: InterviewInputSchema.nullable().default(null),
  offset: ServiceOffsetInputSchema.nullable().default(null),
  /**
   * 不予处罚决定: the decision engine's request (contracts/decision); `decidedOn` is the day of the measure
   * whatever is sent. The answer is stored with the case.
   */
  decisionRequest: DecisionInputSchema.optional(),
  delivery: z.enum(DELIVERY_METHODS, { message: '送达方式不正确' }).nullable().default(null),
  observationException: z
    .object({ ground: z.enum(OBSERVATION_EXCEPTION_GROUNDS, { message: '观察期例外事由不正确' }), reason: text('例外理由', 500) })
    .nullable()
    .default(null),
});
export type MeasureInput = z.infer<typeof MeasureInputSchema>;

export const FulfilInputSchema = z.object({
  fulfilledOn: CalendarDateSchema,
  /** 核查记录: what the officer found. */
  note: text('核查情况', 2000, 2),
});

export const TerminationInputSchema = z.object({
  ground: z.enum(TERMINATION_GROUNDS, { message: '终止情形须为常政办发〔2025〕5号 第八项规定的情形之一' }),
  reason: z.string().trim().max(2000, '理由最多2000个字').default(''),
  handOverToGeneralProcedure: z.boolean().default(false),
  delivery: z.enum(DELIVERY_METHODS, { message: '送达方式不正确' }).default('direct'),
  observationException: z
    .object({ ground: z.enum(OBSERVATION_EXCEPTION_GROUNDS, { message: '观察期例外事由不正确' }), reason: text('例外理由', 500) })
    .nullable()
    .default(null),
});

export const ProposalDecisionSchema = z.object({
  approve: z.boolean(),
  /** 法制审核意见 (approval) or the reason for returning it. */
  opinion: text('审核意见', 2000, 2),
});

export const DeliveryProofInputSchema = z.object({
  deliveredOn: CalendarDateSchema,
  recipient: text('受送达人（签收人）', 100),
  note: z.string().trim().max(500, '备注最多500个字').default(''),
});

export const FollowUpInputSchema = z.object({
  visitedOn: CalendarDateSchema,
  correction: z.enum(CORRECTION_STATUSES, { message: '请选择整改情况' }),
  legality: z.enum(OPINION_LEVELS, { message: '请选择当事人对执法合法性的评价' }),
  conduct: z.enum(OPINION_LEVELS, { message: '请选择当事人对执法规范性的评价' }),
  comment: z.string().trim().max(1000, '意见最多1000个字').default(''),
});

/** The party's own answer in the portal. */
export const FollowUpAnswerSchema = z.object({
  correction: z.enum(CORRECTION_STATUSES, { message: '请选择整改情况' }),
  legality: z.enum(OPINION_LEVELS, { message: '请选择对执法合法性的评价' }),
  conduct: z.enum(OPINION_LEVELS, { message: '请选择对执法规范性的评价' }),
  comment: z.string().trim().max(1000, '意见最多1000个字').default(''),
});

export const CaseQuerySchema = PageQuerySchema.extend({
  state: z.enum(CASE_STATES, { message: '案件状态不正确' }).optional(),
  q: z.string().trim().max(100, '关键词最多100个字').optional(),
});

// What the server works with (defaults filled in) and what a client may send (defaults left out).
export type CaseQuery = z.infer<typeof CaseQuerySchema>;
export type ChoiceInput = z.infer<typeof ChoiceInputSchema>;
export type ChoiceBody = z.input<typeof ChoiceInputSchema>;
export type MeasureBody = z.input<typeof MeasureInputSchema>;
export type FulfilInput = z.infer<typeof FulfilInputSchema>;
export type TerminationInput = z.infer<typeof TerminationInputSchema>;
export type TerminationBody = z.input<typeof TerminationInputSchema>;
export type ProposalDecision = z.infer<typeof ProposalDecisionSchema>;
export type DeliveryProofInput = z.infer<typeof DeliveryProofInputSchema>;
export type DeliveryProofBody = z.input<typeof DeliveryProofInputSchema>;
export type FollowUpInput = z.infer<typeof FollowUpInputSchema>;
export type FollowUpBody = z.input<typeof FollowUpInputSchema>;
export type FollowUpAnswer = z.infer<typeof FollowUpAnswerSchema>;
export type FollowUpAnswerBody = z.input<typeof FollowUpAnswerSchema>;

/** The text fields of a material upload (multipart, beside the file). */
export const MaterialFieldsSchema = z.object({
  item: z.enum(UPLOADABLE_ITEMS, { message: '材料类别不正确' }),
  measureId: z
    .string()
    .trim()
    .max(20)
    .transform((s) => s || null)
    .default(''),
  note: z.string().trim().max(500, '说明最多500个字').default(''),
});
export type MaterialFields = z.infer<typeof MaterialFieldsSchema>;

export const MaterialParamsSchema = z.object({ id: UuidSchema, materialId: UuidSchema });

/** The follow-up list: `open` keeps the visits not yet made. */
export const FollowUpQuerySchema = z.object({ open: QueryBooleanSchema.optional() });

/** 电子送达确认书: the party consents (true) or withdraws its consent (false). */
export const DeliveryConsentInputSchema = z.object({ consent: z.boolean({ message: '请选择是否同意电子送达' }) });
