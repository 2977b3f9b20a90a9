import type { Basis } from '@rouxing/contracts';

export const PUNISHMENT_LAW = '中华人民共和国行政处罚法';

/** A citation of 行政处罚法 (2021). */
export function art(article: number, paragraph?: number): Basis {
  return paragraph === undefined
    ? { source: 'law', law: PUNISHMENT_LAW, article }
    : { source: 'law', law: PUNISHMENT_LAW, article, paragraph };
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 33 → 三十三, 136 → 一百三十六 (article numbers as the statute writes them). */
export function chineseNumber(n: number): string {
  if (n < 10) {
    return CN[n] as string;
  }
  if (n < 20) {
    return `十${n % 10 ? CN[n % 10] : ''}`;
  }
  if (n < 100) {
    return `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`;
  }
  const rest = n % 100;
  return `${CN[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${CN[rest]}` : rest < 20 ? `一${chineseNumber(rest)}` : chineseNumber(rest)}`;
}

const PUNISHMENT_CITES = new Map<number, string>();

function lawCite(law: string, article: number, paragraph?: number): string {
  return `《${law}》第${chineseNumber(article)}条${paragraph ? `第${chineseNumber(paragraph)}款` : ''}`;
}

/** 《中华人民共和国行政处罚法》第三十三条第一款 (the punishment law's few articles are cached by number). */
export function cite(b: Basis): string {
  if (b.source === 'list') {
    return `不予处罚清单（${b.listId}）第${b.itemCode}项`;
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
