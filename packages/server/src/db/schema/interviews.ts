/**
 * 行政约谈 (常政办发〔2025〕5号 第三项) as its own record: the interview, its departments (the lead and those it invites, each
 * signing the minutes once), its parties (a case or an entity each, with attendance — the 签到表) and the follow-up items
 * (整改事项) per party with a due date.
 */
import { boolean, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { tstz } from './columns';
import { departments, entities } from './platform';

export const interviews = pgTable(
  'interviews',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    /** individual | collective | joint */
    mode: text('mode').notNull(),
    /** scheduled | held | minuted | signed */
    state: text('state').notNull(),
    leadDepartmentId: uuid('lead_department_id').notNull(),
    subject: text('subject').notNull(),
    legalBasis: text('legal_basis').notNull(),
    scheduledAt: tstz('scheduled_at').notNull(),
    place: text('place').notNull(),
    /** 约谈笔录: what was said (the parties' statements and follow-up items are in their own rows). */
    minutes: text('minutes'),
    /** SHA-256 of the canonical minutes (text, attendance, statements, follow-up items): what a signature binds. */
    minutesSha256: text('minutes_sha256'),
    createdBy: uuid('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: tstz('created_at').notNull(),
    updatedAt: tstz('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    foreignKey({
      name: 'interviews_lead_dept_fk',
      columns: [t.regionCode, t.leadDepartmentId],
      foreignColumns: [departments.regionCode, departments.id],
    }),
  ],
);

/** A participating department and, once it has signed, its officer's signature (name, 执法证号, the minutes' hash). */
export const interviewDepartments = pgTable(
  'interview_departments',
  {
    regionCode: text('region_code').notNull(),
    interviewId: uuid('interview_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    lead: boolean('lead').notNull(),
    signedBy: uuid('signed_by'),
    signedByName: text('signed_by_name'),
    certificateNo: text('certificate_no'),
    signedMinutesSha256: text('signed_minutes_sha256'),
    signedAt: tstz('signed_at'),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.interviewId, t.departmentId] }),
    index('interview_departments_dept_idx').on(t.regionCode, t.departmentId),
    foreignKey({
      name: 'interview_departments_interview_fk',
      columns: [t.regionCode, t.interviewId],
      foreignColumns: [interviews.regionCode, interviews.id],
    }),
    foreignKey({
      name: 'interview_departments_dept_fk',
      columns: [t.regionCode, t.departmentId],
      foreignColumns: [departments.regionCode, departments.id],
    }),
  ],
);

/** A party of the interview (a case's party, or an entity) and its line of the 签到表. */
export const interviewParties = pgTable(
  'interview_parties',
  {
    regionCode: text('region_code').notNull(),
    interviewId: uuid('interview_id').notNull(),
    seq: integer('seq').notNull(),
    caseId: uuid('case_id'),
    entityId: uuid('entity_id'),
    partyName: text('party_name').notNull(),
    attended: boolean('attended'),
    attendeeName: text('attendee_name'),
    attendeeTitle: text('attendee_title'),
    statement: text('statement'),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.interviewId, t.seq] }),
    index('interview_parties_case_idx').on(t.regionCode, t.caseId),
    foreignKey({
      name: 'interview_parties_interview_fk',
      columns: [t.regionCode, t.interviewId],
      foreignColumns: [interviews.regionCode, interviews.id],
    }),
    foreignKey({ name: 'interview_parties_case_fk', columns: [t.regionCode, t.caseId], foreignColumns: [cases.regionCode, cases.id] }),
    foreignKey({
      name: 'interview_parties_entity_fk',
      columns: [t.regionCode, t.entityId],
      foreignColumns: [entities.regionCode, entities.id],
    }),
  ],
);

/** 整改事项: a follow-up item of one party, due on a day, done when a participating department records it. */
export const interviewFollowUps = pgTable(
  'interview_follow_ups',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    interviewId: uuid('interview_id').notNull(),
    partySeq: integer('party_seq').notNull(),
    content: text('content').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    doneAt: tstz('done_at'),
    doneByName: text('done_by_name'),
    doneNote: text('done_note'),
    details: jsonb('details').notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    index('interview_follow_ups_interview_idx').on(t.regionCode, t.interviewId),
    foreignKey({
      name: 'interview_follow_ups_party_fk',
      columns: [t.regionCode, t.interviewId, t.partySeq],
      foreignColumns: [interviewParties.regionCode, interviewParties.interviewId, interviewParties.seq],
    }),
  ],
);
