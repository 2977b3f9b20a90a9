/** The public portal's data: published list entries (JSON, .csv, .xlsx) and published benchmarks. */
import type { PublicEntry, PublicListQuery } from '@rouxing/contracts';
import { shanghaiToday } from '@rouxing/domain';
import { stringify } from 'csv-stringify/sync';
import type { AppContext } from '../../context';
import ExcelJS from '../../imports/exceljs';
import { searchBenchmarks } from '../benchmark.repository';
import { searchPublicEntries } from '../public-feed.repository';

function toPublic(row: Awaited<ReturnType<typeof searchPublicEntries>>['rows'][number], today: string): PublicEntry {
  const { status, legalBasis, legalBasisText, ...rest } = row;
  const expired = status === 'published' && row.effectiveTo !== null && row.effectiveTo < today;
  return {
    ...rest,
    listStatus: expired ? 'expired' : status,
    legalBasis: {
      law: legalBasis?.law ?? null,
      article: legalBasis?.article ?? null,
      paragraph: legalBasis?.paragraph ?? null,
      text: legalBasisText || legalBasis?.text || '',
    },
  };
}

export async function publicEntries(ctx: AppContext, q: PublicListQuery) {
  const { page, pageSize, ...filter } = q;
  const r = await searchPublicEntries(ctx.db, { ...filter, limit: pageSize, offset: (page - 1) * pageSize });
  const today = shanghaiToday(ctx.now());
  return { items: r.rows.map((row) => toPublic(row, today)), total: r.total, page, pageSize, generatedAt: ctx.now().toISOString() };
}

/** Every matching entry (no paging) for the downloads; the lists are hundreds of rows, not millions. */
async function allEntries(ctx: AppContext, q: PublicListQuery): Promise<PublicEntry[]> {
  const { page: _p, pageSize: _s, ...filter } = q;
  const r = await searchPublicEntries(ctx.db, { ...filter, limit: 100_000, offset: 0 });
  const today = shanghaiToday(ctx.now());
  return r.rows.map((row) => toPublic(row, today));
}

const KIND_STATUS: Record<PublicEntry['listStatus'], string> = { published: '现行有效', superseded: '已被新版本替代', expired: '已失效' };
const HARM_LABEL: Record<string, string> = { none: '无危害后果', minor: '危害后果轻微', ordinary: '一般', serious: '严重' };

function conditionSummary(e: PublicEntry): string {
  const c = e.conditions;
  const parts: string[] = [];
  if (c.firstOffense) {
    parts.push(c.firstOffenseScope === 'same_item' ? '首次发生（同一事项）' : '初次违法');
  }
  if (c.maxHarm) {
    parts.push(`危害后果不超过“${HARM_LABEL[c.maxHarm]}”`);
  }
  if (c.correctedInTime) {
    parts.push('及时改正');
  }
  if (c.correctionDays) {
    parts.push(`${c.correctionDays}日内改正`);
  }
  return parts.join('；');
}

const COLUMNS: { header: string; width: number; value: (e: PublicEntry) => string | number }[] = [
  { header: '清单名称', width: 40, value: (e) => e.listTitle },
  { header: '版本', width: 6, value: (e) => e.version },
  { header: '状态', width: 12, value: (e) => KIND_STATUS[e.listStatus] },
  { header: '制定机关', width: 28, value: (e) => e.issuer },
  { header: '实施部门', width: 26, value: (e) => e.department },
  { header: '领域', width: 16, value: (e) => e.domain },
  { header: '序号', width: 6, value: (e) => e.itemCode },
  { header: '违法行为编码', width: 14, value: (e) => e.violationCode },
  { header: '违法行为', width: 60, value: (e) => e.item },
  { header: '法律依据', width: 40, value: (e) => e.legalBasis.text },
  { header: '类型', width: 12, value: (e) => e.kind },
  { header: '适用条件', width: 40, value: conditionSummary },
  { header: '适用条件原文', width: 60, value: (e) => e.conditionsText.join('\n') },
  { header: '生效日期', width: 12, value: (e) => e.effectiveFrom },
  { header: '失效日期', width: 12, value: (e) => e.effectiveTo ?? '' },
  { header: '发布时间', width: 22, value: (e) => e.publishedAt },
  { header: '清单标识', width: 38, value: (e) => e.listId },
];

export async function publicEntriesCsv(ctx: AppContext, q: PublicListQuery): Promise<string> {
  const rows = await allEntries(ctx, q);
  // A byte-order mark so that spreadsheet programs read UTF-8; CRLF as RFC 4180 writes rows.
  return stringify([COLUMNS.map((c) => c.header), ...rows.map((e) => COLUMNS.map((c) => c.value(e)))], {
    bom: true,
    record_delimiter: 'windows',
  });
}

export async function publicEntriesXlsx(ctx: AppContext, q: PublicListQuery): Promise<Buffer> {
  const rows = await allEntries(ctx, q);
  const wb = new ExcelJS.Workbook();
  wb.creator = '柔性执法协同平台';
  const ws = wb.addWorksheet('不予处罚清单');
  ws.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const e of rows) {
    ws.addRow(COLUMNS.map((c) => c.value(e)));
  }
  ws.getColumn(13).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function publicBenchmarks(ctx: AppContext, q: { region?: string; q?: string; page: number; pageSize: number }) {
  const regionCode = q.region ?? ctx.config.regionCode;
  const r = await searchBenchmarks(ctx.db, regionCode, { violationCode: q.q, publishedOnly: true, page: q.page, pageSize: q.pageSize });
  return {
    items: r.items.map((b) => ({
      id: b.id,
      regionCode: b.regionCode,
      version: b.version,
      violationCode: b.violationCode,
      violationName: b.violationName,
      level: b.level,
      issuer: b.issuer,
      departmentName: b.departmentName,
      fine: b.fine,
      tiers: b.tiers,
      mitigatedFloor: b.mitigatedFloor,
      aggravating: b.aggravating,
      mitigating: b.mitigating,
      effectiveFrom: b.effectiveFrom,
      note: b.note,
      publishedAt: b.publishedAt,
    })),
    total: r.total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
