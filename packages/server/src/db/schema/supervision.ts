/**
 * The Judicial Bureau's supervision tasks (督导事项, 常政办发〔2025〕5号 保障措施（二）) with their answers and
 * materials, and the departments' training sessions (业务培训, 常政办发〔2025〕5号 第十项) with attendees and materials.
 * A task's history is its events (aggregate `supervision_task`); these tables hold its current state.
 */
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, jsonb, numeric, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tstz } from './columns';
import { departments } from './platform';

export const supervisionTasks = pgTable(
  'supervision_tasks',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    departmentId: uuid('department_id').notNull(),
    title: text('title').notNull(),
    demand: text('demand').notNull(),
    /** manual | record | figure | correction_overdue */
    origin: text('origin').notNull(),
    /** The record it was opened from: case | inspection | correction_item, and its id. */
    subjectKind: text('subject_kind'),
    subjectId: uuid('subject_id'),
    /** The figure it was opened from (indicator key + filter), opaque here, read by the dashboards. */
    figure: jsonb('figure'),
    workingDays: integer('working_days').notNull(),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    /** The last working day to answer (work calendar). */
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** open | answered | returned | closed */
    status: text('status').notNull(),
    /** Set once by the daily sweep the day the task is found overdue. */
    overdueOn: date('overdue_on', { mode: 'string' }),
    openedBy: uuid('opened_by'),
    openedByName: text('opened_by_name').notNull(),
    createdAt: tstz('created_at').notNull().defaultNow(),
    closedAt: tstz('closed_at'),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    index('supervision_tasks_dept_idx').on(t.regionCode, t.departmentId, t.status, t.dueOn),
    index('supervision_tasks_due_idx').on(t.regionCode, t.status, t.dueOn),
    // One automatic task per overdue correction item (the sweep may run any number of times).
    uniqueIndex('supervision_tasks_auto_uq').on(t.regionCode, t.subjectKind, t.subjectId).where(sql`origin = 'correction_overdue'`),
    foreignKey({
      name: 'supervision_tasks_department_fk',
      columns: [t.regionCode, t.departmentId],
      foreignColumns: [departments.regionCode, departments.id],
    }),
  ],
);

/** Files of a task's answers (by SHA-256 in the content-addressed store). */
export const supervisionMaterials = pgTable(
  'supervision_materials',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    taskId: uuid('task_id').notNull(),
    /** The event of the answer the file came with. */
    answerNo: integer('answer_no').notNull(),
    fileSha256: text('file_sha256').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedAt: tstz('uploaded_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    index('supervision_materials_task_idx').on(t.regionCode, t.taskId),
    foreignKey({
      name: 'supervision_materials_task_fk',
      columns: [t.regionCode, t.taskId],
      foreignColumns: [supervisionTasks.regionCode, supervisionTasks.id],
    }),
  ],
);

export const trainingSessions = pgTable(
  'training_sessions',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    title: text('title').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    /** The departments trained (one session may serve several). */
    departmentIds: uuid('department_ids').array().notNull(),
    hours: numeric('hours', { precision: 5, scale: 1 }).notNull(),
    trainer: text('trainer').notNull(),
    content: text('content').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: tstz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.id] }), index('training_sessions_held_idx').on(t.regionCode, t.heldOn)],
);

export const trainingAttendees = pgTable(
  'training_attendees',
  {
    regionCode: text('region_code').notNull(),
    sessionId: uuid('session_id').notNull(),
    userId: uuid('user_id').notNull(),
    /** The attendee's department when attending (users may move). */
    departmentId: uuid('department_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.sessionId, t.userId] }),
    foreignKey({
      name: 'training_attendees_session_fk',
      columns: [t.regionCode, t.sessionId],
      foreignColumns: [trainingSessions.regionCode, trainingSessions.id],
    }),
  ],
);

export const trainingMaterials = pgTable(
  'training_materials',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    sessionId: uuid('session_id').notNull(),
    fileSha256: text('file_sha256').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedAt: tstz('uploaded_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    foreignKey({
      name: 'training_materials_session_fk',
      columns: [t.regionCode, t.sessionId],
      foreignColumns: [trainingSessions.regionCode, trainingSessions.id],
    }),
  ],
);
