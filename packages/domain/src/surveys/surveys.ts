/**
 * 问卷调查 (issue 12 item 5): whether a survey is complete enough to publish, whether an answer fits its questions, and
 * the tally of the answers. Pure.
 */
import { SURVEY_RATING_MAX, type SurveyAnswer, type SurveyQuestion, type SurveyQuestionKind } from '@rouxing/contracts';

export interface SurveyProblem {
  path: string;
  message: string;
}

/** The problems of a survey's form (choice questions need 2+ options; it is published on at least one portal). */
export function surveyFormProblems(s: {
  onPublicPortal: boolean;
  onEnterprisePortal: boolean;
  questions: readonly SurveyQuestion[];
}): SurveyProblem[] {
  const problems: SurveyProblem[] = [];
  if (!s.onPublicPortal && !s.onEnterprisePortal) {
    problems.push({ path: 'onPublicPortal', message: '请至少选择一个发布渠道（公众门户或企业端）' });
  }
  s.questions.forEach((q, i) => {
    const choice = q.kind === 'single' || q.kind === 'multiple';
    if (choice && q.options.length < 2) {
      problems.push({ path: `questions.${i}.options`, message: `第${i + 1}题（选择题）须有2个以上选项` });
    }
    if (!choice && q.options.length > 0) {
      problems.push({ path: `questions.${i}.options`, message: `第${i + 1}题不是选择题，不应有选项` });
    }
  });
  return problems;
}

/** The first problem of an answer against the questions, or null. */
export function surveyAnswerProblem(questions: readonly SurveyQuestion[], answer: SurveyAnswer): SurveyProblem | null {
  if (answer.answers.length !== questions.length) {
    return { path: 'answers', message: `应回答${questions.length}道题，收到${answer.answers.length}道` };
  }
  for (const [i, q] of questions.entries()) {
    const a = answer.answers[i] ?? {};
    const path = `answers.${i}`;
    const given = q.kind === 'text' ? Boolean(a.text) : q.kind === 'rating' ? a.rating !== undefined : (a.choices?.length ?? 0) > 0;
    if (!given) {
      if (q.required) {
        return { path, message: `第${i + 1}题为必答题` };
      }
      continue;
    }
    if (q.kind === 'single' || q.kind === 'multiple') {
      const choices = a.choices ?? [];
      if (q.kind === 'single' && choices.length !== 1) {
        return { path, message: `第${i + 1}题为单选题，只能选择一项` };
      }
      if (new Set(choices).size !== choices.length || choices.some((c) => c >= q.options.length)) {
        return { path, message: `第${i + 1}题的选项不存在或重复` };
      }
    }
  }
  return null;
}

export interface QuestionTally {
  title: string;
  kind: SurveyQuestionKind;
  answered: number;
  counts: { label: string; count: number }[];
  mean: number | null;
  texts: string[];
}

/** The tally of every question over the answers: option counts, star counts and mean rating, the texts. */
export function tallySurvey(questions: readonly SurveyQuestion[], answers: readonly SurveyAnswer[]): QuestionTally[] {
  return questions.map((q, i) => {
    const given = answers.map((r) => r.answers[i]).filter((a) => a !== undefined);
    if (q.kind === 'text') {
      const texts = given.map((a) => a.text ?? '').filter(Boolean);
      return { title: q.title, kind: q.kind, answered: texts.length, counts: [], mean: null, texts };
    }
    if (q.kind === 'rating') {
      const ratings = given.map((a) => a.rating).filter((r): r is number => r !== undefined);
      const counts = Array.from({ length: SURVEY_RATING_MAX }, (_, s) => ({
        label: `${s + 1}星`,
        count: ratings.filter((r) => r === s + 1).length,
      }));
      const mean = ratings.length ? Math.round((ratings.reduce((x, y) => x + y, 0) / ratings.length) * 100) / 100 : null;
      return { title: q.title, kind: q.kind, answered: ratings.length, counts, mean, texts: [] };
    }
    const chosen = given.map((a) => a.choices ?? []).filter((c) => c.length > 0);
    const counts = q.options.map((label, o) => ({ label, count: chosen.filter((c) => c.includes(o)).length }));
    return { title: q.title, kind: q.kind, answered: chosen.length, counts, mean: null, texts: [] };
  });
}
