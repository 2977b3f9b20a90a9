import type { Actor } from '@rouxing/domain';
import { CONTRACT_EXAMPLE, PLAIN } from '@rouxing/domain/test/decision-fixtures';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, multipartBody, type TestEnv } from '../../test/harness';
import { verifyArchiveZip } from '../archive/archive';
import { actorOf } from '../auth/authenticate';
import { findUserByUsername } from '../auth/user.repository';
import { AppError } from '../errors';
import { archiveCase } from './use-cases/archive-case';
import { flagOverdue } from './use-cases/flag-overdue';
import { proposeTermination } from './use-cases/propose-termination';
import { recordMeasure } from './use-cases/record-measure';
import { startCase } from './use-cases/start-case';

let env: TestEnv;
const cookie: Record<string, string> = {};
let partyEntityId: string;
const meta = { sourceIp: '127.0.0.1', userAgent: 'test' };
// A tiny valid JPEG header is enough for the content check (photos of the correction).
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);

beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['officer', 'officer2', 'reviewer', 'supervisor', 'enterprise', 'officer4']) {
    cookie[u] = await loginAs(env.app, u);
  }
  const me = await as('enterprise', 'GET', '/auth/me');
  const uscc = me.json().entityUscc as string;
  const e = await as('officer', 'GET', `/entities?q=${uscc}`);
  partyEntityId = e.json().items[0].id;
});
afterAll(async () => {
  await env.close();
});

function as(user: string, method: 'GET' | 'POST', url: string, payload?: object) {
  return env.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: cookie[user] as string }, ...(payload ? { payload } : {}) });
}

async function actor(username: string): Promise<Actor> {
  const u = await findUserByUsername(env.ctx.db, username);
  return actorOf(u as NonNullable<typeof u>);
}

const START = {
  facts: '经营场所未按规定公示食品经营许可证',
  legalBasis: '《中华人民共和国食品安全法》第一百二十五条第二款',
};

async function startedCase(): Promise<string> {
  const r = await as('officer', 'POST', '/cases', { entityId: partyEntityId, ...START });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id;
}

async function acceptedCase(): Promise<string> {
  const id = await startedCase();
  await as('enterprise', 'POST', '/portal/delivery-consent', { consent: true });
  const n = await as('officer', 'POST', `/cases/${id}/notice`, {
    delivery: 'electronic',
    choiceDeadline: '2027-01-31',
    offered: '告知承诺',
  });
  expect(n.statusCode, n.body).toBe(200);
  // The party opens the 告知书 (the receipt) before it chooses.
  const delivery = n.json().deliveries.find((d: { status: string }) => d.status === 'pending').id as string;
  expect((await as('enterprise', 'POST', `/portal/deliveries/${delivery}/receive`)).statusCode).toBe(200);
  const c = await as('enterprise', 'POST', `/cases/${id}/choice`, { choice: 'accept' });
  expect(c.statusCode, c.body).toBe(200);
  return id;
}

