import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DEMO_PASSWORD } from '../../test/constants';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import { acceptedPersonCase, createTransportReviewer } from '../../test/party-steps';

let env: TestEnv;
const cookie: Record<string, string> = {};
const ID = '430482198503204519';
const DAY = 24 * 3600 * 1000;
let entity: { id: string; uscc: string; name: string };

beforeAll(async () => {
  env = await createTestEnv();
  await login();
  await createTransportReviewer(as);
  cookie.reviewer_jt = await loginAs(env.app, 'reviewer_jt');
  // An entity with no decision on record yet.
  const r = await env.superQuery(
    `SELECT id, uscc, name FROM entities e WHERE region_code = '430482'
       AND NOT EXISTS (SELECT 1 FROM sanction_records s WHERE s.region_code = e.region_code AND s.entity_id = e.id) ORDER BY uscc LIMIT 1`,
  );
  entity = r.rows[0] as typeof entity;
});
afterAll(async () => {
  await env.close();
});

async function login() {
  for (const u of ['admin', 'officer', 'officer3', 'reviewer', ...(cookie.reviewer_jt ? ['reviewer_jt'] : [])]) {
    cookie[u] = await loginAs(env.app, u);
  }
}

function as(user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return env.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: cookie[user] as string }, ...(payload ? { payload } : {}) });
}

async function acceptedEntityCase(): Promise<string> {
  const r = await as('officer', 'POST', '/cases', {
    entityId: entity.id,
    facts: '未按规定公示食品经营许可证',
    legalBasis: '《中华人民共和国食品安全法》第一百二十五条',
  });
  const id = r.json().id as string;
  await as('officer', 'POST', `/cases/${id}/notice`, { delivery: 'direct', choiceDeadline: '2099-12-31', offered: '警示告诫' });
  expect((await as('officer', 'POST', `/cases/${id}/choice`, { choice: 'accept' })).json().state).toBe('accepted');
  return id;
}

/** The assistant's request for a minor act, corrected in time, by a first offender as the officer sees it (art. 33 ¶1: may waive). */
function request(occurredOn: string, discoveredOn: string, partyType: 'natural_person' | 'legal_person') {
  return {
    authority: '（由案件的办案部门替换）',
    facts: {
      partyType,
      age: partyType === 'natural_person' ? 41 : null,
      mentalState: 'normal',
      occurredOn,
      discoveredOn,
      harm: 'minor',
      minorViolation: true,
      correctedInTime: true,
      firstOffense: true,
    },
  };
}

function proposeNoPenalty(
  user: string,
  id: string,
  occurredOn: string,
  discoveredOn: string,
  partyType: 'natural_person' | 'legal_person',
) {
  return as(user, 'POST', `/cases/${id}/measures`, {
    type: 'no_penalty_decision',
    content: '初次违法且危害后果轻微并及时改正，依法可以不予行政处罚',
    delivery: 'direct',
    decisionRequest: request(occurredOn, discoveredOn, partyType),
  });
}

