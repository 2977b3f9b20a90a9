/** The blank templates of the registry import: a CSV with the header and an example row, and an .xlsx with notes. */
import { ENTITY_IMPORT_COLUMNS } from './entity-import-format';
import ExcelJS from './exceljs';

export function entityImportTemplateCsv(): string {
  const header = ENTITY_IMPORT_COLUMNS.map((c) => c.header).join(',');
  const example = ENTITY_IMPORT_COLUMNS.map((c) => c.example).join(',');
  return `\uFEFF${header}\n${example}\n`;
}

export async function entityImportTemplateXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '柔性执法协同平台';
  const ws = wb.addWorksheet('市场主体');
  ws.columns = ENTITY_IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.field, width: Math.max(12, c.header.length * 2 + 4) }));
  ws.getRow(1).font = { bold: true };
  ws.addRow(ENTITY_IMPORT_COLUMNS.map((c) => c.example));
  // Keep codes as text so that spreadsheet programs do not turn them into numbers.
  for (const key of ['uscc', 'legalRepresentativeIdNo', 'contactPhone', 'regionCode']) {
    ws.getColumn(key).numFmt = '@';
  }
  const notes = wb.addWorksheet('填写说明');
  notes.columns = [
    { header: '列名', key: 'header', width: 20 },
    { header: '必填', key: 'required', width: 8 },
    { header: '说明', key: 'note', width: 60 },
  ];
  for (const c of ENTITY_IMPORT_COLUMNS) {
    notes.addRow({ header: c.header, required: c.required ? '是' : '否', note: c.note });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