describe(`[CASE][FLOW] start → 告知书 electronically → accept → 告知承诺 → sign → correction → complete → archive → export (${dbKind()})`, () => {
  it('runs the case from start to a verifiable archive', async () => {
    const id = await startedCase();
    let c = (await as('officer', 'GET', `/cases/${id}`)).json();
    expect(c).toMatchObject({ state: 'started', origin: 'ex_officio', caseNo: expect.stringMatching(/^常市监柔案〔2026〕\d+号$/) });

    // Electronic delivery needs the party's consent on file.
    await as('enterprise', 'POST', '/portal/delivery-consent', { consent: false });
    const noConsent = await as('officer', 'POST', `/cases/${id}/notice`, {
      delivery: 'electronic',
      choiceDeadline: '2026-12-05',
      offered: '告知承诺',
    });
    expect(noConsent.statusCode).toBe(422);
    expect(noConsent.json().error.message).toContain('电子送达须经当事人同意');
    expect(noConsent.json().error.code).toBe('CASE.CONSENT_REQUIRED');
    expect((await as('enterprise', 'GET', '/portal/delivery-consent')).json()).toEqual({ consent: false });
    expect((await as('enterprise', 'POST', '/portal/delivery-consent', { consent: true })).statusCode).toBe(200);
    expect((await as('enterprise', 'GET', '/portal/delivery-consent')).json()).toEqual({ consent: true });

    const served = await as('officer', 'POST', `/cases/${id}/notice`, {
      delivery: 'electronic',
      choiceDeadline: '2026-12-05',
      offered: '告知承诺',
    });
    expect(served.statusCode, served.body).toBe(200);
    c = served.json();
    expect(c.state).toBe('notice_served');
    expect(c.notice).toMatchObject({ delivery: 'electronic', choiceDeadline: '2026-12-05', offered: '告知承诺' });
    expect(c.documents[0]).toMatchObject({ docType: 'choice_notice', documentNo: expect.stringMatching(/^常市监告〔2026〕\d+号$/) });
    expect(c.deliveries[0]).toMatchObject({ method: 'electronic', status: 'pending' });

    // The party sees the notice in its portal, opens it (the receipt) and accepts.
    const mine = (await as('enterprise', 'GET', '/cases')).json();
    expect(mine.items.map((x: { id: string }) => x.id)).toContain(id);
    const doc = await as('enterprise', 'GET', `/case-documents/${c.documents[0].id}/file`);
    expect(doc.statusCode).toBe(200);
    expect(doc.rawPayload.subarray(0, 2).toString()).toBe('PK');
    // 常政办发〔2025〕5号 第六项: no choice before the party has the 告知书 in front of it (issue 14, defect 4).
    const unopened = await as('enterprise', 'POST', `/cases/${id}/choice`, { choice: 'accept' });
    expect(unopened.statusCode).toBe(422);
    expect(unopened.json().error).toMatchObject({ code: 'CASE.NOTICE_NOT_OPENED', message: expect.stringContaining('告知书') });
    expect((await as('officer', 'GET', `/cases/${id}`)).json()).toMatchObject({ state: 'notice_served' });
    const received = await as('enterprise', 'POST', `/portal/deliveries/${c.deliveries[0].id}/receive`);
    expect(received.json().deliveries[0]).toMatchObject({ status: 'delivered', deliveredOn: '2026-11-28' });
    // Another enterprise's staff or another department see nothing.
    expect((await as('officer4', 'GET', `/cases/${id}`)).statusCode).toBe(404);
    const accepted = await as('enterprise', 'POST', `/cases/${id}/choice`, { choice: 'accept' });
    expect(accepted.json().state).toBe('accepted');

    // 告知承诺: recorded by the officer, signed by the party, verified, completed.
    const m = await as('officer', 'POST', `/cases/${id}/measures`, {
      type: 'commitment',
      content: '在经营场所显著位置公示食品经营许可证',
      deadline: '2026-12-08',
      delivery: null,
    });
    expect(m.statusCode, m.body).toBe(200);
    expect(m.json()).toMatchObject({ state: 'commitment_pending', commitmentDeadline: '2026-12-08' });
    const early = await as('officer', 'POST', `/cases/${id}/fulfil`, { fulfilledOn: '2026-11-28', note: '已公示' });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.message).toContain('尚未签署承诺书');
    expect(early.json().error.code).toBe('CASE.COMMITMENT_UNSIGNED');
    const signed = await as('enterprise', 'POST', `/portal/cases/${id}/commitment/sign`);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().measures[0].commitment.partySignedAt).not.toBeNull();
    const photo = multipartBody('整改后照片.jpg', JPEG, { item: 'evidence', measureId: 'M1', note: '整改后现场照片' }, 'image/jpeg');
    const up = await env.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${id}/materials`,
      headers: { cookie: cookie.officer as string, 'content-type': photo.contentType },
      payload: photo.payload,
    });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json().materials).toEqual(expect.arrayContaining([expect.objectContaining({ item: 'evidence', measureId: 'M1' })]));
    const done = await as('officer', 'POST', `/cases/${id}/fulfil`, { fulfilledOn: '2026-11-28', note: '现场核查，许可证已公示' });
    expect(done.statusCode, done.body).toBe(200);
    c = done.json();
    expect(c.state).toBe('completed');
    expect(c.followUps).toEqual([expect.objectContaining({ measureType: 'commitment', dueOn: '2026-12-28', visitedOn: null })]);
    expect(c.archiveMissing).toEqual([]);
    const open = await as('officer', 'GET', '/follow-ups?open=true');
    expect(open.statusCode, open.body).toBe(200);
    expect(open.json()).toEqual(expect.arrayContaining([expect.objectContaining({ caseId: id, visitedOn: null, overdue: false })]));
    const region = await as('supervisor', 'GET', `/cases?q=${encodeURIComponent(c.caseNo)}`);
    expect(region.statusCode, region.body).toBe(200);
    expect(region.json()).toMatchObject({ total: 1, items: [{ id, state: 'completed' }] });

    // The follow-up question reaches the party's portal; the reviewer archives; the case freezes.
    const visits = (await as('enterprise', 'GET', '/follow-ups')).json();
    expect(visits.map((v: { caseId: string }) => v.caseId)).toContain(id);
    const archived = await as('reviewer', 'POST', `/cases/${id}/archive`);
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json().state).toBe('archived');
    const late = await env.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${id}/materials`,
      headers: { cookie: cookie.officer as string, 'content-type': photo.contentType },
      payload: photo.payload,
    });
    expect(late.statusCode).toBe(422);
    expect(late.json().error.message).toContain('已归档');

    // The party answers the follow-up after archiving: the visit has its own record.
    const answered = await as('enterprise', 'POST', `/portal/follow-ups/${c.followUps[0].id}`, {
      correction: 'corrected',
      legality: 'satisfied',
      conduct: 'satisfied',
      comment: '执法人员耐心讲解',
    });
    expect(answered.statusCode, answered.body).toBe(200);

    // The exported 案卷 verifies offline; one byte changed in one file is named.
    const zip = await as('officer', 'GET', `/cases/${id}/archive.zip`);
    expect(zip.statusCode).toBe(200);
    // The file holds the officers' evidence and the whole record: not for the party.
    expect((await as('enterprise', 'GET', `/cases/${id}/archive.zip`)).statusCode).toBe(404);
    const report = verifyArchiveZip(zip.rawPayload);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.filesChecked).toBeGreaterThanOrEqual(3);
    const z = new PizZip(zip.rawPayload) as PizZip & { file(name: string, data: Buffer): unknown };
    const photoPath = Object.keys(z.files).find((f) => f.endsWith('整改后照片.jpg')) as string;
    const bytes = Buffer.from(z.file(photoPath)?.asNodeBuffer() as Buffer);
    bytes[100] = (bytes[100] as number) ^ 1;
    z.file(photoPath, bytes);
    const altered = verifyArchiveZip(z.generate({ type: 'nodebuffer' }));
    expect(altered.ok).toBe(false);
    expect(altered.problems).toEqual([expect.objectContaining({ path: photoPath, problem: 'altered' })]);

    // The event chain shows every step.
    const events = (await as('officer', 'GET', `/cases/${id}`)).json().events.map((e: { type: string }) => e.type);
    expect(events).toEqual([
      'case.start',
      'case.serve_notice',
      'case.delivered',
      'case.record_choice',
      'case.record_measure',
      'case.commitment_signed',
      'case.material_added',
      'case.fulfil_commitment',
      'case.follow_up_scheduled',
      'case.archive',
    ]);
  });
});

