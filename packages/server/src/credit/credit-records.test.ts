import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../test/constants';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import { appRows } from '../../test/sql';

let env: TestEnv;
const cookie: Record<string, string> = {};
const FONTS = join(import.meta.dirname, '../../test/fonts.conf');
const DAY = 86_400_000;

beforeAll(async () => {
  // The demo seed's day: its record D1 may be repaired from tomorrow.
  env = await createTestEnv({ now: TEST_NOW });
  for (const u of ['enterprise', 'reviewer', 'reviewer3', 'officer', 'supervisor']) {
    cookie[u] = await loginAs(env.app, u);
  }
});
afterAll(async () => {
  await env.close();
});

const as = (user: string | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  env.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: user ? { cookie: cookie[user] as string } : {},
    ...(payload ? { payload } : {}),
  });

interface Rec {
  id: string;
  documentNo: string;
  status: string;
  severity: string;
  repairEligibleFrom: string | null;
  uscc: string;
}
const myRecords = async (): Promise<Rec[]> => (await as('enterprise', 'GET', '/portal/credit-records')).json().items;
const byNo = async (suffix: string) => (await myRecords()).find((r) => r.documentNo.endsWith(suffix)) as Rec;
const events = async (id: string) =>
  (await env.superQuery('SELECT type, payload FROM events WHERE aggregate_id = $1 ORDER BY seq', [id])).rows as {
    type: string;
    payload: Record<string, unknown>;
  }[];

