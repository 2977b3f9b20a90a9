import { z } from 'zod';
import { CalendarDateSchema } from './common';

export const SEVERITIES = ['minor', 'general', 'serious'] as const;

/** `rouxing publicity` input (shared/contracts/decision-api.md "Publicity calculator"). */
export const PublicityRequestSchema = z.object({
  decidedOn: CalendarDateSchema,
  severity: z.enum(SEVERITIES, { message: '失信程度应为minor、general或serious' }),
  system: z.string().min(1, '请填写公示系统').default('creditchina'),
});
export type PublicityRequest = z.infer<typeof PublicityRequestSchema>;

export const PublicityResponseSchema = z.object({
  publicized: z.boolean(),
  minEnd: z.string().nullable(),
  repairEligibleFrom: z.string().nullable(),
  maxEnd: z.string().nullable(),
  regime: z.string(),
});
export type PublicityResponse = z.infer<typeof PublicityResponseSchema>;
