import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyArchiveZip } from '@rouxing/server';
import PizZip from 'pizzip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, login, newPage, PHONE, seriousAxeViolations, shot } from './helpers';

let browser: Browser;
const sessions: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await Promise.all(sessions.map((c) => c.close()));
  await browser.close();
});

/** A signed-in user in their own browser context, on Beijing time as the server counts days. */
async function as(username: string, viewport?: { width: number; height: number }): Promise<Page> {
  const { context, page } = await newPage(browser, viewport, { timezoneId: 'Asia/Shanghai', acceptDownloads: true });
  sessions.push(context);
  await login(page, username);
  return page;
}

const stateOf = (page: Page) => page.getByTestId('case-state').textContent();

/** Waits until nothing on the page is loading (for screenshots). */
async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.ant-spin-spinning, .ant-skeleton').count()).toBe(0);
}

/** A small real photo (a PNG the upload check recognises by its signature). */
function photo(): Buffer {
  const png = new PNG({ width: 16, height: 16 });
  for (let i = 0; i < png.data.length; i += 4) {
    png.data[i] = 30 + (i % 200);
    png.data[i + 1] = 120;
    png.data[i + 2] = 60;
    png.data[i + 3] = 255;
  }
  return PNG.sync.write(png);
}

describe('[CASE][FLOW] officer starts → 告知书 served electronically → party receives and accepts → 告知承诺 signed → evidence and correction → follow-up → archive → verified export', () => {
  it('runs a whole flexible-enforcement case in the browser, with the party on a phone', async () => {
    const officer = await as('officer');
    const party = await as('enterprise', PHONE);
    const me = await (await party.request.get('/api/v1/auth/me')).json();
    const uscc = me.entityUscc as string;
    expect(uscc).toMatch(/^9[123]430482/);

    // ── The officer starts the case for the party's entity ──────────────────────────────────────────
    await officer.getByTestId('main-menu').getByTestId('menu-cases').click();
    await officer.getByTestId('page-cases').waitFor();
    await officer.getByTestId('case-new').click();
    await officer.getByTestId('case-entity').click();
    await officer.keyboard.type(uscc);
    await officer.locator('.ant-select-item-option', { hasText: uscc }).first().click();
    await officer.getByTestId('case-facts').fill('经营场所未按规定在显著位置公示食品经营许可证');
    await officer.getByTestId('case-legal-basis').fill('《中华人民共和国食品安全法》第一百二十五条第二款');
    await officer.getByTestId('case-start-submit').click();
    await officer.getByTestId('page-case-detail').waitFor();
    await expect.poll(() => stateOf(officer)).toBe('已启动');
    const casePath = new URL(officer.url()).pathname;
    const caseId = casePath.split('/').at(-1) as string;
    const caseNo = ((await officer.getByTestId('case-no').textContent()) ?? '').split(' · ')[0] as string;
    expect(caseNo).toMatch(/^常市监柔案〔\d{4}〕\d+号$/);
    await shot(officer, 'case-started');
    await officer.getByTestId('main-menu').getByTestId('menu-cases').click();
    await officer.getByTestId('case-row-link').filter({ hasText: caseNo }).waitFor();
    await settled(officer);
    await shot(officer, 'cases-list');

    // ── The party consents to electronic delivery (the 电子送达确认书) in its portal ───────────────────
    await party.goto('/portal/cases');
    await party.getByTestId('page-my-cases').waitFor();
    await party.getByTestId('my-case').filter({ hasText: caseNo }).waitFor();
    const consent = party.getByTestId('consent-switch');
    await consent.waitFor();
    if ((await consent.getAttribute('aria-checked')) !== 'true') {
      await consent.click();
    }
    await expect.poll(() => party.getByTestId('consent-state').textContent()).toBe('已签署电子送达确认书');
    await shot(party, 'portal-cases-phone');

    // ── The officer serves the 告知书 electronically ─────────────────────────────────────────────────
    await officer.goto(casePath);
    await officer.getByTestId('action-serve-notice').click();
    await expect.poll(() => officer.getByTestId('notice-delivery').textContent()).toContain('电子送达');
    await shot(officer, 'case-notice-form');
    await officer.getByTestId('notice-submit').click();
    await expect.poll(() => stateOf(officer)).toBe('待当事人选择');
    expect(await officer.getByTestId('case-documents').getByText('柔性执法告知书').count()).toBe(1);
    await expect.poll(() => officer.getByTestId('delivery-status').first().textContent()).toBe('待当事人在企业端签收');

    // ── The party receives the notice (签收 opens the .docx) and accepts ───────────────────────────────
    await party.getByTestId('my-case').filter({ hasText: caseNo }).getByTestId('my-case-open').click();
    await party.getByTestId('page-my-case').waitFor();
    await party.getByTestId('portal-pending-delivery').waitFor();
    await shot(party, 'portal-case-notice-phone', true);
    const [notice] = await Promise.all([party.waitForEvent('download'), party.getByTestId('portal-receive').click()]);
    expect(notice.suggestedFilename()).toMatch(/\.docx$/);
    expect(
      readFileSync(await notice.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    await expect.poll(() => party.getByTestId('portal-pending-delivery').count()).toBe(0);
    await party.getByTestId('portal-accept').click();
    await expect.poll(() => stateOf(party)).toBe('已选择柔性执法');

    // ── The officer records a 告知承诺 (deadline a week later) ────────────────────────────────────────
    await officer.goto(casePath);
    await expect.poll(() => stateOf(officer)).toBe('已选择柔性执法');
    await officer.getByTestId('action-record-measure').click();
    await expect.poll(() => officer.getByTestId('measure-type').textContent()).toContain('告知承诺');
    await officer.getByTestId('measure-content').fill('在经营场所显著位置公示食品经营许可证');
    await shot(officer, 'case-measure-form');
    await officer.getByTestId('measure-submit').click();
    await expect.poll(() => stateOf(officer)).toBe('承诺履行中');
    await expect.poll(() => officer.getByTestId('measure-commitment').textContent()).toContain('待当事人签署');

    // ── The party signs the commitment on its phone ─────────────────────────────────────────────────
    await party.reload();
    await party.getByTestId('portal-commitment').waitFor();
    expect(await seriousAxeViolations(party)).toEqual([]);
    await shot(party, 'portal-commitment-phone');
    await party.getByTestId('portal-commitment-agree').click();
    await party.getByTestId('portal-sign').click();
    await expect.poll(() => party.getByTestId('portal-commitment').count()).toBe(0);
    await expect.poll(() => party.getByTestId('portal-measures').textContent()).toContain('已签署承诺书');

    // ── The officer files a photo of the correction as 证据 and verifies it: 已办结 ─────────────────────
    await officer.goto(casePath);
    await expect.poll(() => officer.getByTestId('measure-commitment').textContent()).toContain('当事人已签署');
    await expect.poll(() => officer.getByTestId('material-item').textContent()).toContain('证据材料');
    await expect.poll(() => officer.getByTestId('material-measure').textContent()).toContain('M1');
    await officer.getByTestId('material-note').fill('整改后现场照片');
    await officer.getByTestId('material-file').setInputFiles({ name: '整改后照片.png', mimeType: 'image/png', buffer: photo() });
    await officer.getByTestId('material-file-name').waitFor();
    await officer.getByTestId('material-submit').click();
    await expect.poll(() => officer.getByTestId('material-link').filter({ hasText: '整改后照片.png' }).count()).toBe(1);
    await officer.getByTestId('action-fulfil').click();
    await officer.getByTestId('fulfil-note').fill('现场核查，许可证已在显著位置公示');
    await officer.getByTestId('fulfil-submit').click();
    await expect.poll(() => stateOf(officer)).toBe('已办结');

    // The follow-up visit is scheduled: on the case page and in the party's portal.
    await officer.getByTestId('case-follow-ups').waitFor();
    expect(await officer.getByTestId('follow-up-due').first().textContent()).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(await officer.getByTestId('archive-missing').count()).toBe(0);
    await settled(officer);
    await shot(officer, 'case-completed', true);
    await officer.setViewportSize(PHONE);
    await officer.evaluate(() => window.scrollTo(0, 0));
    await shot(officer, 'case-completed-phone');
    await officer.setViewportSize({ width: 1440, height: 900 });
    await officer.goto('/todo');
    await officer.getByTestId('page-todo').waitFor();
    await expect.poll(() => officer.getByTestId('todo-archive_due').textContent()).toContain(caseNo);
    await shot(officer, 'todo');
    await officer.goto('/follow-ups');
    await expect.poll(() => officer.getByText(caseNo).count()).toBeGreaterThan(0);
    await settled(officer);
    await shot(officer, 'follow-ups');
    await party.reload();
    await party.getByTestId('portal-follow-up').waitFor();
    expect(await seriousAxeViolations(party)).toEqual([]);
    await shot(party, 'portal-follow-up-phone', true);

    // ── The reviewer archives and exports the 案卷 ───────────────────────────────────────────────────
    const reviewer = await as('reviewer');
    await reviewer.goto(casePath);
    await expect.poll(() => stateOf(reviewer)).toBe('已办结');
    await reviewer.getByTestId('action-archive').click();
    await reviewer.getByTestId('confirm-archive').click();
    await expect.poll(() => stateOf(reviewer)).toBe('已归档');
    expect(await reviewer.getByTestId('material-form').count()).toBe(0);
    await shot(reviewer, 'case-archived');
    const [exported] = await Promise.all([reviewer.waitForEvent('download'), reviewer.getByTestId('action-export').click()]);
    expect(exported.suggestedFilename()).toBe(`案卷-${caseNo}.zip`);
    const zipFile = join(mkdtempSync(join(tmpdir(), 'rouxing-case-')), 'archive.zip');
    await exported.saveAs(zipFile);
    const zip = readFileSync(zipFile);

    // The export verifies offline; one byte changed in the photo is named.
    const report = verifyArchiveZip(zip);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    const altered = new PizZip(zip) as PizZip & { file(name: string, data: Buffer): unknown };
    const photoPath = Object.keys(altered.files).find((f) => f.endsWith('整改后照片.png')) as string;
    expect(photoPath).toBeTruthy();
    const bytes = Buffer.from(altered.file(photoPath)?.asNodeBuffer() as Buffer);
    bytes[40] = (bytes[40] as number) ^ 1;
    altered.file(photoPath, bytes);
    const tampered = verifyArchiveZip(altered.generate({ type: 'nodebuffer' }));
    expect(tampered.ok).toBe(false);
    expect(tampered.problems).toEqual([expect.objectContaining({ path: photoPath, problem: 'altered' })]);

    // The full-process record shows every step, in order.
    const events = (await (await reviewer.request.get(`/api/v1/cases/${caseId}`)).json()).events.map((e: { type: string }) => e.type);
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
