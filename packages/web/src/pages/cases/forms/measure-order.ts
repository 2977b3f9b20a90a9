import type { MeasureType } from '@rouxing/contracts';
import { MEASURE_TYPES } from '@rouxing/contracts';

/**
 * 常政办发〔2025〕5号 第十四项: "观察期"内优先采取教育提醒、劝导示范、警示告诫、行政提示、行政指导、行政约谈等柔性执法方式 —
 * in that order, before the others.
 */
export const OBSERVATION_PREFERRED: readonly MeasureType[] = [
  'education_reminder',
  'persuasion',
  'admonition',
  'administrative_reminder',
  'administrative_guidance',
  'interview',
];

export const isObservationPreferred = (m: MeasureType) => OBSERVATION_PREFERRED.includes(m);

/** The measure types as the form lists them: during an observation period the preferred six first, the rest in their usual order. */
export function measureTypeOrder(observation: boolean): MeasureType[] {
  return observation ? [...OBSERVATION_PREFERRED, ...MEASURE_TYPES.filter((m) => !isObservationPreferred(m))] : [...MEASURE_TYPES];
}
