import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import ExcelJS from '../imports/exceljs';
import { storedCounts } from '../indicators/indicator-counts.repository';
import { rebuildIndicatorCounts } from '../indicators/maintain';

/**
 * 年度考评 (常政办发〔2025〕5号 保障措施（二）) and the indicators it weighs: a 不予处罚决定 and a training session written
 * through the real use cases keep their figures (equal to a rebuild) and drill down to their records; the Judicial
 * Bureau's weights are validated, its additions and deductions audited; a department sees its own line; the annual
 * report opens in LibreOffice with the scores and the charts.
 */
let env: TestEnv;
const cookie: Record<string, string> = {};
const REGION = '430482';
const FONTS = join(import.meta.dirname, '../../test/fonts.conf');
const dept: Record<string, string> = {};

function as(user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return env.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: cookie[user] as string }, ...(payload ? { payload } : {}) });
}

beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['officer', 'reviewer', 'reviewer2', 'supervisor']) {
    cookie[u] = await loginAs(env.app, u);
  }
  for (const code of ['SCJG', 'WSJK']) {
    dept[code] = ((await env.superQuery('SELECT id FROM departments WHERE code = $1', [code])).rows[0] as { id: string }).id;
  }
});
afterAll(async () => {
  await env.close();
});

async function expectIncrementalEqualsRebuild() {
  const incremental = await storedCounts(env.ctx.db, REGION);
  await rebuildIndicatorCounts(env.ctx.db, REGION, env.ctx.now().toISOString());
  expect(incremental).toEqual(await storedCounts(env.ctx.db, REGION));
}

type Figure = { numerator: number; denominator: number; value: number | null; departmentId: string };
async function figure(key: string, departmentId: string, period = '2026'): Promise<number> {
  const r = await as('supervisor', 'GET', `/indicators/overview?period=${period}`);
  const i = (r.json() as { indicators: { key: string; departments: Figure[] }[] }).indicators.find((x) => x.key === key);
  return i?.departments.find((d) => d.departmentId === departmentId)?.value ?? 0;
}

async function noPenaltyDecision(): Promise<void> {
  const entity = (
    await env.superQuery(
      `SELECT id FROM entities e WHERE region_code = '430482'
         AND NOT EXISTS (SELECT 1 FROM sanction_records s WHERE s.region_code = e.region_code AND s.entity_id = e.id) ORDER BY uscc LIMIT 1`,
    )
  ).rows[0] as { id: string };
  const c = await as('officer', 'POST', '/cases', {
    entityId: entity.id,
    facts: '未按规定公示食品经营许可证',
    legalBasis: '《中华人民共和国食品安全法》第一百二十五条',
  });
  const id = c.json().id as string;
  await as('officer', 'POST', `/cases/${id}/notice`, { delivery: 'direct', choiceDeadline: '2099-12-31', offered: '警示告诫' });
  expect((await as('officer', 'POST', `/cases/${id}/choice`, { choice: 'accept' })).json().state).toBe('accepted');
  const proposed = await as('officer', 'POST', `/cases/${id}/measures`, {
    type: 'no_penalty_decision',
    content: '初次违法且危害后果轻微并及时改正，依法可以不予行政处罚',
    delivery: 'direct',
    decisionRequest: {
      authority: '（由案件的办案部门替换）',
      facts: {
        partyType: 'legal_person',
        age: null,
        mentalState: 'normal',
        occurredOn: '2026-11-20',
        discoveredOn: '2026-11-21',
        harm: 'minor',
        minorViolation: true,
        correctedInTime: true,
        firstOffense: true,
      },
    },
  });
  expect(proposed.statusCode, proposed.body).toBe(200);
  const approved = await as('reviewer', 'POST', `/cases/${id}/proposal`, { approve: true, opinion: '初次违法，同意不予处罚' });
  expect(approved.statusCode, approved.body).toBe(200);
}

