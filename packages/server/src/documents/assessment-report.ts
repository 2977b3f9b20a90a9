/**
 * The 年度考评 report (常政办发〔2025〕5号 保障措施（二）: 通过年度考核…由市司法局具体实施) as a .docx in 公文 layout: the
 * title, the scores and ranking with a chart, the weights and targets, each indicator's figures per department with
 * a chart against its target, and the additions and deductions with their reasons.
 */
import type { Assessment } from '@rouxing/contracts';
import { AlignmentType, ImageRun, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { shownFigure } from '../indicators/shown-figure';
import { type BarChartSpec, barChartPng, CHART_HEIGHT, CHART_WIDTH } from './chart-png';
import { bodyParagraph, gongwenDocx, LINE, run, titleLines } from './gongwen';

const CELL = 24; // 小四 in the tables.
export const shownScore = (v: number | null) => (v === null ? '—' : v.toFixed(1));
const signed = (v: number) => (v > 0 ? `+${v.toFixed(1)}` : v.toFixed(1));

/** A table; `widths` in percent of the text width (the department's name wide enough for one line). */
function table(header: string[], rows: string[][], widths: number[]): Table {
  const cell = (text: string, i: number, bold = false) =>
    new TableCell({
      width: { size: widths[i] ?? Math.floor(100 / header.length), type: WidthType.PERCENTAGE },
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, undefined, CELL, bold)] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths.map((w) => Math.round(w * 88)),
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, i)) })),
    ],
  });
}

/** A chart as a centred picture, 15 cm wide. */
function chart(spec: BarChartSpec): Paragraph {
  const width = 560;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 120 },
    children: [
      new ImageRun({
        type: 'png',
        data: barChartPng(spec),
        transformation: { width, height: Math.round((width * CHART_HEIGHT) / CHART_WIDTH) },
        altText: { name: spec.title, description: spec.title, title: spec.title },
      }),
    ],
  });
}

export const assessmentReportTitle = (year: number) => `${year}年度柔性执法工作考评报告`;

/** The charts of the report: the scores, then each indicator's figures (a rate in %). */
export function assessmentCharts(a: Assessment): BarChartSpec[] {
  const ranked = a.departments.filter((d) => d.score !== null);
  const charts: BarChartSpec[] = [
    { title: `${a.year}年度考评得分`, bars: ranked.map((d) => ({ name: d.departmentName, value: d.score })), unit: '分' },
  ];
  a.weights.forEach((w, i) => {
    const pct = w.unit === 'rate';
    const scale = (v: number | null) => (v === null ? null : pct ? Math.round(v * 1000) / 10 : v);
    charts.push({
      title: w.name,
      bars: a.departments.map((d) => ({ name: d.departmentName, value: scale(d.lines[i]?.value ?? null) })),
      unit: pct ? '%' : w.unit === 'hours' ? '学时' : '',
      max: pct ? 100 : undefined,
      minInterval: w.unit === 'count' ? 1 : undefined,
      line: w.target === null ? null : { value: scale(w.target) as number, label: `目标 ${shownFigure(w.unit, w.target)}` },
    });
  });
  return charts;
}

export async function assessmentReportDocx(a: Assessment, authority: string): Promise<Buffer> {
  const charts = assessmentCharts(a);
  const blank = new Paragraph({ spacing: LINE, children: [] });
  const body: (Paragraph | Table)[] = [
    ...titleLines(authority, assessmentReportTitle(a.year)),
    bodyParagraph(
      `根据《常宁市人民政府办公室关于全面推行柔性执法的实施意见》（常政办发〔2025〕5号）“将柔性执法工作开展情况纳入法治建设考评范畴”的要求，${authority}对${a.departments.length}个执法部门${a.year}年度柔性执法工作进行了考评。考评得分由各项指标按权重和目标计分，加上加减分。`,
    ),
    bodyParagraph('#一、考评得分及排名'),
    table(
      ['排名', '部门', '指标得分', '加减分', '总分'],
      a.departments.map((d) => [
        d.rank === null ? '—' : String(d.rank),
        d.departmentName,
        shownScore(d.base),
        signed(d.adjustment),
        shownScore(d.score),
      ]),
      [10, 45, 15, 15, 15],
    ),
    chart(charts[0] as BarChartSpec),
    bodyParagraph('#二、考评指标、权重及目标'),
    table(
      ['指标', '权重', '目标'],
      a.weights.map((w) => [w.name, `${w.weight}`, w.target === null ? '以最优部门为目标' : shownFigure(w.unit, w.target)]),
      [50, 15, 35],
    ),
    bodyParagraph('#三、各指标数值'),
  ];
  a.weights.forEach((w, i) => {
    body.push(bodyParagraph(`（${i + 1}）${w.name}（权重${w.weight}）`));
    body.push(
      table(
        ['部门', '数值', '达成度', '得分'],
        a.departments.map((d) => {
          const l = d.lines[i];
          const reached = l?.achievement === null || l?.achievement === undefined ? '—' : `${(l.achievement * 100).toFixed(1)}%`;
          return [d.departmentName, shownFigure(w.unit, l?.value ?? null), reached, shownScore(l?.points ?? null)];
        }),
        [46, 18, 18, 18],
      ),
    );
    body.push(chart(charts[i + 1] as BarChartSpec));
  });
  body.push(bodyParagraph('#四、加减分情况'));
  if (a.adjustments.length === 0) {
    body.push(bodyParagraph('本年度无加减分。'));
  } else {
    body.push(
      table(
        ['部门', '分值', '理由', '登记时间'],
        a.adjustments.map((x) => [x.departmentName, signed(x.points), x.reason, x.createdAt]),
        [30, 10, 38, 22],
      ),
    );
  }
  body.push(blank);
  return gongwenDocx(assessmentReportTitle(a.year), body);
}
