/**
 * The Judicial Bureau's supervision (督导, 常政办发〔2025〕5号 保障措施（二）) and the departments' training
 * (业务培训, 常政办发〔2025〕5号 第十项): wire shapes of supervision tasks and training sessions.
 */
import { z } from 'zod';
import { CalendarDateSchema, PageQuerySchema, pageOf, QueryBooleanSchema, UuidSchema } from './common';

/** open → answered → closed, or answered → returned → answered … */
export const SUPERVISION_TASK_STATUSES = ['open', 'answered', 'returned', 'closed'] as const;
export const SupervisionTaskStatusSchema = z.enum(SUPERVISION_TASK_STATUSES);
export type SupervisionTaskStatus = z.infer<typeof SupervisionTaskStatusSchema>;

/** How a task came about: by hand, from a record, from a figure, or by itself from an overdue correction item. */
export const SUPERVISION_TASK_ORIGINS = ['manual', 'record', 'figure', 'correction_overdue'] as const;
export const SupervisionTaskOriginSchema = z.enum(SUPERVISION_TASK_ORIGINS);
export type SupervisionTaskOrigin = z.infer<typeof SupervisionTaskOriginSchema>;

/** The kinds of record a task may be opened from. */
export const SUPERVISION_SUBJECT_KINDS = ['case', 'inspection', 'correction_item'] as const;
export const SupervisionSubjectKindSchema = z.enum(SUPERVISION_SUBJECT_KINDS);
export type SupervisionSubjectKind = z.infer<typeof SupervisionSubjectKindSchema>;

/** A figure a task is opened from: an indicator key and its filter, kept as given for the dashboards. */
export const SupervisionFigureSchema = z.object({
  indicator: z.string().trim().min(1, '请填写指标').max(100, '指标标识最多100个字符'),
  filter: z.record(z.string(), z.unknown()).default({}),
  /** The value seen when the task was opened (optional). */
  value: z.number().optional(),
});
export type SupervisionFigure = z.infer<typeof SupervisionFigureSchema>;

export const OpenSupervisionTaskSchema = z
  .object({
    departmentId: UuidSchema,
    title: z.string().trim().min(1, '请填写督导事项标题').max(200, '标题最多200个字'),
    demand: z.string().trim().min(1, '请填写督导要求').max(4000, '督导要求最多4000个字'),
    workingDays: z.number().int('期限应为整数个工作日').min(1, '期限至少1个工作日').max(60, '期限最多60个工作日'),
    subject: z.object({ kind: SupervisionSubjectKindSchema, id: UuidSchema }).optional(),
    figure: SupervisionFigureSchema.optional(),
  })
  .refine((t) => !(t.subject && t.figure), { path: ['figure'], message: '督导事项只能来自一条记录或一个指标，不能两者都有' });
export type OpenSupervisionTask = z.input<typeof OpenSupervisionTaskSchema>;

/** The department's answer (text; materials as the multipart files `file`). */
export const AnswerSupervisionTaskSchema = z.object({
  text: z.string().trim().min(1, '请填写整改落实情况').max(4000, '答复最多4000个字'),
});
export type AnswerSupervisionTask = z.infer<typeof AnswerSupervisionTaskSchema>;

export const ReturnSupervisionTaskSchema = z.object({
  reason: z.string().trim().min(1, '请填写退回理由').max(2000, '退回理由最多2000个字'),
});
export type ReturnSupervisionTask = z.infer<typeof ReturnSupervisionTaskSchema>;

export const CloseSupervisionTaskSchema = z.object({
  note: z.string().trim().max(2000, '办结意见最多2000个字').optional(),
});
export type CloseSupervisionTask = z.infer<typeof CloseSupervisionTaskSchema>;

