import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, login, newPage, PHONE, seriousAxeViolations, settled, shot } from './helpers';

let browser: Browser;
const sessions: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await Promise.all(sessions.map((c) => c.close()));
  await browser.close();
});

async function open(username: string | null, viewport?: { width: number; height: number }): Promise<Page> {
  const { context, page } = await newPage(browser, viewport, { timezoneId: 'Asia/Shanghai' });
  sessions.push(context);
  if (username) {
    await login(page, username);
  }
  return page;
}

const TITLE = '柔性执法满意度问卷（浏览器测试）';

describe('[SURVEY][BROWSER] a survey published, answered anonymously (phone) and by an enterprise (twice refused), charted and exported', () => {
  it('runs from the builder to the exported results', async () => {
    // ── The Judicial Bureau builds and publishes ────────────────────────────────────────────────
    const bureau = await open('supervisor');
    await bureau.goto('/surveys');
    await bureau.getByTestId('page-surveys').waitFor();
    await bureau.getByTestId('survey-new').click();
    await bureau.getByTestId('survey-title').fill(TITLE);
    await bureau.getByTestId('question-title').nth(0).fill('您是否了解柔性执法？');
    await bureau.getByTestId('question-options').nth(0).click();
    for (const o of ['了解', '不了解']) {
      await bureau.keyboard.type(o);
      await bureau.keyboard.press('Enter');
      // The option is a tag before the next is typed (a busy page may lag behind the keyboard).
      await expect.poll(() => bureau.getByTestId('question-options').nth(0).textContent()).toContain(o);
    }
    await bureau.getByTestId('survey-add-question').click();
    // The second question becomes a rating. On a busy machine a click on the option while the list is still opening
    // is lost: the choice is made again until the field shows it.
    const kind = bureau.getByTestId('question-kind').nth(1);
    for (let attempt = 0; attempt < 5 && !((await kind.textContent()) ?? '').includes('评分'); attempt++) {
      const option = bureau.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '评分' });
      if ((await option.count()) === 0) {
        await kind.click();
      }
      await option.click();
      await expect
        .poll(async () => ((await kind.textContent()) ?? '').includes('评分'), { timeout: 3_000 })
        .toBe(true)
        .catch(() => undefined);
    }
    await expect.poll(() => kind.textContent()).toContain('评分');
    await expect.poll(() => bureau.getByTestId('question-options').count()).toBe(1);
    await bureau.getByTestId('question-title').nth(1).fill('您对执法人员的满意度');
    await bureau.getByTestId('survey-save').click();
    // Saved: the builder closes. A refusal keeps it open with the field's error or a message, which the failure shows.
    const refusal = bureau.locator('.ant-form-item-explain-error, .ant-message-error');
    await expect
      .poll(
        async () =>
          (await refusal.count()) > 0
            ? `refused: ${await refusal.first().textContent()}`
            : (await bureau.getByTestId('survey-title').count()) === 0
              ? 'saved'
              : 'saving',
        { timeout: 60_000 },
      )
      .toBe('saved');
    const row = bureau.locator('tr', { hasText: TITLE });
    await row.getByTestId('survey-publish').click();
    await expect.poll(() => row.getByTestId('survey-state').textContent()).toBe('已发布');

    // ── Anonymous, on a phone ────────────────────────────────────────────────────────────────────
    const visitor = await open(null, PHONE);
    await visitor.goto('/public/surveys');
    const card = visitor.getByTestId('public-survey').filter({ hasText: TITLE });
    await card.getByTestId('survey-submit').waitFor();
    await settled(visitor);
    expect(await seriousAxeViolations(visitor)).toEqual([]);
    await card.getByText('了解', { exact: true }).click();
    await card.getByTestId('survey-submit').click();
    await card.getByText('此题为必答题').waitFor();
    await card.locator('.ant-rate-star').nth(3).click();
    await card.getByTestId('survey-submit').click();
    await card.getByTestId('survey-thanks').waitFor();
    await shot(visitor, 'survey-public-phone');

    // ── The enterprise answers once; the second is refused ──────────────────────────────────────
    const enterprise = await open('enterprise');
    await enterprise.goto('/portal/surveys');
    const mine = enterprise.getByTestId('portal-survey').filter({ hasText: TITLE });
    await mine.getByText('不了解', { exact: true }).click();
    await mine.locator('.ant-rate-star').nth(4).click();
    await mine.getByTestId('survey-submit').click();
    await mine.getByTestId('survey-answered').waitFor();
    const surveys = (await (await enterprise.request.get('/api/v1/portal/surveys')).json()) as { id: string; title: string }[];
    const id = (surveys.find((s) => s.title === TITLE) as { id: string }).id;
    const again = await enterprise.request.post(`/api/v1/portal/surveys/${id}/responses`, {
      data: { answers: [{ choices: [0] }, { rating: 1 }] },
    });
    expect(again.status()).toBe(422);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('SURVEY.ALREADY_ANSWERED');

    // ── Results charted and exported ─────────────────────────────────────────────────────────────
    await bureau.reload();
    await bureau.locator('tr', { hasText: TITLE }).getByTestId('survey-results-open').click();
    await expect.poll(() => bureau.getByTestId('survey-results-total').textContent()).toContain('共2份（公众1份，企业1份）');
    await expect
      .poll(() => bureau.getByTestId('survey-result-bar').allTextContents())
      .toEqual(
        expect.arrayContaining([
          expect.stringContaining('了解：1'),
          expect.stringContaining('不了解：1'),
          expect.stringContaining('4星：1'),
        ]),
      );
    await shot(bureau, 'survey-results');
    const href = (await bureau.getByTestId('survey-export').getAttribute('href')) as string;
    const file = await bureau.request.get(href);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('spreadsheetml');
    expect((await file.body()).subarray(0, 2).toString()).toBe('PK');
  });
});
