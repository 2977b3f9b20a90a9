import { MEASURE_TYPES } from '@rouxing/contracts';
import { describe, expect, it } from 'vitest';
import { measureTypeOrder, OBSERVATION_PREFERRED } from './measure-order';

describe('[WEB][CASE][OBSERVATION] the measure form lists the preferred measures first during an observation period', () => {
  it('puts the six of 第十四项 first, in the policy’s order, and keeps every type once', () => {
    const order = measureTypeOrder(true);
    expect(order.slice(0, 6)).toEqual([...OBSERVATION_PREFERRED]);
    expect([...order].sort()).toEqual([...MEASURE_TYPES].sort());
    expect(order.slice(6)).toEqual(MEASURE_TYPES.filter((m) => !OBSERVATION_PREFERRED.includes(m)));
  });

  it('keeps the usual order outside a period', () => {
    expect(measureTypeOrder(false)).toEqual([...MEASURE_TYPES]);
  });
});
