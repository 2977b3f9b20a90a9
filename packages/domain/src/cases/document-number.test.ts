import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPE_KEYS, DOCUMENT_TYPES, documentNoPrefixProblem, formatDocumentNo, parseDocumentNo } from './document-number';

describe('[CASE][DOCUMENT-NO] 文号: 机关代字 + 文书代字 + 〔year〕 + serial + 号 (GB/T 9704-2012 7.2.4)', () => {
  it.each([
    [{ prefix: '常市监', type: 'choice_notice', year: 2026, serial: 12 }, '常市监告〔2026〕12号'],
    [{ prefix: '常市监', type: 'no_penalty_decision', year: 2026, serial: 1 }, '常市监不罚〔2026〕1号'],
    [{ prefix: '常公', type: 'service_offset', year: 2027, serial: 305 }, '常公抵〔2027〕305号'],
    [{ prefix: '衡环常', type: 'termination_notice', year: 2026, serial: 3 }, '衡环常终〔2026〕3号'],
  ] as const)('formats %o as %s and reads it back', (parts, text) => {
    expect(formatDocumentNo(parts)).toBe(text);
    expect(parseDocumentNo(text)).toEqual({ ok: true, value: parts });
  });

  it.each([
    ['常市监告[2026]12号', '六角括号'],
    ['常市监告【2026】12号', '六角括号'],
    ['常市监告（2026）12号', '六角括号'],
    ['常市监告〔2026〕第12号', '不加“第”字'],
    ['常市监告〔2026〕012号', '不编虚位'],
    ['常市监告〔2026〕0号', '从1开始'],
    ['常市监告〔26〕12号', '文号格式应为'],
    ['常市监告〔0999〕12号', '年份应标全称'],
    ['常市监告〔2026〕12', '文号格式应为'],
    ['常市监〔2026〕12号', '无法识别文号中的文书代字'],
    ['告〔2026〕12号', '机关代字须为'],
    ['CSJ告〔2026〕12号', '机关代字须为'],
    ['常市监告〔2026〕1234567890号', '顺序号过大'],
  ])('refuses %s (%s)', (text, fragment) => {
    const r = parseDocumentNo(text);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.problem).toContain(fragment);
  });

  it('refuses to format what cannot be a 文号', () => {
    expect(() => formatDocumentNo({ prefix: '', type: 'choice_notice', year: 2026, serial: 1 })).toThrow(RangeError);
    expect(() => formatDocumentNo({ prefix: '常市监', type: 'choice_notice', year: 26, serial: 1 })).toThrow(RangeError);
    expect(() => formatDocumentNo({ prefix: '常市监', type: 'choice_notice', year: 2026, serial: 0 })).toThrow(RangeError);
    expect(() => formatDocumentNo({ prefix: '常市监', type: 'choice_notice', year: 2026, serial: 1.5 })).toThrow(RangeError);
    expect(documentNoPrefixProblem('常市监')).toBeNull();
  });

  it('has distinct type 代字, none the ending of another, so that a 文号 reads back to one type', () => {
    const abbreviations = DOCUMENT_TYPE_KEYS.map((t) => DOCUMENT_TYPES[t].abbreviation as string);
    expect(new Set(abbreviations).size).toBe(abbreviations.length);
    for (const a of abbreviations) {
      expect(abbreviations.filter((b) => b !== a && b.endsWith(a))).toEqual([]);
    }
  });

  it('reads back every 文号 it formats', () => {
    const prefix = fc
      .array(fc.integer({ min: 0x4e00, max: 0x9fff }), { minLength: 1, maxLength: 6 })
      .map((cs) => String.fromCodePoint(...cs));
    fc.assert(
      fc.property(
        prefix,
        fc.constantFrom(...DOCUMENT_TYPE_KEYS),
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 999_999_999 }),
        (p, type, year, serial) => {
          expect(parseDocumentNo(formatDocumentNo({ prefix: p, type, year, serial }))).toEqual({
            ok: true,
            value: { prefix: p, type, year, serial },
          });
        },
      ),
    );
  });
});
