import { PassThrough, type Readable } from 'node:stream';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import ExcelJS from '../exceljs';
import { listImportErrors } from '../import-job.repository';
import { loadVisibleImportJob } from '../import-scope';

const PAGE = 5000;

/** Every row error of a job as .xlsx, streamed page by page. */
export async function exportImportErrors(ctx: AppContext, actor: Actor, jobId: string): Promise<{ fileName: string; stream: Readable }> {
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
    for (let offset = 0; ; offset += PAGE) {
      const page = await listImportErrors(ctx.db, job.regionCode, job.id, PAGE, offset);
      for (const e of page) {
        ws.addRow(e).commit();
      }
      if (page.length < PAGE) {
        break;
      }
    }
    ws.commit();
    await wb.commit();
  })().catch((err) => out.destroy(err as Error));
  return { fileName: `导入错误-${job.fileName.replace(/\.[^.]+$/, '')}.xlsx`, stream: out };
}
