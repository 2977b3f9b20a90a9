import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import { type Jobs, startJobs } from './scheduler';

let env: TestEnv;
let jobs: Jobs | undefined;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await jobs?.stop();
  await env.close();
});

describe(`[JOBS] the deadline sweep runs on pg-boss (${dbKind()})`, () => {
  it('flags a commitment whose deadline passed, once, from the queued job', async () => {
    const cookie: Record<string, string> = {};
    for (const u of ['officer', 'enterprise']) {
      cookie[u] = await loginAs(env.app, u);
    }
    const as = (user: string, url: string, payload?: object) =>
      env.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: { cookie: cookie[user] as string }, payload: payload ?? {} });
    const me = await env.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: cookie.enterprise as string } });
    const id = (await as('officer', '/cases', { entityId: me.json().entityId, facts: '未公示许可证', legalBasis: '食品安全法' })).json().id;
    await as('officer', `/cases/${id}/notice`, { delivery: 'direct', choiceDeadline: '2026-12-01', offered: '告知承诺' });
    await as('officer', `/cases/${id}/choice`, { choice: 'accept' });
    const m = await as('officer', `/cases/${id}/measures`, { type: 'commitment', content: '三日内公示', deadline: '2026-12-01' });
    expect(m.json().state).toBe('commitment_pending');

    env.clock.advance(5 * 86_400_000);
    jobs = await startJobs(env.ctx);
    const overdue = async () => {
      const r = await env.superQuery("SELECT count(*)::int AS n FROM events WHERE aggregate_id = $1 AND type = 'case.commitment_overdue'", [
        id,
      ]);
      return (r.rows[0] as { n: number }).n;
    };
    await expect.poll(overdue, { timeout: 20_000, interval: 250 }).toBe(1);
    // Running it again adds nothing: the flag is once per deadline.
    expect((await jobs.sweep()).commitments).toBe(0);
    expect(await overdue()).toBe(1);
  });
});
