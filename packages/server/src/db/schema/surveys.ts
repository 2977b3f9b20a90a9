/**
 * 问卷调查 (issue 12 item 5): surveys built by the Judicial Bureau and their answers — anonymous on the public portal,
 * at most one per entity on the enterprise portal (a partial unique index).
 */
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tstz } from './columns';
import { entities } from './platform';

export const surveys = pgTable(
  'surveys',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    onPublicPortal: boolean('on_public_portal').notNull(),
    onEnterprisePortal: boolean('on_enterprise_portal').notNull(),
    /** The questions (contracts `SurveyQuestion[]`), fixed once published: answers refer to them by position. */
    questions: jsonb('questions').notNull(),
    /** draft | published | closed */
    state: text('state').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: tstz('created_at').notNull(),
    publishedAt: tstz('published_at'),
    closedAt: tstz('closed_at'),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.id] }), index('surveys_state_idx').on(t.regionCode, t.state)],
);

export const surveyResponses = pgTable(
  'survey_responses',
  {
    regionCode: text('region_code').notNull(),
    id: uuid('id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    /** public | enterprise */
    channel: text('channel').notNull(),
    /** The enterprise account's entity (enterprise channel); null for an anonymous answer. */
    entityId: uuid('entity_id'),
    answers: jsonb('answers').notNull(),
    submittedAt: tstz('submitted_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.regionCode, t.id] }),
    index('survey_responses_survey_idx').on(t.regionCode, t.surveyId),
    uniqueIndex('survey_responses_entity_uq').on(t.regionCode, t.surveyId, t.entityId).where(sql`entity_id IS NOT NULL`),
    foreignKey({
      name: 'survey_responses_survey_fk',
      columns: [t.regionCode, t.surveyId],
      foreignColumns: [surveys.regionCode, surveys.id],
    }),
    foreignKey({
      name: 'survey_responses_entity_fk',
      columns: [t.regionCode, t.entityId],
      foreignColumns: [entities.regionCode, entities.id],
    }),
  ],
);