describe(`[CASE][REFUSALS] the lifecycle refuses, in Chinese, at use-case and HTTP level (${dbKind()})`, () => {
  it('refuses a measure before the party has chosen', async () => {
    const id = await startedCase();
    const officer = await actor('officer');
    const input = {
      type: 'administrative_reminder' as const,
      content: '提示',
      oral: false,
      deadline: null,
      interview: null,
      offset: null,
      delivery: null,
      observationException: null,
    };
    await expect(recordMeasure(env.ctx, officer, meta, id, input)).rejects.toThrow('须先送达告知书并记录当事人的选择，才能记录柔性措施');
    const r = await as('officer', 'POST', `/cases/${id}/measures`, { type: 'administrative_reminder', content: '提示' });
    expect(r.statusCode).toBe(422);
    expect(r.json().error).toMatchObject({ code: 'CASE.CHOICE_REQUIRED', message: '须先送达告知书并记录当事人的选择，才能记录柔性措施' });
    expect((await as('officer', 'GET', `/cases/${id}`)).json().measures).toEqual([]);
  });

  it('refuses termination on ground 1 (withdrawn) of a case started ex officio', async () => {
    const id = await acceptedCase();
    const officer = await actor('officer');
    const input = {
      ground: 'withdrawn' as const,
      reason: '',
      handOverToGeneralProcedure: false,
      delivery: 'direct' as const,
      observationException: null,
    };
    const err = await proposeTermination(env.ctx, officer, meta, id, input).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toContain('只有依申请启动的案件才能以“行政相对人撤回申请”为由终止');
    const r = await as('officer', 'POST', `/cases/${id}/termination`, { ground: 'withdrawn' });
    expect(r.statusCode).toBe(422);
    expect(r.json().error.message).toContain('只有依申请启动的案件');
    expect(r.json().error.code).toBe('CASE.NOT_ON_APPLICATION');
    // Ground 4 needs a written reason.
    const r4 = await as('officer', 'POST', `/cases/${id}/termination`, { ground: 'other', reason: '' });
    expect(r4.statusCode).toBe(422);
    expect(r4.json().error.message).toContain('须写明理由');
    expect(r4.json().error.code).toBe('CASE.REASON_REQUIRED');
    expect((await as('officer', 'GET', `/cases/${id}`)).json().proposal).toBeNull();
  });

  it('refuses archiving while a required document is missing', async () => {
    const id = await acceptedCase();
    // A written reminder served directly: its 送达回证 is not yet filed.
    const m = await as('officer', 'POST', `/cases/${id}/measures`, {
      type: 'administrative_reminder',
      content: '请规范公示',
      delivery: 'direct',
    });
    expect(m.statusCode, m.body).toBe(200);
    expect((await as('officer', 'POST', `/cases/${id}/complete`)).json().state).toBe('completed');
    const reviewer = await actor('reviewer');
    await expect(archiveCase(env.ctx, reviewer, meta, id)).rejects.toThrow('行政提示（M1）缺少行政提示函的送达回证');
    const r = await as('reviewer', 'POST', `/cases/${id}/archive`);
    expect(r.statusCode).toBe(422);
    expect(r.json().error.message).toContain('归档材料不全');
    expect(r.json().error.code).toBe('CASE.ARCHIVE_INCOMPLETE');
    expect(r.json().error.message).toContain('行政提示函的送达回证');
    // Recording the delivery (with the signed receipt) completes the file.
    const c = (await as('officer', 'GET', `/cases/${id}`)).json();
    const pending = c.deliveries.find((d: { status: string; method: string }) => d.status === 'pending' && d.method === 'direct');
    const proof = await as('officer', 'POST', `/deliveries/${pending.id}/proof`, { deliveredOn: '2026-11-28', recipient: '李明' });
    expect(proof.statusCode, proof.body).toBe(200);
    expect((await as('reviewer', 'POST', `/cases/${id}/archive`)).json().state).toBe('archived');
  });

  it('keeps the officer who starts a case in its department, and the party to its own portal', async () => {
    const officer = await actor('officer');
    await expect(
      startCase(env.ctx, { ...officer, roles: ['supervisor'] }, meta, {
        partyKind: 'entity',
        entityId: partyEntityId,
        ...START,
        violationItemId: null,
      }),
    ).rejects.toThrow('依职权启动柔性执法须由本部门执法人员办理');
    const bad = await as('officer', 'POST', '/cases', { entityId: partyEntityId, facts: '', legalBasis: '' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['facts', 'legalBasis']));
  });
});

