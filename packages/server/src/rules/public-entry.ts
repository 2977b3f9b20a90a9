/**
 * A published list entry as the public sees it (the feed, the .csv and the .xlsx alike): the list's status
 * (a published version past its last day is expired), the legal basis as the entry words it, and the
 * columns of the downloads.
 */
import type { PublicEntry, PublicListQuery } from '@rouxing/contracts';
import { shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../context';
import { searchPublicEntries } from './public-feed.repository';

type FeedRow = Awaited<ReturnType<typeof searchPublicEntries>>['rows'][number];

export function toPublicEntry(row: FeedRow, today: string): PublicEntry {
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

/** Every matching entry (no paging) for the downloads; the lists are hundreds of rows, not millions. */
export async function allPublicEntries(ctx: AppContext, q: PublicListQuery): Promise<PublicEntry[]> {
  const { page: _p, pageSize: _s, ...filter } = q;
  const r = await searchPublicEntries(ctx.db, { ...filter, limit: 100_000, offset: 0 });
  const today = shanghaiToday(ctx.now());
  return r.rows.map((row) => toPublicEntry(row, today));
}

const KIND_STATUS: Record<PublicEntry['listStatus'], string> = { published: '现行有效', superseded: '已被新版本替代', expired: '已失效' };
const HARM_LABEL: Record<string, string> = { none: '无危害后果', minor: '危害后果轻微', ordinary: '一般', serious: '严重' };

/** The structured conditions in words: 初次违法；危害后果不超过“危害后果轻微”；及时改正. */
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

export const PUBLIC_COLUMNS: { header: string; width: number; value: (e: PublicEntry) => string | number }[] = [
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
