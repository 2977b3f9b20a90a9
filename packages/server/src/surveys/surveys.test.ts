import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import ExcelJS from '../imports/exceljs';

let env: TestEnv;
const cookie: Record<string, string> = {};
beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['supervisor', 'officer', 'enterprise']) {
    cookie[u] = await loginAs(env.app, u);
  }
});
afterAll(async () => {
  await env.close();
});

function as(user: string | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return env.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: user ? { cookie: cookie[user] as string } : {},
    ...(payload ? { payload } : {}),
  });
}

const SURVEY = {
  title: '柔性执法满意度调查',
  description: '请根据您的实际感受填写',
  onPublicPortal: true,
  onEnterprisePortal: true,
  questions: [
    { kind: 'single', title: '您是否了解柔性执法？', options: ['了解', '不了解'] },
    { kind: 'multiple', title: '您接受过哪些柔性执法方式？', options: ['行政提示', '行政指导', '行政约谈'], required: false },
    { kind: 'rating', title: '您对执法人员的满意度', options: [] },
    { kind: 'text', title: '意见建议', options: [], required: false },
  ],
};
const ANSWER = { answers: [{ choices: [0] }, { choices: [0, 2] }, { rating: 5 }, { text: '执法人员耐心细致' }] };

describe(`[SURVEY][FLOW] built, published, answered anonymously and once per enterprise, tallied and exported (${dbKind()})`, () => {
  it('runs the survey from the builder to the exported results', async () => {
    expect((await as('officer', 'POST', '/surveys', SURVEY)).statusCode).toBe(403);
    const bad = await as('supervisor', 'POST', '/surveys', {
      ...SURVEY,
      questions: [{ kind: 'single', title: '只有一个选项', options: ['是'] }],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields[0].path).toBe('questions.0.options');
    const created = await as('supervisor', 'POST', '/surveys', SURVEY);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect(created.json()).toMatchObject({ state: 'draft', responses: 0 });
    // A draft is not on the portals and takes no answers.
    expect((await as(null, 'GET', '/public/surveys')).json()).toEqual([]);
    expect((await as(null, 'POST', `/public/surveys/${id}/responses`, ANSWER)).statusCode).toBe(404);
    const published = await as('supervisor', 'POST', `/surveys/${id}/publish`);
    expect(published.json().state).toBe('published');
    expect((await as('supervisor', 'PUT', `/surveys/${id}`, SURVEY)).json().error.code).toBe('SURVEY.STATE');

    const onPortal = (await as(null, 'GET', '/public/surveys')).json();
    expect(onPortal.map((s: { id: string }) => s.id)).toEqual([id]);
    expect(onPortal[0].questions).toHaveLength(4);
    // Anonymous: answers checked against the questions; rate-limited per address.
    const single = await as(null, 'POST', `/public/surveys/${id}/responses`, { answers: [{ choices: [0, 1] }, {}, { rating: 3 }, {}] });
    expect(single.statusCode).toBe(422);
    expect(single.json().error).toMatchObject({ code: 'SURVEY.ANSWER', fields: [{ path: 'answers.0' }] });
    const anon = await as(null, 'POST', `/public/surveys/${id}/responses`, { answers: [{ choices: [1] }, {}, { rating: 3 }, {}] });
    expect(anon.statusCode, anon.body).toBe(201);

    // The enterprise answers once; the second is refused.
    expect((await as('enterprise', 'GET', '/portal/surveys')).json()[0]).toMatchObject({ id, answered: false });
    expect((await as('enterprise', 'POST', `/portal/surveys/${id}/responses`, ANSWER)).statusCode).toBe(201);
    const twice = await as('enterprise', 'POST', `/portal/surveys/${id}/responses`, ANSWER);
    expect(twice.statusCode).toBe(422);
    expect(twice.json().error.code).toBe('SURVEY.ALREADY_ANSWERED');
    expect((await as('enterprise', 'GET', '/portal/surveys')).json()[0].answered).toBe(true);
    expect((await as('officer', 'POST', `/portal/surveys/${id}/responses`, ANSWER)).statusCode).toBe(403);

    const results = (await as('supervisor', 'GET', `/surveys/${id}/results`)).json();
    expect(results).toMatchObject({ responses: 2, publicResponses: 1, enterpriseResponses: 1 });
    expect(results.questions[0].counts).toEqual([
      { label: '了解', count: 1 },
      { label: '不了解', count: 1 },
    ]);
    expect(results.questions[2]).toMatchObject({ mean: 4, answered: 2 });
    expect(results.questions[3].texts).toEqual(['执法人员耐心细致']);
    expect((await as('officer', 'GET', `/surveys/${id}/results`)).statusCode).toBe(403);

    const xlsx = await as('supervisor', 'GET', `/surveys/${id}/results.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('统计');
    expect(sheet?.getRow(2).values).toEqual([undefined, '您是否了解柔性执法？', '了解', 1]);
    expect(sheet?.getRow(9).values).toEqual([undefined, '您对执法人员的满意度', '3星', 1, 4]);
    expect(wb.getWorksheet('全部回答')?.rowCount).toBe(3);

    // Closed: no more answers.
    expect((await as('supervisor', 'POST', `/surveys/${id}/close`)).json().state).toBe('closed');
    expect((await as(null, 'POST', `/public/surveys/${id}/responses`, ANSWER)).statusCode).toBe(404);
    const events = await env.superQuery('SELECT type FROM events WHERE aggregate_id = $1 ORDER BY seq', [id]);
    expect((events.rows as { type: string }[]).map((e) => e.type)).toEqual([
      'survey.created',
      'survey.published',
      'survey.answered',
      'survey.answered',
      'survey.closed',
    ]);
  });

  it('rate-limits anonymous answers per address', async () => {
    const id = (await as('supervisor', 'POST', '/surveys', { ...SURVEY, onEnterprisePortal: false })).json().id;
    await as('supervisor', 'POST', `/surveys/${id}/publish`);
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) {
      codes.push(
        (
          await env.app.inject({
            method: 'POST',
            url: `/api/v1/public/surveys/${id}/responses`,
            payload: ANSWER,
            remoteAddress: '203.0.113.9',
          })
        ).statusCode,
      );
    }
    expect(codes.filter((c) => c === 201)).toHaveLength(5);
    expect(codes.slice(5)).toEqual([429, 429]);
  });
});