describe(`[PARTY][FIRST-OFFENCE] our own cases are decisions on record: 12 months, same authority (${dbKind()})`, () => {
  it('records a completed case against its party, the person by the hash of the number', async () => {
    const p = await acceptedPersonCase(as, 'officer3', ID);
    await as('officer3', 'POST', `/cases/${p}/measures`, { type: 'education_reminder', content: '随车携带道路运输证', delivery: 'direct' });
    expect((await as('officer3', 'POST', `/cases/${p}/complete`)).json().state).toBe('completed');
    const e = await acceptedEntityCase();
    await as('officer', 'POST', `/cases/${e}/measures`, { type: 'admonition', content: '规范公示许可证', delivery: 'direct' });
    expect((await as('officer', 'POST', `/cases/${e}/complete`)).json().state).toBe('completed');

    const priors = await as('officer3', 'POST', '/persons/prior-violations', { idNumber: ID });
    expect(priors.statusCode, priors.body).toBe(200);
    expect(priors.json()).toEqual([
      expect.objectContaining({
        decidedOn: '2026-11-28',
        authority: '常宁市交通运输局',
        outcome: 'measure',
        documentNo: expect.stringMatching(/^常交柔案/),
      }),
    ]);
    const rows = await env.superQuery('SELECT person_hash, entity_id, case_id, source FROM sanction_records WHERE case_id = $1', [p]);
    expect(rows.rows).toEqual([{ person_hash: env.ctx.fieldCrypto.lookupHash(ID), entity_id: null, case_id: p, source: 'case' }]);
    const ofEntity = (await as('officer', 'GET', `/entities/${entity.id}/prior-violations`)).json();
    expect(ofEntity).toEqual([expect.objectContaining({ decidedOn: '2026-11-28', authority: '常宁市市场监督管理局', outcome: 'measure' })]);
    // A case of the simple forms alone decides nothing.
    const simple = await acceptedPersonCase(as, 'officer3', '430482200806152015', '王五');
    await as('officer3', 'POST', `/cases/${simple}/measures`, { type: 'leaflet', content: '发放道路运输安全宣传资料' });
    await as('officer3', 'POST', `/cases/${simple}/complete`);
    expect((await as('officer3', 'POST', '/persons/prior-violations', { idNumber: '430482200806152015' })).json()).toEqual([]);
  });

  it('the same ID number’s (and USCC’s) second violation within 12 months is not a first offence', async () => {
    env.clock.advance(10 * DAY); // 2026-12-08
    await login();
    const p = await acceptedPersonCase(as, 'officer3', ID);
    const refused = await proposeNoPenalty('officer3', p, '2026-12-05', '2026-12-06', 'natural_person');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('CASE.NO_PENALTY_NOT_APPLICABLE');
    const e = await acceptedEntityCase();
    const refusedE = await proposeNoPenalty('officer', e, '2026-12-05', '2026-12-06', 'legal_person');
    expect(refusedE.statusCode).toBe(422);
    expect(refusedE.json().error.code).toBe('CASE.NO_PENALTY_NOT_APPLICABLE');
  });

  it('is a first offence again once 12 months have passed, and the waiver then enters the records', async () => {
    env.clock.advance(367 * DAY); // 2027-12-10: the act of 2027-12-01 comes after 2026-12-01, 12 months after the earlier decision
    await login();
    // A year on, reviewer_jt (not a demo account) must first change its password (SECURITY.md: 90 days).
    const renewed = await as('reviewer_jt', 'POST', '/auth/password', {
      currentPassword: TEST_DEMO_PASSWORD,
      newPassword: 'Renewed@2027jt',
    });
    expect(renewed.statusCode, renewed.body).toBe(204);
    const p = await acceptedPersonCase(as, 'officer3', ID);
    const proposed = await proposeNoPenalty('officer3', p, '2027-12-01', '2027-12-02', 'natural_person');
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(proposed.json().proposal.input.decision.answer).toMatchObject({ outcome: 'may_waive', firstOffense: true });
    expect(proposed.json().proposal.input.decision.request).toMatchObject({
      authority: '常宁市交通运输局',
      facts: { priorViolations: [{ on: '2026-11-28', authority: '常宁市交通运输局' }] },
    });
    const approved = await as('reviewer_jt', 'POST', `/cases/${p}/proposal`, { approve: true, opinion: '初次违法，同意不予处罚' });
    expect(approved.statusCode, approved.body).toBe(200);
    const decisionNo = approved.json().documents.find((d: { docType: string }) => d.docType === 'no_penalty_decision').documentNo;
    const priors = (await as('officer3', 'POST', '/persons/prior-violations', { idNumber: ID })).json();
    expect(priors[0]).toMatchObject({ decidedOn: '2027-12-10', outcome: 'waived', documentNo: decisionNo });

    const e = await acceptedEntityCase();
    const proposedE = await proposeNoPenalty('officer', e, '2027-12-01', '2027-12-02', 'legal_person');
    expect(proposedE.statusCode, proposedE.body).toBe(200);
    expect(proposedE.json().proposal.input.decision.answer).toMatchObject({ outcome: 'may_waive', firstOffense: true });
  });
});
