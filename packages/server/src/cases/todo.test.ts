import type { TodoItem } from '@rouxing/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';

/**
 * The officer's 待办 list: choices (常政办发〔2025〕5号 第六项), deliveries (常政办发〔2025〕5号 第七项), commitments
 * (常政办发〔2025〕5号 第一项), archiving (常政办发〔2025〕5号 第九项). The case lines are read in one statement
 * (`todoCaseRows`); each line appears while the case awaits it, with its day and detail, and goes when done.
 */
let env: TestEnv;
const cookie: Record<string, string> = {};
const as = (user: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  env.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: cookie[user] as string }, ...(payload ? { payload } : {}) });

/** The officer's lines of one case: [kind, due day, overdue, detail]. */
async function todoOf(caseId: string) {
  const r = await as('officer', 'GET', '/todo');
  expect(r.statusCode, r.body).toBe(200);
  return (r.json() as TodoItem[]).filter((i) => i.caseId === caseId).map((i) => [i.kind, i.dueOn, i.overdue, i.detail]);
}

beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['officer', 'enterprise']) {
    cookie[u] = await loginAs(env.app, u);
  }
});
afterAll(async () => {
  await env.close();
});

describe(`[CASE][TODO] the officer's 待办 lines follow the case (${dbKind()})`, () => {
  it('delivery and choice awaited, then the running commitment, then archiving due; nothing once it is done', async () => {
    const uscc = (await as('enterprise', 'GET', '/auth/me')).json().entityUscc as string;
    const entityId = (await as('officer', 'GET', `/entities?q=${uscc}`)).json().items[0].id as string;
    const started = await as('officer', 'POST', '/cases', {
      entityId,
      facts: '经营场所未按规定公示食品经营许可证',
      legalBasis: '《中华人民共和国食品安全法》第一百二十五条第二款',
    });
    expect(started.statusCode, started.body).toBe(201);
    const id = started.json().id as string;
    expect(await todoOf(id)).toEqual([]);

    await as('enterprise', 'POST', '/portal/delivery-consent', { consent: true });
    const served = await as('officer', 'POST', `/cases/${id}/notice`, {
      delivery: 'electronic',
      choiceDeadline: '2026-12-05',
      offered: '告知承诺',
    });
    expect(served.statusCode, served.body).toBe(200);
    const c = served.json();
    // By the day each falls due: the 告知书 sent and not delivered, the party's choice awaited until its deadline.
    expect(await todoOf(id)).toEqual([
      ['delivery_pending', '2026-11-28', false, `${c.documents[0].documentNo}待送达（电子送达）`],
      ['choice_awaited', '2026-12-05', false, '等待当事人选择是否接受柔性执法'],
    ]);
    expect((await as('enterprise', 'POST', `/portal/deliveries/${c.deliveries[0].id}/receive`)).statusCode).toBe(200);
    expect(await todoOf(id)).toEqual([['choice_awaited', '2026-12-05', false, '等待当事人选择是否接受柔性执法']]);

    expect((await as('enterprise', 'POST', `/cases/${id}/choice`, { choice: 'accept' })).statusCode).toBe(200);
    expect(await todoOf(id)).toEqual([]);
    const m = await as('officer', 'POST', `/cases/${id}/measures`, {
      type: 'commitment',
      content: '在经营场所显著位置公示食品经营许可证',
      deadline: '2026-12-08',
      delivery: null,
    });
    expect(m.statusCode, m.body).toBe(200);
    expect(await todoOf(id)).toEqual([['commitment_due', '2026-12-08', false, '告知承诺履行中']]);

    expect((await as('enterprise', 'POST', `/portal/cases/${id}/commitment/sign`)).statusCode).toBe(200);
    const done = await as('officer', 'POST', `/cases/${id}/fulfil`, { fulfilledOn: '2026-11-28', note: '现场核查，许可证已公示' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().state).toBe('completed');
    // To be archived within 30 days; the follow-up visit (2026-12-28) is outside the list's 7 days.
    expect(await todoOf(id)).toEqual([['archive_due', '2026-12-28', false, '已办结或终止，待归档']]);

    // A month on, the follow-up visit and the archiving are both overdue.
    env.clock.advance(31 * 86_400_000);
    cookie.officer = await loginAs(env.app, 'officer');
    expect(await todoOf(id)).toEqual([
      ['follow_up_overdue', '2026-12-28', true, '回访已逾期'],
      ['archive_due', '2026-12-28', true, '已办结或终止，待归档'],
    ]);
  });
});
