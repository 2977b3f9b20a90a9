/** 督导考评 · 总览 as .xlsx: the same figures as the page (`getIndicatorOverview`), one row per indicator and department. */
import type { IndicatorOverviewQuery } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import ExcelJS from '../../imports/exceljs';
import { addTableSheet } from '../../imports/table-sheet';
import { shownFigure as shown } from '../shown-figure';
import { getIndicatorOverview } from './get-indicator-overview';

export async function exportIndicatorOverviewXlsx(ctx: AppContext, actor: Actor, q: IndicatorOverviewQuery): Promise<Buffer> {
  const overview = await getIndicatorOverview(ctx, actor, q);
  const wb = new ExcelJS.Workbook();
  wb.creator = '柔性执法协同平台';
  const ws = addTableSheet(wb, `督导考评总览 ${q.period}`, [
    { header: '指标', width: 28 },
    { header: '部门', width: 24 },
    { header: '分子', width: 10 },
    { header: '分母', width: 10 },
    { header: '数值', width: 12 },
    { header: '目标', width: 10 },
  ]);

  for (const i of overview.indicators) {
    const target = i.target === null ? '—' : shown(i.unit, i.target);
    for (const d of [...i.departments, { departmentName: '全市', ...i.cityWide }]) {
      ws.addRow([i.name, d.departmentName, d.numerator, d.denominator, shown(i.unit, d.value), target]);
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
