import { usccCheckCharacter } from '@rouxing/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, launch, login, newPage, PASSWORD, PHONE, seriousAxeViolations, settled, shanghaiDay, shot } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** An entity of its own (a software business: low risk) so that no other browser file meets it, with its USCC. */
function freshUscc(): string {
  const org = Date.now().toString().slice(-9);
  const first17 = `91430482${org}`;
  return `${first17}${usccCheckCharacter(first17)}`;
}

describe('[CREDIT][SELF-INSPECTION] 承诺式检查: answered on a phone, drawn with its seed, a false answer becomes a credit record', () => {
  it('runs from the officer to the enterprise and back to the public credit page', { timeout: 240_000 }, async () => {
    const uscc = freshUscc();
    const name = `常宁自查网络科技有限公司${uscc.slice(-4)}`;
    const username = `selfcheck${Date.now().toString(36)}`;
    // Set-up through the API the forms use: the entity, its grade A (司法局), its enterprise account (管理员).
    const officer = await newPage(browser);
    await login(officer.page, 'officer');
    const entity = (await apiCall(officer.page, 'POST', '/entities', {
      uscc,
      name,
      entityType: 'enterprise',
      legalRepresentative: '周自查',
      industryCode: 'I65',
      address: '常宁市宜阳街道自查路1号',
      regionCode: '430482',
    })) as { id: string };
    const supervisor = await newPage(browser);
    await login(supervisor.page, 'supervisor');
    await apiCall(supervisor.page, 'PUT', `/entities/${entity.id}/credit-grade`, { grade: 'A', reason: '2026年度公共信用综合评价A级' });
    await supervisor.context.close();
    const admin = await newPage(browser);
    await login(admin.page, 'admin');
    await apiCall(admin.page, 'POST', '/users', {
      username,
      displayName: '周自查',
      roles: ['enterprise'],
      regionCode: '430482',
      entityUscc: uscc,
      password: PASSWORD,
    });
    await admin.context.close();

    // The officer sends the self-inspection: the entity's grade and risk allow it.
    const p = officer.page;
    await p.goto('/credit/self-inspections');
    await p.getByTestId('page-self-inspections').waitFor();
    await p.locator('#si-entity').click();
    await p.locator('#si-entity').fill(name);
    await p.locator('.ant-select-item-option', { hasText: uscc }).first().click();
    await expect.poll(() => p.getByTestId('credit-profile').textContent()).toContain('可适用承诺式检查');
    expect(await p.getByTestId('credit-profile').textContent()).toContain('风险等级：低');
    await p.locator('#si-item').click();
    await p.locator('.ant-select-item-option', { hasText: '明码标价情况' }).first().click();
    await p.getByTestId('si-send').click();
    const row = p.getByTestId('si-row').filter({ hasText: name });
    await row.waitFor();
    const documentNo = (await row.getAttribute('data-document-no')) as string;
    expect(documentNo).toMatch(/^承诺核查〔\d{4}〕\d+号$/);
    expect(await row.getByTestId('si-status').textContent()).toBe('待企业自查');
    await shot(p, 'self-inspection-sent');

    // The enterprise answers on a phone and signs the commitment.
    const ent = await newPage(browser, PHONE);
    await login(ent.page, username);
    await ent.page.goto('/portal/self-inspections');
    const card = ent.page.locator(`[data-testid="my-self-inspection"][data-document-no="${documentNo}"]`);
    await card.waitFor();
    await settled(ent.page);
    expect(await seriousAxeViolations(ent.page)).toEqual([]);
    const points = await card.getByTestId('self-inspection-point').count();
    expect(points).toBe(3);
    for (let i = 0; i < points; i++) {
      await card.getByTestId(`self-inspection-answer-${i}`).getByText('符合', { exact: true }).click();
    }
    await expect.poll(() => card.getByTestId('self-inspection-submit').isDisabled()).toBe(true);
    await card.getByTestId('self-inspection-commit').click();
    await shot(ent.page, 'self-inspection-phone');
    await card.getByTestId('self-inspection-submit').click();
    await expect.poll(() => card.getByTestId('my-self-inspection-status').textContent()).toBe('已自查待抽取');
    expect(await seriousAxeViolations(ent.page)).toEqual([]);

    // The department draws all answered ones (100 %) with a published seed; the row shows it.
    await p.reload();
    await p.locator('#si-share').fill('100');
    await p.locator('#si-seed').fill('20261204');
    await p.getByTestId('si-draw').click();
    await expect.poll(() => p.getByTestId('si-draw-result').textContent()).toContain('随机种子20261204');
    await expect.poll(() => row.getByTestId('si-status').textContent()).toBe('抽中现场核查');
    expect(await row.textContent()).toContain('随机种子20261204');
    await shot(p, 'self-inspection-drawn');

    // On site the second point is not as committed: a false commitment.
    await row.getByTestId('si-verify').click();
    await p.getByTestId('si-found-1').getByText('现场不符合').click();
    // The choice is taken before it is saved (a click during the dialog's opening animation may be lost).
    await expect.poll(() => p.getByTestId('si-found-1').getByRole('radio', { name: '现场不符合' }).isChecked()).toBe(true);
    await p.getByTestId('si-verify-submit').click();
    await expect.poll(() => row.getByTestId('si-status').textContent()).toBe('已现场核查');
    await expect.poll(() => row.textContent()).toContain('虚假承诺');
    await officer.context.close();

    // The record: in the enterprise's credit list, and on the public credit page.
    await ent.page.goto('/portal/credit');
    const rec = ent.page.locator(`[data-testid="credit-record"][data-document-no="${documentNo}"]`);
    await rec.waitFor();
    expect(await rec.textContent()).toContain('承诺式检查虚假承诺');
    await settled(ent.page);
    expect(await seriousAxeViolations(ent.page)).toEqual([]);
    await shot(ent.page, 'self-inspection-credit-record');
    await ent.context.close();
    const pub = await newPage(browser);
    await pub.page.goto(`/public/credit/${uscc}`);
    await expect.poll(() => pub.page.locator('body').textContent(), { timeout: 20_000 }).toContain(documentNo);
    await shot(pub.page, 'self-inspection-public');
    await pub.context.close();
  });

  it('a serious record in publicity is named in a warning on the plan and the form, and blocks the self-inspection (联合惩戒)', {
    timeout: 180_000,
  }, async () => {
    const uscc = freshUscc();
    const name = `常宁失信网络科技有限公司${uscc.slice(-4)}`;
    const officer = await newPage(browser);
    await login(officer.page, 'officer');
    const p = officer.page;
    const entity = (await apiCall(p, 'POST', '/entities', {
      uscc,
      name,
      entityType: 'enterprise',
      legalRepresentative: '吴失信',
      industryCode: 'I65',
      address: '常宁市宜阳街道失信路2号',
      regionCode: '430482',
    })) as { id: string };
    // 市场监管's case system pushes a decision that lists the party as seriously dishonest.
    const reviewer = await newPage(browser);
    await login(reviewer.page, 'reviewer');
    const key = ((await apiCall(reviewer.page, 'POST', '/api-keys', { label: '办案系统（承诺式检查测试）' })) as { key: string }).key;
    // Its own 文号 series (XS…): issued-decisions.test.ts imports 常市监罚〔2026〕E1号 to E10000号 into the same server.
    const documentNo = `常市监罚〔2026〕XS${uscc.slice(-4)}号`;
    const push = await reviewer.page.request.fetch('/api/v1/issued-decisions/push', {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'idempotency-key': `serious-${uscc}` },
      data: {
        decisions: [
          {
            documentNo,
            partyType: 'legal_person',
            uscc,
            violationCode: 'SC-FOOD-001',
            facts: { occurredOn: shanghaiDay(-10), discoveredOn: shanghaiDay(-5), harm: 'ordinary', seriousListed: true },
            penalties: ['fine'],
            fineYuan: 1000,
            decidedOn: shanghaiDay(),
          },
        ],
      },
    });
    expect(push.status(), await push.text()).toBe(201);
    await reviewer.context.close();

    // The plan page of any department shows the warning naming the record.
    const items = (await apiCall(p, 'GET', '/inspection-items')) as { id: string; code: string }[];
    const officers = ((await apiCall(p, 'GET', '/inspection-officers')) as { id: string; displayName: string }[]).filter((o) =>
      ['张伟', '王芳'].includes(o.displayName),
    );
    const plan = (await apiCall(p, 'POST', '/inspections', {
      entityId: entity.id,
      type: 'routine',
      itemIds: items.filter((i) => i.code === 'SC-JC-003').map((i) => i.id),
      officerIds: officers.map((o) => o.id),
      windowFrom: shanghaiDay(2),
      windowTo: shanghaiDay(9),
    })) as { id: string };
    await p.goto(`/inspections/${plan.id}`);
    await expect.poll(() => p.getByTestId('serious-record-banner').textContent()).toContain(`常宁市市场监督管理局 ${documentNo}`);
    await shot(p, 'self-inspection-banner-plan');

    // The self-inspection form: the warning, and the refusal naming the record.
    await p.goto('/credit/self-inspections');
    await p.locator('#si-entity').click();
    await p.locator('#si-entity').fill(name);
    await p.locator('.ant-select-item-option', { hasText: uscc }).first().click();
    await expect.poll(() => p.getByTestId('serious-record-banner').textContent()).toContain(documentNo);
    await p.locator('#si-item').click();
    await p.locator('.ant-select-item-option', { hasText: '明码标价情况' }).first().click();
    await p.getByTestId('si-send').click();
    await expect.poll(() => p.locator('.ant-notification').textContent()).toContain(`不得承诺式检查`);
    expect(await p.locator('.ant-notification').textContent()).toContain(documentNo);
    await shot(p, 'self-inspection-refused');
    expect(await p.getByTestId('si-row').filter({ hasText: name }).count()).toBe(0);
    await officer.context.close();
  });
});
