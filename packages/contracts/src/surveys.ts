/**
 * 问卷调查 (issue 12 item 5; 常政办发〔2025〕5号 第十一项 宣传引导): a survey built by the Judicial Bureau — single and multiple
 * choice, rating and text questions — published on the public portal and/or the enterprise portal; one answer per
 * enterprise account's entity, anonymous answers rate-limited; results tallied, charted and exported.
 */
import { z } from 'zod';

export const SURVEY_QUESTION_KINDS = ['single', 'multiple', 'rating', 'text'] as const;
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];
export const SURVEY_STATES = ['draft', 'published', 'closed'] as const;
export type SurveyState = (typeof SURVEY_STATES)[number];
/** A rating is 1 to this many stars. */
export const SURVEY_RATING_MAX = 5;

const text = (label: string, max: number) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}最多${max}个字`);

export const SurveyQuestionSchema = z.object({
  kind: z.enum(SURVEY_QUESTION_KINDS, { message: '题型应为单选、多选、评分或文字' }),
  title: text('题目', 200),
  /** The choices of a single or multiple choice question (2 to 10); empty otherwise. */
  options: z.array(text('选项', 100)).max(10, '选项最多10个').default([]),
  required: z.boolean().default(true),
});
export type SurveyQuestion = z.infer<typeof SurveyQuestionSchema>;

export const SurveyInputSchema = z.object({
  title: text('问卷标题', 100),
  description: z.string().trim().max(1000, '问卷说明最多1000个字').default(''),
  /** Published on the public portal (anonymous answers). */
  onPublicPortal: z.boolean(),
  /** Published on the enterprise portal (one answer per enterprise). */
  onEnterprisePortal: z.boolean(),
  questions: z.array(SurveyQuestionSchema).min(1, '请至少添加一道题目').max(50, '题目最多50道'),
});
export type SurveyInput = z.infer<typeof SurveyInputSchema>;

export const SurveySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  onPublicPortal: z.boolean(),
  onEnterprisePortal: z.boolean(),
  questions: z.array(SurveyQuestionSchema.extend({ options: z.array(z.string()), required: z.boolean() })),
  state: z.enum(SURVEY_STATES),
  responses: z.number().int(),
  createdByName: z.string(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
});
export type Survey = z.infer<typeof SurveySchema>;

/** A survey as a respondent reads it (no counts); `answered`: the enterprise has answered it already. */
export const PublishedSurveySchema = SurveySchema.pick({
  id: true,
  title: true,
  description: true,
  questions: true,
  publishedAt: true,
}).extend({
  answered: z.boolean(),
});
export type PublishedSurvey = z.infer<typeof PublishedSurveySchema>;

/** One answer per question, in order: the chosen option indexes, a rating, or a text (null when skipped). */
export const SurveyAnswerSchema = z.object({
  answers: z
    .array(
      z.object({
        choices: z.array(z.number().int().min(0)).max(10).optional(),
        rating: z.number().int().min(1).max(SURVEY_RATING_MAX).optional(),
        text: z.string().trim().max(1000, '回答最多1000个字').optional(),
      }),
    )
    .max(50),
});
export type SurveyAnswer = z.infer<typeof SurveyAnswerSchema>;

export const SurveyReceiptSchema = z.object({ received: z.literal(true) });

/** The tally of one question: counts per option (choices), per star (rating, 1..5) with the mean, the texts. */
export const SurveyQuestionResultSchema = z.object({
  title: z.string(),
  kind: z.enum(SURVEY_QUESTION_KINDS),
  answered: z.number().int(),
  counts: z.array(z.object({ label: z.string(), count: z.number().int() })),
  mean: z.number().nullable(),
  texts: z.array(z.string()),
});
export const SurveyResultsSchema = z.object({
  id: z.string(),
  title: z.string(),
  responses: z.number().int(),
  publicResponses: z.number().int(),
  enterpriseResponses: z.number().int(),
  questions: z.array(SurveyQuestionResultSchema),
});
export type SurveyResults = z.infer<typeof SurveyResultsSchema>;
