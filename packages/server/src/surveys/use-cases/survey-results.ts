/** 问卷结果: the tally of every question (domain `tallySurvey`), and the same as .xlsx — a summary sheet and every answer. */
import type { SurveyResults } from '@rouxing/contracts';
import { type Actor, tallySurvey } from '@rouxing/domain';
import type { AppContext } from '../../context';
import ExcelJS from '../../imports/exceljs';
import { addTableSheet } from '../../imports/table-sheet';
import { responsesOf } from '../survey.repository';
import { getSurvey } from './list-surveys';

export async function surveyResults(ctx: AppContext, actor: Actor, id: string): Promise<SurveyResults> {
  const s = await getSurvey(ctx, actor, id);
  const responses = await responsesOf(ctx.db, actor.regionCode, id);
  return {
    id: s.id,
    title: s.title,
    responses: responses.length,
    publicResponses: responses.filter((r) => r.channel === 'public').length,
    enterpriseResponses: responses.filter((r) => r.channel === 'enterprise').length,
    questions: tallySurvey(
      s.questions,
      responses.map((r) => r.answers),
    ),
  };
}

export async function surveyResultsXlsx(ctx: AppContext, actor: Actor, id: string): Promise<{ fileName: string; body: Buffer }> {
  const s = await getSurvey(ctx, actor, id);
  const results = await surveyResults(ctx, actor, id);
  const responses = await responsesOf(ctx.db, actor.regionCode, id);
  const wb = new ExcelJS.Workbook();
  wb.creator = '柔性执法协同平台';
  const summary = addTableSheet(wb, '统计', [
    { header: '题目', width: 40 },
    { header: '选项', width: 30 },
    { header: '人数', width: 10 },
    { header: '平均分', width: 10 },
  ]);
  for (const q of results.questions) {
    if (q.kind === 'text') {
      summary.addRow([q.title, '（文字回答）', q.answered, null]);
    }
    for (const c of q.counts) {
      summary.addRow([q.title, c.label, c.count, q.mean]);
    }
  }
  const all = addTableSheet(wb, '全部回答', [
    { header: '提交时间', width: 22 },
    { header: '渠道', width: 10 },
    ...s.questions.map((q) => ({ header: q.title, width: 24 })),
  ]);
  for (const r of responses) {
    all.addRow([
      r.submittedAt,
      r.channel === 'public' ? '公众' : '企业',
      ...s.questions.map((q, i) => {
        const a = r.answers.answers[i];
        if (!a) {
          return '';
        }
        return q.kind === 'text'
          ? (a.text ?? '')
          : q.kind === 'rating'
            ? (a.rating ?? '')
            : (a.choices ?? []).map((c) => q.options[c]).join('、');
      }),
    ]);
  }
  return { fileName: `问卷结果-${s.title}.xlsx`, body: Buffer.from(await wb.xlsx.writeBuffer()) };
}
