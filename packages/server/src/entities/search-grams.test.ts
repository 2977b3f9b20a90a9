import { describe, expect, it } from 'vitest';
import { queryGrams, searchGramsOf, textArrayLiteral } from './search-grams';

describe('[ENTITY] the name index grams', () => {
  it('are the region-prefixed character pairs of the name and the representative, ASCII folded, no whitespace pair', () => {
    expect(searchGramsOf('430482', '常宁市AB 商行', '张三').sort()).toEqual(
      ['430482常宁', '430482宁市', '430482市a', '430482ab', '430482商行', '430482张三'].sort(),
    );
    // A pair is stored once; a one-character representative adds none.
    expect(searchGramsOf('430482', '哈哈哈', '李')).toEqual(['430482哈哈']);
  });

  it('narrow a query of two characters or more with one beyond ASCII, and leave the others to the scan', () => {
    expect(queryGrams('430482', '宏达')).toEqual(['430482宏达']);
    expect(queryGrams('430482', 'AB商')).toEqual(['430482ab', '430482b商']);
    // One character, all ASCII (a USCC fragment, a Latin name), a cased letter beyond ASCII, pairs all holding a space.
    for (const q of ['宏', '91430482', 'abc', 'Ａ商行', '宏 达']) {
      expect(queryGrams('430482', q)).toBeNull();
    }
  });

  it('a query matches by ILIKE only where its grams are among the entity’s', () => {
    const name = '常宁市宏达Trade商贸有限公司';
    for (const q of ['宏达', 'trade商', 'TRADE商贸', '有限公司', '达T']) {
      expect(name.toLowerCase().includes(q.toLowerCase())).toBe(true);
      const grams = new Set(searchGramsOf('430482', name, '王五'));
      expect(queryGrams('430482', q)?.every((g) => grams.has(g))).toBe(true);
    }
  });

  it('write as a text[] literal with quotes and backslashes escaped', () => {
    expect(textArrayLiteral(['a"b', 'c\\d', '宏,达'])).toBe('{"a\\"b","c\\\\d","宏,达"}');
  });
});
