import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import { deadlineSweep } from '../jobs/scheduler';

let env: TestEnv;
const cookie: Record<string, string> = {};
let entityId: string;

beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['officer', 'officer2', 'reviewer', 'enterprise']) {
    cookie[u] = await loginAs(env.app, u);
  }
  const uscc = (await send('enterprise', 'GET', '/auth/me')).json().entityUscc as string;
  entityId = (await send('officer', 'GET', `/entities?q=${uscc}`)).json().items[0].id;
});
afterAll(async () => {
  await env.close();
});

function send(user: string, method: 'GET' | 'POST', url: string, payload?: object, key?: string) {
  return env.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { cookie: cookie[user] as string, ...(key ? { 'idempotency-key': key } : {}) },
    ...(payload ? { payload } : {}),
  });
}

const START = { facts: '经营场所未按规定公示营业执照', legalBasis: '《中华人民共和国市场主体登记管理条例》第三十六条' };

async function casesOf(facts: string): Promise<number> {
  const r = await env.superQuery('SELECT count(*)::int AS n FROM cases WHERE facts = $1', [facts]);
  return (r.rows[0] as { n: number }).n;
}

describe(`[HTTP][IDEMPOTENCY] a repeated submission gets the first answer and writes nothing twice (${dbKind()})`, () => {
  it('a repeat of the case start with the same key returns the first case, and takes no second number', async () => {
    const first = await send('officer', 'POST', '/cases', { entityId, ...START }, 'start-1');
    expect(first.statusCode, first.body).toBe(201);
    const again = await send('officer', 'POST', '/cases', { entityId, ...START }, 'start-1');
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await casesOf(START.facts)).toBe(1);
    // The same key for a different submission is refused, in Chinese, naming the header.
    const other = await send('officer', 'POST', '/cases', { entityId, ...START, facts: '另一事实' }, 'start-1');
    expect(other.statusCode).toBe(422);
    expect(other.json().error).toMatchObject({ code: 'IDEMPOTENCY.MISMATCH', fields: [{ path: 'Idempotency-Key' }] });
    expect(other.json().error.message).toContain('内容不同');
    // Keys are the user's own: another officer's same key is another submission.
    const colleague = await send('officer2', 'POST', '/cases', { entityId, ...START }, 'start-1');
    expect(colleague.statusCode, colleague.body).toBe(201);
    expect(colleague.json().id).not.toBe(first.json().id);
    expect(await casesOf(START.facts)).toBe(2);
  });

  it('a double click — two requests at once with one key — makes one case and one gapless number', async () => {
    const facts = '双击启动：经营场所未按规定公示营业执照';
    const [a, b] = await Promise.all([
      send('officer', 'POST', '/cases', { entityId, ...START, facts }, 'start-double'),
      send('officer', 'POST', '/cases', { entityId, ...START, facts }, 'start-double'),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().caseNo).toBe(b.json().caseNo);
    expect(await casesOf(facts)).toBe(1);
    const next = await send('officer', 'POST', '/cases', { entityId, ...START, facts: `${facts}（下一件）` }, 'start-next');
    const no = (s: string) => Number(s.match(/〔\d{4}〕(\d+)号/)?.[1]);
    expect(no(next.json().caseNo)).toBe(no(a.json().caseNo) + 1);
  });

  it('a 双随机 draw repeated with its key is the same draw, never a re-roll', async () => {
    const body = { title: '幂等抽查', industryPrefix: 'H62', ratios: { A: 0.2, B: 0.3, C: 0.4, D: 0.5 } };
    const [a, b] = await Promise.all([
      send('reviewer', 'POST', '/random-draws', body, 'draw-1'),
      send('reviewer', 'POST', '/random-draws', body, 'draw-1'),
    ]);
    expect(a.statusCode, a.body).toBe(201);
    expect(b.json()).toEqual(a.json());
    const draws = await env.superQuery("SELECT count(*)::int AS n FROM random_draws WHERE title = '幂等抽查'");
    expect((draws.rows[0] as { n: number }).n).toBe(1);
  });

  it('a refused submission keeps nothing: the corrected one with the same key is handled', async () => {
    const bad = await send('officer', 'POST', '/cases', { entityId, ...START, facts: '' }, 'start-retry');
    expect(bad.statusCode).toBe(422);
    const missing = await send('officer', 'POST', '/cases', { entityId: '01900000-0000-7000-8000-00000000dead', ...START }, 'start-retry2');
    expect(missing.statusCode).toBeGreaterThanOrEqual(400);
    const fixed = await send('officer', 'POST', '/cases', { entityId, ...START, facts: '改正后的事实' }, 'start-retry2');
    expect(fixed.statusCode, fixed.body).toBe(201);
    expect(fixed.headers['idempotent-replayed']).toBeUndefined();
  });

  it('the daily sweep forgets the answers older than a day, of every user, and keeps the recent ones', async () => {
    const count = async () => ((await env.superQuery('SELECT count(*)::int AS n FROM idempotent_requests')).rows[0] as { n: number }).n;
    const kept = await count();
    expect(kept).toBeGreaterThan(0);
    // The answers are stamped with the server's clock (the test clock): one is made two days older.
    await env.superQuery(
      "UPDATE idempotent_requests SET created_at = $1::timestamptz - interval '2 days' WHERE idempotency_key = 'start-1'",
      [env.ctx.now().toISOString()],
    );
    const old = (
      (await env.superQuery("SELECT count(*)::int AS n FROM idempotent_requests WHERE idempotency_key = 'start-1'")).rows[0] as {
        n: number;
      }
    ).n;
    expect(old).toBeGreaterThan(0);
    const swept = await deadlineSweep(env.ctx);
    expect(swept.idempotentRepliesForgotten).toBe(old);
    expect(await count()).toBe(kept - old);
    expect((await deadlineSweep(env.ctx)).idempotentRepliesForgotten).toBe(0);
  });
});