describe(`[INDICATOR][ASSESSMENT] more indicators kept with their records; the yearly assessment and its report (${dbKind()})`, () => {
  it('keeps the 不予处罚决定 and training-hours figures with their writes, equal to a rebuild, with their records', async () => {
    const np0 = await figure('no-penalty-decisions', dept.SCJG as string);
    const hours0 = await figure('training-hours', dept.WSJK as string);
    await noPenaltyDecision();
    await expectIncrementalEqualsRebuild();
    expect(await figure('no-penalty-decisions', dept.SCJG as string)).toBe(np0 + 1);
    const training = await as('supervisor', 'POST', '/training-sessions', {
      title: '柔性执法业务培训',
      heldOn: '2026-11-20',
      departmentIds: [dept.SCJG, dept.WSJK],
      hours: 2.5,
      trainer: '司法局',
      content: '不予处罚清单的适用',
    });
    expect(training.statusCode, training.body).toBe(201);
    await expectIncrementalEqualsRebuild();
    expect(await figure('training-hours', dept.WSJK as string)).toBe(hours0 + 2.5);
    expect(await figure('training-hours', dept.WSJK as string, '2026-11')).toBeGreaterThanOrEqual(2.5);

    const decisions = await as('supervisor', 'GET', `/indicators/no-penalty-decisions/records?period=2026&departmentId=${dept.SCJG}`);
    expect(decisions.statusCode, decisions.body).toBe(200);
    expect(decisions.json()).toHaveLength(np0 + 1);
    const sessions = (await as('supervisor', 'GET', `/indicators/training-hours/records?period=2026&departmentId=${dept.WSJK}`)).json();
    expect(sessions.reduce((s: number, x: { amount: number }) => s + x.amount, 0)).toBe(hours0 + 2.5);
    // A department's staff: their own records only.
    expect((await as('reviewer2', 'GET', `/indicators/training-hours/records?period=2026&departmentId=${dept.SCJG}`)).statusCode).toBe(404);
  });

  it('lets only the Judicial Bureau set the weights, which must sum to 100 (the error names the field, nothing written)', async () => {
    const bad = await as('supervisor', 'PUT', '/assessments/2026/weights', {
      weights: [
        { indicator: 'no-penalty-decisions', weight: 50, target: 1 },
        { indicator: 'training-hours', weight: 40, target: 5 },
      ],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields).toContainEqual({ path: 'weights', message: '各指标权重之和应为100，当前为90' });
    expect((await as('supervisor', 'GET', '/assessments/2026')).json().weightsSet).toBe(false);
    const weights = [
      { indicator: 'no-penalty-decisions', weight: 50, target: 1 },
      { indicator: 'training-hours', weight: 50, target: 5 },
    ];
    expect((await as('reviewer', 'PUT', '/assessments/2026/weights', { weights })).statusCode).toBe(403);
    const ok = await as('supervisor', 'PUT', '/assessments/2026/weights', { weights });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().weightsSet).toBe(true);
    expect(ok.json().weights.map((w: { indicator: string; weight: number }) => [w.indicator, w.weight])).toEqual([
      ['no-penalty-decisions', 50],
      ['training-hours', 50],
    ]);
  });

  it('scores by the weights and targets, adds the audited adjustments and ranks; a department sees its own line', async () => {
    expect(
      (await as('reviewer', 'POST', '/assessments/2026/adjustments', { departmentId: dept.SCJG, points: 2, reason: '经验做法被推广' }))
        .statusCode,
    ).toBe(403);
    const noReason = await as('supervisor', 'POST', '/assessments/2026/adjustments', { departmentId: dept.SCJG, points: 2, reason: '' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.body).toContain('理由');
    const added = await as('supervisor', 'POST', '/assessments/2026/adjustments', {
      departmentId: dept.SCJG,
      points: 2,
      reason: '经验做法被推广',
    });
    expect(added.statusCode, added.body).toBe(201);
    const audit = await env.superQuery(`SELECT action FROM audit_log WHERE action LIKE 'assessment.%' ORDER BY occurred_at`);
    expect(audit.rows.map((r) => (r as { action: string }).action)).toEqual(['assessment.weights_set', 'assessment.adjustment_recorded']);

    const np = await figure('no-penalty-decisions', dept.SCJG as string);
    const hours = await figure('training-hours', dept.SCJG as string);
    const expected = Math.round((Math.min(1, np / 1) * 50 + Math.min(1, hours / 5) * 50 + 2) * 10) / 10;
    const all = (await as('supervisor', 'GET', '/assessments/2026')).json();
    const scjg = all.departments.find((d: { departmentId: string }) => d.departmentId === dept.SCJG);
    expect(scjg.score).toBe(expected);
    expect(scjg.adjustment).toBe(2);
    const scores = all.departments.map((d: { score: number | null }) => d.score).filter((s: number | null) => s !== null);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(all.departments[0].rank).toBe(1);

    const own = (await as('reviewer2', 'GET', '/assessments/2026')).json();
    expect(own.departments.map((d: { departmentId: string }) => d.departmentId)).toEqual([dept.WSJK]);
    expect(own.adjustments).toEqual([]);
    expect((await as('officer', 'GET', '/assessments/2026')).statusCode).toBe(403);
  });

  it('exports the annual report: the .docx and .xlsx open in LibreOffice with the scores, the .docx with its charts', async () => {
    const all = (await as('supervisor', 'GET', '/assessments/2026')).json();
    const first = all.departments[0] as { departmentName: string; score: number };
    const dir = mkdtempSync(join(tmpdir(), 'rouxing-assessment-'));
    for (const ext of ['docx', 'xlsx']) {
      const file = await as('supervisor', 'GET', `/assessments/2026/report.${ext}`);
      expect(file.statusCode, file.body).toBe(200);
      writeFileSync(join(dir, `report.${ext}`), file.rawPayload);
      const r = spawnSync(
        'soffice',
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          join(dir, ext),
          join(dir, `report.${ext}`),
        ],
        { encoding: 'utf8', env: { ...process.env, HOME: dir, FONTCONFIG_FILE: FONTS }, timeout: 170_000 },
      );
      expect(r.status, r.stderr).toBe(0);
      const text = spawnSync('pdftotext', ['-layout', join(dir, ext, 'report.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
      expect(text).toContain(first.departmentName);
      expect(text).toContain(first.score.toFixed(1));
      expect(text).toContain(ext === 'docx' ? '2026年度柔性执法工作考评报告' : '业务培训学时');
      if (ext === 'docx') {
        // The charts: a picture per chart in the file, and pictures on the converted pages.
        const unzip = spawnSync('unzip', ['-l', join(dir, 'report.docx')], { encoding: 'utf8' }).stdout;
        expect(unzip.match(/word\/media\/[^\s]+\.png/g)?.length).toBe(1 + all.weights.length);
        const images = spawnSync('pdfimages', ['-list', join(dir, ext, 'report.pdf')], { encoding: 'utf8' }).stdout;
        expect(images.trim().split('\n').length - 2).toBeGreaterThanOrEqual(1 + all.weights.length);
        spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', join(dir, ext, 'report.pdf'), join(dir, 'page')]);
        expect(readdirSync(dir).filter((f) => f.startsWith('page'))).not.toHaveLength(0);
      }
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, 'report.xlsx')) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['2026年度考评得分', '1-不予处罚决定数', '2-业务培训学时', '加减分']);
    expect(wb.worksheets[0]?.getRow(2).values).toEqual([
      undefined,
      1,
      first.departmentName,
      expect.any(Number),
      expect.any(Number),
      first.score,
      50,
      expect.any(Number),
    ]);
    console.log(`assessment report pages: ${dir}`);
  }, 400_000);
});
