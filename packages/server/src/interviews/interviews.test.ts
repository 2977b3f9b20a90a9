import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';

const FONTS = join(import.meta.dirname, '../../test/fonts.conf');
const USERS = ['officer', 'officer2', 'officer4', 'officer3', 'reviewer', 'supervisor'];
let env: TestEnv;
const cookie: Record<string, string> = {};
const dept: Record<string, string> = {};

async function loginAll() {
  for (const u of USERS) {
    cookie[u] = await loginAs(env.app, u);
  }
}
beforeAll(async () => {
  env = await createTestEnv();
  await loginAll();
  for (const u of ['officer', 'officer4', 'officer3']) {
    dept[u] = (await as(u, 'GET', '/auth/me')).json().departmentId;
  }
});
afterAll(async () => {
  await env.close();
});

function as(user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return env.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: cookie[user] as string }, ...(payload ? { payload } : {}) });
}

async function entities(n: number): Promise<{ id: string; name: string }[]> {
  return (await as('officer', 'GET', '/entities?industryCode=H62&pageSize=20')).json().items.slice(0, n);
}

async function caseOf(user: string, entityId: string): Promise<string> {
  const r = await as(user, 'POST', '/cases', {
    entityId,
    facts: '后厨卫生条件不符合要求，存在食品安全隐患的苗头性问题',
    legalBasis: '《中华人民共和国食品安全法》第三十三条',
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id;
}

const BASE = {
  subject: '餐饮单位后厨卫生和从业人员健康管理存在苗头性问题',
  legalBasis: '常政办发〔2025〕5号 第三项；《中华人民共和国食品安全法》第三十三条',
  scheduledAt: '2026-12-02T02:00:00.000Z',
  place: '常宁市市场监督管理局三楼会议室',
};

describe(`[INTERVIEW][FLOW] a collective, joint 约谈: two parties, two departments, both sign, follow-ups tracked (${dbKind()})`, () => {
  it('runs from scheduling to signed minutes and done/overdue follow-up items, in scope only', async () => {
    const [a, b] = await entities(2);
    if (!a || !b) {
      throw new Error('no entities');
    }
    const caseA = await caseOf('officer', a.id);
    const caseB = await caseOf('officer4', b.id);

    // The form must fit: a collective interview is one department's; a joint one needs two; a case of a department not taking part is refused.
    const wrongForm = await as('officer', 'POST', '/interviews', {
      ...BASE,
      mode: 'collective',
      departmentIds: [dept.officer, dept.officer4],
      parties: [{ caseId: caseA }, { caseId: caseB }],
    });
    expect(wrongForm.statusCode).toBe(422);
    expect(wrongForm.json().error.code).toBe('INTERVIEW.FORM');
    expect(wrongForm.json().error.message).toContain('常政办发〔2025〕5号 第三项');
    const foreignCase = await as('officer', 'POST', '/interviews', {
      ...BASE,
      mode: 'collective',
      departmentIds: [dept.officer],
      parties: [{ caseId: caseA }, { caseId: caseB }],
    });
    expect(foreignCase.statusCode).toBe(422);
    expect(foreignCase.json().error).toMatchObject({ code: 'INTERVIEW.PARTY', fields: [{ path: 'parties.1.caseId' }] });
    const noPlace = await as('officer', 'POST', '/interviews', {
      ...BASE,
      place: '',
      mode: 'joint',
      departmentIds: [dept.officer, dept.officer4],
      parties: [{ caseId: caseA }],
    });
    expect(noPlace.statusCode).toBe(422);
    expect(noPlace.json().error.message).toContain('约谈地点');

    const created = await as('officer', 'POST', '/interviews', {
      ...BASE,
      mode: 'joint',
      departmentIds: [dept.officer, dept.officer4],
      parties: [{ caseId: caseA }, { caseId: caseB }],
    });
    expect(created.statusCode, created.body).toBe(201);
    let iv = created.json();
    expect(iv).toMatchObject({ state: 'scheduled', leadDepartmentName: '常宁市市场监督管理局', mode: 'joint' });
    expect(iv.departments.map((d: { departmentName: string; lead: boolean }) => [d.departmentName, d.lead])).toEqual([
      ['常宁市市场监督管理局', true],
      ['常宁市卫生健康局', false],
    ]);
    expect(iv.parties.map((p: { partyName: string }) => p.partyName)).toEqual([a.name, b.name]);
    const id = iv.id as string;

    // Only the departments taking part see it (the Judicial Bureau reads the region's); 交通 gets the uniform 404 everywhere.
    expect((await as('officer4', 'GET', `/interviews/${id}`)).statusCode).toBe(200);
    expect((await as('supervisor', 'GET', `/interviews/${id}`)).statusCode).toBe(200);
    expect((await as('officer3', 'GET', `/interviews/${id}`)).statusCode).toBe(404);
    expect((await as('officer3', 'GET', '/interviews')).json().map((x: { id: string }) => x.id)).not.toContain(id);
    expect((await as('officer4', 'GET', '/interviews')).json().map((x: { id: string }) => x.id)).toContain(id);

    // 签到表 by the lead department only; the invited department cannot, the Judicial Bureau reads but does not act.
    const attendance = {
      parties: [
        { seq: 1, attended: true, attendeeName: '李明', attendeeTitle: '法定代表人' },
        { seq: 2, attended: true, attendeeName: '王红', attendeeTitle: '店长（授权委托）' },
      ],
      version: iv.version,
    };
    expect((await as('officer4', 'PUT', `/interviews/${id}/attendance`, attendance)).statusCode).toBe(403);
    expect((await as('supervisor', 'PUT', `/interviews/${id}/attendance`, attendance)).statusCode).toBe(403);
    expect((await as('officer3', 'PUT', `/interviews/${id}/attendance`, attendance)).statusCode).toBe(404);
    // Minutes before attendance are out of order.
    const early = await as('officer', 'PUT', `/interviews/${id}/minutes`, { content: '过早', followUps: [], version: iv.version });
    expect(early.json().error.code).toBe('INTERVIEW.STATE');
    const held = await as('officer', 'PUT', `/interviews/${id}/attendance`, attendance);
    expect(held.statusCode, held.body).toBe(200);
    iv = held.json();
    expect(iv.state).toBe('held');

    const minutes = {
      content:
        '执法人员通报了两家餐饮单位后厨卫生检查中发现的问题，讲解了《中华人民共和国食品安全法》有关规定。\n卫生健康局就从业人员健康证明管理提出要求。',
      partyStatements: [
        { seq: 1, statement: '认识到问题，保证按期整改' },
        { seq: 2, statement: '已安排员工补办健康证明' },
      ],
      followUps: [
        { partySeq: 1, content: '后厨设置防鼠防蝇设施', dueOn: '2026-12-10' },
        { partySeq: 2, content: '全部从业人员取得健康证明', dueOn: '2026-12-20' },
      ],
      version: iv.version,
    };
    const badDue = await as('officer', 'PUT', `/interviews/${id}/minutes`, {
      ...minutes,
      followUps: [{ partySeq: 1, content: '过去的期限', dueOn: '2026-11-01' }],
    });
    expect(badDue.statusCode).toBe(422);
    expect(badDue.json().error.fields[0].path).toBe('followUps.0.dueOn');
    const minuted = await as('officer', 'PUT', `/interviews/${id}/minutes`, minutes);
    expect(minuted.statusCode, minuted.body).toBe(200);
    iv = minuted.json();
    expect(iv.state).toBe('minuted');
    expect(iv.minutesSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(iv.followUps.map((f: { partyName: string; status: string }) => [f.partyName, f.status])).toEqual([
      [a.name, 'open'],
      [b.name, 'open'],
    ]);

    // Each department signs once, in its own officer's session, over the minutes it read, with a valid 执法证.
    const sha = iv.minutesSha256 as string;
    expect((await as('officer3', 'POST', `/interviews/${id}/signatures`, { minutesSha256: sha })).statusCode).toBe(404);
    expect((await as('supervisor', 'POST', `/interviews/${id}/signatures`, { minutesSha256: sha })).statusCode).toBe(403);
    expect((await as('reviewer', 'POST', `/interviews/${id}/signatures`, { minutesSha256: sha })).json().error.code).toBe(
      'INTERVIEW.CERTIFICATE',
    );
    expect((await as('officer', 'POST', `/interviews/${id}/signatures`, { minutesSha256: 'a'.repeat(64) })).json().error.code).toBe(
      'INTERVIEW.MINUTES_CHANGED',
    );
    const first = await as('officer', 'POST', `/interviews/${id}/signatures`, { minutesSha256: sha });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().state).toBe('minuted');
    expect((await as('officer2', 'POST', `/interviews/${id}/signatures`, { minutesSha256: sha })).json().error.code).toBe(
      'INTERVIEW.ALREADY_SIGNED',
    );
    // Once signed by one department the minutes are locked.
    const locked = await as('officer', 'PUT', `/interviews/${id}/minutes`, { ...minutes, version: first.json().version });
    expect(locked.json().error.code).toBe('INTERVIEW.MINUTES_SIGNED');
    const second = await as('officer4', 'POST', `/interviews/${id}/signatures`, { minutesSha256: sha });
    expect(second.statusCode, second.body).toBe(200);
    iv = second.json();
    expect(iv.state).toBe('signed');
    expect(iv.departments.map((d: { signedByName: string; certificateNo: string }) => [d.signedByName, d.certificateNo])).toEqual([
      ['张伟', '43048224001'],
      ['赵敏', '43048226001'],
    ]);

    // The case shows its interview; the officer's to-do list carries the follow-up items; one is done, the other runs late.
    const onCase = (await as('officer4', 'GET', `/interviews?caseId=${caseB}`)).json();
    expect(onCase).toHaveLength(1);
    expect(onCase[0]).toMatchObject({ id, openFollowUps: 2, partyNames: [a.name, b.name] });
    expect((await as('officer3', 'GET', `/interviews?caseId=${caseB}`)).statusCode).toBe(404);
    const done = await as('officer4', 'POST', `/interview-follow-ups/${iv.followUps[1].id}/done`, { note: '已核验全部从业人员健康证明' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().followUps[1]).toMatchObject({ status: 'done', doneByName: '赵敏' });
    const again = await as('officer', 'POST', `/interview-follow-ups/${iv.followUps[1].id}/done`, { note: '重复记录' });
    expect(again.json().error.code).toBe('INTERVIEW.FOLLOW_UP_DONE');
    expect((await as('officer3', 'POST', `/interview-follow-ups/${iv.followUps[0].id}/done`, { note: '无关部门' })).statusCode).toBe(404);

    env.clock.advance(14 * 86_400_000); // 2026-12-12: the first item (due 12-10) is overdue.
    await loginAll();
    const later = (await as('officer', 'GET', `/interviews/${id}`)).json();
    expect(later.followUps.map((f: { status: string }) => f.status)).toEqual(['overdue', 'done']);
    const todo = (await as('officer', 'GET', '/todo')).json();
    expect(todo.filter((t: { interviewId?: string }) => t.interviewId === id)).toEqual([
      expect.objectContaining({
        kind: 'interview_follow_up_overdue',
        caseId: caseA,
        entityName: a.name,
        dueOn: '2026-12-10',
        overdue: true,
      }),
    ]);
    expect((await as('officer3', 'GET', '/todo')).json().filter((t: { interviewId?: string }) => t.interviewId === id)).toEqual([]);

    const events = await env.superQuery('SELECT type FROM events WHERE aggregate_id = $1 ORDER BY seq', [id]);
    expect((events.rows as { type: string }[]).map((e) => e.type)).toEqual([
      'interview.scheduled',
      'interview.attendance_recorded',
      'interview.minutes_recorded',
      'interview.minutes_signed',
      'interview.minutes_signed',
      'interview.follow_up_done',
    ]);

    // The 约谈笔录 (.docx, 公文 layout) opens in LibreOffice with the attendance, follow-ups and both signatures.
    expect((await as('officer3', 'GET', `/interviews/${id}/minutes.docx`)).statusCode).toBe(404);
    const file = await as('officer4', 'GET', `/interviews/${id}/minutes.docx`);
    expect(file.statusCode).toBe(200);
    const dir = mkdtempSync(join(tmpdir(), 'rouxing-interview-'));
    writeFileSync(join(dir, 'minutes.docx'), file.rawPayload);
    const r = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'minutes.docx')],
      { encoding: 'utf8', env: { ...process.env, HOME: dir, FONTCONFIG_FILE: FONTS }, timeout: 170_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'minutes.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const text = spawnSync('pdftotext', ['-layout', join(dir, 'minutes.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
    for (const s of [
      '行政约谈笔录',
      '联合约谈（集中约谈）',
      a.name,
      b.name,
      '李明',
      '后厨设置防鼠防蝇设施',
      '43048224001',
      '43048226001',
      '—1—',
    ]) {
      expect(text, s).toContain(s);
    }
  });

  it('an individual interview has one party and the lead department alone', async () => {
    const [a, b] = await entities(2);
    const two = await as('officer', 'POST', '/interviews', {
      ...BASE,
      mode: 'individual',
      departmentIds: [dept.officer],
      parties: [{ entityId: a?.id }, { entityId: b?.id }],
    });
    expect(two.json().error.code).toBe('INTERVIEW.FORM');
    const dup = await as('officer', 'POST', '/interviews', {
      ...BASE,
      mode: 'collective',
      departmentIds: [dept.officer],
      parties: [{ entityId: a?.id }, { entityId: a?.id }],
    });
    expect(dup.json().error.code).toBe('INTERVIEW.PARTY');
    const one = await as('officer', 'POST', '/interviews', {
      ...BASE,
      mode: 'individual',
      departmentIds: [dept.officer],
      parties: [{ entityId: a?.id }],
    });
    expect(one.statusCode, one.body).toBe(201);
    expect((await as('officer4', 'GET', `/interviews/${one.json().id}`)).statusCode).toBe(404);
  });
});
