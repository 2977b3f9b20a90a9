/** The blank templates of the decision import: a CSV with the header and an example row, and an .xlsx with notes. */
import ExcelJS from '../../imports/exceljs';
import { DECISION_IMPORT_COLUMNS } from './decision-import-format';

export function decisionTemplateCsv(): string {
  const header = DECISION_IMPORT_COLUMNS.map((c) => c.header).join(',');
  const example = DECISION_IMPORT_COLUMNS.map((c) => c.example).join(',');
  return `\uFEFF${header}\n${example}\n`;
}

export async function decisionTemplateXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '柔性执法协同平台';
  const ws = wb.addWorksheet('行政处罚决定');
  ws.columns = DECISION_IMPORT_COLUMNS.map((c) => ({
    header: c.header,
    key: c.path,
    width: Math.max(12, c.header.length * 2 + 4),
    style: { numFmt: '@' },
  }));
  ws.getRow(1).font = { bold: true };
  ws.addRow(DECISION_IMPORT_COLUMNS.map((c) => c.example));
  const notes = wb.addWorksheet('填写说明');
  notes.columns = [
    { header: '列名', key: 'header', width: 30 },
    { header: '必填', key: 'required', width: 8 },
    { header: '说明', key: 'note', width: 60 },
  ];
  for (const c of DECISION_IMPORT_COLUMNS) {
    notes.addRow({ header: c.header, required: c.required ? '是' : '否', note: c.note });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