describe(`[CASE][OVERDUE] a missed commitment is flagged and terminated into the ordinary procedure (${dbKind()})`, () => {
  it('flags, lists and terminates with reviewer approval', async () => {
    const id = await acceptedCase();
    await as('officer', 'POST', `/cases/${id}/measures`, { type: 'commitment', content: '七日内清理过期食品', deadline: '2026-12-05' });
    await as('enterprise', 'POST', `/portal/cases/${id}/commitment/sign`);
    expect((await as('officer', 'GET', `/cases/${id}`)).json().commitmentOverdue).toBe(false);

    env.clock.advance(8 * 86_400_000); // 2026-12-06: the deadline has passed.
    for (const u of ['officer', 'officer2', 'reviewer']) {
      cookie[u] = await loginAs(env.app, u); // the sessions idled out meanwhile
    }
    const c = (await as('officer', 'GET', `/cases/${id}`)).json();
    expect(c.commitmentOverdue).toBe(true);
    const todo = (await as('officer', 'GET', '/todo')).json();
    expect(todo).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'commitment_overdue', caseId: id, overdue: true })]));
    const swept = await flagOverdue(env.ctx, meta);
    expect(swept.commitments).toBeGreaterThanOrEqual(1);
    expect((await flagOverdue(env.ctx, meta)).commitments).toBe(0);

    const proposed = await as('officer', 'POST', `/cases/${id}/termination`, {
      ground: 'general_procedure',
      reason: '承诺期限届满未改正',
      handOverToGeneralProcedure: true,
      delivery: 'electronic',
    });
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(proposed.json().proposal).toMatchObject({ kind: 'termination' });
    // The proposer cannot approve; an officer is not a reviewer.
    expect((await as('officer2', 'POST', `/cases/${id}/proposal`, { approve: true, opinion: '同意' })).statusCode).toBe(403);
    const approved = await as('reviewer', 'POST', `/cases/${id}/proposal`, { approve: true, opinion: '同意终止，转一般程序' });
    expect(approved.statusCode, approved.body).toBe(200);
    const t = approved.json();
    expect(t).toMatchObject({ state: 'terminated', termination: { ground: 'general_procedure', handOverToGeneralProcedure: true } });
    expect(t.documents.map((d: { docType: string }) => d.docType)).toContain('termination_notice');
    expect(t.events.map((e: { type: string }) => e.type)).toEqual([
      'case.start',
      'case.serve_notice',
      'case.delivered',
      'case.record_choice',
      'case.record_measure',
      'case.commitment_signed',
      'case.commitment_overdue',
      'case.termination_proposed',
      'case.terminate',
    ]);
  });
});

