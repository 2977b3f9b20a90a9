/** Files around an import: the blank template and the full error report. */
import { PassThrough, type Readable } from 'node:stream';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { ENTITY_IMPORT_COLUMNS } from '../entity-import-format';
import ExcelJS from '../exceljs';
import { listImportErrors } from '../import-job.repository';
import { loadVisibleImportJob } from './get-import-job';

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

/** Every row error of a job as .xlsx, streamed page by page. */
export async function importErrorsXlsx(ctx: AppContext, actor: Actor, jobId: string): Promise<{ fileName: string; stream: Readable }> {
  const job = await loadVisibleImportJob(ctx, actor, jobId);
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
  const ws = wb.addWorksheet('错误行');
  ws.columns = [
    { header: '行号', key: 'row', width: 10 },
    { header: '字段', key: 'field', width: 22 },
    { header: '原因', key: 'message', width: 80 },
  ];
  (async () => {
    for (let offset = 0; ; offset += 5000) {
      const page = await listImportErrors(ctx.db, job.regionCode, job.id, 5000, offset);
      for (const e of page) {
        ws.addRow(e).commit();
      }
      if (page.length < 5000) {
        break;
      }
    }
    ws.commit();
    await wb.commit();
  })().catch((err) => out.destroy(err as Error));
  return { fileName: `导入错误-${job.fileName.replace(/\.[^.]+$/, '')}.xlsx`, stream: out };
}
