import type { DecisionResponse, ResolvedRules } from '@rouxing/contracts';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../../../i18n';
import { DecisionResult } from './DecisionResult';

// antd's responsive components read matchMedia, which jsdom lacks.
globalThis.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener: () => {},
  removeListener: () => {},
  addEventListener: () => {},
  removeEventListener: () => {},
  dispatchEvent: () => false,
})) as typeof globalThis.matchMedia;

const basis = (text: string) => ({ law: '中华人民共和国电子商务法', article: 76, paragraph: 1, item: null, text });
const rules = {
  item: {
    code: 'SC-EC-001',
    name: '电子商务经营者未公示营业执照信息',
    legalBasis: basis('《中华人民共和国电子商务法》第十五条'),
    penaltyBasis: basis('《中华人民共和国电子商务法》第七十六条第一款'),
  },
  listEntries: [],
  benchmark: null,
} as unknown as ResolvedRules;

describe('[WEB][ASSISTANT] the basis of a penalty (issue 14 defect 11)', () => {
  it('shows the item’s penalty provision when the engine cites no exemption or mitigation, not 暂无数据', () => {
    const result: DecisionResponse = {
      outcome: 'penalty',
      basis: [],
      educationRequired: false,
      firstOffense: false,
      fineRange: { min: 2000, max: 6000 },
      flags: [],
      explanation: '本案不具有法定不予处罚或者从轻、减轻处罚的情形，依法给予行政处罚。',
    } as DecisionResponse;
    render(<DecisionResult result={result} rules={rules} />);
    expect(screen.getByTestId('assistant-penalty-basis').textContent).toContain('《中华人民共和国电子商务法》第七十六条第一款');
    expect(document.body.textContent).not.toContain('暂无数据');
  });
});
