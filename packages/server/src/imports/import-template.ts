/**
 * The blank templates of a file import (市场主体, 行政处罚决定): a CSV with the header and an example row, and an
 * .xlsx with the same and a sheet of notes (which columns are required and how to fill them).
 */
import type { ImportTemplateQuery } from '@rouxing/contracts';
import { ENTITY_IMPORT_COLUMNS } from './entity-import-format';
import ExcelJS from './exceljs';

export interface TemplateColumn {
  key: string;
  header: string;
  example: string;
  required: boolean;
  note: string;
}

export interface TemplateSpec {
  /** What is imported (the file and first sheet are named after it), e.g. 市场主体. */
  title: string;
  columns: readonly TemplateColumn[];
  /** Columns kept as text so that spreadsheet programs do not turn codes into numbers; `all` for every one. */
  textColumns: 'all' | readonly string[];
}

export function templateCsv(spec: TemplateSpec): string {
  const header = spec.columns.map((c) => c.header).join(',');
  const example = spec.columns.map((c) => c.example).join(',');
  return `\uFEFF${header}\n${example}\n`;
}

export async function templateXlsx(spec: TemplateSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '柔性执法协同平台';
  const ws = wb.addWorksheet(spec.title);
  const asText = (key: string) => spec.textColumns === 'all' || spec.textColumns.includes(key);
  ws.columns = spec.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(12, c.header.length * 2 + 4),
    ...(asText(c.key) ? { style: { numFmt: '@' } } : {}),
  }));
  ws.getRow(1).font = { bold: true };
  ws.addRow(spec.columns.map((c) => c.example));
  const notes = wb.addWorksheet('填写说明');
  notes.columns = [
    { header: '列名', key: 'header', width: 30 },
    { header: '必填', key: 'required', width: 8 },
    { header: '说明', key: 'note', width: 60 },
  ];
  for (const c of spec.columns) {
    notes.addRow({ header: c.header, required: c.required ? '是' : '否', note: c.note });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The blank template in the format asked for, named `<title>导入模板`. */
export async function templateFile(
  spec: TemplateSpec,
  { format }: ImportTemplateQuery,
): Promise<{ fileName: string; body: string | Buffer }> {
  if (format === 'csv') {
    return { fileName: `${spec.title}导入模板.csv`, body: templateCsv(spec) };
  }
  return { fileName: `${spec.title}导入模板.xlsx`, body: await templateXlsx(spec) };
}

export const ENTITY_TEMPLATE: TemplateSpec = {
  title: '市场主体',
  columns: ENTITY_IMPORT_COLUMNS.map((c) => ({ ...c, key: c.field })),
  textColumns: ['uscc', 'legalRepresentativeIdNo', 'contactPhone', 'regionCode'],
};
