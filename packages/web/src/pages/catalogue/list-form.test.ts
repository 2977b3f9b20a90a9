import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { type EntryValues, type ListValues, listFieldPaths, onListFormFields, toListBody } from './list-form';

const entry = (over: Partial<EntryValues> = {}): EntryValues =>
  ({
    itemCode: '',
    violationCode: 'SC-EC-001',
    kind: '首违不罚',
    itemText: '未公示营业执照信息',
    conditionsText: '',
    ...over,
  }) as EntryValues;

const values = (over: Partial<ListValues> = {}): ListValues => ({
  title: '市场监管领域首违不罚清单',
  level: 'county',
  issuer: '常宁市市场监督管理局',
  domain: '市场监管',
  documentNo: '',
  effective: [dayjs('2026-01-01'), null],
  entries: [],
  ...over,
});

describe('[WEB][RULES] a list draft from its form', () => {
  it('numbers entries in order where the drafter left the number out, and keeps given numbers', () => {
    const body = toListBody(values({ entries: [entry(), entry({ itemCode: '7' }), entry()] }), null, 'd1');
    expect(body.entries.map((e) => e.itemCode)).toEqual(['1', '7', '3']);
    expect(body.departmentId).toBe('d1');
    expect(body.effectiveFrom).toBe('2026-01-01');
    expect(body.effectiveTo).toBeNull();
  });

  it('keeps the conditions’ wording a line each, without blank lines, and fills unset conditions', () => {
    const [e] = toListBody(values({ entries: [entry({ conditionsText: ' 首次被发现 \n\n 及时改正\n' })] }), null, null).entries;
    expect(e?.conditionsText).toEqual(['首次被发现', '及时改正']);
    expect(e?.conditions).toEqual({
      firstOffense: false,
      firstOffenseScope: 'authority',
      maxHarm: null,
      correctedInTime: false,
      correctionDays: null,
    });
    expect([e?.legalBasisText, e?.normalPenaltyText, e?.notes]).toEqual(['', '', '']);
  });

  it('puts the server’s errors on the form’s fields: the date range, an entry’s wording', () => {
    const e = onListFormFields(
      new ApiError(422, 'VALIDATION', '请检查', [
        { path: 'effectiveTo', message: '结束日期不能早于开始日期' },
        { path: 'entries.2.conditionsText.1', message: '条件原文每条最多500个字' },
        { path: 'title', message: '请填写清单名称' },
      ]),
    ) as ApiError;
    expect(e.fields.map((f) => f.path)).toEqual(['effective', 'entries.2.conditionsText', 'title']);
    expect(listFieldPaths(3)).toContain('entries.2.conditions.correctionDays');
    expect(listFieldPaths(0)).toEqual(['title', 'level', 'issuer', 'domain', 'documentNo', 'effective']);
  });
});
