import { type Basis, chineseNumber, lawCitation } from '@rouxing/contracts';

export { chineseNumber };

export const PUNISHMENT_LAW = '中华人民共和国行政处罚法';

/** A citation of 行政处罚法 (2021). */
export function art(article: number, paragraph?: number): Basis {
  return paragraph === undefined
    ? { source: 'law', law: PUNISHMENT_LAW, article }
    : { source: 'law', law: PUNISHMENT_LAW, article, paragraph };
}

const PUNISHMENT_CITES = new Map<number, string>();

const lawCite = (law: string, article: number, paragraph?: number): string => lawCitation(law, article, paragraph);

/**
 * 《中华人民共和国行政处罚法》第三十三条第一款 (the punishment law's few articles are cached by number); a list
 * entry by its list's title (《…清单》第1项), or by the list's id when the request gave no title.
 */
export function cite(b: Basis, listTitle?: (listId: string) => string | undefined): string {
  if (b.source === 'list') {
    const title = listTitle?.(b.listId);
    return title ? `《${title}》第${b.itemCode}项` : `不予处罚清单（${b.listId}）第${b.itemCode}项`;
  }
  if (b.law !== PUNISHMENT_LAW) {
    return lawCite(b.law, b.article, b.paragraph);
  }
  const key = b.article * 100 + (b.paragraph ?? 0);
  let text = PUNISHMENT_CITES.get(key);
  if (text === undefined) {
    text = lawCite(b.law, b.article, b.paragraph);
    PUNISHMENT_CITES.set(key, text);
  }
  return text;
}
