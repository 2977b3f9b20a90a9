/**
 * What the case routes answer (柔性执法案件, 常政办发〔2025〕5号 第六项至第九项): the case as a list line and in
 * full, with its measures, documents, deliveries, materials, follow-up visits and record, and the officer's
 * to-do list. Dates are `YYYY-MM-DD`, instants ISO 8601 strings, on both database engines.
 */
import { z } from 'zod';
import {
  ARCHIVE_ITEMS,
  CASE_ACTIONS,
  CASE_ORIGINS,
  CASE_STATES,
  CORRECTION_STATUSES,
  DELIVERY_METHODS,
  INTERVIEW_MODES,
  MEASURE_TYPES,
  OPINION_LEVELS,
  PARTY_CHOICES,
  TERMINATION_GROUNDS,
} from './cases';
import { pageOf } from './common';
import { PARTY_KINDS } from './parties';

const day = z.string().describe('日期（YYYY-MM-DD）');
const instant = z.string().describe('时间（ISO 8601）');

/** A case as a list shows it. */
export const CaseSummarySchema = z.object({
  id: z.string(),
  /** 案件编号, e.g. 常市监柔案〔2026〕1号. */
  caseNo: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  /** 企业 (a registry entity) or 个人 (a natural person). */
  partyKind: z.enum(PARTY_KINDS),
  /** The registry entity, for a party of kind `entity`. */
  entityId: z.string().nullable(),
  /** The party's name: the entity's, or the person's. */
  entityName: z.string(),
  /** 统一社会信用代码 of an entity party; null for a person. */
  partyUscc: z.string().nullable(),
  /** The natural person, for a party of kind `person`. */
  personId: z.string().nullable(),
  /** A person's 公民身份号码, masked (`4304**********1234`); null for an entity. */
  partyIdNumber: z.string().nullable(),
  origin: z.enum(CASE_ORIGINS),
  state: z.enum(CASE_STATES),
  facts: z.string(),
  startedOn: day,
  /** The running commitment's last day to correct, inclusive. */
  commitmentDeadline: day.nullable(),
  commitmentOverdue: z.boolean(),
  closedOn: day.nullable(),
  archivedOn: day.nullable(),
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

export const CasePageSchema = pageOf(CaseSummarySchema);
export type CasePage = z.infer<typeof CasePageSchema>;

/** A document issued in the case (告知书, 提示函, 承诺书, 决定书…). */
export const CaseDocumentViewSchema = z.object({
  id: z.string(),
  docType: z.string(),
  title: z.string(),
  /** 文号. */
  documentNo: z.string(),
  fileName: z.string(),
  fileSha256: z.string(),
  measureId: z.string().nullable(),
  createdAt: instant,
});
export type CaseDocumentView = z.infer<typeof CaseDocumentViewSchema>;

/** The delivery (送达) of a served document. */
export const DeliveryViewSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  documentNo: z.string(),
  title: z.string(),
  method: z.enum(DELIVERY_METHODS),
  status: z.enum(['pending', 'delivered']),
  sentOn: day,
  deliveredOn: day.nullable(),
  /** 受送达人（签收人）. */
  recipient: z.string().nullable(),
});
export type DeliveryView = z.infer<typeof DeliveryViewSchema>;

/** A material of the case file (常政办发〔2025〕5号 第九项), filed by the platform or uploaded by an officer. */
export const MaterialViewSchema = z.object({
  id: z.string(),
  item: z.enum(ARCHIVE_ITEMS),
  measureId: z.string().nullable(),
  fileName: z.string().nullable(),
  fileSha256: z.string().nullable(),
  size: z.number().nullable(),
  note: z.string(),
  source: z.enum(['document', 'delivery', 'upload', 'record']),
  createdAt: instant,
  createdByName: z.string(),
});
export type MaterialView = z.infer<typeof MaterialViewSchema>;

/** A measure taken in the case, with its document and what its type adds. */
export const MeasureViewSchema = z.object({
  id: z.string(),
  type: z.enum(MEASURE_TYPES),
  on: day,
  oral: z.boolean(),
  content: z.string(),
  recordedByName: z.string(),
  /** The reviewer who approved it (不予处罚决定, 公益抵罚), else null. */
  approvedByName: z.string().nullable(),
  documentId: z.string().nullable(),
  commitment: z
    .object({
      signedOn: day,
      deadline: day,
      fulfilledOn: day.nullable(),
      partySignedAt: instant.nullable(),
      overdue: z.boolean(),
    })
    .nullable(),
  interview: z
    .object({
      mode: z.enum(INTERVIEW_MODES),
      departmentIds: z.array(z.string()),
      leadDepartmentId: z.string(),
      scheduledAt: z.string(),
      officerIds: z.array(z.string()).optional(),
    })
    .nullable(),
  offset: z
    .object({
      fineYuan: z.number(),
      verifiedHours: z.number(),
      reductionYuan: z.number(),
      remainingFineYuan: z.number(),
      penaltyDecisionNo: z.string(),
    })
    .nullable(),
  /** 不予处罚决定: the decision engine's request and answer as they were on the day (`{ request, answer }`). */
  decision: z.record(z.string(), z.unknown()).nullable(),
});
export type MeasureView = z.infer<typeof MeasureViewSchema>;

