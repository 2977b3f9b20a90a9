import { describe, expect, it } from 'vitest';
import { fineRange, tierYuan } from './fine-range';

describe('[WEB][RULES] fine ranges as the catalogue shows them', () => {
  it('writes whole yuan with digit groups, or a dash when the item sets no fine', () => {
    expect(fineRange(50_000, 200_000)).toBe('50,000 – 200,000');
    expect(fineRange(0, 2_000)).toBe('0 – 2,000');
    expect(fineRange(null, 2_000)).toBe('—');
    expect(fineRange(0, null)).toBe('—');
  });

  it('rounds a tier the way the engine does: lower bound up, upper bound down', () => {
    expect(tierYuan(0, 10_000, [0.2, 0.6])).toEqual([2_000, 6_000]);
    expect(tierYuan(0, 10_000, [0.3, 0.7])).toEqual([3_000, 7_000]);
    expect(tierYuan(50, 200, [0.3333, 0.6667])).toEqual([100, 150]);
    expect(tierYuan(0, 7, [0.3, 0.7])).toEqual([3, 4]);
    expect(tierYuan(1_000, 1_000, [0, 1])).toEqual([1_000, 1_000]);
  });
});