describe(`[CASE][APPROVAL] 不予处罚决定 rests on the engine and a reviewer's approval (${dbKind()})`, () => {
  it('refuses when the engine does not waive the penalty, and records the approved decision with its answer', async () => {
    for (const u of ['officer', 'officer2', 'reviewer', 'enterprise']) {
      cookie[u] = await loginAs(env.app, u); // earlier tests moved the clock on
    }
    const id = await acceptedCase();
    const plain = await as('officer', 'POST', `/cases/${id}/measures`, {
      type: 'no_penalty_decision',
      content: '不予处罚',
      decisionRequest: PLAIN,
    });
    expect(plain.statusCode).toBe(422);
    expect(plain.json().error.message).toContain('不符合不予行政处罚的条件');
    expect(plain.json().error.code).toBe('CASE.NO_PENALTY_NOT_APPLICABLE');
    const proposed = await as('officer', 'POST', `/cases/${id}/measures`, {
      type: 'no_penalty_decision',
      content: '当事人初次违法且危害后果轻微并及时改正，依法不予行政处罚',
      decisionRequest: CONTRACT_EXAMPLE,
    });
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(proposed.json()).toMatchObject({ state: 'accepted', proposal: { kind: 'measure' }, measures: [] });
    expect((await as('officer2', 'POST', `/cases/${id}/proposal`, { approve: true, opinion: '同意' })).statusCode).toBe(403);
    // The reviewer's to-do list holds the proposal; the proposer's does not.
    const todo = await as('reviewer', 'GET', '/todo');
    expect(todo.statusCode, todo.body).toBe(200);
    expect(todo.json()).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'approval_awaited', caseId: id, dueOn: null })]));
    const approved = await as('reviewer', 'POST', `/cases/${id}/proposal`, { approve: true, opinion: '事实清楚，适用首违不罚清单，同意' });
    expect(approved.statusCode, approved.body).toBe(200);
    const c = approved.json();
    expect(c).toMatchObject({ state: 'completed', proposal: null });
    expect(c.measures[0]).toMatchObject({
      type: 'no_penalty_decision',
      approvedByName: expect.any(String),
      decision: { answer: { outcome: expect.stringMatching(/no_penalty|may_waive/) } },
    });
    expect(c.documents.map((d: { docType: string }) => d.docType)).toContain('no_penalty_decision');
    expect(c.materials).toEqual(expect.arrayContaining([expect.objectContaining({ item: 'legal_review', measureId: 'M1' })]));
  });
});
