import type { SurveyQuestion } from '@rouxing/contracts';
import { describe, expect, it } from 'vitest';
import { surveyAnswerProblem, surveyFormProblems, tallySurvey } from './surveys';

const Q: SurveyQuestion[] = [
  { kind: 'single', title: '您是否了解柔性执法？', options: ['了解', '不了解'], required: true },
  { kind: 'multiple', title: '您接受过哪些方式？', options: ['行政提示', '行政指导', '行政约谈'], required: false },
  { kind: 'rating', title: '满意度', options: [], required: true },
  { kind: 'text', title: '意见建议', options: [], required: false },
];

describe('[SURVEY] form, answers and tally', () => {
  it('refuses a choice question without options and a survey on no portal', () => {
    expect(
      surveyFormProblems({
        onPublicPortal: false,
        onEnterprisePortal: false,
        questions: [{ ...Q[0], options: ['一'] } as SurveyQuestion],
      }).map((p) => p.path),
    ).toEqual(['onPublicPortal', 'questions.0.options']);
    expect(surveyFormProblems({ onPublicPortal: true, onEnterprisePortal: false, questions: Q })).toEqual([]);
  });

  it('checks required questions, single choice and option ranges', () => {
    expect(surveyAnswerProblem(Q, { answers: [{ choices: [0] }, {}, { rating: 5 }, {}] })).toBeNull();
    expect(surveyAnswerProblem(Q, { answers: [{ choices: [0, 1] }, {}, { rating: 5 }, {}] })?.path).toBe('answers.0');
    expect(surveyAnswerProblem(Q, { answers: [{ choices: [0] }, { choices: [3] }, { rating: 5 }, {}] })?.path).toBe('answers.1');
    expect(surveyAnswerProblem(Q, { answers: [{ choices: [0] }, {}, {}, {}] })?.message).toContain('必答');
    expect(surveyAnswerProblem(Q, { answers: [{ choices: [0] }] })?.path).toBe('answers');
  });

  it('tallies options, stars with the mean, and texts', () => {
    const t = tallySurvey(Q, [
      { answers: [{ choices: [0] }, { choices: [0, 2] }, { rating: 5 }, { text: '很好' }] },
      { answers: [{ choices: [1] }, { choices: [2] }, { rating: 4 }, {}] },
    ]);
    expect(t[0]?.counts).toEqual([
      { label: '了解', count: 1 },
      { label: '不了解', count: 1 },
    ]);
    expect(t[1]?.counts.map((c) => c.count)).toEqual([1, 0, 2]);
    expect(t[2]).toMatchObject({ mean: 4.5, answered: 2 });
    expect(t[2]?.counts.map((c) => c.count)).toEqual([0, 0, 0, 1, 1]);
    expect(t[3]?.texts).toEqual(['很好']);
  });
});
