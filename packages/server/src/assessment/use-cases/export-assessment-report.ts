/**
 * The 年度考评 annual report (常政办发〔2025〕5号 保障措施（二）): the same figures as the 年度考评 page
 * (`computeAssessment`) as a .docx with charts and as an .xlsx (the scores, then a sheet per indicator).
 */
import type { Assessment } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { listDepartments } from '../../departments/department.repository';
import { assessmentReportDocx, shownScore } from '../../documents/assessment-report';
import ExcelJS from '../../imports/exceljs';
import { addTableSheet } from '../../imports/table-sheet';
import { shownFigure } from '../../indicators/shown-figure';
import { assessmentScope } from '../access';
import { computeAssessment } from '../compute';

async function scopedAssessment(ctx: AppContext, actor: Actor, year: number): Promise<Assessment> {
  return computeAssessment(ctx.db, actor.regionCode, year, assessmentScope(actor));
}

export async function exportAssessmentDocx(ctx: AppContext, actor: Actor, year: number): Promise<Buffer> {
  const a = await scopedAssessment(ctx, actor, year);
  const judicial = (await listDepartments(ctx.db, actor.regionCode)).find((d) => d.kind === 'judicial');
  return assessmentReportDocx(a, judicial?.name ?? '司法局');
}

export async function exportAssessmentXlsx(ctx: AppContext, actor: Actor, year: number): Promise<Buffer> {
  const a = await scopedAssessment(ctx, actor, year);
  const wb = new ExcelJS.Workbook();
  wb.creator = '柔性执法协同平台';
  const scores = addTableSheet(wb, `${year}年度考评得分`, [
    { header: '排名', width: 8 },
    { header: '部门', width: 26 },
    { header: '指标得分', width: 12 },
    { header: '加减分', width: 10 },
    { header: '总分', width: 10 },
    ...a.weights.map((w) => ({ header: `${w.name}（权重${w.weight}）`, width: 22 })),
  ]);
  for (let c = 3; c <= 5 + a.weights.length; c++) {
    scores.getColumn(c).numFmt = '0.0';
  }
  for (const d of a.departments) {
    scores.addRow([d.rank ?? '—', d.departmentName, d.base ?? '—', d.adjustment, d.score ?? '—', ...d.lines.map((l) => l.points ?? '—')]);
  }
  a.weights.forEach((w, i) => {
    // Sheet names: at most 31 characters, none of []:*?/\ .
    const ws = addTableSheet(wb, `${i + 1}-${w.name.replace(/[[\]:*?/\\“”]/g, '')}`.slice(0, 31), [
      { header: '部门', width: 26 },
      { header: '数值', width: 12 },
      { header: '目标', width: 12 },
      { header: '达成度', width: 10 },
      { header: '得分', width: 10 },
    ]);
    const target = w.target === null ? '以最优部门为目标' : shownFigure(w.unit, w.target);
    for (const d of a.departments) {
      const l = d.lines[i];
      const reached = l?.achievement === null || l?.achievement === undefined ? '—' : `${(l.achievement * 100).toFixed(1)}%`;
      ws.addRow([d.departmentName, shownFigure(w.unit, l?.value ?? null), target, reached, shownScore(l?.points ?? null)]);
    }
  });
  if (a.adjustments.length > 0) {
    const adj = addTableSheet(wb, '加减分', [
      { header: '部门', width: 26 },
      { header: '分值', width: 8 },
      { header: '理由', width: 48 },
      { header: '登记人', width: 12 },
      { header: '登记时间', width: 18 },
    ]);
    for (const x of a.adjustments) {
      adj.addRow([x.departmentName, x.points, x.reason, x.createdByName, x.createdAt]);
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
