import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, multipartBody, type TestEnv } from '../../test/harness';
import { acceptedPersonCase, createTransportReviewer } from '../../test/party-steps';

let env: TestEnv;
const cookie: Record<string, string> = {};
const ID = '430482199001011236';
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);

beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['admin', 'officer', 'officer3', 'reviewer']) {
    cookie[u] = await loginAs(env.app, u);
  }
  await createTransportReviewer(as);
  cookie.reviewer_jt = await loginAs(env.app, 'reviewer_jt');
});
afterAll(async () => {
  await env.close();
});

function as(user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return env.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: cookie[user] as string }, ...(payload ? { payload } : {}) });
}

/** Files the sign-in sheet of the service in the case; its material id. */
async function evidence(id: string): Promise<string> {
  const photo = multipartBody('公益服务签到表.jpg', JPEG, { item: 'service_verification', note: '交通劝导志愿服务签到表' }, 'image/jpeg');
  const up = await env.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${id}/materials`,
    headers: { cookie: cookie.officer3 as string, 'content-type': photo.contentType },
    payload: photo.payload,
  });
  expect(up.statusCode, up.body).toBe(200);
  return up.json().materials.find((m: { fileName: string | null }) => m.fileName === '公益服务签到表.jpg').id;
}

const OFFSET = (verifiedHours: number) => ({
  type: 'community_service_offset',
  content: '当事人参加交通安全劝导公益服务，折抵部分罚款',
  offset: { fineYuan: 200, verifiedHours, minorViolation: true, penaltyDecisionNo: '常交罚〔2026〕88号' },
});

describe(`[PARTY][SERVICE] 公益抵罚 carried out: the service recorded and verified before the reduction (${dbKind()})`, () => {
  it('refuses the reduction until the service is verified, then a reviewer approves it', async () => {
    const id = await acceptedPersonCase(as, 'officer3', ID);
    // No service on record: refused naming the rule.
    const early = await as('officer3', 'POST', `/cases/${id}/measures`, OFFSET(2));
    expect(early.statusCode).toBe(422);
    expect(early.json().error).toMatchObject({ code: 'SERVICE.NOT_VERIFIED', fields: [{ path: 'offset.verifiedHours' }] });
    expect(early.json().error.message).toContain('常政办发〔2025〕5号 第五项');

    // The evidence must be a material of the case.
    const noEvidence = await as('officer3', 'POST', `/cases/${id}/public-service`, {
      serviceOn: '2026-11-28',
      place: '常宁市宜阳路口',
      description: '协助交警开展文明交通劝导',
      hours: 2,
      evidenceMaterialId: '00000000-0000-4000-8000-000000000000',
    });
    expect(noEvidence.json().error.code).toBe('SERVICE.EVIDENCE_MISSING');
    const materialId = await evidence(id);
    const recorded = await as('officer3', 'POST', `/cases/${id}/public-service`, {
      serviceOn: '2026-11-28',
      place: '常宁市宜阳路口',
      description: '协助交警开展文明交通劝导',
      hours: 2,
      evidenceMaterialId: materialId,
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const service = recorded.json()[0];
    expect(service).toMatchObject({ hours: 2, evidenceFileName: '公益服务签到表.jpg', recordedByName: '李强', verifiedAt: null });

    // Recorded but not verified: still refused; the recorder cannot verify their own record; another department cannot.
    expect((await as('officer3', 'POST', `/cases/${id}/measures`, OFFSET(2))).json().error.code).toBe('SERVICE.NOT_VERIFIED');
    const self = await as('officer3', 'POST', `/cases/${id}/public-service/${service.id}/verify`, { note: '已核实' });
    expect(self.json().error.code).toBe('SERVICE.SELF_VERIFICATION');
    expect((await as('officer', 'POST', `/cases/${id}/public-service/${service.id}/verify`, { note: '已核实' })).statusCode).toBe(404);
    const verified = await as('reviewer_jt', 'POST', `/cases/${id}/public-service/${service.id}/verify`, {
      note: '经与交警大队核对签到表，服务2小时属实',
    });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()[0]).toMatchObject({ verifiedByName: '黄敏', verificationNote: '经与交警大队核对签到表，服务2小时属实' });
    const again = await as('reviewer_jt', 'POST', `/cases/${id}/public-service/${service.id}/verify`, { note: '再次核实' });
    expect(again.json().error.code).toBe('SERVICE.ALREADY_VERIFIED');

    // The hours must be the verified ones.
    const more = await as('officer3', 'POST', `/cases/${id}/measures`, OFFSET(5));
    expect(more.json().error).toMatchObject({ code: 'SERVICE.HOURS_MISMATCH', message: expect.stringContaining('2小时') });
    const proposed = await as('officer3', 'POST', `/cases/${id}/measures`, OFFSET(2));
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(proposed.json().proposal).toMatchObject({ kind: 'measure' });
    const approved = await as('reviewer_jt', 'POST', `/cases/${id}/proposal`, {
      approve: true,
      opinion: '服务经核实，同意按规则折抵100元',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const c = approved.json();
    expect(c.state).toBe('completed');
    expect(c.measures[0]).toMatchObject({
      type: 'community_service_offset',
      offset: { fineYuan: 200, verifiedHours: 2, reductionYuan: 100, remainingFineYuan: 100 },
    });
    expect(c.events.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['case.public_service_recorded', 'case.public_service_verified', 'case.record_measure']),
    );
    // The offset penalty is on record against the person (first offence, 12 months).
    const priors = (await as('officer3', 'POST', '/persons/prior-violations', { idNumber: ID })).json();
    expect(priors[0]).toMatchObject({ outcome: 'penalty', documentNo: '常交罚〔2026〕88号', authority: '常宁市交通运输局' });
  });

  it('records service only where the department published a conversion rule (公安、交通)', async () => {
    const start = await as('officer', 'POST', '/cases', {
      partyKind: 'person',
      person: { name: '赵六', idNumber: ID },
      facts: '无证摆摊经营食品',
      legalBasis: '《中华人民共和国食品安全法》第一百二十二条',
    });
    const r = await as('officer', 'POST', `/cases/${start.json().id}/public-service`, {
      serviceOn: '2026-11-27',
      place: '某处',
      description: '服务',
      hours: 1,
      evidenceMaterialId: '00000000-0000-4000-8000-000000000000',
    });
    expect(r.statusCode).toBe(422);
    expect(r.json().error.code).toBe('CASE.OFFSET_RULE_MISSING');
  });

  it('publishes the conversion rules on the portal without login', async () => {
    const r = await env.app.inject({ method: 'GET', url: '/api/v1/public/service-offset-rules' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          departmentName: '常宁市交通运输局',
          field: 'transport',
          yuanPerHour: 100,
          capYuan: 500,
          capPercentOfFine: 50,
        }),
        expect.objectContaining({ departmentName: '常宁市公安局', field: 'public_security', yuanPerHour: 50 }),
      ]),
    );
  });
});
