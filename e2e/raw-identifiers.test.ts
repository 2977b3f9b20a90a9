import * as contracts from '@rouxing/contracts';
import { ERROR_CODES, PERMISSIONS, type ROLES } from '@rouxing/contracts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, login, newPage, settled } from './helpers';
import { PUBLIC_PAGES } from './public-pages';

/**
 * Issue 14 item 1: no raw identifier in the zh-CN pages. Each demo role signs in, and every entry of the menu the
 * server's permissions give it (read from the page) is opened, with the first record of each list; the public
 * pages and the enterprise portal likewise. The visible text (document.body.innerText) is scanned for PATTERNS.
 */
const words = (xs: readonly string[]) => new RegExp(`(?<![\\w.])(?:${xs.map((x) => x.replaceAll('.', '\\.')).join('|')})(?![\\w.])`, 'g');

/** Every value of the contracts' code lists (`as const` arrays of lower-case codes: states, kinds, types, roles…). */
const ENUM_VALUES = [
  ...new Set(
    (Object.values(contracts) as unknown[])
      .filter((v): v is readonly string[] => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string'))
      .flat()
      .filter((x) => /^[a-z][a-z_]{2,}$/.test(x)),
  ),
];

/** The scan's patterns: a match anywhere in a page's text is a finding. */
export const PATTERNS: Record<string, RegExp> = {
  permissionCode: words(PERMISSIONS),
  refusalCode: words(Object.keys(ERROR_CODES)),
  /** Event and audit types, and any other dotted code: `case.start`, `random_draw.drawn`. */
  eventType: /(?<![\w.])[a-z]+(?:_[a-z]+)*\.[a-z]+(?:_[a-z]+)*(?![\w.(])/g,
  snakeCase: /(?<![\w.])[a-z]+(?:_[a-z0-9]+)+(?![\w.])/g,
  camelCase: /(?<![\w.])[a-z]+(?:[A-Z][a-z0-9]*)+(?![\w.])/g,
  uuid: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi,
  isoTimestamp: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/g,
  /** English field names and code-list values (`status`, `pending_approval`, `enforcement`…) and leaked JS values. */
  englishField: words([
    ...ENUM_VALUES,
    'id',
    'name',
    'status',
    'state',
    'kind',
    'type',
    'title',
    'null',
    'undefined',
    'NaN',
    'true',
    'false',
    'Invalid Date',
    'object Object',
  ]),
};

/**
 * Text that is data, not an identifier: file names (.docx/.xlsx…), the demo accounts' login names (a 用户名 is
 * what the user types), the `{placeholder}`s a department writes into its Word templates, web addresses.
 */
const ALLOWED = [
  /[\w\u4e00-\u9fa5（）〔〕-]+\.(?:docx|xlsx|csv|pdf|zip|png|jpg|json)/g,
  /(?<![\w.])(?:admin|security|auditor|officer\d?|reviewer\d?|supervisor|enterprise)(?![\w.])/g,
  // Accounts other browser files create (public-service.test.ts: `reviewer_jt`; second-factor.test.ts: `totp…`).
  /(?<![\w.])(?:reviewer_jt|totp[a-z0-9]+)(?![\w.])/g,
  /\{[A-Za-z]+\}/g,
  /https?:\/\/\S+/g,
];

function findings(text: string): string[] {
  let t = text;
  for (const a of ALLOWED) {
    t = t.replace(a, ' ');
  }
  const out: string[] = [];
  for (const [name, re] of Object.entries(PATTERNS)) {
    for (const m of t.matchAll(re)) {
      const at = m.index ?? 0;
      out.push(`${name}: “${m[0]}” in “${t.slice(Math.max(0, at - 20), at + m[0].length + 20).replace(/\s+/g, ' ')}”`);
    }
  }
  return out;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function scan(page: Page, where: string, problems: string[]): Promise<void> {
  await settled(page);
  await page.waitForTimeout(150);
  // An API address shown for other systems' developers is set as code (<code>), which is not prose: hidden from the scan.
  await page.addStyleTag({ content: 'code { display: none !important; }' });
  // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what is scanned, not hidden nodes' text.
  const text = await page.locator('body').innerText();
  for (const f of findings(text)) {
    problems.push(`${where} — ${f}`);
  }
}

/** Clicks a link of the app and waits for its page (the address and the settled content). */
async function follow(page: Page, link: ReturnType<Page['locator']>, path: string): Promise<void> {
  await link.click();
  await page.waitForURL((u) => u.pathname === path);
}

/** The first record a list links to (`/cases/<id>`, `/entities/<id>`…), if the list has one. */
async function firstDetail(page: Page, listPath: string): Promise<string | null> {
  const hrefs = await page.locator('.rx-content a[href], main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const re = new RegExp(`^${listPath.replace(/\/$/, '')}/[0-9a-f-]{36}$`);
  return hrefs.find((h) => re.test(h)) ?? null;
}

const DEMO_ACCOUNTS: Record<(typeof ROLES)[number], string> = {
  admin: 'admin',
  security: 'security',
  auditor: 'auditor',
  officer: 'officer',
  reviewer: 'reviewer',
  supervisor: 'supervisor',
  oversight: '',
  enterprise: 'enterprise',
};

describe('[I18N][RAW] no raw identifier on any page of any role, nor on the public pages (zh-CN)', () => {
  it('lists its patterns', () => {
    expect(Object.keys(PATTERNS)).toEqual([
      'permissionCode',
      'refusalCode',
      'eventType',
      'snakeCase',
      'camelCase',
      'uuid',
      'isoTimestamp',
      'englishField',
    ]);
    const sample = findings(
      '状态：pending_approval case.start entity.read CASE.NOT_FOUND VALIDATION entityId 2026-01-01T08:00 enforcement ' +
        '0f0e0d0c-0b0a-4908-8706-050403020100',
    );
    for (const name of Object.keys(PATTERNS)) {
      expect(
        sample.some((f) => f.startsWith(`${name}:`)),
        name,
      ).toBe(true);
    }
    expect(findings('常市监告〔2026〕12号 告知书（常市监告〔2026〕12号）.docx 张伟 2026-01-01 08:00')).toEqual([]);
  });

  for (const [role, username] of Object.entries(DEMO_ACCOUNTS).filter(([, u]) => u)) {
    it(`${role} (${username}): every menu entry and the first record of each list`, { timeout: 120_000 }, async () => {
      const { context, page } = await newPage(browser);
      const problems: string[] = [];
      try {
        await login(page, username);
        const menu = await page
          .locator('[data-testid="main-menu"] a[href]')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        expect(menu.length).toBeGreaterThan(1);
        for (const path of menu) {
          // Within the app as a user moves: the menu's link, then the list's first record (no reload of the app).
          await follow(page, page.locator(`[data-testid="main-menu"] a[href="${path}"]`).first(), path);
          await scan(page, path, problems);
          const detail = await firstDetail(page, path);
          if (detail) {
            await follow(page, page.locator(`.rx-content a[href="${detail}"], main a[href="${detail}"]`).first(), detail);
            await scan(page, `${path} → ${detail}`, problems);
          }
          if (path === '/portal/cases' && (await page.getByTestId('my-case-open').count()) > 0) {
            await page.getByTestId('my-case-open').first().click();
            await page.getByTestId('case-state').waitFor();
            await scan(page, `${path} → ${page.url()}`, problems);
          }
        }
      } finally {
        await context.close();
      }
      expect(problems).toEqual([]);
    });
  }

  it('the public pages (no login), with one entity’s credit page and a scanned inspection code', { timeout: 120_000 }, async () => {
    const { context, page } = await newPage(browser);
    const problems: string[] = [];
    try {
      for (const path of PUBLIC_PAGES) {
        await page.goto(path);
        await scan(page, path, problems);
      }
      await page.goto('/public/credit');
      await settled(page);
      const entity = (await page.locator('main a[href^="/public/credit/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))[0];
      if (entity) {
        await page.goto(entity);
        await scan(page, entity, problems);
      }
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });
});
