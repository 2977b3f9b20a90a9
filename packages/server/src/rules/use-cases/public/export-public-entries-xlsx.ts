import type { PublicListQuery } from '@rouxing/contracts';
import type { AppContext } from '../../../context';
import ExcelJS from '../../../imports/exceljs';
import { allPublicEntries, PUBLIC_COLUMNS } from '../../public-entry';

/** Every matching published entry as .xlsx, the same rows as the feed. */
export async function exportPublicEntriesXlsx(ctx: AppContext, q: PublicListQuery): Promise<Buffer> {
  const rows = await allPublicEntries(ctx, q);
  const wb = new ExcelJS.Workbook();
  wb.creator = '柔性执法协同平台';
  const ws = wb.addWorksheet('不予处罚清单');
  ws.columns = PUBLIC_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const e of rows) {
    ws.addRow(PUBLIC_COLUMNS.map((c) => c.value(e)));
  }
  // 适用条件原文: one condition a line.
  ws.getColumn(13).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
