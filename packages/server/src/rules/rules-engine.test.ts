import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';

let env: TestEnv;
const cookie: Record<string, string> = {};
beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['officer', 'enterprise']) {
    cookie[u] = await loginAs(env.app, u);
  }
});
afterAll(async () => {
  await env.close();
});

const as = (user: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  env.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: cookie[user] as string }, ...(payload ? { payload } : {}) });

describe(`[RULES][ENGINE] the HTTP door resolves the item, the published entries and the benchmark (${dbKind()})`, () => {
  const facts = {
    partyType: 'legal_person',
    occurredOn: '2026-10-08',
    discoveredOn: '2026-10-20',
    harm: 'minor',
    minorViolation: true,
    correctedInTime: true,
    priorViolations: [],
  };
  const evaluate = (body: object) =>
    as('officer', 'POST', '/decisions/evaluate', { authority: '常宁市市场监督管理局', decidedOn: '2026-11-28', ...body });

  it('answers 不予处罚 citing the seeded 首违不罚 entry and article 33, and flags a proposed fine', async () => {
    const r = await evaluate({ violation: { code: 'SC-EC-001' }, facts, proposedPenalty: { type: 'fine', amount: 3000 } });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();
    expect(body.outcome).toBe('no_penalty');
    expect(body.flags).toContain('disproportionate');
    expect(body.basis).toContainEqual({ source: 'law', law: '中华人民共和国行政处罚法', article: 33, paragraph: 1 });
    const listBasis = body.basis.find((b: { source: string }) => b.source === 'list');
    const resolved = (await as('officer', 'GET', '/violation-items/resolve?code=SC-EC-001')).json();
    expect(
      resolved.listEntries.map((e: { listId: string; itemCode: string }) => ({ listId: e.listId, itemCode: e.itemCode })),
    ).toContainEqual({
      listId: listBasis.listId,
      itemCode: listBasis.itemCode,
    });
    expect(resolved.benchmark).toMatchObject({ level: 'department', fine: { min: 0, max: 10000 } });
  });

  it('gives the benchmark range when the party offended within 12 months, and flags a fine above it', async () => {
    const prior = {
      ...facts,
      harm: 'ordinary',
      priorViolations: [{ on: '2026-06-20', authority: '常宁市市场监督管理局', violationCode: 'SC-EC-001' }],
    };
    const r = await evaluate({ violation: { code: 'SC-EC-001' }, facts: prior, proposedPenalty: { type: 'fine', amount: 8000 } });
    expect(r.json()).toMatchObject({
      outcome: 'penalty',
      firstOffense: false,
      fineRange: { min: 2000, max: 6000 },
      flags: ['disproportionate'],
    });
    const within = await evaluate({ violation: { code: 'SC-EC-001' }, facts: prior, proposedPenalty: { type: 'fine', amount: 5000 } });
    expect(within.json().flags).toEqual([]);
  });

  it('uses what the request holds instead of the records when it holds it', async () => {
    const r = await evaluate({ violation: { code: 'SC-EC-001' }, facts, listEntries: [] });
    expect(r.json().outcome).toBe('may_waive');
  });

  it('lists the decisions on record against an entity for the first-offence test', async () => {
    const ent = await as('officer', 'GET', '/entities?q=隆辉');
    const id = ent.json().items[0].id;
    const r = await as('officer', 'GET', `/entities/${id}/prior-violations`);
    expect(r.statusCode).toBe(200);
    // The 交通运输局's decisions only (its own and the credit demo's): the first offence before 市场监管 stands.
    expect(r.json()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ authority: '常宁市交通运输局', violationCode: 'JT-001', decidedOn: '2026-03-12' }),
      ]),
    );
    expect(r.json().every((p: { authority: string }) => p.authority === '常宁市交通运输局')).toBe(true);
    expect((await as('enterprise', 'GET', `/entities/${id}/prior-violations`)).statusCode).toBe(403);
  });
});
