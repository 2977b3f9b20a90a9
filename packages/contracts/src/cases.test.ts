import { describe, expect, it } from 'vitest';
import { MEASURE_TYPES, measureTypeOrder, OBSERVATION_PREFERRED_MEASURES } from './cases';

describe('[CASE][OBSERVATION] the measure form lists the preferred measures first during an observation period', () => {
  it('puts the six of 常政办发〔2025〕5号 第十四项 first, in the policy’s order, and keeps every type once', () => {
    const order = measureTypeOrder(true);
    expect(order.slice(0, 6)).toEqual([...OBSERVATION_PREFERRED_MEASURES]);
    expect([...order].sort()).toEqual([...MEASURE_TYPES].sort());
    expect(order.slice(6)).toEqual(MEASURE_TYPES.filter((m) => !OBSERVATION_PREFERRED_MEASURES.includes(m)));
  });

  it('keeps the usual order outside a period', () => {
    expect(measureTypeOrder(false)).toEqual([...MEASURE_TYPES]);
  });
});
