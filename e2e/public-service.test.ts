import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, login, newPage, PASSWORD, PHONE, seriousAxeViolations, shot } from './helpers';

let browser: Browser;
const sessions: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await Promise.all(sessions.map((c) => c.close()));
  await browser.close();
});

async function as(username: string, viewport?: { width: number; height: number }): Promise<Page> {
  const { context, page } = await newPage(browser, viewport, { timezoneId: 'Asia/Shanghai' });
  sessions.push(context);
  await login(page, username);
  return page;
}

const stateOf = (page: Page) => page.getByTestId('case-state').textContent();

/** A small real photo of the sign-in sheet (a PNG the upload check recognises). */
function photo(): Buffer {
  const png = new PNG({ width: 16, height: 16 });
  png.data.fill(200);
  return PNG.sync.write(png);
}

// A valid 公民身份号码 (GB 11643 check digit) that no other browser test uses.
const ID = '430482198503204519';

describe('[PARTY][SERVICE] a case against a natural person through to 公益抵罚 verified and approved, in the browser', () => {
  it('starts the case for 个人, records and verifies the service, and the reviewer approves the offset', async () => {
    // The demo has no reviewer in 交通运输局: the administrator creates one.
    const admin = await as('admin');
    const depts = (await (await admin.request.get('/api/v1/departments')).json()) as { id: string; name: string }[];
    const jt = depts.find((d) => d.name === '常宁市交通运输局') as { id: string };
    const created = await admin.request.post('/api/v1/users', {
      data: {
        username: 'reviewer_jt',
        displayName: '黄敏',
        roles: ['reviewer'],
        regionCode: '430482',
        departmentId: jt.id,
        password: PASSWORD,
      },
    });
    expect(created.status(), await created.text()).toBeLessThan(300);

    // ── The transport officer starts a case against a person (个人) ───────────────────────────────────
    const officer = await as('officer3');
    await officer.goto('/cases/new');
    await officer.getByTestId('page-case-new').waitFor();
    await officer.getByTestId('case-party-kind').getByText('个人', { exact: true }).click();
    await officer.getByTestId('case-person-name').fill('李四');
    await officer.getByTestId('case-person-id-number').fill('430482198503204518');
    await officer.getByTestId('case-person-phone').fill('13812345678');
    await officer.getByTestId('case-facts').fill('驾驶货车未按规定随车携带道路运输证');
    await officer.getByTestId('case-legal-basis').fill('《中华人民共和国道路运输条例》第六十八条');
    await officer.getByTestId('case-start-submit').click();
    // A wrong check digit is refused on its field.
    await officer.getByText('校验码错误', { exact: false }).first().waitFor();
    await officer.getByTestId('case-person-id-number').fill(ID);
    await officer.getByTestId('case-start-submit').click();
    await officer.getByTestId('page-case-detail').waitFor();
    await expect.poll(() => stateOf(officer)).toBe('已启动');
    await expect.poll(() => officer.getByTestId('case-party-person').textContent()).toBe('李四（公民身份号码：4304**********4519）');
    const casePath = new URL(officer.url()).pathname;
    const caseId = casePath.split('/').at(-1) as string;
    await shot(officer, 'case-person-started');

    // The 告知书 served directly and the person's acceptance recorded; the sign-in sheet filed in the case.
    const api = officer.request;
    expect(
      (
        await api.post(`/api/v1/cases/${caseId}/notice`, {
          data: { delivery: 'direct', choiceDeadline: '2099-12-31', offered: '公益抵罚' },
        })
      ).status(),
    ).toBe(200);
    expect((await api.post(`/api/v1/cases/${caseId}/choice`, { data: { choice: 'accept' } })).status()).toBe(200);
    const up = await api.post(`/api/v1/cases/${caseId}/materials`, {
      multipart: {
        item: 'service_verification',
        note: '交通劝导志愿服务签到表',
        file: { name: '公益服务签到表.png', mimeType: 'image/png', buffer: photo() },
      },
    });
    expect(up.status(), await up.text()).toBe(200);
    const startedOn = ((await up.json()) as { startedOn: string }).startedOn;

    // Without verified service the offset is refused, naming the rule.
    const offset = (hours: number) => ({
      type: 'community_service_offset',
      content: '当事人参加交通安全劝导公益服务，折抵部分罚款',
      offset: { fineYuan: 200, verifiedHours: hours, minorViolation: true, penaltyDecisionNo: '常交罚〔2026〕88号' },
    });
    const early = await api.post(`/api/v1/cases/${caseId}/measures`, { data: offset(2) });
    expect(early.status()).toBe(422);
    expect(((await early.json()) as { error: { message: string } }).error.message).toContain('常政办发〔2025〕5号 第五项');

    // ── The officer records the service in the case page ─────────────────────────────────────────────
    await officer.reload();
    await officer.getByTestId('public-service-record').click();
    await officer.getByTestId('public-service-on').click();
    await officer.keyboard.type(startedOn);
    await officer.keyboard.press('Enter');
    await officer.getByTestId('public-service-place').fill('常宁市宜阳路口');
    await officer.getByTestId('public-service-description').fill('协助交警开展文明交通劝导');
    await officer.getByTestId('public-service-hours').fill('2');
    await officer.getByTestId('public-service-evidence').click();
    await officer.locator('.ant-select-item-option', { hasText: '公益服务签到表.png' }).click();
    await officer.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
    await shot(officer, 'public-service-form');
    await officer.getByTestId('public-service-save').click();
    await expect.poll(() => officer.getByTestId('case-public-service').textContent()).toContain('常宁市宜阳路口：协助交警开展文明交通劝导');
    await expect.poll(() => officer.getByTestId('public-service-verified-hours').textContent()).toContain('0 小时');

    // ── Another member of the department verifies it ─────────────────────────────────────────────────
    const reviewer = await as('reviewer_jt');
    await reviewer.goto(casePath);
    await reviewer.getByTestId('public-service-verify').click();
    await reviewer.getByTestId('public-service-note').fill('经与交警大队核对签到表，服务2小时属实');
    await reviewer.getByTestId('public-service-verify-save').click();
    await expect.poll(() => reviewer.getByTestId('case-public-service').textContent()).toContain('已核实（黄敏）');
    await expect.poll(() => reviewer.getByTestId('public-service-verified-hours').textContent()).toContain('2 小时');

    // ── The officer proposes the offset on the verified hours; the reviewer approves it ──────────────────
    expect((await api.post(`/api/v1/cases/${caseId}/measures`, { data: offset(2) })).status()).toBe(200);
    await reviewer.reload();
    await reviewer.getByTestId('case-proposal').waitFor();
    await reviewer.getByTestId('proposal-opinion').fill('服务经核实，同意按规则折抵');
    await reviewer.getByTestId('proposal-approve').click();
    await expect.poll(() => stateOf(reviewer)).toBe('已办结');
    await shot(reviewer, 'public-service-approved', true);
    const kase = (await (await reviewer.request.get(`/api/v1/cases/${caseId}`)).json()) as {
      measures: { type: string; offset: { reductionYuan: number; remainingFineYuan: number } }[];
    };
    expect(kase.measures[0]).toMatchObject({ type: 'community_service_offset', offset: { reductionYuan: 100, remainingFineYuan: 100 } });
  });

  it('publishes the conversion rules on the portal without login, readable on a phone', async () => {
    const { context, page } = await newPage(browser, PHONE);
    sessions.push(context);
    await page.goto('/public/service-offset-rules');
    await page.getByTestId('public-offset-rules').waitFor();
    const text = (await page.getByTestId('public-offset-rules').textContent()) ?? '';
    expect(text).toContain('常宁市交通运输局');
    expect(text).toContain('100 元');
    expect(text).toContain('常宁市公安局');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, 'public-offset-rules-phone');
  });
});