describe(`[CREDIT] credit records, repair, objections and joint discipline (${dbKind()})`, () => {
  it('every issued penalty decision makes a credit record with its severity and publicity, in the same write', async () => {
    const n = await appRows<{ d: number; k: number }>(
      env,
      `SELECT (SELECT count(*)::int FROM issued_decisions WHERE array_length(penalties, 1) > 0) AS d, (SELECT count(*)::int FROM credit_records) AS k`,
    );
    expect(n[0]?.d).toBeGreaterThan(0);
    expect(n[0]?.k).toBe(n[0]?.d);
    const d1 = await byNo('D1号');
    expect(d1).toMatchObject({ severity: 'general', status: 'publicized' });
  });

  it('repair is refused before the minimum period with the date, then applied with the signed commitment and approved; the record leaves the public page', async () => {
    const d1 = await byNo('D1号');
    const early = await as('enterprise', 'POST', `/portal/credit-records/${d1.id}/repair`, {
      commitmentSigned: true,
      statement: '已缴纳罚款并整改完毕',
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('CREDIT.REPAIR_TOO_EARLY');
    const [y, m, d] = (d1.repairEligibleFrom as string).split('-').map(Number);
    expect(early.json().error.message).toContain(`${y}年${m}月${d}日`);
    const pub = async () => (await as(null, 'GET', `/public/credit/${d1.uscc}`)).json().records.map((r: { id: string }) => r.id);
    expect(await pub()).toContain(d1.id);

    env.clock.advance(DAY);
    // A day later the sessions have timed out: sign in again.
    for (const u of Object.keys(cookie)) {
      cookie[u] = await loginAs(env.app, u);
    }
    const unsigned = await as('enterprise', 'POST', `/portal/credit-records/${d1.id}/repair`, {
      commitmentSigned: false,
      statement: '已缴纳罚款并整改完毕',
    });
    expect(unsigned.statusCode).toBe(422);
    const applied = await as('enterprise', 'POST', `/portal/credit-records/${d1.id}/repair`, {
      commitmentSigned: true,
      statement: '已缴纳罚款并整改完毕',
    });
    expect(applied.statusCode, applied.body).toBe(200);
    const repair = applied.json().repairs[0];
    expect(repair).toMatchObject({ status: 'applied', overdue: false });
    const queue = (await as('reviewer3', 'GET', '/credit-cases?open=true')).json().items;
    expect(queue.map((c: { id: string }) => c.id)).toContain(repair.id);
    expect((await as('reviewer3', 'POST', `/credit-repairs/${repair.id}/decide`, { approve: false })).statusCode).toBe(422);
    // Another department's reviewer does not see it.
    expect((await as('reviewer', 'POST', `/credit-repairs/${repair.id}/decide`, { approve: true })).statusCode).toBe(404);
    const ok = await as('reviewer3', 'POST', `/credit-repairs/${repair.id}/decide`, { approve: true });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await byNo('D1号')).status).toBe('repaired');
    expect(await pub()).not.toContain(d1.id);
    expect((await events(d1.id)).map((e) => e.type)).toEqual(['credit_repair.applied', 'credit_repair.approved']);
  });

  it('an objection marks the record publicly, is decided with a reason, and every step is an event', async () => {
    const d2 = await byNo('D2号');
    const filed = await as('enterprise', 'POST', `/portal/credit-records/${d2.id}/objection`, {
      grounds: '罚款已于决定当日缴清，公示信息中的履行日期有误',
    });
    expect(filed.statusCode, filed.body).toBe(200);
    const objection = filed.json().objections[0];
    expect(objection.status).toBe('filed');
    const pub = (await as(null, 'GET', `/public/credit?q=${d2.uscc}`)).json();
    expect(pub.items.find((r: { id: string }) => r.id === d2.id)).toMatchObject({ underObjection: true });
    expect(JSON.stringify(pub)).not.toMatch(/person|身份号码/);
    const noReason = await as('reviewer3', 'POST', `/credit-objections/${objection.id}/decide`, { outcome: 'confirmed', reason: '' });
    expect(noReason.statusCode).toBe(422);
    const decided = await as('reviewer3', 'POST', `/credit-objections/${objection.id}/decide`, {
      outcome: 'confirmed',
      reason: '经核查，决定书记载的履行情况无误，维持公示',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'confirmed', reason: '经核查，决定书记载的履行情况无误，维持公示' });
    const after = (await as(null, 'GET', `/public/credit?q=${d2.uscc}`)).json();
    expect(after.items.find((r: { id: string }) => r.id === d2.id)).toMatchObject({ underObjection: false });
    const ev = await events(d2.id);
    expect(ev.map((e) => e.type)).toEqual(['credit_objection.filed', 'credit_objection.confirmed']);
    expect(ev[1]?.payload).toMatchObject({ reason: '经核查，决定书记载的履行情况无误，维持公示' });
  });

  it('a serious record in publicity blocks a whitelist entry with a message naming the record', async () => {
    const created = await as('reviewer', 'POST', '/api-keys', { label: '办案系统' });
    const key = created.json().key as string;
    const entity = (
      await appRows<{ id: string; uscc: string }>(
        env,
        "SELECT id, uscc FROM entities WHERE region_code = '430482' AND NOT whitelisted ORDER BY uscc OFFSET 7 LIMIT 1",
      )
    )[0] as { id: string; uscc: string };
    // Proposed while the entity's record is clean…
    const proposal = { entityId: entity.id, basis: 'key_enterprise', reason: '重点企业，诚信经营，申请列入白名单' };
    const proposed = await as('officer', 'POST', '/whitelist', proposal);
    expect(proposed.statusCode, proposed.body).toBe(201);
    const today = new Date(env.clock.now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const push = await env.app.inject({
      method: 'POST',
      url: '/api/v1/issued-decisions/push',
      headers: { authorization: `Bearer ${key}`, 'idempotency-key': 'serious-1' },
      payload: {
        decisions: [
          {
            documentNo: '常市监罚〔2026〕S1号',
            partyType: 'legal_person',
            uscc: entity.uscc,
            violationCode: 'SC-FOOD-001',
            facts: { occurredOn: '2026-09-01', discoveredOn: '2026-09-05', harm: 'ordinary', seriousListed: true },
            penalties: ['fine'],
            fineYuan: 1000,
            decidedOn: today,
          },
        ],
      },
    });
    expect(push.statusCode, push.body).toBe(201);
    const k = await appRows<{ severity: string; status: string }>(
      env,
      'SELECT k.severity, k.status FROM credit_records k JOIN issued_decisions d ON d.region_code = k.region_code AND d.id = k.decision_id WHERE d.document_no = $1',
      ['常市监罚〔2026〕S1号'],
    );
    expect(k).toEqual([{ severity: 'serious', status: 'publicized' }]);
    // …then the serious record: neither a new proposal nor the reviewer's approval goes through.
    const r = await as('officer', 'POST', '/whitelist', proposal);
    expect(r.statusCode).toBe(422);
    expect(r.json().error.code).toBe('CREDIT.SERIOUS_RECORD');
    expect(r.json().error.message).toContain('常市监罚〔2026〕S1号');
    const approve = await as('reviewer', 'POST', `/whitelist/${proposed.json().id}/steps`, {
      action: 'approve',
      reason: '经审核符合重点企业条件，同意列入白名单',
      version: proposed.json().version,
    });
    expect(approve.statusCode, approve.body).toBe(422);
    expect(approve.json().error.message).toContain('常宁市市场监督管理局 常市监罚〔2026〕S1号');
  });

  it('the 信用承诺书 opens in LibreOffice', { timeout: 180_000 }, async () => {
    const d2 = await byNo('D2号');
    const res = await as('enterprise', 'GET', `/portal/credit-records/${d2.id}/commitment.docx`);
    expect(res.statusCode).toBe(200);
    const dir = mkdtempSync(join(tmpdir(), 'rouxing-credit-'));
    const file = join(dir, 'commitment.docx');
    writeFileSync(file, res.rawPayload);
    const r = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
      {
        encoding: 'utf8',
        env: { ...process.env, HOME: dir, FONTCONFIG_FILE: FONTS },
        timeout: 170_000,
      },
    );
    expect(r.status, r.stderr).toBe(0);
    const pdf = join(dir, 'commitment.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
    expect(text).toContain('信用承诺书');
    expect(text).toContain(d2.documentNo);
  });

  it('the daily sweep ends publicity at the maximum period, with an event per record', async () => {
    const d2 = await byNo('D2号');
    expect(d2.status).toBe('publicized');
    env.clock.advance(250 * DAY);
    const { expireCreditPublicity } = await import('./use-cases/expire-publicity');
    expect(await expireCreditPublicity(env.ctx)).toBeGreaterThanOrEqual(1);
    expect(await expireCreditPublicity(env.ctx)).toBe(0);
    const row = await appRows<{ status: string; endedOn: string; maxEnd: string }>(
      env,
      'SELECT status, ended_on AS "endedOn", max_end AS "maxEnd" FROM credit_records WHERE id = $1',
      [d2.id],
    );
    expect(row[0]?.status).toBe('expired');
    expect(row[0]?.endedOn).toBe(row[0]?.maxEnd);
    expect((await events(d2.id)).map((e) => e.type)).toContain('credit_record.expired');
    const pub = (await as(null, 'GET', `/public/credit/${d2.uscc}`)).json();
    expect(pub.records.map((r: { id: string }) => r.id)).not.toContain(d2.id);
  });
});
