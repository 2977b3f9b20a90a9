import type { Actor } from '@rouxing/domain';
import { buildArchiveZip } from '../../archive/archive';
import type { AppContext } from '../../context';
import { notFound, refused } from '../../errors';
import { listEvents } from '../../records/event.repository';
import type { CaseRow } from '../case.repository';
import { caseDocuments } from '../case-document.repository';
import { caseMaterials } from '../case-material.repository';
import { isParty } from '../scope';
import { visibleCase } from '../steps/visible-case';

/** The 案卷 as files: documents, then every uploaded material, then a readable index of every material. */
async function archiveFiles(ctx: AppContext, row: CaseRow): Promise<{ path: string; data: Buffer }[]> {
  const [documents, materials] = await Promise.all([
    caseDocuments(ctx.db, row.regionCode, row.id),
    caseMaterials(ctx.db, row.regionCode, row.id),
  ]);
  const files: { path: string; data: Buffer }[] = [];
  for (const d of documents) {
    files.push({ path: `文书/${d.fileName}`, data: await ctx.blobs.read(d.fileSha256) });
  }
  let n = 0;
  const index: string[] = [
    `案卷：${row.caseNo}`,
    `当事人：${row.entityName}（${row.partyUscc ?? row.partyIdNumber}）`,
    `办案部门：${row.departmentName}`,
    '',
  ];
  for (const m of materials) {
    n++;
    index.push(`${n}. [${m.item}]${m.measureId ? `（${m.measureId}）` : ''} ${m.note}${m.fileName ? ` 文件：${m.fileName}` : ''}`);
    if (m.fileSha256 && m.source === 'upload') {
      files.push({ path: `材料/${String(n).padStart(3, '0')}-${m.fileName}`, data: await ctx.blobs.read(m.fileSha256) });
    }
  }
  files.push({ path: '案卷目录.txt', data: Buffer.from(`${index.join('\n')}\n`, 'utf8') });
  return files;
}

/**
 * 常政办发〔2025〕5号 第九项 案卷归档: the archived case file as a zip with its hash manifest and the case's event chain, which
 * `rouxing verify --archive` checks offline. For the department and supervision, not the party (it holds
 * the officers' evidence and the full record).
 */
export async function exportCaseArchive(ctx: AppContext, actor: Actor, id: string): Promise<{ fileName: string; zip: Buffer }> {
  const row = await visibleCase(ctx.db, actor, id);
  if (isParty(actor, row)) {
    throw notFound('案卷');
  }
  if (row.state !== 'archived') {
    throw refused('CASE.NOT_ARCHIVED', '只有已归档的案件才能导出案卷', 'archive');
  }
  const files = await archiveFiles(ctx, row);
  const events = await listEvents(ctx.db, row.regionCode, 'case', row.id);
  const { zip } = buildArchiveZip({
    subject: { type: 'case', id: row.id, title: `${row.caseNo} ${row.entityName}`, regionCode: row.regionCode },
    createdAt: ctx.now().toISOString(),
    files,
    events,
  });
  return { fileName: `案卷-${row.caseNo}.zip`, zip };
}