export const SupervisionTaskSchema = z.object({
  id: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  title: z.string(),
  demand: z.string(),
  origin: SupervisionTaskOriginSchema,
  subjectKind: SupervisionSubjectKindSchema.nullable(),
  subjectId: z.string().nullable(),
  figure: SupervisionFigureSchema.nullable(),
  workingDays: z.number().int(),
  openedOn: z.string(),
  /** The last working day to answer (work calendar). */
  dueOn: z.string(),
  status: SupervisionTaskStatusSchema,
  /** Waiting for the department past its last working day (computed; the daily sweep also records it). */
  overdue: z.boolean(),
  overdueOn: z.string().nullable(),
  openedByName: z.string(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
export type SupervisionTask = z.infer<typeof SupervisionTaskSchema>;
export const SupervisionTaskPageSchema = pageOf(SupervisionTaskSchema);

export const SupervisionMaterialSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
});
export type SupervisionMaterial = z.infer<typeof SupervisionMaterialSchema>;

/** One step of the task's history (its events). */
export const SupervisionStepSchema = z.object({
  type: z.string(),
  actorName: z.string(),
  occurredAt: z.string(),
  /** The answer's text, the return reason or the closing note. */
  text: z.string().nullable(),
  materials: z.array(SupervisionMaterialSchema),
});
export type SupervisionStep = z.infer<typeof SupervisionStepSchema>;

export const SupervisionTaskDetailSchema = SupervisionTaskSchema.extend({ history: z.array(SupervisionStepSchema) });
export type SupervisionTaskDetail = z.infer<typeof SupervisionTaskDetailSchema>;

export const SupervisionTaskQuerySchema = PageQuerySchema.extend({
  status: SupervisionTaskStatusSchema.optional(),
  overdue: QueryBooleanSchema.optional(),
  origin: SupervisionTaskOriginSchema.optional(),
  departmentId: UuidSchema.optional(),
});
export type SupervisionTaskQuery = z.infer<typeof SupervisionTaskQuerySchema>;

/** 业务培训 (常政办发〔2025〕5号 第十项): a session of one or more departments. */
export const CreateTrainingSessionSchema = z.object({
  title: z.string().trim().min(1, '请填写培训主题').max(200, '培训主题最多200个字'),
  heldOn: CalendarDateSchema,
  departmentIds: z.array(UuidSchema).min(1, '请选择参训部门').max(50, '参训部门最多50个'),
  hours: z.number().positive('学时应大于0').max(100, '学时最多100'),
  trainer: z.string().trim().min(1, '请填写授课人').max(100, '授课人最多100个字'),
  content: z.string().trim().min(1, '请填写培训内容').max(4000, '培训内容最多4000个字'),
  /** Users of the departments who attended. */
  attendeeIds: z.array(UuidSchema).max(500, '参训人员最多500人').default([]),
});
export type CreateTrainingSession = z.input<typeof CreateTrainingSessionSchema>;

export const TrainingSessionSchema = z.object({
  id: z.string(),
  title: z.string(),
  heldOn: z.string(),
  departments: z.array(z.object({ id: z.string(), name: z.string() })),
  hours: z.number(),
  trainer: z.string(),
  content: z.string(),
  attendees: z.array(z.object({ id: z.string(), name: z.string(), departmentId: z.string().nullable() })),
  materials: z.array(SupervisionMaterialSchema),
  createdAt: z.string(),
});
export type TrainingSession = z.infer<typeof TrainingSessionSchema>;
export const TrainingSessionPageSchema = pageOf(TrainingSessionSchema);

export const TrainingQuerySchema = PageQuerySchema.extend({
  departmentId: UuidSchema.optional(),
  year: z.coerce.number().int().min(2000, '年份不正确').max(2100, '年份不正确').optional(),
});
export type TrainingQuery = z.infer<typeof TrainingQuerySchema>;

/** The training figure of one department and year (the assessment reads it). */
export const TrainingFigureSchema = z.object({
  departmentId: z.string(),
  departmentName: z.string(),
  sessions: z.number().int(),
  hours: z.number(),
  /** Attendances of the department's users (one per person and session). */
  attendances: z.number().int(),
});
export type TrainingFigure = z.infer<typeof TrainingFigureSchema>;
export const TrainingFiguresSchema = z.object({ year: z.number().int(), departments: z.array(TrainingFigureSchema) });
export type TrainingFigures = z.infer<typeof TrainingFiguresSchema>;
export const TrainingFiguresQuerySchema = z.object({
  year: z.coerce.number().int().min(2000, '年份不正确').max(2100, '年份不正确'),
});
