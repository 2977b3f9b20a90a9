/** How Chinese documents cite a provision: 《法》第三十三条第一款第（四）项. Shared by the engine, the server and the screens. */

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

export function lawCitation(law: string, article: number, paragraph?: number | null, item?: number | null): string {
  return `《${law}》第${chineseNumber(article)}条${paragraph ? `第${chineseNumber(paragraph)}款` : ''}${item ? `第（${chineseNumber(item)}）项` : ''}`;
}
