/**
 * 行政约谈 as its own record (常政办发〔2025〕5号 第三项: 对…苗头性、倾向性问题，通过约谈…；涉及多个部门职责的，由相关部门联合约谈):
 * individual, collective (several parties in one interview, attendance per party) or joint (a lead department and the
 * departments it invites). Scheduled time and place, the 签到表, the 约谈笔录 with follow-up items (整改事项) per party,
 * signed by one officer of each participating department in their own session.
 */
import { z } from 'zod';
import { INTERVIEW_MODES } from './cases';
import { CalendarDateSchema, UuidSchema } from './common';

const text = (label: string, max: number) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}最多${max}个字`);

/** scheduled → held (attendance recorded) → minuted (笔录 recorded) → signed (every department has signed). */
export const INTERVIEW_STATES = ['scheduled', 'held', 'minuted', 'signed'] as const;
export type InterviewState = (typeof INTERVIEW_STATES)[number];

/** A party: one of the departments' cases, or an entity the interview concerns without a case. */
export const InterviewPartyInputSchema = z
  .object({ caseId: UuidSchema.optional(), entityId: UuidSchema.optional() })
  .refine((p) => Boolean(p.caseId) !== Boolean(p.entityId), { message: '每个约谈对象须选择一个案件或一个市场主体', path: ['caseId'] });

export const InterviewCreateSchema = z.object({
  mode: z.enum(INTERVIEW_MODES, { message: '约谈方式不正确' }),
  /** The participating departments; the caller's department leads and is among them. */
  departmentIds: z.array(UuidSchema).min(1, '请选择参加约谈的部门').max(10, '参加部门最多10个'),
  parties: z.array(InterviewPartyInputSchema).min(1, '请至少选择一个约谈对象').max(30, '约谈对象最多30个'),
  subject: text('约谈事由', 500),
  legalBasis: text('约谈依据', 300),
  /** ISO date-time of the interview. */
  scheduledAt: z.string().datetime({ offset: true, message: '约谈时间格式不正确' }),
  place: text('约谈地点', 100),
});
export type InterviewCreate = z.infer<typeof InterviewCreateSchema>;

/** 签到表: per party, whether it attended and who came for it. */
export const InterviewAttendanceSchema = z.object({
  parties: z
    .array(
      z.object({
        seq: z.number().int().min(1),
        attended: z.boolean(),
        attendeeName: z.string().trim().max(50, '参加人姓名最多50个字').nullish(),
        attendeeTitle: z.string().trim().max(50, '参加人职务最多50个字').nullish(),
      }),
    )
    .min(1, '请填写签到情况'),
  version: z.number().int().min(1),
});
export type InterviewAttendance = z.infer<typeof InterviewAttendanceSchema>;

/** 约谈笔录: what was said, and per party its follow-up items with due dates. */
export const InterviewMinutesSchema = z.object({
  content: text('约谈内容', 5000),
  partyStatements: z.array(z.object({ seq: z.number().int().min(1), statement: text('当事人陈述', 2000) })).default([]),
  followUps: z
    .array(z.object({ partySeq: z.number().int().min(1), content: text('整改事项', 500), dueOn: CalendarDateSchema }))
    .max(100, '整改事项最多100项'),
  version: z.number().int().min(1),
});
export type InterviewMinutes = z.infer<typeof InterviewMinutesSchema>;

export const InterviewSignSchema = z.object({
  /** The SHA-256 of the minutes the officer read: a signature binds that text only. */
  minutesSha256: z.string().regex(/^[0-9a-f]{64}$/, '笔录摘要格式不正确'),
});
export type InterviewSign = z.infer<typeof InterviewSignSchema>;

export const InterviewFollowUpDoneSchema = z.object({ note: text('整改完成情况', 500) });
export type InterviewFollowUpDone = z.infer<typeof InterviewFollowUpDoneSchema>;

export const INTERVIEW_FOLLOW_UP_STATUSES = ['open', 'overdue', 'done'] as const;

export const InterviewFollowUpSchema = z.object({
  id: z.string(),
  partySeq: z.number().int(),
  partyName: z.string(),
  caseId: z.string().nullable(),
  content: z.string(),
  dueOn: z.string(),
  status: z.enum(INTERVIEW_FOLLOW_UP_STATUSES),
  doneAt: z.string().nullable(),
  doneByName: z.string().nullable(),
  doneNote: z.string().nullable(),
});
export type InterviewFollowUp = z.infer<typeof InterviewFollowUpSchema>;

export const InterviewSchema = z.object({
  id: z.string(),
  mode: z.enum(INTERVIEW_MODES),
  state: z.enum(INTERVIEW_STATES),
  leadDepartmentId: z.string(),
  leadDepartmentName: z.string(),
  subject: z.string(),
  legalBasis: z.string(),
  scheduledAt: z.string(),
  place: z.string(),
  departments: z.array(
    z.object({
      departmentId: z.string(),
      departmentName: z.string(),
      lead: z.boolean(),
      signedByName: z.string().nullable(),
      certificateNo: z.string().nullable(),
      signedAt: z.string().nullable(),
    }),
  ),
  parties: z.array(
    z.object({
      seq: z.number().int(),
      caseId: z.string().nullable(),
      caseNo: z.string().nullable(),
      entityId: z.string().nullable(),
      partyName: z.string(),
      attended: z.boolean().nullable(),
      attendeeName: z.string().nullable(),
      attendeeTitle: z.string().nullable(),
      statement: z.string().nullable(),
    }),
  ),
  minutes: z.string().nullable(),
  /** SHA-256 of the minutes as recorded (the text each signature binds). */
  minutesSha256: z.string().nullable(),
  followUps: z.array(InterviewFollowUpSchema),
  createdByName: z.string(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type Interview = z.infer<typeof InterviewSchema>;

export const InterviewSummarySchema = InterviewSchema.pick({
  id: true,
  mode: true,
  state: true,
  leadDepartmentName: true,
  subject: true,
  scheduledAt: true,
  place: true,
}).extend({ partyNames: z.array(z.string()), departmentNames: z.array(z.string()), openFollowUps: z.number().int() });
export type InterviewSummary = z.infer<typeof InterviewSummarySchema>;

export const InterviewListQuerySchema = z.object({ caseId: UuidSchema.optional() });
export type InterviewListQuery = z.infer<typeof InterviewListQuerySchema>;
