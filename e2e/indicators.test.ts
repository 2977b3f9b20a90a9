import type { APIRequestContext, Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, baseUrl, launch, login, newPage, PASSWORD, PHONE, shanghaiDay, shot } from './helpers';

/**
 * Issue 12 acceptance 1–2: the supervisor's 督导考评 overview at a phone's width; a department's 综合查一次 rate opens
 * exactly the inspections behind it (compared with the API), and a check-in written through the API changes the
 * figure on the open page within seconds (polled, no reload).
 */
let browser: Browser;
const contexts: BrowserContext[] = [];

async function apiAs(username: string): Promise<APIRequestContext> {
  const context = await browser.newContext({ baseURL: baseUrl() });
  contexts.push(context);
  const res = await context.request.post('/api/v1/auth/login', { data: { username, password: PASSWORD } });
  expect(res.ok(), await res.text()).toBe(true);
  return context.request;
}

async function call(req: APIRequestContext, method: 'GET' | 'POST', path: string, data?: object) {
  const res = await req.fetch(`/api/v1${path}`, { method, ...(data ? { data } : {}) });
  return { status: res.status(), body: await res.json() };
}

/** A plan of 市场监管 for one of the entities of the class, approved and checked in today (the first entity that takes one). */
async function checkedInVisit(officer: APIRequestContext, reviewer: APIRequestContext, industryCode: string): Promise<string> {
  const items = ((await call(officer, 'GET', '/inspection-items')).body as { id: string; code: string }[]).filter(
    (i) => i.code === 'SC-JC-001',
  );
  const officers = ((await call(officer, 'GET', '/inspection-officers')).body as { id: string; displayName: string }[]).filter((o) =>
    ['张伟', '王芳'].includes(o.displayName),
  );
  const entities = (await call(officer, 'GET', `/entities?industryCode=${industryCode}&pageSize=50`)).body.items as { id: string }[];
  for (const e of entities) {
    const created = await call(officer, 'POST', '/inspections', {
      entityId: e.id,
      type: 'routine',
      itemIds: items.map((i) => i.id),
      officerIds: officers.map((o) => o.id),
      windowFrom: shanghaiDay(),
      windowTo: shanghaiDay(3),
    });
    if (created.status !== 201) {
      continue; // this entity was inspected lately (重复检查): the next one
    }
    expect((await call(reviewer, 'POST', `/inspections/${created.body.id}/approve`)).status).toBe(200);
    const checkedIn = await call(officer, 'POST', `/inspections/${created.body.id}/check-in`, { location: null });
    expect(checkedIn.status, JSON.stringify(checkedIn.body)).toBe(200);
    return created.body.id;
  }
  throw new Error(`no ${industryCode} entity took a plan`);
}

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  for (const c of contexts) {
    await c.close();
  }
  await browser.close();
});

describe('[INDICATOR][OVERVIEW] 督导考评总览: drill-down to the records, figures current within seconds', () => {
  it('lists exactly the inspections behind a department’s 综合查一次 rate, and shows a new check-in without a reload', async () => {
    const officer = await apiAs('officer');
    const reviewer = await apiAs('reviewer');
    await checkedInVisit(officer, reviewer, 'H62');
    const { context, page } = await newPage(browser, PHONE);
    contexts.push(context);
    await login(page, 'supervisor');
    const year = shanghaiDay().slice(0, 4);
    const start = await apiCall(page, 'GET', `/indicators/overview?period=${year}`);
    const scjg = start.indicators[0].departments.find((d: { departmentName: string }) => d.departmentName === '常宁市市场监督管理局')
      ?.departmentId as string;
    expect(scjg).toBeTruthy();

    await page.goto('/indicators');
    await page.getByTestId('page-indicators').waitFor();
    const figure = page.getByTestId(`figure-joint-rate-${scjg}`);
    await figure.waitFor();
    await shot(page, 'indicators-overview-phone', true);

    // Acceptance 1: the list behind the figure is the records the API counts.
    await figure.click();
    const list = page.getByTestId('indicator-records');
    await list.locator('tbody tr[data-row-key]').first().waitFor();
    const shown = await list.locator('tbody tr[data-row-key]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key')));
    const records = (await apiCall(page, 'GET', `/indicators/joint-rate/records?period=${year}&departmentId=${scjg}`)) as {
      visitId: string;
    }[];
    expect(shown.sort()).toEqual(records.map((r) => r.visitId).sort());
    const overview = await apiCall(page, 'GET', `/indicators/overview?period=${year}`);
    const fig = overview.indicators[0].departments.find((d: { departmentId: string }) => d.departmentId === scjg);
    expect(records).toHaveLength(fig.denominator);
    await shot(page, 'indicators-drill-down-phone');
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });

    // Acceptance 2: a check-in through the API; the open page shows the new figure within seconds.
    const denominator = page.locator(`[data-testid="indicator-table-joint-rate"] tr[data-row-key="${scjg}"] td:nth-child(4)`);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText (rendered text), not the DOM property
    const before = Number((await denominator.innerText()).trim());
    expect(before).toBe(fig.denominator);
    await checkedInVisit(officer, reviewer, 'C13');
    const t0 = Date.now();
    await expect
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText (rendered text), not the DOM property
      .poll(async () => Number((await denominator.innerText()).trim()), { timeout: 10_000, interval: 250 })
      .toBe(before + 1);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});