/** 回访 (常政办发〔2025〕5号 第五项 跟踪回访): one visit per decision, due some days after the case completed. */
export const FollowUpViewSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNo: z.string(),
  entityName: z.string(),
  measureId: z.string(),
  measureType: z.enum(MEASURE_TYPES),
  dueOn: day,
  overdue: z.boolean(),
  visitedOn: day.nullable(),
  correction: z.enum(CORRECTION_STATUSES).nullable(),
  legality: z.enum(OPINION_LEVELS).nullable(),
  conduct: z.enum(OPINION_LEVELS).nullable(),
  comment: z.string(),
  answeredByParty: z.boolean(),
});
export type FollowUpView = z.infer<typeof FollowUpViewSchema>;

/** The answer to recording a visit. */
export const FollowUpRecordedSchema = z.object({ id: z.string(), visitedOn: day });
export type FollowUpRecorded = z.infer<typeof FollowUpRecordedSchema>;

/** What awaits a reviewer's approval: a measure (不予处罚决定, 公益抵罚) or a termination. */
export const ProposalViewSchema = z.object({
  kind: z.enum(['measure', 'termination']),
  proposedBy: z.string(),
  proposedByName: z.string(),
  proposedAt: instant,
  summary: z.string(),
  /** The officer's request as submitted (a measure or a termination body). */
  input: z.record(z.string(), z.unknown()),
});
export type ProposalView = z.infer<typeof ProposalViewSchema>;

/** One event of the case's hash chain. */
export const CaseEventViewSchema = z.object({
  seq: z.number(),
  type: z.string(),
  actorName: z.string(),
  occurredAt: instant,
  fromState: z.string().nullable(),
  toState: z.string().nullable(),
  hash: z.string(),
});
export type CaseEventView = z.infer<typeof CaseEventViewSchema>;

/** The case in full, as the asking user may see it (the party: no internal notes, proposal or record). */
export const CaseDetailSchema = CaseSummarySchema.extend({
  legalBasis: z.string(),
  notice: z.object({ servedOn: day, choiceDeadline: day, delivery: z.enum(DELIVERY_METHODS), offered: z.string() }).nullable(),
  choice: z.object({ choice: z.enum(PARTY_CHOICES), on: day, deemed: z.boolean() }).nullable(),
  applicationWithdrawnOn: day.nullable(),
  termination: z
    .object({ ground: z.enum(TERMINATION_GROUNDS), reason: z.string(), on: day, handOverToGeneralProcedure: z.boolean() })
    .nullable(),
  /** The party's observation period on the day (常政办发〔2025〕5号 第十四项), if any. */
  observationPeriod: z.object({ start: day, end: day, reason: z.string() }).nullable(),
  measures: z.array(MeasureViewSchema),
  documents: z.array(CaseDocumentViewSchema),
  deliveries: z.array(DeliveryViewSchema),
  materials: z.array(MaterialViewSchema),
  followUps: z.array(FollowUpViewSchema),
  proposal: ProposalViewSchema.nullable(),
  events: z.array(CaseEventViewSchema),
  /** What the asking user may do now (the domain's table; the server still checks each request). */
  actions: z.array(z.enum(CASE_ACTIONS)),
  /** What archiving still lacks (Chinese), empty when the case file is complete. */
  archiveMissing: z.array(z.string()),
  /** The party has consented to electronic delivery (电子送达确认书). */
  electronicConsent: z.boolean(),
  /** The guiding case published from this case, if any. */
  guidingCaseId: z.string().nullable(),
});
export type CaseDetail = z.infer<typeof CaseDetailSchema>;

export const TODO_KINDS = [
  'choice_awaited',
  'commitment_due',
  'commitment_overdue',
  'delivery_pending',
  'follow_up_due',
  'follow_up_overdue',
  'archive_due',
  'approval_awaited',
  'interview_follow_up_due',
  'interview_follow_up_overdue',
] as const;

/** One line of the officer's to-do list (常政办发〔2025〕5号 第六项至第九项: choices, commitments, deliveries, visits, archiving, approvals). */
export const TodoItemSchema = z.object({
  kind: z.enum(TODO_KINDS),
  caseId: z.string(),
  caseNo: z.string(),
  entityName: z.string(),
  dueOn: day.nullable(),
  overdue: z.boolean(),
  detail: z.string(),
  /** An interview's follow-up item (整改事项): the interview it belongs to. */
  interviewId: z.string().optional(),
});
export type TodoItem = z.infer<typeof TodoItemSchema>;

/** Whether the party has a 电子送达确认书 on file. */
export const DeliveryConsentSchema = z.object({ consent: z.boolean() });
export type DeliveryConsent = z.infer<typeof DeliveryConsentSchema>;
